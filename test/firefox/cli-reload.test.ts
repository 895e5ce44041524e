// The reloading consent page in Firefox (scan --browser firefox): the same joined audit as in Chromium
// (test/e2e/cli-reload.test.ts), through the Firefox engine's own record fetch (cli/scan-firefox.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, useCliRun } from '../e2e/helpers.ts';
import { expectJoinedReload, PLAIN, RELOADS } from '../support/reload-audit.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-reload-', (s, d) => {
  server = s;
  dir = d;
});

describe('scan --browser firefox: a consent tool that reloads the page after the answer', () => {
  it('both documents are in the audit, with the verdict of the page that does not reload', async () => {
    const json = path.join(dir, 'reload.json');
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '8000'];
    const engine = ['--browser', 'firefox', '--firefox', FIREFOX_PATH];
    const args = ['scan', RELOADS, PLAIN, '--consent', 'reject,accept', ...engine, ...timing, '--quiet'];
    const run = await runCli([...args, '--json', json, ...demoHostArgs(server, { sandboxArgs: false })], {
      timeoutMs: 300_000,
    });
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expectJoinedReload(report, run.stderr);
    expect(run.code, run.stderr).toBe(1);
  }, 320_000);
});
