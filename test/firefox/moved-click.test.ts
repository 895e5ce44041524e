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
import { expectMovedClickGap } from '../support/moved-click.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-moved-', (s, d) => {
  server = s;
  dir = d;
});

describe('scan --browser firefox: a page that moves another button under the trusted click', () => {
  it('the click lands on accept: a gap of the record (incomplete, never clean), and reject is clicked by script after', async () => {
    const json = path.join(dir, 'moved.json');
    const from = Date.now();
    const args = ['scan', `${SHOP}/hostile/moved-click.html`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
    const r = await runCli(
      [...args, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server, { sandboxArgs: false })],
      { timeoutMs: 120_000 },
    );
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expectMovedClickGap(
      s,
      server.log.filter((e) => e.t >= from).map((e) => e.path),
    );
  }, 130_000);

  it('the page reloads on the click too: the content script tells the wrong landing before the document goes', async () => {
    const json = path.join(dir, 'moved-nav.json');
    const args = ['scan', `${SHOP}/hostile/moved-click-nav.html`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
    const r = await runCli(
      [...args, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server, { sandboxArgs: false })],
      { timeoutMs: 120_000 },
    );
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expect(s.summary.verdict, JSON.stringify(s.errors)).toBe('incomplete');
    expect(s.summary.incomplete?.[0]).toMatch(/^1 answer click\(s\) landed on another element than the one chosen/);
  }, 130_000);
});
