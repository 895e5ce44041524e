// The Firefox runtime of the CLI and of test:firefox: Firefox (ESR) over WebDriver BiDi (puppeteer-core) with the
// unpacked Firefox build, talking to the extension's background the way the popup does, from an extension page that
// the browser's chrome opens (BiDi may not navigate a tab to moz-extension://; --remote-allow-system-access lets the
// harness reach the chrome window, which opens it with the system principal).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import type { Message } from '../../utils/messaging/protocol.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { FirefoxAudit } from './firefox-launch.ts';
import { pollRecord, recordOfAnswer } from './record-poll.ts';
import { awaitMarkedTab, markerUrl, pickTab, type ListedTab } from './tab-claim.ts';

export {
  closeAllFirefox,
  DEFAULT_FIREFOX_PATHS,
  EXTENSION_UUID,
  FirefoxLaunchError,
  firefoxPrefs,
  firefoxVersionOf,
  launchFirefox,
  type FirefoxAudit,
  type FirefoxLaunchOptions,
} from './firefox-launch.ts';

const POLL_MS = 100;
const PAGE_APPEAR_MS = 10_000;

interface BidiContext {
  context: string;
  url: string;
}

/** Raw BiDi command on puppeteer's connection (puppeteer has no public API for chrome-scope contexts). */
async function bidi(ff: FirefoxAudit, method: string, params: object): Promise<unknown> {
  const conn = (ff.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: unknown }> } })
    .connection;
  return (await conn.send(method, params)).result;
}

async function contexts(ff: FirefoxAudit, params: object = {}): Promise<BidiContext[]> {
  const tree = (await bidi(ff, 'browsingContext.getTree', params)) as { contexts?: BidiContext[] };
  return tree.contexts ?? [];
}

/**
 * Evaluate `expression` (awaited) in a BiDi context; its result JSON-serialised and parsed back, or its error thrown.
 */
export async function evaluateIn(ff: FirefoxAudit, context: string, expression: string): Promise<unknown> {
  const r = (await bidi(ff, 'script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (r.type !== 'success')
    throw new Error(`evaluate failed: ${r.exceptionDetails?.text ?? JSON.stringify(r).slice(0, 300)}`);
  const v = r.result?.value;
  return v === undefined ? undefined : JSON.parse(v);
}

/** Evaluate in the browser's chrome window (system privileges; needs --remote-allow-system-access). */
export async function evaluateChrome(ff: FirefoxAudit, expression: string): Promise<unknown> {
  const win = (await contexts(ff, { 'moz:scope': 'chrome' })).find(
    (c) => c.url === 'chrome://browser/content/browser.xhtml',
  );
  if (!win) throw new Error('no chrome window found (is --remote-allow-system-access supported by this Firefox?)');
  return evaluateIn(ff, win.context, expression);
}

/** Open an extension page (`relUrl`, e.g. 'popup.html?tab=3') as a tab; returns its BiDi context. */
export async function openExtensionPage(ff: FirefoxAudit, relUrl: string): Promise<string> {
  const url = `${ff.origin}/${relUrl}`;
  const before = new Set((await contexts(ff)).map((c) => c.context));
  await evaluateChrome(
    ff,
    `gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }) && true`,
  );
  const deadline = Date.now() + PAGE_APPEAR_MS;
  for (;;) {
    const found = (await contexts(ff)).find((c) => c.url === url && !before.has(c.context));
    // The context shows the URL before the extension page's document (and its `browser` global) is there.
    const ready = found
      ? await evaluateIn(ff, found.context, `typeof browser === 'object' && document.readyState !== 'loading'`).catch(
          () => false,
        )
      : false;
    if (found && ready === true) return found.context;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not appear among the BiDi contexts`);
    await sleep(POLL_MS);
  }
}

/** The extension page messages are sent from, per browser (opened once, reopened if it was closed). */
const helperPages = new WeakMap<FirefoxAudit, string>();

export async function extensionContext(ff: FirefoxAudit): Promise<string> {
  const known = helperPages.get(ff);
  if (known && (await contexts(ff)).some((c) => c.context === known)) return known;
  // tab=0 is no real tab: the popup shows an empty state and keeps quiet.
  const context = await openExtensionPage(ff, 'popup.html?tab=0');
  helperPages.set(ff, context);
  return context;
}

/** Evaluate `expression` in the extension page (it sees the extension's `browser.*`). */
export async function evaluateInExtension(ff: FirefoxAudit, expression: string): Promise<unknown> {
  return evaluateIn(ff, await extensionContext(ff), expression);
}

/** Send one protocol message (utils/messaging/protocol.ts) to the background; resolves to its answer. */
export function sendToBackground(ff: FirefoxAudit, message: Message): Promise<unknown> {
  return evaluateInExtension(ff, `browser.runtime.sendMessage(${JSON.stringify(message)})`);
}

/** Every tab with its URL, from the extension's tab list. */
export async function tabList(ff: FirefoxAudit): Promise<ListedTab[]> {
  return (await evaluateInExtension(
    ff,
    `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id ?? -1, url: t.url ?? '' })))`,
  )) as ListedTab[];
}

/**
 * The tab id of a page this process created and has not navigated yet, claimed by a unique about:blank#marker before
 * the audited site runs any script (as claimTab in extension.ts): a twin the site opens can never be taken for it.
 */
export async function claimTab(ff: FirefoxAudit, page: Page): Promise<number> {
  const url = markerUrl(randomUUID());
  await page.goto(url);
  return awaitMarkedTab(() => tabList(ff), url);
}

/**
 * Tab id of the newest tab showing `url` (exact, else ignoring the fragment), or null. Pages the CLI opens use
 * claimTab.
 */
export async function findTabId(ff: FirefoxAudit, url: string): Promise<number | null> {
  return pickTab(await tabList(ff), url);
}

/** The background's record for a tab (`get-record`). */
export async function getRecord(ff: FirefoxAudit, tabId: number): Promise<PageRecord | null> {
  return recordOfAnswer(await sendToBackground(ff, { type: 'get-record', tabId }));
}

/** The tab's record before its current one (the document a reload replaced), or null. */
export async function getPreviousRecord(ff: FirefoxAudit, tabId: number): Promise<PageRecord | null> {
  return recordOfAnswer(await sendToBackground(ff, { type: 'get-previous-record', tabId }));
}

/** Poll `get-record` until `accept(record)` holds, or return the last record after `timeoutMs`. */
export async function waitForRecord(
  ff: FirefoxAudit,
  tabId: number,
  accept: (r: PageRecord) => boolean,
  timeoutMs = 15_000,
): Promise<PageRecord | null> {
  return pollRecord(() => getRecord(ff, tabId), accept, timeoutMs);
}

/** PNG of a BiDi context's viewport. */
export async function screenshot(ff: FirefoxAudit, context: string): Promise<Buffer> {
  const r = (await bidi(ff, 'browsingContext.captureScreenshot', { context, origin: 'viewport' })) as { data: string };
  return Buffer.from(r.data, 'base64');
}

export async function closeContext(ff: FirefoxAudit, context: string): Promise<void> {
  await bidi(ff, 'browsingContext.close', { context });
}

/**
 * Stop the extension's event page now, as Firefox does after it idles; the next event starts it again. True when
 * Firefox reported it stopped. `force` also stops it while it has work pending (Firefox's own idle stop waits).
 */
export async function terminateBackground(ff: FirefoxAudit, o: { force?: boolean } = {}): Promise<boolean> {
  return (
    (await evaluateChrome(
      ff,
      `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ff.addonId)});
    if (!ext) return false;
    await ext.terminateBackground(${o.force ? '{ disableResetIdleForTest: true }' : '{}'});
    return ext.backgroundState === 'stopped';
  })()`,
    )) === true
  );
}
