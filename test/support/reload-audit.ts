// What a scan of the demo's reloading consent page (consent/onetrust.html?reload) and of the same page without the
// reload must report, in either engine (test/e2e/cli-reload.test.ts, test/firefox/cli-reload.test.ts).
import { expect } from 'vitest';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { SHOP } from '../e2e/helpers.ts';

export const PLAIN = `${SHOP}/consent/onetrust.html`;
export const RELOADS = `${PLAIN}?reload`;
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

/** Both documents are in the audit of each answer, with the verdict of the page that does not reload. */
export function expectJoinedReload(report: Report, stderr: string): void {
  for (const consent of ['reject', 'accept']) {
    const reloaded = scenario(report, RELOADS, consent);
    const plain = scenario(report, PLAIN, consent);
    const ctx = JSON.stringify({ errors: reloaded.errors, requests: reloaded.requests.map((q) => q.url) });
    expect([reloaded.error, reloaded.answered, reloaded.choice?.action], stderr).toEqual([null, true, consent]);
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
}
