// Third parties only third-party-web names carry its company into the JSON report, CSV and HTML: never "unknown".
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities.ts';
import { START } from '../../test/support/findings.ts';
import { auditedScenario, BARE_TOOL, reportOf, schemaErrors } from '../../test/support/export.ts';
import {
  euUsShop,
  namedOnlyShop,
  NOBODY_JS,
  SHOP_URL,
  TPW_ENTITY_JS,
  TPW_ONLY_JS,
} from '../../test/support/visit-fixtures.ts';
import { csvBody } from './csv.ts';
import { reportHtmlBody } from './html.ts';
import type { ScenarioReport } from './report.ts';

function scenario(): ScenarioReport {
  return auditedScenario(namedOnlyShop(), { url: SHOP_URL, startedAt: START - 100, finishedAt: START + 5000 });
}

const full = (s: ScenarioReport) => reportOf([s], { tool: BARE_TOOL, finishedAt: START + 5000 });
const tp = (s: ScenarioReport, site: string) => s.thirdParties.find((t) => t.site === site);

describe('names from third-party-web in the report', () => {
  it('fixture entities: Feedbackify has no researched seat, Doofinder has one', () => {
    // If someone researches Feedbackify's seat, pick another unresearched entity for the fixture.
    expect(ENTITIES.Feedbackify?.country ?? null).toBeNull();
    expect(ENTITIES.Doofinder?.country).toBe('ES');
  });

  it('thirdParties[].company names the company with "not known" (null) country, never leaves it unknown', () => {
    const s = scenario();
    const fb = tp(s, 'feedbackify.com');
    expect(fb?.tracker).toBeNull();
    expect(fb?.company).toEqual({
      name: 'InsideMetrics',
      country: null,
      parent: null,
      parentCountry: null,
      service: 'Feedbackify',
      source: 'third-party-web',
    });
    expect(tp(s, 'doofinder.com')?.company).toMatchObject({
      name: 'Doofinder, S.L.',
      country: 'ES',
      service: 'Doofinder',
      source: 'third-party-web',
    });
    expect(tp(s, 'nobody-knows.example')?.company).toBeNull();
    expect(schemaErrors(full(s))).toBe('');
  });

  it('an own tracker names its company with source own: the same company as tracker', () => {
    const record = euUsShop();
    const s = auditedScenario(record, { url: SHOP_URL, finishedAt: START + 1 });
    const mixpanel = tp(s, 'mxpnl.com');
    expect(mixpanel?.tracker?.company).toBe('Mixpanel, Inc.');
    expect(mixpanel?.company).toMatchObject({ name: 'Mixpanel, Inc.', country: 'US', source: 'own' });
    expect(schemaErrors(full(s))).toBe('');
  });

  it('the requests CSV fills company and "not known" for hosts only third-party-web names', () => {
    const rows = csvBody('csv-requests', [scenario()]).split('\r\n');
    const row = (url: string) => rows.find((r) => r.includes(url)) ?? '';
    expect(row(TPW_ONLY_JS)).toContain(',InsideMetrics,not known,');
    expect(row(TPW_ENTITY_JS)).toContain(',"Doofinder, S.L.",ES,');
    expect(row(NOBODY_JS)).not.toContain('not known');
  });

  it('the HTML report shows the company and "country not known" in both languages', () => {
    const s = scenario();
    const html = (lang: 'en' | 'de') => reportHtmlBody(full(s), { lang });
    expect(html('en')).toContain('InsideMetrics');
    expect(html('en')).toContain('country not known');
    expect(html('de')).toContain('Land nicht bekannt');
  });
});
