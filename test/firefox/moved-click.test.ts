// A page that moves "Accept all" under the pointer once it comes over "Reject all" (hostile/moved-click.html): the
// CLI's trusted click (Firefox: BiDi input at the point the content script reported) lands on accept. The audit cannot
// stop that, but must not pass it off as the reject it recorded: a gap of the record (incomplete), and the content
// script clicks reject once more by script after the wrong click.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';
import { expectMovedClickGap, expectStoppedClickGap } from '../support/moved-click.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-moved-', (s, d) => {
  server = s;
  dir = d;
});

/** A reject scan of `page` (a demo path) with `scan --browser firefox`; `paths`: what the demo server was asked since. */
async function rejectScan(page: string, name: string): Promise<{ s: Report['scenarios'][number]; paths: string[] }> {
  const json = path.join(dir, `${name}.json`);
  const from = Date.now();
  const args = ['scan', `${SHOP}${page}`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
  const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
  const r = await runCli(
    [...args, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server, { sandboxArgs: false })],
    { timeoutMs: 120_000 },
  );
  const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
  expect(s.error, r.stderr).toBeNull();
  return { s, paths: server.log.filter((e) => e.t >= from).map((e) => e.path) };
}

describe('scan --browser firefox: a page that moves another button under the trusted click', () => {
  it('the click lands on accept: a gap of the record (incomplete, never clean), and reject is clicked by script after', async () => {
    const { s, paths } = await rejectScan('/hostile/moved-click.html', 'moved');
    expectMovedClickGap(s, paths);
  }, 130_000);

  it('a page that hides the click from every listener and accepts on it: could not be seen landing (a gap)', async () => {
    const { s, paths } = await rejectScan('/hostile/moved-click.html?hide', 'hide');
    // Before: clean (nothing was asked after the click on Firefox).
    expectStoppedClickGap(s, paths);
  }, 130_000);

  it('the page reloads on the click too: the content script tells the wrong landing before the document goes', async () => {
    const { s } = await rejectScan('/hostile/moved-click-nav.html', 'moved-nav');
    expect(s.summary.verdict, JSON.stringify(s.errors)).toBe('incomplete');
    expect(s.summary.incomplete?.[0]).toMatch(/^1 answer click\(s\) landed on another element than the one chosen/);
  }, 130_000);

  it('a page that hides the click from every listener, accepts and reloads: could not be seen landing (a gap)', async () => {
    const { s, paths } = await rejectScan('/hostile/moved-click-nav.html?hide', 'hide-nav');
    expect(s.choice?.action).toBe('reject');
    // The reloaded page's own word on the answer it has: accept (the trusted click reached the page's listener only).
    expect(paths).toContain('/hostile/moved-click-nav-has.gif?accept');
    // Before: clean. The CLI asks right after the click: the old document may still be there (it heard nothing) or
    // the new one (the world is gone, and told nothing).
    expect(s.summary.verdict, JSON.stringify(s.errors)).toBe('incomplete');
    expect(s.summary.incomplete).toHaveLength(1);
    expect([
      "1 answer click(s) could not be seen landing (the page stopped the press and the click before the audit's listener): the page may have another answer than the one recorded",
      "1 answer click(s) could not be seen landing (the page's document went away with the click before the audit's listener heard it): the page may have another answer than the one recorded",
    ]).toContain(s.summary.incomplete?.[0]);
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
  }, 130_000);
});
