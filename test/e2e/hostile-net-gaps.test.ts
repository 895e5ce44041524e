// Session 17 red team, through `consent-auditor scan`: traffic of the page that no webRequest event shows. Reports the
// browser sends by the Reporting API (they passed for clean), fetches the browser makes for the page (its icon and
// manifest, pinned as covered), and STUN to a tracker by WebRTC (a `webrtc` connection of the record since session 18).
import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-net-gaps-', (s, d) => {
  server = s;
  dir = d;
});

// The test's own STUN server: it only counts the binding requests that reach it.
let udp: Socket;
let stunPackets = 0;
let report: Report;
let stderr = '';
let since = 0;
beforeAll(async () => {
  udp = createSocket('udp4').on('message', () => void stunPackets++);
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  const stun = `stun.html?port=${udp.address().port}`;
  const pages = [
    'reporting-api.html',
    'browser-fetches.html',
    stun,
    'stun-realms.html',
    'preconnect.html',
    'preconnect-header.html',
  ];
  const json = path.join(dir, 'net-gaps.json');
  since = Date.now();
  const timing = ['--min-wait', '2500', '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
  const urls = pages.map((p) => `${SHOP}/hostile/${p}`);
  const r = await runCli(['scan', ...urls, '--consent', 'none', ...timing, '--json', json, ...demoHostArgs(server)], {
    timeoutMs: 170_000,
  });
  stderr = r.stderr;
  report = JSON.parse(readFileSync(json, 'utf8')) as Report;
}, 180_000);
afterAll(() => udp?.close());

function scenario(page: string): ScenarioReport {
  const s = report.scenarios.find((x) => x.url.startsWith(`${SHOP}/hostile/${page}`));
  expect(s ? s.error : 'missing', stderr).toBeNull();
  return s!;
}

const served = (): string[] =>
  server.log.filter((e) => e.t >= since && e.host === 'tracker.adnet.test').map((e) => `${e.method} ${e.path}`);

describe('a page that reports its CSP violations to a tracker by the Reporting API', () => {
  it('is never clean: the reports the browser queued for the tracker are named as a gap', () => {
    const s = scenario('reporting-api.html');
    // The tracker did get the reports (else the test proves nothing), which no request of the record shows.
    expect(served()).toContain('POST /report?uid=csp-report');
    expect(s.requests.some((q) => q.url.includes('/report?uid=csp-report'))).toBe(false);
    // Before cli/reporting-api.ts this page read `clean`.
    expect(s.summary.verdict).toBe('incomplete');
    const gap = s.summary.incomplete?.find((m) => m.startsWith('the browser queued'));
    expect(gap, JSON.stringify(s.summary)).toContain('https://tracker.adnet.test/report?uid=csp-report');
    expect(gap).toContain('csp-violation');
  });
});

describe("the browser's own fetches for the page (icon, manifest) from a tracker", () => {
  it('are in the record, before the choice', () => {
    const s = scenario('browser-fetches.html');
    for (const uid of ['favicon', 'manifest']) {
      expect(served(), uid).toContain(`GET /pixel.gif?uid=${uid}`);
      const q = s.requests.filter((r) => r.url === `https://tracker.adnet.test/pixel.gif?uid=${uid}`);
      expect(
        q.map((r) => r.phase),
        uid,
      ).toEqual(['before-choice']);
    }
  });
});

// No extension API and no DevTools event shows a STUN binding request: the main-world hook reports each ICE server at
// setLocalDescription, and the record holds it as a `webrtc` connection (before session 18 this page read clean).
describe("a page that sends the visitor's address to a tracker's STUN server (WebRTC)", () => {
  it('is a violation: each ICE server is a connection of the record, judged as a request', () => {
    const s = scenario('stun.html');
    expect(stunPackets).toBeGreaterThan(0);
    const rtc = s.requests.filter((q) => q.type === 'webrtc');
    expect(rtc.map((q) => q.url).sort()).toEqual([
      `stun:127.0.0.1:${udp.address().port}`,
      'stun:stun.google-analytics.com:19302',
    ]);
    for (const q of rtc) {
      expect(q.phase).toBe('before-choice');
      expect(q.script).toBe(`${SHOP}/hostile/stun.html?port=${udp.address().port}`);
      // No browser event names the server's address: its place is not known, never guessed.
      expect(q.serverIp).toBeNull();
      expect(q.serverCountry).toBeNull();
    }
    expect(s.summary.verdict).toBe('violations');
    const f = s.findings.find((x) => x.rule === 'tracking-request-before-choice');
    expect(f?.subject, JSON.stringify(s.findings.map((x) => x.rule))).toMatchObject({
      host: 'stun.google-analytics.com',
    });
  });
});

describe('ICE servers named past the hooks (WebRTC)', () => {
  it("are seen through the alias, a fresh frame's constructor or method and a candidate pool; an idle one is not", () => {
    const s = scenario('stun-realms.html');
    const hosts = s.requests.filter((q) => q.type === 'webrtc').map((q) => q.host.replace('.stun-realms.test', ''));
    expect(hosts.sort()).toEqual(['alias', 'borrowed', 'frame', 'later', 'pool']);
  });
});

describe('a page that preconnects to trackers (a connection, no request)', () => {
  it('is a violation: each preconnected origin is a connection of the record; dns-prefetch is not', () => {
    const s = scenario('preconnect.html');
    const pre = s.requests.filter((q) => q.type === 'preconnect');
    expect(pre.map((q) => q.url).sort()).toEqual([
      'https://connect.facebook.net',
      'https://snap.licdn.com',
      'https://static.shop.test',
      'https://www.google-analytics.com',
    ]);
    for (const q of pre) expect([q.phase, q.serverIp, q.serverCountry]).toEqual(['before-choice', null, null]);
    expect(s.requests.some((q) => q.host === 'www.googletagmanager.com')).toBe(false);
    expect(s.summary.verdict).toBe('violations');
    const hosts = s.findings.filter((f) => f.rule === 'tracking-request-before-choice').map((f) => f.subject.host);
    expect(hosts).toContain('www.google-analytics.com');
  });
});

describe('a page that preconnects to a tracker by a Link response header only', () => {
  it('is a violation: the header (as webRequest shows it) is a preconnect of the record, the browser its source', () => {
    const s = scenario('preconnect-header.html');
    const pre = s.requests.filter((q) => q.type === 'preconnect');
    expect(pre.map((q) => [q.url, q.phase])).toEqual([['https://www.google-analytics.com', 'before-choice']]);
    expect(s.summary.verdict).toBe('violations');
  });
});
