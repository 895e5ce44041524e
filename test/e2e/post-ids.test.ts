// Ids posted in request bodies (body-ids.ts) through `consent-auditor scan`: a JSON fetch, a form XHR, two
// sendBeacons, three Blob bodies (read by the page hook: Chrome shows extensions none) and an id after 20 kB of a
// batch, to unknown *.test parties, are flagged with rule, host and phase; the control posts (no id) are not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;
let scenario: Report['scenarios'][number];

useCliRun('consent-auditor-post-ids-', (s, d) => {
  server = s;
  dir = d;
});

beforeAll(async () => {
  const json = path.join(dir, 'post-ids.json');
  const args = ['scan', `${SHOP}/detect/post-ids.html`, '--consent', 'none', '--wait', '1500', '--fail-on', 'never'];
  const run = await runCli([...args, '--json', json, '--quiet', ...demoHostArgs(server)], { timeoutMs: 280_000 });
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(await readFile(json, 'utf8')) as Report;
  expect(report.scenarios).toHaveLength(1);
  scenario = report.scenarios[0]!;
  expect(scenario.error).toBeNull();
}, 300_000);

describe('ids in POST bodies through the CLI', () => {
  it('flags each unknown party that gets an id in a body, before the choice, with where in the body it was', () => {
    const unknown = scenario.findings.filter((f) => f.rule === 'unknown-third-party-tracking');
    expect(unknown.map((f) => [f.severity, f.subject.host, f.phase]).sort()).toEqual([
      ['warning', 'beaconly.test', 'before-choice'],
      ['warning', 'bigbatch.test', 'before-choice'],
      ['warning', 'blobbeacon.test', 'before-choice'],
      ['warning', 'blobfetch.test', 'before-choice'],
      ['warning', 'blobxhr.test', 'before-choice'],
      ['warning', 'formpost.test', 'before-choice'],
      ['warning', 'metricsly.test', 'before-choice'],
      ['warning', 'textbeacon.test', 'before-choice'],
    ]);
    const notes = (site: string) => unknown.find((f) => f.subject.host === site)?.evidence.notes.join('; ');
    expect(notes('metricsly.test')).toMatch(/request with identifier\(s\) in its body: "body\.user\.uid"/);
    expect(notes('formpost.test')).toMatch(/request with identifier\(s\) in its body: "body\.cid"/);
    expect(notes('beaconly.test')).toMatch(/ping request with identifier\(s\) in its body: "body\.sid"/);
    expect(notes('textbeacon.test')).toMatch(/ping request with identifier\(s\) in its body: "body\.visitor_id"/);
    expect(notes('bigbatch.test')).toMatch(/request with identifier\(s\) in its body: "body\.anonymous_id"/);
    // Blob bodies: the ids come from the page's hook, and the note says so.
    const blob = /request with identifier\(s\) in its Blob body, as the page's hook read it \(the browser shows none\)/;
    expect(notes('blobbeacon.test')).toMatch(new RegExp(`ping ${blob.source}: "body\\.client_id"`));
    expect(notes('blobfetch.test')).toMatch(new RegExp(`xmlhttprequest ${blob.source}: "body\\.user\\.uid"`));
    expect(notes('blobxhr.test')).toMatch(new RegExp(`xmlhttprequest ${blob.source}: "body\\.visitor_id"`));
  });

  it('does not flag the control posts (timestamps, counters, enums, the page URL), though they were recorded', () => {
    expect(scenario.requests.filter((r) => r.host.endsWith('counterly.test')).map((r) => r.method)).toEqual([
      'POST',
      'POST',
      'POST',
    ]);
    expect(scenario.findings.filter((f) => f.subject.host === 'counterly.test')).toEqual([]);
  });
});
