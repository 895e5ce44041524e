// Connections no request shows, with `scan --browser firefox` (the Chromium side is test/e2e/hostile-net-gaps.test.ts):
// the main-world hook reports each WebRTC ICE server the page names, the isolated world each preconnect, so a tracker's
// STUN server before the choice is a violation, a preconnect alone a warning (preconnect-only.ts).
import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report, ScenarioReport } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from '../e2e/helpers.ts';
import { FIREFOX_PATH } from './helpers.ts';

let server: DemoServer;
let dir: string;
useCliRun('consent-auditor-ff-webrtc-', (s, d) => {
  server = s;
  dir = d;
});

// A listener for the page's first STUN server (Firefox sends it nothing: see below), only to give it a real port.
let udp: Socket;
let report: Report;
let stderr = '';
beforeAll(async () => {
  udp = createSocket('udp4');
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  const pages = [
    `stun.html?port=${udp.address().port}`,
    'stun-realms.html',
    'preconnect.html',
    'preconnect-header.html',
  ];
  const urls = pages.map((p) => `${SHOP}/hostile/${p}`);
  const json = path.join(dir, 'webrtc.json');
  const timing = ['--min-wait', '2500', '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
  const browser = ['--browser', 'firefox', '--firefox', FIREFOX_PATH];
  const hosts = demoHostArgs(server, { sandboxArgs: false });
  const r = await runCli(['scan', ...urls, ...browser, '--consent', 'none', ...timing, '--json', json, ...hosts], {
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

describe('scan --browser firefox: a page that sends the visitor address to STUN servers (WebRTC)', () => {
  it("is a violation: the tracker's STUN server is a connection of the record, its place not known", () => {
    const s = scenario('stun.html');
    // No packet reached the 127.0.0.1 listener from Firefox here (why was not looked into): the hook reports what the
    // page asked for all the same.
    const rtc = s.requests.filter((q) => q.type === 'webrtc');
    expect(rtc.map((q) => q.url).sort()).toEqual([
      `stun:127.0.0.1:${udp.address().port}`,
      'stun:stun.google-analytics.com:19302',
    ]);
    for (const q of rtc) expect([q.phase, q.serverIp, q.serverCountry]).toEqual(['before-choice', null, null]);
    expect(s.summary.verdict).toBe('violations');
    expect(s.findings.map((f) => f.rule)).toContain('tracking-request-before-choice');
  });

  it("a fresh frame's constructor or method and setConfiguration are seen; an idle one is not", () => {
    const s = scenario('stun-realms.html');
    const hosts = s.requests.filter((q) => q.type === 'webrtc').map((q) => q.host.replace('.stun-realms.test', ''));
    // Firefox has no webkitRTCPeerConnection alias, and no iceCandidatePoolSize: Gecko's RTCConfiguration lacks it
    // (dom/webidl/RTCConfiguration.webidl, read in the SAP/project-foxhound fork, 2026-12-08), so that connection
    // gathers nothing before a setLocalDescription it never gets, like the idle one.
    expect(hosts.sort()).toEqual(['borrowed', 'frame', 'later']);
  });
});

describe('scan --browser firefox: preconnects to trackers (a connection, no request)', () => {
  it('each preconnected origin (a link in the HTML, by script, made one later, or a Link header) is in the record', () => {
    const origins = (page: string): string[] =>
      scenario(page)
        .requests.filter((q) => q.type === 'preconnect')
        .map((q) => q.url)
        .sort();
    expect(origins('preconnect.html')).toEqual([
      'https://connect.facebook.net',
      'https://snap.licdn.com',
      'https://static.shop.test',
      'https://www.google-analytics.com',
    ]);
    expect(origins('preconnect-header.html')).toEqual(['https://www.google-analytics.com']);
    expect(scenario('preconnect.html').summary.verdict).toBe('warnings');
  });
});
