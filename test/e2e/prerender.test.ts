// A prerendered page the visitor goes to (speculation rules `prerender`, then a navigation to it) is shown without a
// request of its own. Chromium runs no prerender in a tab a DevTools session without tab targets is attached to
// (Preload.prerenderStatusUpdated: PrerenderingDisabledByDevTools), which is every page Playwright drives; so this
// file drives Chromium over --remote-debugging-pipe and attaches only to an extension page, never to the audited tab.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdpPipe, type CdpPipe } from '../../scripts/lib/cdp-pipe.mjs';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { PageRecord } from '../../utils/record/record.ts';
import { requireBuiltExtension, SHOP, TEST_SANDBOX } from './helpers.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a prerendered page, once shown', () => {
  let server: DemoServer;
  let child: ChildProcess;
  let profile = '';
  let cdp: CdpPipe;
  /** Runs `expr` in an extension page (the only page with a DevTools session) and returns its value. */
  let inExtension: (expr: string) => Promise<unknown>;
  /** The id of a tab showing `url`, if one does. */
  const tabShowing = async (url: string): Promise<number | undefined> => {
    const tabs = (await inExtension(`chrome.tabs.query({}).then((t) => t.map((x) => [x.id, x.url]))`)) as Array<
      [number, string]
    >;
    return tabs.find(([, u]) => u === url)?.[0];
  };
  /** The worker's answer to get-record for the tab. */
  const recordOf = async (tabId: number): Promise<PageRecord | null> => {
    const json = await inExtension(
      `chrome.runtime.sendMessage({ type: 'get-record', tabId: ${tabId} }).then((a) => JSON.stringify(a.record))`,
    );
    return JSON.parse(String(json)) as PageRecord | null;
  };
  /** The record of the tab showing `url` (undefined while no tab shows it). */
  const recordShowing = async (url: string): Promise<PageRecord | null | undefined> => {
    const tabId = await tabShowing(url);
    return tabId === undefined ? undefined : recordOf(tabId);
  };
  /** Stops the extension's service worker (the next browser event starts it again). */
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    const ext = requireBuiltExtension();
    server = await startDemoServer();
    profile = await mkdtemp(path.join(tmpdir(), 'consent-auditor-prerender-'));
    child = spawn(
      '/usr/bin/chromium',
      [
        '--headless',
        '--remote-debugging-pipe',
        `--user-data-dir=${profile}`,
        '--no-first-run',
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        `--host-resolver-rules=${server.hostRules}`,
        '--ignore-certificate-errors',
        ...(TEST_SANDBOX ? [] : ['--no-sandbox']),
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    cdp = cdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    let extensionId: string | undefined;
    for (let k = 0; k < 100 && !extensionId; k++) {
      const result = await cdp.send('Target.getTargets');
      const infos = (result?.targetInfos ?? []) as Array<{ url: string }>;
      extensionId = infos.map((x) => /^chrome-extension:\/\/([a-p]{32})\//.exec(x.url)?.[1]).find(Boolean);
      if (!extensionId) await sleep(200);
    }
    expect(extensionId).toBeTruthy();
    const helper = await cdp.send('Target.createTarget', { url: `chrome-extension://${extensionId}/popup.html` });
    const attached = await cdp.send('Target.attachToTarget', { targetId: helper?.targetId, flatten: true });
    const sessionId = attached?.sessionId as string;
    inExtension = async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      return (r?.result as { value?: unknown } | undefined)?.value;
    };
    // As stopServiceWorker (cli/browser/service-worker.ts) does for Playwright: stop, then wait for its report.
    stopWorker = async () => {
      const status: string[] = [];
      const on = (m: {
        method?: string;
        params?: { versions?: Array<{ scriptURL: string; runningStatus: string }> };
      }) => {
        if (m.method !== 'ServiceWorker.workerVersionUpdated') return;
        for (const v of m.params?.versions ?? [])
          if (v.scriptURL.startsWith('chrome-extension://')) status.push(v.runningStatus);
      };
      cdp.listeners.add(on);
      try {
        await cdp.send('ServiceWorker.enable', {}, sessionId);
        await cdp.send('ServiceWorker.stopAllWorkers', {}, sessionId);
        // It may run again at once (the extension page's record port connects again): stopped once is what counts.
        for (let k = 0; k < 50 && !status.includes('stopped'); k++) await sleep(100);
        expect(status).toContain('stopped');
      } finally {
        cdp.listeners.delete(on);
        await cdp.send('ServiceWorker.disable', {}, sessionId);
      }
    };
    // The worker answers once its listeners are registered: the page must not load before.
    for (let k = 0; k < 100; k++) {
      const pong = await inExtension(`chrome.runtime.sendMessage({ type: 'ping' }).then(() => 'up', () => 'down')`);
      if (pong === 'up') break;
      await sleep(200);
    }
  }, 60_000);

  afterAll(async () => {
    // The profile is removed once Chromium has exited (it writes to it until then; its helper processes a little
    // longer: without retries the removal failed about 1 run in 40 with ENOTEMPTY).
    if (child && child.exitCode === null) await new Promise((r) => (child.once('exit', r), child.kill()));
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it("starts the shown page's record; what it fetched while prerendered stays the asking page's", async () => {
    await cdp.send('Target.createTarget', { url: `${SHOP}/kinds/prerender-go.html` });
    const shown = `${SHOP}/kinds/activated.html`;
    const fb = 'https://www.facebook.com/tr?id=1&ev=PageView&shown=1';
    let record: PageRecord | null = null;
    for (let k = 0; k < 150; k++) {
      const now = await recordShowing(shown);
      if (now !== undefined) record = now;
      // The extension sees the request start before the demo server has logged it: wait for both.
      const served = server.log.some((l) => `https://${l.host}${l.path}` === fb);
      if (served && record?.requests.some((q) => q.url === fb)) break;
      await sleep(100);
    }
    const paths = server.log.map((l) => `${l.host}${l.path}`);
    // The prerender ran (its tracker call while not shown), and the page was shown (its call once shown).
    expect(paths).toEqual(
      expect.arrayContaining([
        'tracker.adnet.test/pixel.gif?uid=prerendering',
        'www.facebook.com/tr?id=1&ev=PageView&shown=1',
      ]),
    );
    expect(record?.url).toBe(shown);
    const urls = record?.requests.map((q) => q.url) ?? [];
    expect(urls).toContain(fb);
    // Not the asking page's: neither its own document nor what the prerender fetched before it was shown.
    expect(urls).not.toContain(`${SHOP}/kinds/prerender-go.html`);
    expect(urls).not.toContain('https://tracker.adnet.test/pixel.gif?uid=prerendering');
  }, 60_000);

  it("starts the shown page's record when the worker was stopped between the prerender and its showing", async () => {
    const from = server.log.length;
    const served = (p: string): number => server.log.slice(from).filter((l) => `${l.host}${l.path}` === p).length;
    const asking = `${SHOP}/kinds/prerender-go.html?stay`;
    await cdp.send('Target.createTarget', { url: asking });
    let tabId: number | undefined;
    for (let k = 0; k < 150 && (tabId === undefined || !served('tracker.adnet.test/pixel.gif?uid=prerendering')); k++) {
      tabId = await tabShowing(asking);
      await sleep(100);
    }
    expect(tabId).toBeDefined();
    // The stop must come after the worker has kept the prerender (its storage write), not only seen it.
    for (let k = 0; k < 30; k++) {
      const kept = await inExtension(
        `chrome.storage.session.get(null).then((all) => Object.keys(all).some((k) => k.startsWith('ca1-prerender:')))`,
      );
      if (kept === true) break;
      await sleep(100);
    }
    await stopWorker();
    // As the visitor's click: the page itself goes to the prerendered page (a navigation it starts).
    await inExtension(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { location.href = '/kinds/activated.html'; } })
        .then(() => 'sent', (e) => String(e))`,
    );
    const shown = `${SHOP}/kinds/activated.html`;
    const fb = 'https://www.facebook.com/tr?id=1&ev=PageView&shown=1';
    let record: PageRecord | null = null;
    for (let k = 0; k < 150; k++) {
      record = await recordOf(tabId as number);
      if (served(fb.slice('https://'.length)) && record?.requests.some((q) => q.url === fb)) break;
      await sleep(100);
    }
    // Shown from the prerender (its document fetched once, before the stop), not loaded again after it.
    expect(served('www.shop.test/kinds/activated.html')).toBe(1);
    expect(served(fb.slice('https://'.length))).toBe(1);
    expect(record?.url).toBe(shown);
    const urls = record?.requests.map((q) => q.url) ?? [];
    expect(urls).toContain(fb);
    expect(urls).not.toContain(asking);
    expect(urls).not.toContain('https://tracker.adnet.test/pixel.gif?uid=prerendering');
  }, 60_000);

  it('starts the record of a shown page that makes no request, neither prerendered nor shown', async () => {
    await cdp.send('Target.createTarget', { url: `${SHOP}/kinds/prerender-quiet.html` });
    const shown = `${SHOP}/kinds/quiet.html`;
    let record: PageRecord | null = null;
    for (let k = 0; k < 150; k++) {
      const now = await recordShowing(shown);
      if (now !== undefined) record = now;
      if (record?.url === shown) break;
      await sleep(100);
    }
    // The prerender ran: its document came from the server once, before the tab showed it.
    expect(server.log.map((l) => `${l.host}${l.path}`)).toContain('www.shop.test/kinds/quiet.html');
    expect(record?.url).toBe(shown);
    expect(record?.requests.map((q) => q.url) ?? []).not.toContain(`${SHOP}/kinds/prerender-quiet.html`);
  }, 60_000);
});
