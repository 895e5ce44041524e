// Talking to the extension's background the way the popup does: runtime messages from an extension page.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import type { Message } from '../../utils/messaging/protocol.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { pollRecord, recordOfAnswer } from './record-poll.ts';
import { awaitMarkedTab, markerUrl, pickTab, type ListedTab } from './tab-claim.ts';
import {
  answerInWorker,
  callEntry,
  extensionWorker,
  NO_WORKER,
  tabsInWorker,
  WORKER_CALL_MS,
  withinWorkerCall,
} from './worker-call.ts';

export { markerUrl, pickTab } from './tab-claim.ts';

/** A background that does not answer within this is stalled: the scan says so instead of hanging. */
export const BACKGROUND_TIMEOUT_MS = 30_000;

/** The part of the extension API the helper page uses (the code runs in the page, where `chrome` is a global). */
interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

/** One extension page per context, reused for every message to the background. */
const extensionPages = new WeakMap<BrowserContext, Page>();
/** The helper page while it opens: callers at the same time share it instead of each opening one. */
const openingPages = new WeakMap<BrowserContext, Promise<Page>>();
/** Contexts whose helper page is the extension's manifest instead of the popup (setHelperPage). */
const manifestHelpers = new WeakSet<BrowserContext>();

/** Contexts whose messages go to the service worker itself (messageThroughWorker). */
const workerMessaging = new WeakSet<BrowserContext>();

/**
 * Send this context's messages to the extension's service worker itself (Playwright's Worker.evaluate of the
 * background's WORKER_ENTRY), with no helper page to open; the helper page only while no worker can answer (stopped,
 * or restarting), as its message wakes the worker.
 */
export function messageThroughWorker(context: BrowserContext): void {
  workerMessaging.add(context);
}

/** A page the browser opened already (the start-up about:blank), taken as the helper page instead of a new tab. */
const sparePages = new WeakMap<BrowserContext, Page>();

/** Use `page`, a blank tab nobody else drives, as the context's helper page: one tab fewer to open at start. */
export function adoptHelperPage(context: BrowserContext, page: Page): void {
  sparePages.set(context, page);
}

/**
 * 'manifest': message the background from the extension's manifest.json, a page of the extension's origin with no
 * script of its own, instead of the popup (which loads and renders the popup's bundle in every browser).
 */
export function setHelperPage(context: BrowserContext, page: 'popup' | 'manifest'): void {
  if (page === 'manifest') manifestHelpers.add(context);
  else manifestHelpers.delete(context);
}

/** An extension page (the popup without a tab of its own, or the manifest) from which to message the background. */
export function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const cached = extensionPages.get(context);
  if (cached && !cached.isClosed()) return Promise.resolve(cached);
  let opening = openingPages.get(context);
  if (!opening) {
    opening = openExtensionPage(context, extensionId).finally(() => openingPages.delete(context));
    openingPages.set(context, opening);
  }
  return opening;
}

async function openExtensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const spare = sparePages.get(context);
  sparePages.delete(context);
  const adopted = spare && !spare.isClosed() ? spare : null;
  const page = adopted ?? (await context.newPage());
  try {
    // tab=0 is no real tab: the popup shows an empty state and keeps quiet.
    await page.goto(
      `chrome-extension://${extensionId}/${manifestHelpers.has(context) ? 'manifest.json' : 'popup.html?tab=0'}`,
    );
  } catch (e) {
    // A failed open leaves no tab behind, else each retry adds one: the start-up tab waits for the next try. The close
    // is not awaited: Chromium can drop a close that races a navigation commit and Playwright then waits forever
    // (crbug.com/536385539, test/e2e/hostile-clean.test.ts), and the caller's retry must not stall on it.
    if (adopted) sparePages.set(context, adopted);
    else void page.close().catch(() => {});
    throw e;
  }
  extensionPages.set(context, page);
  return page;
}

/** Every tab with its URL and pending URL, from the extension's tab list. */
async function listTabs(context: BrowserContext, extensionId: string): Promise<ListedTab[]> {
  const page = await extensionPage(context, extensionId);
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const all = await api.tabs.query({});
    return all.map((t) => ({ id: t.id ?? -1, url: t.url ?? '', pendingUrl: t.pendingUrl ?? '' }));
  });
}

/** Tab id of the newest tab showing `url`, or null. */
export async function findTabId(context: BrowserContext, extensionId: string, url: string): Promise<number | null> {
  return pickTab(await listTabs(context, extensionId), url);
}

/** The background did not answer a message in time: the scenario it belongs to is not audited. */
export class BackgroundTimeoutError extends Error {
  constructor(
    readonly messageType: string,
    readonly timeoutMs: number,
  ) {
    super(`the extension's background did not answer '${messageType}' within ${timeoutMs} ms: not audited`);
    this.name = 'BackgroundTimeoutError';
  }
}

/**
 * Send one protocol message (utils/messaging/protocol.ts) to the
 * background; resolves to its answer, or throws after `timeoutMs`.
 */
export async function sendToBackground(
  context: BrowserContext,
  extensionId: string,
  message: Message,
  timeoutMs = BACKGROUND_TIMEOUT_MS,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackgroundTimeoutError(message.type, timeoutMs)), timeoutMs);
  });
  try {
    // Opening the helper page counts too: a worker that never starts stalls it the same way.
    const answer = (async () => {
      if (workerMessaging.has(context)) {
        const inWorker = await answerInWorker(context, extensionId, message);
        if (inWorker !== NO_WORKER) return inWorker;
      }
      const page = await extensionPage(context, extensionId);
      return page.evaluate(
        async (m) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(m),
        message,
      );
    })();
    answer.catch(() => {}); // a late failure after the timeout is no unhandled rejection
    return await Promise.race([answer, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The tab id of a page this process created and has not navigated yet: it is parked on a unique about:blank#marker
 * and looked up by that, before the audited site runs any script. A page opened by the site (a twin of itself, with
 * the same URL) never has the marker, so it can never be taken for the audited tab.
 */
export async function claimTab(context: BrowserContext, extensionId: string, page: Page): Promise<number> {
  return claimParkedTab(context, extensionId, await parkTab(page));
}

/** Park a page the CLI created on its unique marker; needs no extension (the tab list is read by claimParkedTab). */
export async function parkTab(page: Page): Promise<string> {
  const url = markerUrl(randomUUID());
  await page.goto(url);
  return url;
}

/** The tab id of a page parked on `marker` by parkTab. */
export function claimParkedTab(context: BrowserContext, extensionId: string, marker: string): Promise<number> {
  return awaitMarkedTab(() => listTabs(context, extensionId), marker);
}

/**
 * The ping's answer once the background has registered its listeners, read in its service worker (its WORKER_ENTRY is
 * set after them, so the audited tab need not wait for a helper page), else null. Without a worker to ask from here
 * (stopped), the ping from the helper page as before, which wakes it.
 */
export async function pingInWorker(context: BrowserContext, extensionId: string): Promise<unknown> {
  const worker = extensionWorker(context, extensionId);
  if (!worker) return sendToBackground(context, extensionId, { type: 'ping' }, WORKER_CALL_MS);
  const json = await withinWorkerCall(callEntry(worker, { type: 'ping' }));
  return json === null ? null : (JSON.parse(json) as unknown);
}

/**
 * claimParkedTab with the tab list read in the service worker (pingInWorker), and from the helper page when the
 * worker cannot answer. The same marker rule picks the tab either way.
 */
export function claimParkedTabInWorker(context: BrowserContext, extensionId: string, marker: string): Promise<number> {
  return awaitMarkedTab(() => tabList(context, extensionId), marker);
}

/** Every tab of the browser, read in the service worker, or from the helper page when the worker cannot answer. */
export async function tabList(context: BrowserContext, extensionId: string): Promise<ListedTab[]> {
  const worker = extensionWorker(context, extensionId);
  return (worker ? await withinWorkerCall(tabsInWorker(worker)) : null) ?? listTabs(context, extensionId);
}

/** The background's record for a tab (`get-record`), given the tab id, a page URL or a Playwright page. */
export async function getRecord(
  context: BrowserContext,
  extensionId: string,
  pageUrlOrTab: number | string | Page,
): Promise<PageRecord | null> {
  let tabId: number;
  if (typeof pageUrlOrTab === 'number') tabId = pageUrlOrTab;
  else {
    const url = typeof pageUrlOrTab === 'string' ? pageUrlOrTab : pageUrlOrTab.url();
    const found = await findTabId(context, extensionId, url);
    if (found === null) throw new Error(`getRecord: no tab shows ${url}`);
    tabId = found;
  }
  return recordOfAnswer(await sendToBackground(context, extensionId, { type: 'get-record', tabId }));
}

/** The tab's record before its current one (the document a reload replaced), or null. */
export async function getPreviousRecord(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<PageRecord | null> {
  return recordOfAnswer(await sendToBackground(context, extensionId, { type: 'get-previous-record', tabId }));
}

/** Poll `get-record` until `accept(record)` holds, or return the last record after `timeoutMs`. */
export async function waitForRecord(
  context: BrowserContext,
  extensionId: string,
  pageUrlOrTab: number | string | Page,
  accept: (record: PageRecord) => boolean,
  timeoutMs = 10_000,
): Promise<PageRecord | null> {
  return pollRecord(() => getRecord(context, extensionId, pageUrlOrTab), accept, timeoutMs);
}
