// A consent tool that reloads the page right after the answer (demo: the OneTrust-style banner with ?reload): what the
// replaced document did after the answer and what the reloaded one does are one audit, joined from both records, with
// the verdict and exit code of the same page without the reload. The built CLI as a child process, in Chromium.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-reload-', (s, d) => {
  server = s;
  dir = d;
});

const PLAIN = `${SHOP}/consent/onetrust.html`;
const RELOADS = `${PLAIN}?reload`;
const GA = 'https://www.google-analytics.com/g/collect';
const PIXEL = 'https://tracker.adnet.test/pixel.gif';
const NOTE = /^the page reloaded itself at \+\d+\.\d s \(after the answer\); both documents are in this audit$/;

const scenario = (r: Report, url: string, consent: string): ScenarioReport => {
  const s = r.scenarios.find((x) => x.url === url && x.consent === consent);
  if (!s) throw new Error(`no ${consent} scenario of ${url}`);
  return s;
};
/** Request rows of a kind as [what, phase, document]. */
const rows = (s: ScenarioReport, prefix: string, what: (url: string) => string) =>
  s.requests.filter((q) => q.url.startsWith(prefix)).map((q) => [what(q.url), q.phase, q.document]);
const uid = (u: string): string => (new URL(u).searchParams.get('uid') ?? '').replace(/-\w+$/, '');

describe('a consent tool that reloads the page after the answer', () => {
  it('both documents are in the audit: the tracking after the answer before the reload and after it', async () => {
    const json = path.join(dir, 'reload.json');
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '8000'];
    const run = await runCli(
      ['scan', RELOADS, PLAIN, '--consent', 'reject,accept', ...timing, ...demoHostArgs(server), '--quiet'].concat([
        '--json',
        json,
      ]),
      { timeoutMs: 170_000 },
    );
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    for (const consent of ['reject', 'accept']) {
      const reloaded = scenario(report, RELOADS, consent);
      const plain = scenario(report, PLAIN, consent);
      const ctx = JSON.stringify({ errors: reloaded.errors, requests: reloaded.requests.map((q) => q.url) });
      expect([reloaded.error, reloaded.answered, reloaded.choice?.action], run.stderr).toEqual([null, true, consent]);
      expect(
        reloaded.documents?.map((d) => d.url),
        ctx,
      ).toEqual([RELOADS, RELOADS]);
      expect(
        reloaded.errors.filter((e) => e.includes('reloaded itself')),
        ctx,
      ).toEqual([expect.stringMatching(NOTE)]);
      // Not incomplete: the same verdict as the page that does not reload, and no gap said.
      expect(reloaded.summary.incomplete, ctx).toBeUndefined();
      expect(reloaded.summary.verdict).toBe(plain.summary.verdict);
      expect(plain.documents).toBeUndefined();
      // The pixel every load sends: before the answer in the first document, after it in the reloaded one.
      expect(
        rows(reloaded, PIXEL, uid).filter(([u]) => u === 'pre'),
        ctx,
      ).toEqual([
        ['pre', 'before-choice', 0],
        ['pre', `after-${consent}`, 1],
      ]);
    }
    const reject = scenario(report, RELOADS, 'reject');
    // The Google hit right after "reject", sent only by the replaced document: a violation of this audit.
    expect(rows(reject, GA, () => 'ga')).toEqual([['ga', 'after-reject', 0]]);
    const after = reject.findings.filter((f) => f.rule === 'tracking-after-reject').map((f) => f.subject.host);
    expect(after).toContain('www.google-analytics.com');
    const accept = scenario(report, RELOADS, 'accept');
    expect(rows(accept, PIXEL, uid).filter(([u]) => u === 'post-accept')).toEqual([['post-accept', 'after-accept', 0]]);
    expect(accept.cookies.filter((c) => c.name === '_ga').map((c) => [c.phase, c.document])).toEqual([
      ['after-accept', 0],
    ]);
    // The exit code of a normal audit with these findings.
    expect(run.code, run.stderr).toBe(1);
  }, 180_000);
});
