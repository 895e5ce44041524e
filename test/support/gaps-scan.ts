// The set-up both hostile-scan-gaps files share (Chromium in test/e2e, Firefox in test/firefox): one `consent-auditor
// scan --consent none` of several hostile pages in a beforeAll, its JSON report, and a page's scenario by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';

export interface GapsScan {
  server(): DemoServer;
  dir(): string;
  /** When the scan started (to read the demo server's log of it). */
  since(): number;
  /** The scenario of `page` (a file under `hostile/`), asserted to have no error. */
  scenario(page: string): ScenarioReport;
}

/**
 * `browserArgs`: switches before the timing (e.g. `--browser firefox`); `minWait`: the scan's `--min-wait` in ms;
 * `sandboxArgs` as demoHostArgs takes it.
 */
export function useGapsScan(
  prefix: string,
  pages: readonly string[],
  o: { browserArgs?: readonly string[]; minWait: number; sandboxArgs?: boolean },
): GapsScan {
  let server: DemoServer;
  let dir: string;
  useCliRun(prefix, (s, d) => {
    server = s;
    dir = d;
  });
  let report: Report;
  let stderr = '';
  let since = 0;
  beforeAll(async () => {
    const json = path.join(dir, 'gaps.json');
    since = Date.now();
    const urls = pages.map((p) => `${SHOP}/hostile/${p}`);
    const timing = ['--min-wait', String(o.minWait), '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
    const hosts = demoHostArgs(server, { sandboxArgs: o.sandboxArgs });
    const args = ['scan', ...urls, ...(o.browserArgs ?? []), '--consent', 'none', ...timing, '--json', json];
    const r = await runCli([...args, '--quiet', ...hosts], { timeoutMs: 170_000 });
    stderr = r.stderr;
    report = JSON.parse(readFileSync(json, 'utf8')) as Report;
  }, 180_000);
  return {
    server: () => server,
    dir: () => dir,
    since: () => since,
    scenario(page: string): ScenarioReport {
      const s = report.scenarios.find((x) => x.url === `${SHOP}/hostile/${page}`);
      expect(s ? s.error : 'missing', stderr).toBeNull();
      return s!;
    },
  };
}

/**
 * The pop-under `hostile/popup.html` opens on the reject click (both browsers' tests): the trusted click opened it and
 * not the at-load windows, and what it loaded is joined into the audit in a window document of its own, its tracker
 * after the reject a violation with no gap.
 */
export function expectPopUnderJoined(s: ScenarioReport, paths: readonly string[]): void {
  const under = `${SHOP}/hostile/popup-child.html?under`;
  expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
  expect(paths).toContain('tracker.adnet.test/pixel.gif?uid=popup-under');
  expect(paths).not.toContain('tracker.adnet.test/pixel.gif?uid=popup-child');
  const ctx = JSON.stringify({ errors: s.errors, documents: s.documents });
  const doc = s.documents?.findIndex((d) => d.url === under && d.window === true) ?? -1;
  expect(doc, ctx).toBeGreaterThan(0);
  const pixel = s.requests.filter((q) => q.url === 'https://tracker.adnet.test/pixel.gif?uid=popup-under');
  expect(
    pixel.map((q) => [q.phase, q.document]),
    ctx,
  ).toEqual([['after-reject', doc]]);
  expect(s.cookies.filter((c) => c.name === 'popup_uid').map((c) => c.document)).toEqual([doc]);
  expect(
    s.errors.some((e) => e.startsWith('the page opened a window (') && e.includes(under)),
    ctx,
  ).toBe(true);
  // Read, so no gap: the verdict is the evidence's, not "incomplete".
  expect(s.summary.incomplete ?? [], ctx).toEqual([]);
  const ga = s.requests.filter((q) => q.url.includes('tid=G-POPUNDER'));
  expect(
    ga.map((q) => [q.phase, q.document]),
    ctx,
  ).toEqual([['after-reject', doc]]);
  const after = s.findings.filter((f) => f.rule === 'tracking-after-reject').map((f) => f.subject.host);
  expect(after, ctx).toContain('www.google-analytics.com');
  expect(s.summary.verdict).toBe('violations');
}
