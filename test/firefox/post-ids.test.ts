// Ids in request bodies through `consent-auditor scan --browser firefox`: Firefox's webRequest shows extensions the
// bytes of a Blob body (`requestBody.raw`), so its Blob beacons are read by the worker as any other body, and the
// page hook's report (blob-bodies.ts, for Chrome) adds nothing there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
let scenario: Report['scenarios'][number];

useCliRun('consent-auditor-post-ids-ff-', (s, d) => {
  server = s;
  dir = d;
});

beforeAll(async () => {
  const json = path.join(dir, 'post-ids.json');
  const args = ['scan', `${SHOP}/detect/post-ids.html`, '--browser', 'firefox', '--firefox', FIREFOX_PATH];
  const opts = ['--consent', 'none', '--wait', '1500', '--fail-on', 'never', '--json', json, '--quiet'];
  const run = await runCli([...args, ...opts, ...demoHostArgs(server, { sandboxArgs: false })], { timeoutMs: 280_000 });
  expect(run.code, run.stderr).toBe(0);
  scenario = (JSON.parse(await readFile(json, 'utf8')) as Report).scenarios[0]!;
  expect(scenario.error).toBeNull();
}, 300_000);

describe('ids in POST bodies through the CLI in Firefox', () => {
  it('flags the Blob bodies from the browser’s own bytes, not the page’s word', () => {
    const unknown = scenario.findings.filter((f) => f.rule === 'unknown-third-party-tracking');
    const notes = (site: string) => unknown.find((f) => f.subject.host === site)?.evidence.notes.join('; ');
    expect(notes('blobbeacon.test')).toMatch(/ping request with identifier\(s\) in its body: "body\.client_id"/);
    expect(notes('blobfetch.test')).toMatch(
      /xmlhttprequest request with identifier\(s\) in its body: "body\.user\.uid"/,
    );
    expect(notes('blobxhr.test')).toMatch(
      /xmlhttprequest request with identifier\(s\) in its body: "body\.visitor_id"/,
    );
    expect(notes('bigbatch.test')).toMatch(/request with identifier\(s\) in its body: "body\.anonymous_id"/);
  });
});
