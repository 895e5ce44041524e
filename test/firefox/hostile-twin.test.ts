// Issue 15.7 with `scan --browser firefox`: the audited tab is the one the CLI opened (claimed by its marker URL), never
// the newest tab with the URL, so a page that opens an identical copy of itself cannot have the clean copy read, and the
// twin's rows are a window's, never the original's. The page is the one of the Chromium test in
// test/e2e/hostile-cli-browser.test.ts (its cookies too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { type CliRun, demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-twin-', (s, d) => {
  server = s;
  dir = d;
});

function scanFirefox(url: string, json: string, consent = 'none'): Promise<CliRun> {
  const args = ['scan', url, '--browser', 'firefox', '--firefox', FIREFOX_PATH, '--consent', consent];
  const timing = ['--min-wait', '4000', '--quiet-period', '1000', '--wait', '5000'];
  return runCli([...args, ...timing, '--json', json, '--quiet', ...demoHostArgs(server, { sandboxArgs: false })]);
}

describe('scan --browser firefox: a page that opens a clean twin of itself (15.7)', () => {
  it('the original is audited: its tracker and cookie are reported; the twin, opened at load, is blocked', async () => {
    const json = path.join(dir, 'twin.json');
    const since = Date.now();
    const r = await scanFirefox(`${SHOP}/hostile/twin.html`, json);
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    // The original's own tracking: the newest tab with this URL (the twin) would have shown none of it.
    expect(s.requests.some((q) => q.url.includes('tid=G-TWIN') && q.url.includes('cid=original'))).toBe(true);
    expect(s.cookies.map((c) => c.name)).toContain('_ga');
    expect(s.findings.some((f) => f.severity === 'violation')).toBe(true);
    expect(s.requests.filter((q) => q.url === `${SHOP}/hostile/twin.html`)).toHaveLength(1);
    // Firefox blocks the twin opened at load, as for a visitor (dom.disable_open_during_load), and no click is made
    // without a choice: the twin never loads here. A twin opened by the reject's trusted click: the next test.
    expect(server.log.some((e) => e.t >= since && e.host === 'www.shop.test' && e.path === '/index.html')).toBe(false);
    expect(s.cookies.map((c) => c.name)).not.toContain('twin_only');
    expect(s.documents).toBeUndefined();
  });

  it("a twin opened by the reject's trusted click is a window the page opened: its cookies are never the original's", async () => {
    const json = path.join(dir, 'twin-reject.json');
    const since = Date.now();
    const r = await scanFirefox(`${SHOP}/hostile/twin.html`, json, 'reject');
    const s = (JSON.parse(readFileSync(json, 'utf8')) as Report).scenarios[0]!;
    expect(s.error, r.stderr).toBeNull();
    expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
    const ctx = JSON.stringify({ errors: s.errors, documents: s.documents });
    // The audited tab is still the original (claimed by its marker): its own tracking is in document 0.
    const original = s.requests.filter((q) => q.url.includes('tid=G-TWIN') && q.url.includes('cid=original'));
    expect(
      original.map((q) => q.document ?? 0),
      ctx,
    ).toEqual([0]);
    expect(s.cookies.filter((c) => c.name === '_ga').map((c) => c.document ?? 0)).toEqual([0]);
    expect(s.findings.some((f) => f.severity === 'violation')).toBe(true);
    // The twin wrote twin_only by script and shop_session by Set-Cookie in its own tab: in the window's rows only.
    const twin = s.documents?.findIndex((d) => d.url === `${SHOP}/hostile/twin.html` && d.window === true) ?? -1;
    expect(twin, ctx).toBeGreaterThan(0);
    expect(s.cookies.filter((c) => c.name === 'twin_only').map((c) => c.document)).toEqual([twin]);
    expect(s.cookies.filter((c) => c.name === 'shop_session').map((c) => c.document)).toEqual([twin]);
    // The twin did load (else the test proves nothing): the server saw its Set-Cookie request.
    expect(server.log.some((e) => e.t >= since && e.host === 'www.shop.test' && e.path === '/index.html')).toBe(true);
  });
});
