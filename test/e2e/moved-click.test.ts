// A page that moves "Accept all" under the pointer once it comes over "Reject all" (hostile/moved-click.html): the
// CLI's trusted click (Chromium: DevTools input at the point the extension's world reported) lands on accept. Before,
// the audit read "clean" against the reject it recorded; the page had accepted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';
import { expectMovedClickGap, expectStoppedClickGap } from '../support/moved-click.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-moved-', (s, d) => {
  server = s;
  dir = d;
});

describe('scan (Chromium): a page that moves another button under the trusted click', () => {
  it('the click lands on accept: a gap of the record (incomplete, never clean), and the reject is clicked by script after', async () => {
    const json = path.join(dir, 'moved.json');
    const from = Date.now();
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
    const r = await runCli(
      [
        'scan',
        `${SHOP}/hostile/moved-click.html`,
        '--consent',
        'reject',
        ...timing,
        '--json',
        json,
        ...demoHostArgs(server),
      ],
      { timeoutMs: 120_000 },
    );
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expectMovedClickGap(
      s,
      server.log.filter((e) => e.t >= from).map((e) => e.path),
    );
  }, 130_000);

  it('a page that hides the click from every listener and accepts on it: could not be seen landing (a gap)', async () => {
    const json = path.join(dir, 'hide.json');
    const from = Date.now();
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000', '--fail-on', 'never'];
    const page = `${SHOP}/hostile/moved-click.html?hide`;
    const r = await runCli(['scan', page, '--consent', 'reject', ...timing, '--json', json, ...demoHostArgs(server)], {
      timeoutMs: 120_000,
    });
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expectStoppedClickGap(
      s,
      server.log.filter((e) => e.t >= from).map((e) => e.path),
    );
  }, 130_000);
});
