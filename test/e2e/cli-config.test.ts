// Config file and waivers (issue 16) through the built CLI on the demo site: an active waiver lets the run pass with
// its findings marked, an expired one fails it, a bad config stops before any browser with nothing written.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import { PROFILE_PREFIX } from '../../cli/browser/index.ts';
import type { Report } from '../../utils/export/report.ts';
import { schemaErrors } from '../support/export.ts';
import { CLI_SANDBOX_ARGS, type CliRun, ROOT, runCli, SHOP, useCliRun } from './helpers.ts';

const FAST = { minWait: 300, quietPeriod: 500, wait: 4000 };

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-config-', (s, d) => {
  server = s;
  dir = d;
});

function cli(args: string[], cwd: string, tmp?: string): Promise<CliRun> {
  return runCli(args, { cwd, env: tmp ? { TMPDIR: tmp } : {} });
}

/** A folder with a config file; the demo hosts come from the config's hostResolverRules. */
async function project(
  name: string,
  config: Record<string, unknown>,
  file = 'consent-auditor.config.json',
): Promise<string> {
  const d = path.join(dir, name);
  await mkdir(d);
  const full = {
    hostResolverRules: server.hostRules,
    chromiumArgs: ['--ignore-certificate-errors', ...CLI_SANDBOX_ARGS],
    consent: ['none'],
    ...FAST,
    ...config,
  };
  await writeFile(path.join(d, file), JSON.stringify(full, null, 2));
  return d;
}

const readReport = async (file: string): Promise<Report> => JSON.parse(await readFile(file, 'utf8')) as Report;

describe('consent-auditor.config.json', () => {
  it('an active waiver: found in the working directory, the run passes, its findings stay in the report marked waived', async () => {
    const cwd = await project('active', {
      $schema: path.join(ROOT, 'schema', 'consent-auditor.config.schema.json'),
      urls: [`${SHOP}/trackers.html`],
      outputs: { json: 'out.json', html: 'out.html', junit: 'out.xml' },
      waivers: [
        {
          finding: 'tracking-request-before-choice:*.google-analytics.com',
          reason: 'GA runs in consent mode basic',
          expires: '2099-12-31',
        },
        { finding: '*', url: `${SHOP}/trackers.*`, reason: 'demo page, trackers on purpose', expires: '2099-12-31' },
        { finding: 'essential-cookie:cookie:never@seen', reason: 'stale', expires: '2099-12-31' },
      ],
    });
    const run = await cli(['scan'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`consent-auditor: config ${path.join(cwd, 'consent-auditor.config.json')}`);
    expect(run.stderr).toContain(
      'consent-auditor: warning: waiver "essential-cookie:cookie:never@seen" matched no finding',
    );
    expect(run.stdout).toMatch(/trackers\.html\s+none\s+-\s+[1-9]\d*\s+\d+\s+violations \([1-9]\d* waived\)\s/);
    const report = await readReport(path.join(cwd, 'out.json'));
    expect(schemaErrors(report)).toBe('');
    const [s] = report.scenarios;
    const ga = s?.findings.find((f) => f.id === 'tracking-request-before-choice:request:www.google-analytics.com');
    expect(ga?.waived).toEqual({ reason: 'GA runs in consent mode basic', expires: '2099-12-31' });
    expect(s?.findings.filter((f) => f.severity === 'violation').length).toBeGreaterThan(1);
    expect(s?.findings.every((f) => f.waived)).toBe(true);
    expect(s?.summary).toMatchObject({ verdict: 'violations', passed: true });
    expect(s?.summary.waived).toEqual(s?.summary.bySeverity);
    expect(report.summary.verdict).toBe('pass');
    expect(report.waivers?.map((w) => [w.status, w.matched > 0])).toEqual([
      ['active', true],
      ['active', true],
      ['active', false],
    ]);
    expect(await readFile(path.join(cwd, 'out.xml'), 'utf8')).not.toContain('<failure');
    expect(await readFile(path.join(cwd, 'out.html'), 'utf8')).toContain('GA runs in consent mode basic');
  });

  it('an expired waiver fails the run (exit 1) and is named, even on a clean page under failOn never', async () => {
    const cwd = await project(
      'expired',
      {
        urls: [`${SHOP}/clean.html`],
        failOn: 'never',
        outputs: { json: 'out.json' },
        waivers: [{ finding: 'third-country-transfer:*.hotjar.com', reason: 'old DPA', expires: '2020-01-31' }],
      },
      'ci.json',
    );
    const run = await cli(['scan', '--config', 'ci.json'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      'consent-auditor: waiver "third-country-transfer:*.hotjar.com" expired on 2020-01-31 (reason: old DPA)',
    );
    expect(run.stdout).toMatch(/1 waiver\(s\) EXPIRED/);
    const report = await readReport(path.join(cwd, 'out.json'));
    expect(report.scenarios[0]?.summary.verdict).toBe('clean');
    expect(report.summary.verdict).toBe('fail');
    expect(report.waivers).toEqual([
      {
        finding: 'third-country-transfer:*.hotjar.com',
        url: null,
        reason: 'old DPA',
        expires: '2020-01-31',
        status: 'expired',
        matched: 0,
      },
    ]);
  });

  it('a bad config: exit 2 with path and message for each problem, before any browser, nothing written', async () => {
    const cwd = await project('bad', {
      urls: [`${SHOP}/clean.html`],
      outputs: { json: 'out.json', html: 'out.html' },
      concurrency: 0,
      waivers: [{ finding: 'x', expires: '31.12.2099' }],
    });
    const tmp = path.join(cwd, 'tmp');
    await mkdir(tmp);
    const run = await cli(['scan'], cwd, tmp);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('consent-auditor: consent-auditor.config.json: concurrency: must be >= 1');
    expect(run.stderr).toContain('consent-auditor: consent-auditor.config.json: waivers[0]: "reason" is missing');
    expect(run.stderr).toContain(
      'consent-auditor: consent-auditor.config.json: waivers[0].expires: must be a date YYYY-MM-DD',
    );
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(cwd, 'out.json')) || existsSync(path.join(cwd, 'out.html'))).toBe(false);
    expect((await readdir(tmp)).filter((f) => f.startsWith(PROFILE_PREFIX))).toEqual([]);
    // --no-config ignores it: the command line alone then has no URL.
    const ignored = await cli(['scan', '--no-config'], cwd, tmp);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('consent-auditor: no URL given');
  });
});
