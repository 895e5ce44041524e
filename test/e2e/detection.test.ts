// Issue 14 end to end: one demo page per detection gap, audited by `consent-auditor scan` as a user runs it. Each expected
// violation comes with its rule, subject and phase; the controls on the same page (consented or cookieless tags,
// essential and consent cookies, unticked or non-consent boxes) are not flagged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { type CliRun, demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

const WAIT = '1500';

let server: DemoServer;
let dir: string;
type Scenario = Report['scenarios'][number];
const scenarios = new Map<string, Scenario>();

function scan(urls: string[], consent: string, json: string): Promise<CliRun> {
  const args = ['scan', ...urls, '--consent', consent, '--wait', WAIT, '--fail-on', 'never', '--json', json, '--quiet'];
  return runCli([...args, ...demoHostArgs(server)], { timeoutMs: 280_000 });
}

const page = (name: string): string => `${SHOP}/detect/${name}.html`;
function scenario(name: string, consent: string): Scenario {
  const s = scenarios.get(`${page(name)} ${consent}`);
  if (!s) throw new Error(`no scenario ${name} ${consent}; have ${[...scenarios.keys()].join(', ')}`);
  expect(s.error, `${name} ${consent}`).toBeNull();
  return s;
}
const byRule = (s: Scenario, rule: string) => s.findings.filter((f) => f.rule === rule);
const violations = (s: Scenario) => s.findings.filter((f) => f.severity === 'violation');

useCliRun('consent-auditor-detect-', (s, d) => {
  server = s;
  dir = d;
});

beforeAll(async () => {
  const runs: Array<[string[], string]> = [
    [[page('reject-tag'), page('removed-cookie'), page('osano-oss')], 'reject'],
    [[page('collectors'), page('sdk-names'), page('tcf-unknown'), page('prechecked')], 'none'],
  ];
  for (const [i, [urls, consent]] of runs.entries()) {
    const json = path.join(dir, `run-${i}.json`);
    const run = await scan(urls, consent, json);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    for (const s of report.scenarios) scenarios.set(`${s.url} ${s.consent}`, s);
  }
}, 600_000);

describe('detection gaps (issue 14) through the CLI', () => {
  it('1: a tag fired by the "Reject all" click itself is tracking after reject, however soon after the click', () => {
    const s = scenario('reject-tag', 'reject');
    expect(s.answered).toBe(true);
    const after = byRule(s, 'tracking-after-reject');
    expect(after.map((f) => [f.severity, f.subject.kind, f.subject.host, f.phase])).toEqual([
      ['violation', 'request', 'snap.licdn.com', 'after-reject'],
    ]);
    expect(after[0]?.evidence.notes[0]).toMatch(/^Only what started before the reject can still be in flight/);
    // Controls: the essential session cookie and the consent cookies are never violations.
    expect(
      violations(s)
        .filter((f) => f.subject.kind === 'cookie')
        .map((f) => f.subject.name),
    ).toEqual([]);
    expect(byRule(s, 'no-consent-manager')).toEqual([]);
  });

  it('2: an ID cookie stored at load and deleted on opt-out is reported before the choice, with the removal', () => {
    const s = scenario('removed-cookie', 'reject');
    expect(s.answered).toBe(true);
    const stored = byRule(s, 'tracking-storage-before-choice');
    expect(stored.map((f) => [f.severity, f.subject.kind, f.subject.name, f.phase]).sort()).toEqual([
      ['violation', 'cookie', '_sp_id.1fff', 'before-choice'],
      ['violation', 'cookie', '_sp_ses.1fff', 'before-choice'],
    ]);
    expect(stored.find((f) => f.subject.name === '_sp_id.1fff')?.evidence.notes.join(' ')).toMatch(
      /removed or emptied at \+\d+ ms/,
    );
    expect(violations(s).some((f) => f.subject.name === 'PHPSESSID' || f.subject.name?.startsWith('cmplz_'))).toBe(
      false,
    );
    expect(byRule(s, 'tracking-after-reject')).toEqual([]);
  });

  it('3: first-party collectors are recognised by request signature; cookieless Plausible and a look-alike route are not flagged', () => {
    const s = scenario('collectors', 'none');
    const hits = byRule(s, 'tracking-request-before-choice');
    expect(hits.map((f) => [f.severity, f.subject.host, f.subject.name, f.phase]).sort()).toEqual([
      ['violation', 'sgtm.shop.test', 'Google Analytics 4', 'before-choice'],
      ['violation', 'sp.shop.test', 'Snowplow', 'before-choice'],
      ['violation', 'stats.shop.test', 'Matomo', 'before-choice'],
    ]);
    expect(hits.find((f) => f.subject.host === 'sp.shop.test')?.evidence.notes.join(' ')).toContain(
      "path /com.snowplowanalytics.snowplow/tp2 is Snowplow's collector protocol",
    );
    expect(s.requests.filter((r) => r.host === 'sp.shop.test').every((r) => !r.thirdParty)).toBe(true);
    expect(violations(s).some((f) => f.subject.host === 'www.shop.test')).toBe(false);
  });

  it("4: the names Snowplow and Mixpanel write are tracking; Sourcepoint's consent cookie is not", () => {
    const s = scenario('sdk-names', 'none');
    const names = byRule(s, 'tracking-storage-before-choice')
      .map((f) => [f.subject.kind, f.subject.name, f.phase])
      .sort();
    expect(names).toEqual([
      ['cookie', '_sp_id.4209', 'before-choice'],
      ['cookie', 'mp_0123456789abcdef0123456789abcdef_mixpanel', 'before-choice'],
      ['storage', '__mpq_0123456789abcdef0123456789abcdef_ev', 'before-choice'],
      ['storage', 'snowplowOutQueue_sp_post2', 'before-choice'],
    ]);
    expect(s.findings.some((f) => f.subject.name === '_sp_v1_consent' && f.severity !== 'info')).toBe(false);
  });

  it('5: the CMP is named from the project\'s data or its TCF id, and a detected banner or answering __tcfapi is never "no consent manager"', () => {
    const osano = scenario('osano-oss', 'reject');
    expect(osano.answered).toBe(true);
    expect(osano.cmp).toEqual({ id: 'osano-cookieconsent', name: 'Cookie Consent by Osano (open source)' });
    expect(byRule(osano, 'no-consent-manager')).toEqual([]);
    expect(byRule(osano, 'tracking-request-before-choice').map((f) => f.subject.host)).toContain(
      'www.googletagmanager.com',
    );

    const tcf = scenario('tcf-unknown', 'none');
    expect(tcf.cmp).toEqual({ id: 'tcf:4242', name: "TCF CMP id 4242, not in this tool's CMP data" });
    expect(byRule(tcf, 'no-consent-manager')).toEqual([]);
  });

  it('6: pre-ticked marketing and data-sharing boxes are violations with id, name and label; an unclear one is a warning', () => {
    const s = scenario('prechecked', 'none');
    const boxes = byRule(s, 'prechecked-consent-checkbox')
      .map((f) => [f.severity, f.subject.name, f.subject.id, f.subject.label])
      .sort();
    expect(boxes).toEqual([
      ['violation', 'newsletter', 'newsletter-optin', 'Yes, send me the newsletter with offers'],
      ['violation', 'share_partners', 'partner-share', 'Share my data with selected partners'],
      ['warning', 'agree', 'agree-generic', 'I consent.'],
    ]);
  });
});
