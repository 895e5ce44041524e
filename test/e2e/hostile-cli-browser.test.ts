// Issue 15.7, 15.8 (the browser half) and 15.12 through `consent-auditor scan`, the built CLI as a child process: the
// audited tab is the one the CLI opened (not a twin the page opens), the page cannot tell the auditor from a visitor,
// and Chromium keeps its sandbox unless --no-sandbox is asked for, which the report then says.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { CLI_SANDBOX_ARGS, type CliRun, demoHostArgs, runCli, SHOP, TEST_SANDBOX, useCliRun } from './helpers.ts';

const FAST = ['--consent', 'none', '--min-wait', '1500', '--quiet-period', '1000', '--wait', '5000'];

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-hostile-cli-', (s, d) => {
  server = s;
  dir = d;
});

/** The CLI with the demo hosts and exactly the switches given (the sandbox opt-in is the caller's). */
function cli(args: string[]): Promise<CliRun> {
  return runCli(['scan', ...args, ...demoHostArgs(server, { sandboxArgs: false })]);
}

const read = (file: string): Report => JSON.parse(readFileSync(file, 'utf8')) as Report;

describe('a page that opens a clean twin of itself (15.7)', () => {
  it("the original is audited: its tracker is reported, and the twin's cookie writes are only in the twin's rows", async () => {
    const json = path.join(dir, 'twin.json');
    // The twin opens on the banner's reject click: a twin opened at load is blocked, as in a visitor's browser.
    const reject = ['--consent', 'reject', ...FAST.slice(2)];
    const r = await cli([`${SHOP}/hostile/twin.html`, ...reject, '--json', json, ...CLI_SANDBOX_ARGS]);
    const s = read(json).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    // The original's own tracking: the newest tab with this URL (the twin) would have shown none of it.
    const original = s.requests.filter((q) => q.url.includes('tid=G-TWIN') && q.url.includes('cid=original'));
    expect(original.map((q) => q.document ?? 0)).toEqual([0]);
    expect(s.cookies.filter((c) => c.name === '_ga').map((c) => c.document ?? 0)).toEqual([0]);
    expect(s.findings.some((f) => f.severity === 'violation')).toBe(true);
    // The twin wrote twin_only by script and shop_session by Set-Cookie, in its own tab, at the same site: in the
    // audit as a window the page opened, never as the original's.
    const twin = s.documents?.findIndex((d) => d.window === true) ?? -1;
    expect(twin, JSON.stringify(s.documents)).toBeGreaterThan(0);
    expect(s.cookies.filter((c) => c.name === 'twin_only').map((c) => c.document)).toEqual([twin]);
    expect(s.cookies.filter((c) => c.name === 'shop_session').map((c) => c.document)).toEqual([twin]);
    // The twin did load (else the test proves nothing): the server saw its Set-Cookie request.
    expect(server.log.some((e) => e.host === 'www.shop.test' && e.path === '/index.html')).toBe(true);
  });
});

describe('a page that looks for automation and cloaks (15.8, browser half)', () => {
  it('finds nothing, so it loads its tracker, and the audit reports it', async () => {
    const json = path.join(dir, 'detect.json');
    const since = Date.now();
    const r = await cli([`${SHOP}/hostile/detect-automation.html`, ...FAST, '--json', json, ...CLI_SANDBOX_ARGS]);
    const s = read(json).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    const detected = server.log.filter((e) => e.t >= since && e.path.startsWith('/hostile/detected.gif'));
    // What the page found, by name, when it finds anything: the assertion message says which check gave us away.
    expect(detected.map((e) => decodeURIComponent(e.path.split('found=')[1] ?? ''))).toEqual([]);
    expect(s.requests.some((q) => q.url.includes('tid=G-CLOAK'))).toBe(true);
  });
});

describe('an ad frame of another site and a service worker that look for automation (session 18)', () => {
  it("find a visitor's client hints in the frame, its worker and the page's service worker, so their trackers are reported", async () => {
    const json = path.join(dir, 'detect-hints.json');
    const since = Date.now();
    const r = await cli([`${SHOP}/hostile/detect-hints-frames.html`, ...FAST, '--json', json, ...CLI_SANDBOX_ARGS]);
    const s = read(json).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    // Without the override in every target: found=frame:empty-client-hints,frame-worker:… and sw:empty-client-hints.
    const detected = server.log.filter((e) => e.t >= since && e.path.startsWith('/hostile/detected.gif'));
    expect(detected.map((e) => decodeURIComponent(e.path.split('found=')[1] ?? ''))).toEqual([]);
    expect(s.requests.some((q) => q.url.includes('tid=G-CLOAK-FRAME'))).toBe(true);
    expect(s.requests.some((q) => q.url.includes('tid=G-CLOAK-SW'))).toBe(true);
  });
});

describe("Chromium's sandbox (15.12)", () => {
  it(
    TEST_SANDBOX
      ? 'on by default: a scan as this (non-root) user runs with it, and the report has nothing to say about it'
      : 'as root without --no-sandbox: exit 2, one line on stderr with the fix, no report',
    async () => {
      const json = path.join(dir, 'sandbox-default.json');
      // Three scenarios, three browsers to start: the refusal is still said once.
      const r = await cli([
        `${SHOP}/clean.html`,
        ...FAST,
        '--consent',
        'none,reject,accept',
        '--fail-on',
        'never',
        '--json',
        json,
        '--quiet',
      ]);
      if (TEST_SANDBOX) {
        // 1 at most: reject/accept find no banner on this page; never 2 (a browser that did not start).
        expect([0, 1], r.stderr).toContain(r.code);
        expect(read(json).tool.browser?.sandbox).toBeUndefined();
        return;
      }
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^consent-auditor: could not start Chromium at \S+ with its sandbox \(.*root.*\): run as a non-root user, or pass --no-sandbox to accept the risk$/,
      );
      expect(existsSync(json)).toBe(false);
    },
  );

  it('--no-sandbox is an explicit opt-in that the JSON and the HTML report state', async () => {
    const json = path.join(dir, 'no-sandbox.json');
    const html = path.join(dir, 'no-sandbox.html');
    const r = await cli([`${SHOP}/clean.html`, ...FAST, '--json', json, '--html', html, '--quiet', '--no-sandbox']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(json).tool.browser).toMatchObject({ name: 'Chromium', sandbox: false });
    expect(read(json).tool.browser?.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(readFileSync(html, 'utf8')).toContain('without its sandbox (--no-sandbox)');
  });
});
