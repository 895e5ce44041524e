// A consent tool that reloads the page right after the answer (demo: the OneTrust-style banner with ?reload): what the
// replaced document did after the answer and what the reloaded one does are one audit, joined from both records, with
// the verdict and exit code of the same page without the reload. The built CLI as a child process, in Chromium.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { expectJoinedReload, PLAIN, RELOADS } from '../support/reload-audit.ts';
import { demoHostArgs, runCli, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-reload-', (s, d) => {
  server = s;
  dir = d;
});

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
    expectJoinedReload(report, run.stderr);
    // The exit code of a normal audit with these findings.
    expect(run.code, run.stderr).toBe(1);
  }, 180_000);
});
