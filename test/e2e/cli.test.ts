// `consent-auditor scan` as a user runs it: the built CLI as a child process against the demo site, exit codes,
// the JSON report against its schema, JUnit XML, HAR files, batches, a URL that does not resolve, a banner it cannot answer.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Integrity } from '../../utils/export/types.ts';
import type { Report } from '../../utils/export/report.ts';
import { CLI_SANDBOX_ARGS, type CliRun, demoHostArgs, ROOT, runCli, SHOP, useCliRun } from './helpers.ts';
import { schemaErrors } from '../support/export.ts';
import { COMPANIES } from '../../data/companies.ts';
import { DPF_EVIDENCE } from '../../data/dpf-evidence.ts';
import { recipientModel } from '../../utils/knowledge/recipients.ts';

const WAIT = '1500';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-cli-', (s, d) => {
  server = s;
  dir = d;
});

/** withHosts: map the demo's hosts to the local server; 'strict' also keeps certificate checks on (the demo's are self-signed). */
function cli(args: string[], withHosts: boolean | 'strict' = true): Promise<CliRun> {
  const hosts = withHosts ? [`--chromium-arg=--host-resolver-rules=${server.hostRules}`] : [];
  const browserArgs =
    withHosts === true ? demoHostArgs(server) : [...hosts, ...(withHosts === false ? [] : CLI_SANDBOX_ARGS)];
  return runCli([...args, ...browserArgs]);
}

async function readReport(file: string): Promise<Report & { integrity?: Integrity }> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** `scan <url> --consent … --fail-on … --wait WAIT --json <dir>/<name>.json`, then `extra`: the run and the JSON's path. */
async function scanToJson(
  url: string,
  o: { consent: string; failOn: string; name: string },
  extra: string[] = [],
): Promise<{ run: CliRun; json: string }> {
  const json = path.join(dir, `${o.name}.json`);
  const args = ['scan', url, '--consent', o.consent, '--fail-on', o.failOn, '--wait', WAIT, '--json', json];
  return { run: await cli([...args, ...extra]), json };
}

describe('consent-auditor scan', () => {
  it('a page without third parties: exit 0 with --fail-on violation', async () => {
    const { run, json } = await scanToJson(`${SHOP}/clean.html`, {
      consent: 'none',
      failOn: 'violation',
      name: 'clean',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/clean\.html\s+none\s+-\s+0\s+0\s+clean/);
    expect(run.stderr).toMatch(/\[1\/1\] https:\/\/www\.shop\.test\/clean\.html none: 0 violation\(s\)/);
    const report = await readReport(json);
    expect(report.scenarios[0]).toMatchObject({
      error: null,
      findings: [],
      summary: { verdict: 'clean', passed: true },
    });
    expect(report.scenarios[0]?.requests.every((r) => !r.thirdParty)).toBe(true);
  });

  it('a page with trackers before any choice: exit 1, the violations named', async () => {
    const { run, json } = await scanToJson(
      `${SHOP}/trackers.html`,
      { consent: 'none', failOn: 'violation', name: 'trackers' },
      ['--quiet'],
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^FAIL: [1-9]\d* violation/m);
    const [s] = (await readReport(json)).scenarios;
    const hosts = s?.findings
      .filter((f) => f.rule === 'tracking-request-before-choice' && f.severity === 'violation')
      .map((f) => f.subject.host);
    expect(hosts).toEqual(expect.arrayContaining(['www.google-analytics.com', 'www.facebook.com']));
    expect(s?.requests.find((r) => r.host === 'www.google-analytics.com')?.tracker).toMatchObject({
      companyCountry: 'IE',
    });
    expect(schemaErrors(await readReport(json))).toBe('');

    // Where the data goes: the IE subsidiaries' US parents, with the DPF status the cited evidence table gives (null = not known).
    for (const [host, site, companyId, parent] of [
      ['www.google-analytics.com', 'google-analytics.com', 'google-ireland', 'Google LLC'],
      ['www.facebook.com', 'facebook.com', 'meta', 'Meta Platforms, Inc.'],
    ] as const) {
      const company = COMPANIES.find((c) => c.id === companyId);
      if (!company) throw new Error(`no company ${companyId}`);
      const model = recipientModel(company);
      // With no further US recipient documented, the service's DPF status is exactly the parent's entry.
      if (model.recipients.filter((r) => r.country === 'US').length === 1)
        expect(model.dpf).toBe(DPF_EVIDENCE[parent]?.certified ?? null);
      const want = { parent, parentCountry: 'US', transferCountries: expect.arrayContaining(['US']), dpf: model.dpf };
      expect(s?.requests.find((r) => r.host === host)?.tracker, host).toMatchObject(want);
      expect(s?.thirdParties.find((t) => t.site === site)?.tracker, site).toMatchObject(want);
      const transfer = s?.findings.find((f) => f.rule === 'third-country-transfer' && f.subject.host === site);
      expect(transfer?.explanation, site).toContain(`→ data processed by ${parent} (US): third-country transfer`);
      expect(transfer?.severity).toBe(model.dpf === true ? 'info' : model.dpf === false ? 'violation' : 'warning');
      if (model.dpf === null) expect(transfer?.title).toContain('DPF certification not known');
      if (model.dpf === true)
        expect(transfer?.explanation).toContain(
          `covered by the EU-US DPF (${parent} certified, adequacy decision of 10 July 2023)`,
        );
    }
  });

  it('all three scenarios with every output: JSON valid against the schema, JUnit parsed back, HAR per scenario', async () => {
    const json = path.join(dir, 'shop.json');
    const junit = path.join(dir, 'shop.xml');
    const html = path.join(dir, 'shop.html');
    const har = path.join(dir, 'har');
    const run = await cli([
      'scan',
      `${SHOP}/`,
      '--wait',
      WAIT,
      '--fail-on',
      'warning',
      '--json',
      json,
      '--junit',
      junit,
      '--html',
      html,
      '--har',
      har,
    ]);
    const report = await readReport(json);

    expect(schemaErrors(report)).toBe('');
    expect(report.tool).toMatchObject({
      name: 'consent-auditor',
      data: { trackers: expect.any(String), ipTable: { source: '@ip-location-db/geo-whois-asn-country' } },
      browser: { name: 'Chromium' },
    });
    expect(report.scenarios.map((s) => [s.consent, s.answered, s.choice?.action ?? null])).toEqual([
      ['none', null, null],
      ['reject', true, 'reject'],
      ['accept', true, 'accept'],
    ]);
    for (const s of report.scenarios)
      expect(s.cookies.map((c) => c.name)).toEqual(expect.arrayContaining(['shop_session', '_adnet_id']));
    // The demo's tracker is in no dataset: the engine flags it as an unlisted third party that tracks (a warning).
    const warned = report.scenarios.every((s) =>
      s.findings.some((f) => f.rule === 'unknown-third-party-tracking' && f.severity === 'warning'),
    );
    expect(warned).toBe(true);
    expect(run.code, run.stderr).toBe(1);
    expect(report.summary).toMatchObject({ verdict: 'fail', failOn: 'warning', notAnswered: 0, errors: 0 });

    const doc = new new Window().DOMParser().parseFromString(await readFile(junit, 'utf8'), 'application/xml');
    const cases = Array.from(doc.querySelectorAll('testcase'));
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['consent: none', 'consent: reject', 'consent: accept']);
    expect(cases.every((c) => c.querySelector('failure')?.textContent?.includes('adnet.test'))).toBe(true);
    expect(doc.querySelector('testsuites')?.getAttribute('failures')).toBe('3');

    const files = (await readdir(har)).sort();
    expect(files).toEqual([
      '001-www.shop.test-accept.har',
      '001-www.shop.test-none.har',
      '001-www.shop.test-reject.har',
    ]);
    const log = JSON.parse(await readFile(path.join(har, '001-www.shop.test-reject.har'), 'utf8')).log;
    expect(log.version).toBe('1.2');
    const pixel = log.entries.find((e: { request: { url: string } }) =>
      e.request.url.startsWith('https://tracker.adnet.test/pixel.gif'),
    );
    expect(pixel).toMatchObject({
      serverIPAddress: '127.0.0.1',
      response: { status: 200, cookies: [{ name: 'adnet_uid', value: '' }] },
      _phase: 'before-choice',
    });

    const page = await readFile(html, 'utf8');
    expect(page).toContain('Consent Auditor report');
    expect(page).not.toMatch(/<script/i);

    // Every file of the run vouches for itself and for the others: verify says OK, then CHANGED after one edit.
    const harFiles = files.map((f) => path.join(har, f));
    expect(report.integrity?.body).toMatch(/^[0-9a-f]{64}$/);
    expect(page).toContain(report.integrity?.body ?? 'missing');
    const ok = await cli(['verify', json, html, ...harFiles], false);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout.split('\n').filter((l) => l.startsWith('OK ')).length).toBe(2 + harFiles.length);
    const tampered = path.join(dir, 'tampered.json');
    await writeFile(tampered, (await readFile(json, 'utf8')).replace('_adnet_id', '_adnet_iX'));
    const bad = await cli(['verify', json, tampered], false);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^CHANGED .*tampered\.json$/m);
  });

  it('a batch from --urls with a host that does not resolve: clear error, the other URLs audited, exit 2', async () => {
    const list = path.join(dir, 'urls.txt');
    await writeFile(list, `# batch\n${SHOP}/clean.html\nhttps://nope.invalid/\n\n${SHOP}/warmup.html\n`);
    const json = path.join(dir, 'batch.json');
    const run = await cli(['scan', '--urls', list, '--consent', 'none', '--wait', WAIT, '--json', json]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /https:\/\/nope\.invalid\/ none: ERROR page could not be loaded: net::ERR_NAME_NOT_RESOLVED/,
    );
    const report = await readReport(json);
    expect(report.url).toBeNull();
    expect(report.scenarios.map((s) => [s.url, s.error === null, s.summary.verdict])).toEqual([
      [`${SHOP}/clean.html`, true, 'clean'],
      ['https://nope.invalid/', false, 'error'],
      [`${SHOP}/warmup.html`, true, 'clean'],
    ]);
    expect(report.summary).toMatchObject({ errors: 1, verdict: 'error' });
    expect(run.stdout).toMatch(/nope\.invalid\/\s+none\s+-\s+0\s+0\s+error \(FAIL\)/);
  });

  it('--consent reject on a banner the automation cannot answer: reported as not answered, exit 1', async () => {
    const { run, json } = await scanToJson(`${SHOP}/unanswerable.html`, {
      consent: 'reject',
      failOn: 'violation',
      name: 'unanswerable',
    });
    expect(run.code, run.stderr).toBe(1);
    const [s] = (await readReport(json)).scenarios;
    expect(s).toMatchObject({
      consent: 'reject',
      answered: false,
      choice: null,
      error: null,
      summary: { verdict: 'not-answered', passed: false },
    });
    expect(s?.answerDetail).toMatch(/banner could not be answered: No banner answered/);
    expect(s?.automation.at(-1)?.status).toBe('no-banner');
    expect(run.stdout).toMatch(/unanswerable\.html\s+reject\s+no\s+/);
  });

  it.each<[string, string[], RegExp]>([
    ['no URL', ['scan', '--wait', '10'], /no URL given/],
    [
      'a bad option value',
      ['scan', `${SHOP}/`, '--fail-on', 'sometimes'],
      /--fail-on: use violation, warning or never/,
    ],
    ['an unknown option', ['scan', `${SHOP}/`, '--fast'], /unknown option: --fast/],
    [
      'Chromium missing',
      ['scan', `${SHOP}/`, '--chromium', '/nonexistent/chromium'],
      /Chromium not found at \/nonexistent\/chromium/,
    ],
    ['a --urls file that does not exist', ['scan', '--urls', '/nonexistent/urls.txt'], /--urls: cannot read/],
  ])('usage or run error (%s): exit 2 and a message on stderr', async (_name, args, message) => {
    const run = await cli(args, false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('checks TLS certificates unless told not to: the self-signed demo host is not audited, exit 2', async () => {
    const json = path.join(dir, 'strict.json');
    const run = await cli(
      ['scan', `${SHOP}/clean.html`, '--consent', 'none', '--wait', WAIT, '--json', json, '--quiet'],
      'strict',
    );
    expect(run.code, run.stderr).toBe(2);
    const report = await readReport(json);
    expect(report.scenarios[0]?.error).toMatch(/CERT/);
    expect(report.summary.verdict).toBe('error');
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help'], false);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: consent-auditor scan <url>\.\.\./);
    const version = await cli(['--version'], false);
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
    expect(existsSync(path.join(ROOT, 'dist', 'cli', 'main.mjs'))).toBe(true);
  });
});
