// Exit codes CI can trust (issue 16): error pages, pages that leave the site or never load, SIGTERM, bad output
// paths, --json -, a Chromium that cannot start, HAR names and hashes. The built CLI as a child process.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import { PROFILE_PREFIX } from '../../cli/browser/index.ts';
import { verifyExport } from '../../utils/export/verify.ts';
import type { Report } from '../../utils/export/report.ts';
import type { Integrity } from '../../utils/export/types.ts';
import { type CliRun, demoHostArgs, SHOP, startCli, useCliRun } from './helpers.ts';

const FAST = ['--min-wait', '300', '--quiet-period', '500', '--wait', '4000'];

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-exit-', (s, d) => {
  server = s;
  dir = d;
});

/** The CLI with the demo hosts; `tmp` is its TMPDIR (where its temp profiles go). */
function start(args: string[], o: { tmp?: string } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  return startCli([...args, ...demoHostArgs(server)], { env: o.tmp ? { TMPDIR: o.tmp } : {} });
}

const cli = (args: string[], o: { tmp?: string } = {}): Promise<CliRun> => start(args, o).done;

async function readReport(file: string): Promise<Report & { integrity?: Integrity }> {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function freshDir(name: string): Promise<string> {
  const d = path.join(dir, name);
  await mkdir(d);
  return d;
}

const profilesIn = async (d: string): Promise<string[]> =>
  (await readdir(d)).filter((f) => f.startsWith(PROFILE_PREFIX));

describe('not audited is never clean', () => {
  it('404 and 500 pages, a page that goes to another site, a page that never loads: exit 2, status in table and report', async () => {
    const json = path.join(dir, 'not-audited.json');
    const urls = [
      `${SHOP}/missing.html`,
      `${SHOP}/status/500`,
      `${SHOP}/cli/elsewhere.html`,
      `${SHOP}/cli/never-loads.html`,
    ];
    const run = await cli(['scan', ...urls, '--consent', 'none', '--load-timeout', '2500', ...FAST, '--json', json]);
    expect(run.code, run.stderr).toBe(2);
    const report = await readReport(json);
    expect(report.scenarios.map((s) => [s.url, s.summary.verdict, s.httpStatus ?? null])).toEqual([
      [urls[0], 'error', 404],
      [urls[1], 'error', 500],
      [urls[2], 'error', 200],
      [urls[3], 'error', null],
    ]);
    const [e404, e500, away, never] = report.scenarios.map((s) => s.error ?? '');
    expect(e404).toBe('the page answered HTTP 404: not audited');
    expect(e500).toBe('the page answered HTTP 500: not audited');
    expect(away).toBe('the page went to a different site: https://site1.test/');
    expect(never).toMatch(/^page could not be loaded: Timeout 2500ms exceeded/);
    expect(report.summary).toMatchObject({ verdict: 'error', errors: 4 });
    expect(run.stdout).toMatch(/missing\.html\s+none\s+-\s+0\s+0\s+error \(FAIL\)\s+\S+\s+404/);
    expect(run.stdout).toMatch(/status\/500\s+none\s+-\s+\d+\s+\d+\s+error \(FAIL\)\s+\S+\s+500/);
    expect(run.stdout).not.toMatch(/\bclean\b/);
    expect(run.stderr).toMatch(/never-loads\.html none: ERROR page could not be loaded/);
  });
});

/** Processes whose command line mentions `needle` (a temp folder only this test's browsers use). */
function processesWith(needle: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(needle) && !l.includes(' ps '));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('stopping and setting up', () => {
  it.each<[NodeJS.Signals, number]>([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ])('%s during a scan: exit %i, browsers closed, no temp profile, no report file', async (signal, code) => {
    const tmp = await freshDir(`${signal}-tmp`);
    const json = path.join(dir, `${signal}.json`);
    const har = path.join(dir, `${signal}-har`);
    const running = start(
      ['scan', `${SHOP}/cli/busy.html`, '--consent', 'none,reject', '--wait', '60000', '--json', json, '--har', har],
      { tmp },
    );
    // busy.html never goes quiet: once both browsers run, the scan is surely in its wait when the signal comes.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && processesWith(tmp).filter((l) => /chrom/i.test(l)).length < 2) await sleep(200);
    expect((await profilesIn(tmp)).length).toBeGreaterThan(0);
    await sleep(1500);
    running.child.kill(signal);
    const run = await running.done;
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toContain(`stopped by ${signal}`);
    expect(existsSync(json)).toBe(false);
    expect(existsSync(har)).toBe(false);
    expect(await profilesIn(tmp)).toEqual([]);
    expect(processesWith(tmp)).toEqual([]);
  });

  it('a finished scan ends its browsers: no Chromium process and no temp profile left once it exits', async () => {
    const tmp = await freshDir('finished-tmp');
    const run = await cli(
      ['scan', `${SHOP}/`, '--consent', 'none,reject', ...FAST, '--json', path.join(dir, 'f.json')],
      {
        tmp,
      },
    );
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    expect((await readReport(path.join(dir, 'f.json'))).scenarios.map((s) => s.requests.length > 0)).toEqual([
      true,
      true,
    ]);
    expect(await profilesIn(tmp)).toEqual([]);
    expect(processesWith(tmp)).toEqual([]);
  });
  it('an output folder that does not exist: exit 2 at once, nothing written, no browser started', async () => {
    const tmp = await freshDir('bad-path-tmp');
    const missing = path.join(dir, 'no-such-folder');
    const run = await cli(
      ['scan', `${SHOP}/clean.html`, '--json', path.join(missing, 'r.json'), '--har', path.join(missing, 'hars', 'x')],
      { tmp },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--json .*no-such-folder\/r\.json: folder .*no-such-folder does not exist/);
    expect(run.stderr).toMatch(/--har .*: folder .*no-such-folder\/hars does not exist/);
    expect(run.stderr).not.toMatch(/\[\d+\/\d+\]/);
    expect(existsSync(missing)).toBe(false);
    expect(await profilesIn(tmp)).toEqual([]);
    expect(run.stdout).toBe('');
  });

  it('--chromium that cannot start: one plain message, once, exit 2, no report', async () => {
    const tmp = await freshDir('bad-chromium-tmp');
    const json = path.join(dir, 'bad-chromium.json');
    const run = await cli(
      ['scan', `${SHOP}/clean.html`, `${SHOP}/warmup.html`, '--chromium', '/bin/false', '--json', json],
      { tmp },
    );
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.includes('/bin/false'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^consent-auditor: could not start Chromium at \/bin\/false: \S/);
    expect(existsSync(json)).toBe(false);
    expect(await profilesIn(tmp)).toEqual([]);
  });
});

describe('outputs', () => {
  it('--json - writes the report to stdout and the table to stderr', async () => {
    const run = await cli(['scan', `${SHOP}/clean.html`, '--consent', 'none', ...FAST, '--json', '-']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report & { integrity: Integrity };
    expect(report.scenarios[0]).toMatchObject({
      url: `${SHOP}/clean.html`,
      httpStatus: 200,
      summary: { verdict: 'clean' },
    });
    expect(report.scenarios[0]?.settle?.settled).toBe(true);
    expect((await verifyExport(run.stdout)).ok).toBe(true);
    expect(run.stderr).toMatch(/clean\.html\s+none\s+-\s+0\s+0\s+clean\s+yes\s+200/);
    expect(run.stderr).toMatch(/^PASS: /m);
  });

  it('HAR files are named by page path; the integrity block names each HAR with the hash verify computes for it', async () => {
    const json = path.join(dir, 'hars.json');
    const har = path.join(dir, 'hars');
    const run = await cli([
      'scan',
      `${SHOP}/clean.html`,
      `${SHOP}/cli/late.html`,
      '--consent',
      'none',
      ...FAST,
      '--json',
      json,
      '--har',
      har,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const files = (await readdir(har)).sort();
    expect(files).toEqual(['001-www.shop.test-clean.html-none.har', '002-www.shop.test-cli_late.html-none.har']);
    const named = (await readReport(json)).integrity?.harFiles ?? [];
    expect(named.map((f) => f.name).sort()).toEqual(files);
    for (const f of named)
      expect((await verifyExport(await readFile(path.join(har, f.name), 'utf8'))).actual).toBe(f.sha256);
  });

  it('a page still active when --wait ends: settled false with its last activity, in report and table', async () => {
    const json = path.join(dir, 'busy.json');
    const run = await cli(['scan', `${SHOP}/cli/busy.html`, '--consent', 'none', '--wait', '2500', '--json', json]);
    expect(run.code, run.stderr).toBe(0);
    const [s] = (await readReport(json)).scenarios;
    expect(s?.settle).toMatchObject({
      settled: false,
      afterLoad: { settled: false, lastActivityAt: expect.any(String) },
    });
    expect(s?.settle?.afterLoad?.waitedMs).toBeGreaterThanOrEqual(2500);
    expect(run.stdout).toMatch(/busy\.html\s+none\s+-\s+0\s+0\s+clean\s+NO \(active at \d+\.\d s\)/);
    expect(run.stdout).toMatch(/1 cut off by --wait while the page was still active/);
  });
});
