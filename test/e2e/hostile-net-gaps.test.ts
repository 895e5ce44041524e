// Session 17 red team, through `consent-auditor scan`: traffic of the page that no webRequest event shows. Reports the
// browser sends by the Reporting API (they passed for clean; since session 18 request rows of the record), fetches the
// browser makes for the page (its icon and manifest, pinned as covered), and STUN to a tracker by WebRTC (a `webrtc`
// connection of the record since session 18).
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
  const reporting = [
    'reporting-api.html',
    'reporting-api-ga.html',
    'reporting-api-legacy.html',
    'reporting-api-uri.html',
  ];
  const stun = `stun.html?port=${udp.address().port}`;
  const pages = [
    ...reporting,
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
    timeoutMs: 230_000,
  });
  stderr = r.stderr;
  report = JSON.parse(readFileSync(json, 'utf8')) as Report;
}, 240_000);
afterAll(() => udp?.close());

function scenario(page: string): ScenarioReport {
  const s = report.scenarios.find((x) => x.url.startsWith(`${SHOP}/hostile/${page}`));
  expect(s ? s.error : 'missing', stderr).toBeNull();
  return s!;
}

const served = (host = 'tracker.adnet.test'): string[] =>
  server.log.filter((e) => e.t >= since && e.host === host).map((e) => `${e.method} ${e.path}`);

describe('a page that reports its CSP violations to a third party by the Reporting API', () => {
  const REPORTS = 'https://tracker.adnet.test/report?uid=csp-report';
  it('has the reports the browser queued as request rows of the record, each saying how far it was sent', () => {
    const s = scenario('reporting-api.html');
    // The tracker did get the reports (else the test proves nothing), which no webRequest event shows.
    expect(served()).toContain('POST /report?uid=csp-report');
    // Before cli/reporting-join.ts no row of the record had them (the audit said a gap instead).
    const rows = s.requests.filter((q) => q.type === 'report');
    expect(rows.length, JSON.stringify(s.requests)).toBeGreaterThanOrEqual(1);
    for (const q of rows)
      expect(q).toMatchObject({
        url: REPORTS,
        method: 'POST',
        thirdParty: true,
        phase: 'before-choice',
        report: { type: 'csp-violation', document: `${SHOP}/hostile/reporting-api.html` },
      });
    // Chromium 156 sends the first report at once and queues the next for its upload a minute later.
    expect(rows.map((q) => q.report?.delivery)).toContain('sent');
    expect(s.thirdParties.map((t) => t.site)).toContain('adnet.test');
    // The record holds them: no gap is said for them, and an unknown third party's report is judged as Firefox records
    // it (an XHR with the named id "uid": the same warning as `scan --browser firefox` gives this page).
    expect(s.summary.incomplete ?? []).toEqual([]);
    expect(s.findings.map((f) => f.rule)).toContain('unknown-third-party-tracking');
    // The extension's own record read the document's Reporting-Endpoints header: a note, for the extension alone.
    expect(s.errors).toContain(
      `recording (reporting): the document ${SHOP}/hostile/reporting-api.html names ${REPORTS} as the endpoint of its browser reports (Reporting API): Chromium sends them without a tab, so the extension does not see them (the CLI does; Firefox shows them as requests)`,
    );
  });

  it("stays a gap when the report's endpoint is not known: the older Report-To header names none for it", () => {
    const s = scenario('reporting-api-legacy.html');
    // Chromium 156 queues the reports for the group but learns no endpoint from `Report-To`, and sends nothing.
    expect(served().filter((x) => x.includes('csp-report-legacy'))).toEqual([]);
    expect(s.requests.filter((q) => q.type === 'report')).toEqual([]);
    expect(s.summary.verdict).toBe('incomplete');
    expect(s.summary.incomplete?.join('\n')).toContain(
      '(endpoint group "tk") (Reporting API) whose endpoint could not',
    );
  });

  it("CSP's report-uri reports are the document's own requests: in the record as csp_report, no gap", () => {
    const s = scenario('reporting-api-uri.html');
    expect(served()).toContain('POST /report?uid=csp-uri');
    const rows = s.requests.filter((q) => q.url === 'https://tracker.adnet.test/report?uid=csp-uri');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(new Set(rows.map((q) => q.type))).toEqual(new Set(['csp_report']));
    expect(s.summary.incomplete ?? []).toEqual([]);
  });

  it("is a violation when the endpoint is a known tracker's, also when its preflight refused the reports", () => {
    const s = scenario('reporting-api-ga.html');
    expect(served('www.google-analytics.com')).toContain('OPTIONS /g/collect?v=2&tid=G-REPORT&en=csp');
    const f = s.findings.find((x) => x.rule === 'tracking-request-before-choice');
    expect(f, JSON.stringify(s.findings)).toBeDefined();
    expect(f?.evidence.items.some((i) => i.kind === 'request' && i.type === 'report')).toBe(true);
    expect(s.summary.verdict).toBe('violations');
    const row = s.requests.find((q) => q.type === 'report');
    // Only the preflight (OPTIONS) reached the endpoint: the row says the report was tried, not delivered.
    expect(row?.report?.delivery).toBe('failed');
    expect(row?.error).toContain('not delivered (Reporting API)');
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
  it('is a warning: each preconnected origin is a connection of the record (no request: not a violation); dns-prefetch is not', () => {
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
    expect(s.summary.verdict).toBe('warnings');
    const ga = s.findings.find(
      (f) => f.rule === 'tracking-request-before-choice' && f.subject.host === 'www.google-analytics.com',
    );
    expect(ga?.severity).toBe('warning');
    expect(ga?.evidence.notes[0]).toContain('Only a preconnect was seen here');
  });
});

describe('a page that preconnects to a tracker by a Link response header only', () => {
  it('is a warning: the header (as webRequest shows it) is a preconnect of the record, the browser its source', () => {
    const s = scenario('preconnect-header.html');
    const pre = s.requests.filter((q) => q.type === 'preconnect');
    expect(pre.map((q) => [q.url, q.phase])).toEqual([['https://www.google-analytics.com', 'before-choice']]);
    expect(s.summary.verdict).toBe('warnings');
  });
});
