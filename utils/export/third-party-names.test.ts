// Third parties only third-party-web names carry its company into the JSON report, CSV and HTML: never "unknown".
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities.ts';
import { DATASET_VERSION } from '../../data/index.ts';
import { analyze } from '../findings/index.ts';
import { realKnowledge, START } from '../../test/support/findings.ts';
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
import { buildReport, buildScenarioReport } from './report-build.ts';
import type { ScenarioReport, ToolInfo } from './report.ts';

const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '0.1.0',
  data: { trackers: DATASET_VERSION, ipTable: null },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
);

function scenario(): ScenarioReport {
  const record = namedOnlyShop();
  return buildScenarioReport({
    consent: 'none',
    url: SHOP_URL,
    record,
    analysis: analyze(record, realKnowledge()),
    startedAt: START - 100,
    finishedAt: START + 5000,
  });
}

const full = (s: ScenarioReport) =>
  buildReport({ tool: TOOL, urls: [SHOP_URL], scenarios: [s], startedAt: START, finishedAt: START + 5000 });
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
    expect(validate(full(s)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an own tracker names its company with source own: the same company as tracker', () => {
    const record = euUsShop();
    const s = buildScenarioReport({
      consent: 'none',
      url: SHOP_URL,
      record,
      analysis: analyze(record, realKnowledge()),
      startedAt: START,
      finishedAt: START + 1,
    });
    const mixpanel = tp(s, 'mxpnl.com');
    expect(mixpanel?.tracker?.company).toBe('Mixpanel, Inc.');
    expect(mixpanel?.company).toMatchObject({ name: 'Mixpanel, Inc.', country: 'US', source: 'own' });
    expect(validate(full(s)), JSON.stringify(validate.errors)).toBe(true);
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
