// A page that moves "Accept all" under the pointer over "Reject all" and reloads on either answer
// (hostile/moved-click-nav.html): the click takes the extension's world away before the CLI can ask where it landed.
// Before, that was "not asked" and nothing was said: the audit read "clean" against the reject it recorded, while the
// page had accepted. The world now tells the landing as it hears the click, and the CLI reads that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-moved-reload-', (s, d) => {
  server = s;
  dir = d;
});

const scan = async (page: string, name: string): Promise<{ s: ScenarioReport; paths: string[] }> => {
  const json = path.join(dir, name);
  const from = Date.now();
  const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
  const r = await runCli(['scan', page, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server)], {
    timeoutMs: 120_000,
  });
  const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
  expect(s.error, r.stderr).toBeNull();
  expect(s.choice?.action).toBe('reject');
  return { s, paths: server.log.filter((e) => e.t >= from).map((e) => e.path) };
};

describe('scan (Chromium): a page that moves another button under the trusted click and reloads on it', () => {
  it('the click lands on accept and the world goes: a gap of the record (incomplete, never clean)', async () => {
    const { s, paths } = await scan(`${SHOP}/hostile/moved-click-nav.html`, 'moved-reload.json');
    // The reloaded page's own word on the answer it has: accept (the trusted click landed there).
    expect(paths).toContain('/hostile/moved-click-nav-has.gif?accept');
    const gap =
      '1 answer click(s) landed on another element than the one chosen (the page moved it before the click): the page may have another answer than the one recorded';
    // Before: clean, with only the honest reload's note among the errors.
    expect(s.summary.verdict, JSON.stringify(s.errors)).toBe('incomplete');
    expect(s.summary.incomplete).toEqual([gap]);
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
  }, 130_000);

  it('a page that hides the click from every listener, accepts and reloads: could not be seen landing (a gap)', async () => {
    const { s, paths } = await scan(`${SHOP}/hostile/moved-click-nav.html?hide`, 'hide-reload.json');
    expect(paths).toContain('/hostile/moved-click-nav-has.gif?accept');
    // Before: clean.
    expect(s.summary.verdict, JSON.stringify(s.errors)).toBe('incomplete');
    expect(s.summary.incomplete).toEqual([
      "1 answer click(s) could not be seen landing (the page's document went away with the click before the audit's listener heard it): the page may have another answer than the one recorded",
    ]);
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
  }, 130_000);
});
