// The CLI messages the extension's service worker itself (cli/browser/worker-call.ts), with no extension page open:
// a worker stopped mid-page (the Worker handle dies) is reached again and the record the CLI reads loses nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  claimParkedTabInWorker,
  getRecord,
  launchAuditBrowser,
  messageThroughWorker,
  parkTab,
  pingInWorker,
  stopServiceWorker,
  waitForRecord,
  type AuditBrowser,
} from '../../cli/browser/index.ts';
import { waitUntilReady } from '../../cli/scenario-common.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.mjs';
import { requireBuiltExtension, servedSince, SHOP, TEST_SANDBOX } from './helpers.ts';

const TICKS = 40;
const STOPS = 3;
const STOP_EVERY_MS = 700;
const LIVE = /^\/api\/(live_\d+)$/;

let server: DemoServer;
let browser: AuditBrowser<string>;
let context: BrowserContext;

beforeAll(async () => {
  server = await startDemoServer();
  // As the CLI's scenario starts it (cli/scan.ts): no warm-up, whose record reads would open a helper page.
  browser = await launchAuditBrowser({
    extensionDir: requireBuiltExtension(),
    hostRules: server.hostRules,
    ignoreCertificateErrors: true,
    sandbox: TEST_SANDBOX,
    warmupUrl: null,
  });
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionPages = (): string[] =>
  context
    .pages()
    .map((p) => p.url())
    .filter((u) => u.startsWith('chrome-extension://'));

it('reads the record from the worker itself, and again after the worker was stopped, losing nothing', async () => {
  const { extensionId } = browser;
  messageThroughWorker(context);
  const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  const marker = await parkTab(page);
  await waitUntilReady(() => pingInWorker(context, extensionId));
  const tabId = await claimParkedTabInWorker(context, extensionId, marker);
  const since = Date.now();
  const url = `${SHOP}/live.html?n=${TICKS}`;
  await page.goto(url);

  // Answered by the worker: no extension page was opened for the claim or the read.
  const first = await getRecord(context, extensionId, tabId);
  expect(first?.url).toBe(url);
  expect(extensionPages()).toEqual([]);

  const snapshots: PageRecord[] = [];
  for (let i = 0; i < STOPS; i++) {
    await sleep(STOP_EVERY_MS);
    const snap = await getRecord(context, extensionId, tabId);
    if (snap) snapshots.push(snap);
    await stopServiceWorker(context);
  }
  await page.waitForSelector(`body[data-done="${TICKS}"]`, { timeout: 30_000 });
  const liveServed = (): string[] =>
    servedSince(server, since, (e) => LIVE.test(e.path)).map((e) => `${SHOP}${e.path}`);
  await expect.poll(() => liveServed().length, { timeout: 20_000 }).toBe(TICKS);
  // Once more with the page quiet: no event of the page wakes the worker, the CLI's read must.
  await stopServiceWorker(context);

  const served = liveServed();
  const names = Array.from({ length: TICKS }, (_, i) => `live_${i}`);
  const complete = (r: PageRecord): boolean => {
    const urls = new Set(r.requests.map((q) => q.url));
    const cookies = new Set(r.cookies.map((c) => c.name));
    const keys = new Set(r.storage.filter((s) => s.kind === 'localStorage').map((s) => s.key));
    return served.every((u) => urls.has(u)) && names.every((n) => cookies.has(n) && keys.has(n));
  };
  const record = await waitForRecord(context, extensionId, tabId, complete, 20_000);
  if (!record) throw new Error('no record after the stops');

  expect(snapshots).toHaveLength(STOPS);
  expect(record.url).toBe(url);
  expect(record.startedAt).toBe(first?.startedAt);
  expect(record.requests.filter((q) => q.type === 'main_frame')).toHaveLength(1);
  const urls = record.requests.map((q) => q.url);
  expect(
    served.filter((u) => urls.filter((x) => x === u).length !== 1),
    'served but not recorded exactly once',
  ).toEqual([]);
  const cookieNames = new Set(record.cookies.map((c) => c.name));
  expect(names.filter((n) => !cookieNames.has(n))).toEqual([]);
  const keys = new Set(record.storage.filter((s) => s.kind === 'localStorage').map((s) => s.key));
  expect(names.filter((n) => !keys.has(n))).toEqual([]);
  for (const [i, snap] of snapshots.entries()) {
    expect(
      snap.requests.map((q) => q.url).filter((u) => !urls.includes(u)),
      `requests lost after stop ${i + 1}`,
    ).toEqual([]);
  }
});
