// A false "clean" by request kind: each page sends to a tracker in a way the record could miss or give to no page
// (service worker, speculation rules, WebSocket, workers, a first-party redirect). Fixtures: demo/site/*/kinds/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord, RequestEntry } from '../../utils/record/record.ts';
import {
  demoHostArgs,
  extensionKnowledge,
  openTab,
  runCli,
  settledRecord,
  SHOP,
  useCliRun,
  useHarness,
} from './helpers.ts';

const GA = 'https://www.google-analytics.com/g/collect';
const TRACKER = 'https://tracker.adnet.test';
const h = useHarness();

/** Opens `${SHOP}/kinds/<page>`, waits until it says it is done, then until `accept` holds for its record. */
async function kind(page: string, accept: (r: PageRecord) => boolean): Promise<PageRecord> {
  const opened = await openTab(h, `${SHOP}/kinds/${page}`);
  await opened.page.waitForFunction(() => document.body?.dataset.done === '1');
  const r = await settledRecord(h, opened.tabId, accept);
  await opened.page.close();
  return r;
}

const row = (q: RequestEntry | undefined) =>
  q && { type: q.type, party: q.party, status: q.status, ip: q.ip, viaWorker: q.viaWorker, source: q.source };

describe('requests by kind: recorded in the page that caused them, and judged', () => {
  it("a service worker's own requests (install, activate, a fetch event) are the page's, before choice", async () => {
    const sent = (r: PageRecord, en: string) => r.requests.find((q) => q.url.startsWith(GA) && q.url.endsWith(en));
    const r = await kind('sw.html', (rec) => ['install', 'activate', 'fetch'].every((en) => sent(rec, en)?.status));
    for (const en of ['install', 'activate', 'fetch']) {
      expect(row(sent(r, en)), JSON.stringify(r.requests)).toEqual({
        type: 'xmlhttprequest',
        party: 'third',
        status: 204,
        ip: '127.0.0.1',
        viaWorker: true,
        source: 'browser',
      });
    }
    const a = analyze(r, extensionKnowledge());
    const ga = a.requests.filter((q) => q.host === 'www.google-analytics.com');
    expect(ga.map((q) => [q.phase, q.thirdParty, q.tracker?.name])).toEqual(
      Array(3).fill(['before-choice', true, expect.stringMatching(/Google Analytics/)]),
    );
    const before = a.findings.filter((f) => f.rule === 'tracking-request-before-choice');
    expect(before.map((f) => f.subject.host)).toContain('www.google-analytics.com');
    expect(a.summary.verdict).toBe('violations');
  });

  it('speculation rules do not replace the page: its prefetch, preload and prerender fetches are its requests', async () => {
    const find = (r: PageRecord, url: string) => r.requests.find((q) => q.url === url);
    const prerendered = `${SHOP}/kinds/prerendered.html`;
    const hints = [`${TRACKER}/pixel.gif?uid=preload`, `${TRACKER}/pixel.gif?uid=prefetch`];
    const r = await kind('prefetch.html', (rec) => [prerendered, ...hints].every((u) => find(rec, u)?.status));
    // The record was the prerendered page's (a page the tab never showed) with the audited page's requests lost.
    expect(r.url).toBe(`${SHOP}/kinds/prefetch.html`);
    expect(find(r, `${SHOP}/kinds/prefetch.html`)?.type).toBe('main_frame');
    expect(row(find(r, prerendered))).toMatchObject({ type: 'main_frame', party: 'first', status: 200 });
    expect(
      hints.map((u) => row(find(r, u))),
      JSON.stringify(r.requests),
    ).toEqual([
      { type: 'image', party: 'third', status: 200, ip: '127.0.0.1', viaWorker: undefined, source: 'browser' },
      { type: 'other', party: 'third', status: 200, ip: '127.0.0.1', viaWorker: undefined, source: 'browser' },
    ]);
  });

  it('a WebSocket handshake and an EventSource to a tracker are third-party requests of the page', async () => {
    const find = (r: PageRecord, url: string) => r.requests.find((q) => q.url === url);
    const ws = 'wss://tracker.adnet.test/ws?cid=ws-1';
    const es = `${TRACKER}/events?cid=es-1`;
    const r = await kind('socket.html', (rec) => [ws, es].every((u) => find(rec, u)?.status));
    expect(row(find(r, ws)), JSON.stringify(r.requests)).toMatchObject({
      type: 'websocket',
      party: 'third',
      status: 101,
    });
    expect(row(find(r, es))).toMatchObject({ type: 'xmlhttprequest', party: 'third', status: 200, ip: '127.0.0.1' });
    const a = analyze(r, extensionKnowledge());
    // The page opens both in one script; which one the browser reports first is not fixed (seen both ways).
    expect(
      a.requests
        .filter((q) => q.host === 'tracker.adnet.test')
        .map((q) => [q.type, q.thirdParty, q.phase])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ['websocket', true, 'before-choice'],
      ['xmlhttprequest', true, 'before-choice'],
    ]);
    expect(a.thirdParties.find((t) => t.site === 'adnet.test')?.requests.total).toBe(2);
  });

  it("workers' requests are the page's: blob: and data: workers, and a tracker frame's dedicated and service worker", async () => {
    const beacon = (w: string) => `${TRACKER}/beacon?worker=${w}`;
    const find = (r: PageRecord, w: string) => r.requests.find((q) => q.url === beacon(w));
    const workers = ['blob', 'data', 'frame', 'frame-sw'];
    const r = await kind('frame-worker.html', (rec) => workers.every((w) => find(rec, w)?.status));
    const frame = r.requests.find((q) => q.url === `${TRACKER}/kinds/worker-frame.html`);
    expect(frame?.type).toBe('sub_frame');
    expect(
      workers.map((w) => [w, find(r, w)?.party, find(r, w)?.frameId, find(r, w)?.initiator, find(r, w)?.viaWorker]),
      JSON.stringify(r.requests),
    ).toEqual([
      ['blob', 'third', 0, SHOP, undefined],
      // A data: worker has an opaque origin: Chrome names "null" as initiator, and the tab.
      ['data', 'third', 0, 'null', undefined],
      ['frame', 'third', frame?.frameId, TRACKER, undefined],
      // No tab, and the tracker's origin as initiator: given to the tab that loaded the tracker's frame.
      ['frame-sw', 'third', -1, TRACKER, true],
    ]);
  });

  it("a first-party redirect to a tracker: the tracker's hop is the recipient, with its server address", async () => {
    const hop = (u: string) => `${SHOP}/r?u=${encodeURIComponent(u)}`;
    const pixel = `${TRACKER}/pixel.gif?uid=redirected`;
    const fb = 'https://www.facebook.com/tr?id=1&ev=PageView';
    const find = (r: PageRecord, url: string) => r.requests.find((q) => q.url === url);
    const r = await kind('redirect.html', (rec) => [pixel, fb].every((u) => find(rec, u)?.status === 200));
    for (const to of [pixel, fb]) {
      const first = find(r, hop(to));
      expect([first?.party, first?.status, first?.redirectTo], JSON.stringify(r.requests)).toEqual(['first', 302, to]);
      expect(row(find(r, to))).toMatchObject({ type: 'image', party: 'third', status: 200, ip: '127.0.0.1' });
      // The same request: the tracker's hop carries the redirect's request id with its hop number.
      expect(find(r, to)?.id).toBe(`${first?.id}#1`);
    }
    expect(r.cookies.find((c) => c.name === 'adnet_uid')?.party).toBe('third');
    const a = analyze(r, extensionKnowledge());
    const facebook = a.requests.filter((q) => q.host === 'www.facebook.com');
    expect(facebook.map((q) => [q.serverIp, q.thirdParty, q.tracker?.company])).toEqual([
      ['127.0.0.1', true, expect.stringMatching(/Meta/)],
    ]);
    // The shop's redirector is no recipient: no third party, no finding of its own.
    expect(a.requests.find((q) => q.url === hop(fb))?.thirdParty).toBe(false);
    expect(a.thirdParties.map((t) => t.site).sort()).toEqual(['adnet.test', 'facebook.com']);
    const before = a.findings.filter((f) => f.rule === 'tracking-request-before-choice');
    expect(before.map((f) => f.subject.host)).toEqual(['www.facebook.com']);
  });
});

describe('requests by kind, consent-auditor scan', () => {
  let server: DemoServer;
  let dir = '';
  useCliRun('consent-auditor-kinds-', (s, d) => {
    server = s;
    dir = d;
  });

  it('the page is left before its record is taken (beacons at pagehide are in it); a page that moved on or reloaded itself is no clean one', async () => {
    const json = path.join(dir, 'kinds.json');
    const pages = [
      'close.html',
      'close-late.html',
      'prefetch.html',
      'away.html',
      'replace-state.html',
      'reload.html',
      'reload.html?times=2',
    ].map((p) => `${SHOP}/kinds/${p}`);
    // A first-party redirect to the audited page: its hops are the run's own navigation, no reload.
    const hopped = `${SHOP}/r?u=${encodeURIComponent(`${SHOP}/kinds/replace-state.html`)}`;
    pages.push(hopped);
    const timing = ['--min-wait', '1500', '--quiet-period', '1000', '--wait', '6000', '--fail-on', 'never'];
    const out = ['--quiet', '--json', json, ...demoHostArgs(server)];
    const { stderr } = await runCli(['scan', ...pages, '--consent', 'none', ...timing, ...out], { timeoutMs: 170_000 });
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    const scenario = (p: string) => {
      const s = report.scenarios.find((x) => x.url === (p === hopped ? p : `${SHOP}/kinds/${p}`));
      expect(s ? s.error : 'missing', stderr).toBeNull();
      return s!;
    };
    const close = scenario('close.html');
    // GA4's user_engagement hit: a sendBeacon and a keepalive fetch, once (pagehide or visibilitychange, whichever first).
    const hits = close.requests.filter((q) => q.url.startsWith(`${GA}?v=2&tid=G-CLOSE`));
    expect(
      hits.map((q) => [q.url.replace(/&at=\w+/, ''), q.thirdParty, q.phase, q.tracker?.name]).sort(),
      JSON.stringify(close.requests),
    ).toEqual(
      ['beacon', 'keepalive'].map((by) => [
        `${GA}?v=2&tid=G-CLOSE&cid=close-1&en=user_engagement&by=${by}`,
        true,
        'before-choice',
        expect.stringMatching(/Google Analytics/),
      ]),
    );
    const before = close.findings.filter((f) => f.rule === 'tracking-request-before-choice');
    expect(before.map((f) => f.subject.host)).toContain('www.google-analytics.com');
    expect(close.summary.verdict).toBe('violations');
    // The leave step's hard case: a beacon after 300 ms of work at pagehide, and a keepalive fetch answered 1.2 s later,
    // recorded with its answer (the leave waits for requests started since it began, cli/leave.ts).
    const late = scenario('close-late.html');
    const lateHits = late.requests.filter(
      (q) => q.url.startsWith(`${GA}?v=2&tid=G-LATE`) || q.url.includes('by=keepalive'),
    );
    expect(lateHits.map((q) => [q.host, q.phase, q.status, q.serverIp]).sort(), JSON.stringify(late.requests)).toEqual([
      ['www.google-analytics.com', 'before-choice', expect.any(Number), '127.0.0.1'],
      ['www.shop.test', 'before-choice', 200, '127.0.0.1'],
    ]);
    expect(late.summary.verdict).toBe('violations');
    // Speculation rules: the report is of the page asked for, with its prefetch to the tracker.
    const prefetch = scenario('prefetch.html');
    expect(prefetch.pageUrl).toBe(`${SHOP}/kinds/prefetch.html`);
    expect(prefetch.requests.map((q) => q.url)).toEqual(
      expect.arrayContaining([`${SHOP}/kinds/prerendered.html`, `${TRACKER}/pixel.gif?uid=prefetch`]),
    );
    // ... and its prefetch of a page is no navigation of the tab: nothing is said missing.
    expect(prefetch.summary.incomplete ?? []).toEqual([]);
    // A page that tracks and then moves on by itself: its record is the next page's, which is no evidence of a clean one.
    const away = scenario('away.html');
    expect(away.pageUrl).toBe(`${SHOP}/kinds/away-clean.html`);
    expect(away.requests.some((q) => q.host === 'www.facebook.com')).toBe(false);
    expect(away.summary.verdict).toBe('incomplete');
    expect(away.summary.incomplete).toEqual([
      `the page went on to ${SHOP}/kinds/away-clean.html by itself after its load: what ${SHOP}/kinds/away.html did before is not in this record`,
    ]);
    // history.replaceState is no new page: the record is the loaded one's, complete; so is a redirect's.
    for (const rewritten of [scenario('replace-state.html'), scenario(hopped)])
      expect([rewritten.pageUrl, rewritten.summary.verdict, rewritten.errors]).toEqual([
        `${SHOP}/kinds/replace-state.html`,
        'clean',
        [],
      ]);
    // A page that tracks on its first load, then reloads itself: the audit joins both documents (the extension keeps
    // the replaced one's record), so the first load's tracking is reported, in its document, and nothing is missing.
    const reload = scenario('reload.html');
    expect(
      reload.requests.filter((q) => q.host === 'www.facebook.com').map((q) => [q.phase, q.document]),
      JSON.stringify(reload.errors),
    ).toEqual([['before-choice', 0]]);
    expect(reload.documents?.map((d) => d.url)).toEqual([`${SHOP}/kinds/reload.html`, `${SHOP}/kinds/reload.html`]);
    expect(reload.errors).toEqual([
      expect.stringMatching(
        /^the page reloaded itself at \+\d+\.\d s \(without an answer\); both documents are in this audit$/,
      ),
    ]);
    expect(reload.summary.incomplete).toBeUndefined();
    expect(reload.summary.verdict).toBe('violations');
    // Reloaded twice: three documents, more than an audit joins; the first load's record is gone, so it is said.
    const twice = scenario('reload.html?times=2');
    expect(twice.documents).toBeUndefined();
    expect(twice.requests.some((q) => q.host === 'www.facebook.com')).toBe(false);
    expect(twice.summary.verdict).toBe('incomplete');
    expect(twice.summary.incomplete).toEqual([
      expect.stringMatching(
        new RegExp(
          `^the page reloaded itself 2 times, the last \\d+\\.\\d s after its load: what ${SHOP.replace(/\./g, '\\.')}/kinds/reload\\.html\\?times=2 did before is not in this record$`,
        ),
      ),
    ]);
  }, 180_000);
});
