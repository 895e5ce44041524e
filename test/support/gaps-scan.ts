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
