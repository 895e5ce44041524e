// Issue 19: `consent-auditor scan --browser firefox` gives the same findings as Chromium on the demo pages. Both runs
// go through the built CLI as a user runs it; every finding (rule, phase, subject) and every banner answer is compared.
// A difference between the engines must be listed in KNOWN_DIFFERENCES (and in the README's "Firefox" section).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { CLI_SANDBOX_ARGS, type CliRun, demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

const PAGES = ['/', '/trackers.html', '/auto/complianz.html', '/detect/reject-tag.html', '/detect/collectors.html'].map(
  (p) => `${SHOP}${p}`,
);

/** Findings (or answers) one engine reports and the other does not; each entry says why (README "Firefox"). */
const KNOWN_DIFFERENCES: { onlyFirefox: string[]; onlyChromium: string[] } = { onlyFirefox: [], onlyChromium: [] };

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-same-', (s, d) => {
  server = s;
  dir = d;
});

function scan(browser: 'chromium' | 'firefox', json: string): Promise<CliRun> {
  // Chromium refuses its sandbox to root: the Chromium run opts out there, explicitly (issue 15.12).
  const engine = browser === 'firefox' ? ['--browser', 'firefox', '--firefox', FIREFOX_PATH] : CLI_SANDBOX_ARGS;
  // The settled order in both: Firefox has no --answer ready, and an answer at load would make phases timing-dependent.
  const order = ['--consent', 'none,reject,accept', '--answer', 'settled', '--wait', '3000', '--fail-on', 'never'];
  const args = ['scan', ...PAGES, ...engine, ...order, '--json', json, '--quiet'];
  return runCli([...args, ...demoHostArgs(server, { sandboxArgs: false })], { timeoutMs: 400_000 });
}

/** One line per scenario (answer, error) and per finding: url, scenario, rule, phase, subject. */
function keys(report: Report): string[] {
  return report.scenarios
    .flatMap((s) => [
      `${s.url} ${s.consent} answered=${String(s.answered)} error=${String(s.error)}`,
      ...s.findings.map((f) => `${s.url} ${s.consent} ${f.rule} ${f.phase} ${JSON.stringify(f.subject)}`),
    ])
    .sort();
}

describe('scan --browser firefox and Chromium: the same findings on the demo pages', () => {
  const reports: Partial<Record<'chromium' | 'firefox', Report>> = {};

  beforeAll(async () => {
    for (const browser of ['firefox', 'chromium'] as const) {
      const json = path.join(dir, `${browser}.json`);
      const run = await scan(browser, json);
      expect(run.code, `${browser}: ${run.stderr}`).toBe(0);
      reports[browser] = JSON.parse(await readFile(json, 'utf8')) as Report;
    }
  }, 900_000);

  it('each report names its browser and version', () => {
    expect(reports.firefox?.tool.browser).toMatchObject({
      name: 'Firefox',
      version: expect.stringMatching(/^\d+\.\d+/),
    });
    expect(reports.chromium?.tool.browser).toMatchObject({
      name: 'Chromium',
      version: expect.stringMatching(/^\d+\.\d+/),
    });
  });

  it('every scenario was audited in both, and the banners were answered by the extension in Firefox too', () => {
    for (const r of [reports.firefox, reports.chromium]) {
      expect(r?.scenarios).toHaveLength(PAGES.length * 3);
      expect(r?.scenarios.filter((s) => s.error !== null).map((s) => `${s.url} ${s.consent}: ${s.error}`)).toEqual([]);
    }
    const answered = reports.firefox?.scenarios.filter((s) => s.answered === true).map((s) => `${s.url} ${s.consent}`);
    expect(answered).toEqual(
      expect.arrayContaining([
        `${SHOP}/auto/complianz.html reject`,
        `${SHOP}/auto/complianz.html accept`,
        `${SHOP}/detect/reject-tag.html reject`,
      ]),
    );
  });

  it('the findings (rule, phase, subject) and answers differ only by the listed differences', () => {
    const ff = keys(reports.firefox!);
    const cr = keys(reports.chromium!);
    expect(ff.length).toBeGreaterThan(PAGES.length * 3 + 20);
    expect({ onlyFirefox: ff.filter((k) => !cr.includes(k)), onlyChromium: cr.filter((k) => !ff.includes(k)) }).toEqual(
      KNOWN_DIFFERENCES,
    );
    // The comparison has teeth: violations before the choice and after reject are among the shared findings.
    expect(ff.some((k) => k.includes(' tracking-after-reject after-reject '))).toBe(true);
    expect(ff.some((k) => k.includes(' before-choice '))).toBe(true);
  });
});
