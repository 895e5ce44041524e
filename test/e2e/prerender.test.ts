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
      const tabs = (await inExtension(`chrome.tabs.query({}).then((t) => t.map((x) => [x.id, x.url]))`)) as Array<
        [number, string]
      >;
      const tab = tabs.find(([, url]) => url === shown);
      if (tab) {
        const json = await inExtension(
          `chrome.runtime.sendMessage({ type: 'get-record', tabId: ${tab[0]} }).then((a) => JSON.stringify(a.record))`,
        );
        record = JSON.parse(String(json)) as PageRecord | null;
        // The extension sees the request start before the demo server has logged it: wait for both.
        const served = server.log.some((l) => `https://${l.host}${l.path}` === fb);
        if (served && record?.requests.some((q) => q.url === fb)) break;
      }
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

  it('starts the record of a shown page that makes no request, neither prerendered nor shown', async () => {
    await cdp.send('Target.createTarget', { url: `${SHOP}/kinds/prerender-quiet.html` });
    const shown = `${SHOP}/kinds/quiet.html`;
    let record: PageRecord | null = null;
    for (let k = 0; k < 150; k++) {
      const tabs = (await inExtension(`chrome.tabs.query({}).then((t) => t.map((x) => [x.id, x.url]))`)) as Array<
        [number, string]
      >;
      const tab = tabs.find(([, url]) => url === shown);
      if (tab) {
        const json = await inExtension(
          `chrome.runtime.sendMessage({ type: 'get-record', tabId: ${tab[0]} }).then((a) => JSON.stringify(a.record))`,
        );
        record = JSON.parse(String(json)) as PageRecord | null;
        if (record?.url === shown) break;
      }
      await sleep(100);
    }
    // The prerender ran: its document came from the server once, before the tab showed it.
    expect(server.log.map((l) => `${l.host}${l.path}`)).toContain('www.shop.test/kinds/quiet.html');
    expect(record?.url).toBe(shown);
    expect(record?.requests.map((q) => q.url) ?? []).not.toContain(`${SHOP}/kinds/prerender-quiet.html`);
  }, 60_000);
});
