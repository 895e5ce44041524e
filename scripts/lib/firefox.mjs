// Firefox harness: launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the unpacked release build, and talks
// to the extension's background the way the popup does, from an extension page opened through the browser's chrome.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startTestProxy } from './test-proxy.mjs';

export const FIREFOX_PATH = process.env.CONSENT_AUDITOR_FIREFOX || '/usr/bin/firefox-esr';
// Fixed moz-extension origin (pref extensions.webextensions.uuids), so the harness knows the extension page's URL.
export const EXTENSION_UUID = '3f2b8c1e-6a4d-4e7b-9c0f-5d1a2b3c4d5e';
const POLL_MS = 100;

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {{ context: string, url: string }} BidiContext */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Launch Firefox with the extension installed. Demo hosts reach the demo server through a local forwarding proxy
 * (Firefox has no --host-resolver-rules); every other host is refused there, so a test never reaches the real network.
 * @param {{ extensionDir: string, httpPort: number, httpsPort: number, allowHost: (host: string) => boolean, headless?: boolean }} o
 */
export async function launchFirefox(o) {
  const manifest = JSON.parse(await readFile(path.join(o.extensionDir, 'manifest.json'), 'utf8'));
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof addonId !== 'string') throw new Error(`${o.extensionDir}: no browser_specific_settings.gecko.id (not a Firefox build?)`);
  const proxy = await startTestProxy({ httpPort: o.httpPort, httpsPort: o.httpsPort, allowHost: o.allowHost });
  /** @type {Browser} */
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: o.headless ?? true,
      acceptInsecureCerts: true,
      // Chrome-scope BiDi (browsingContext.getTree "moz:scope") is what lets the harness open an extension page as a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Same audit set-up as the Chromium harness: third-party cookies allowed, so what a tracker sets is seen whole.
        'network.cookie.cookieBehavior': 0,
        'privacy.trackingprotection.enabled': false,
      },
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }
  try {
    await browser.installExtension(path.resolve(o.extensionDir));
  } catch (e) {
    await browser.close();
    await proxy.close();
    throw e;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const ff = {
    browser,
    addonId,
    origin,
    proxy,
    version: await browser.version(),
    /** @type {string | null} */
    extensionContext: null,
    close: async () => {
      await browser.close().catch(() => {});
      await proxy.close();
    },
  };
  return ff;
}

/** @typedef {Awaited<ReturnType<typeof launchFirefox>>} FirefoxAudit */

/**
 * Raw BiDi command on puppeteer's connection (puppeteer has no public API for chrome-scope contexts).
 * @param {FirefoxAudit} ff
 * @param {string} method
 * @param {object} params
 * @returns {Promise<any>}
 */
async function bidi(ff, method, params) {
  // @ts-expect-error connection is on puppeteer's BiDi browser, not on the Browser type.
  const r = await ff.browser.connection.send(method, params);
  return r.result;
}

/**
 * Evaluate `expression` (awaited) in a BiDi context; returns its JSON-serialised result parsed, or throws its error.
 * @param {FirefoxAudit} ff
 * @param {string} context
 * @param {string} expression
 */
async function evaluateJson(ff, context, expression) {
  const r = await bidi(ff, 'script.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true });
  if (r.type !== 'success') throw new Error(`evaluate failed: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
  const v = r.result?.value;
  return v === undefined ? undefined : JSON.parse(v);
}

/**
 * Evaluate in the browser's chrome window (system privileges; needs --remote-allow-system-access).
 * @param {FirefoxAudit} ff
 * @param {string} expression
 */
export async function evaluateChrome(ff, expression) {
  const tree = await bidi(ff, 'browsingContext.getTree', { 'moz:scope': 'chrome' });
  /** @type {BidiContext | undefined} */
  const win = tree.contexts.find((/** @type {BidiContext} */ c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no chrome window found (is --remote-allow-system-access supported by this Firefox?)');
  return evaluateJson(ff, win.context, expression);
}

/**
 * Open an extension page (`relUrl`, e.g. 'popup.html?tab=3') as a tab and return its BiDi context. BiDi may not navigate
 * a tab to moz-extension://, so the browser's chrome opens it with the system principal; it is then an ordinary context.
 * @param {FirefoxAudit} ff
 * @param {string} relUrl
 * @returns {Promise<string>}
 */
export async function openExtensionPage(ff, relUrl) {
  const url = `${ff.origin}/${relUrl}`;
  const before = new Set((await bidi(ff, 'browsingContext.getTree', {})).contexts.map((/** @type {BidiContext} */ c) => c.context));
  await evaluateChrome(ff, `gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }) && true`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const tree = await bidi(ff, 'browsingContext.getTree', {});
    const found = tree.contexts.find((/** @type {BidiContext} */ c) => c.url === url && !before.has(c.context));
    if (found) return found.context;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not appear among the BiDi contexts`);
    await sleep(POLL_MS);
  }
}

/**
 * The extension page the harness sends its messages from (opened once, reopened if it was closed).
 * @param {FirefoxAudit} ff
 * @returns {Promise<string>}
 */
export async function extensionContext(ff) {
  if (ff.extensionContext) {
    const tree = await bidi(ff, 'browsingContext.getTree', {});
    if (tree.contexts.some((/** @type {BidiContext} */ c) => c.context === ff.extensionContext)) return ff.extensionContext;
  }
  return (ff.extensionContext = await openExtensionPage(ff, 'popup.html?harness=1'));
}

/**
 * Evaluate `expression` (awaited, JSON-serialisable result) in any BiDi context, e.g. one from openExtensionPage.
 * @param {FirefoxAudit} ff
 * @param {string} context
 * @param {string} expression
 */
export function evaluateIn(ff, context, expression) {
  return evaluateJson(ff, context, expression);
}

/**
 * PNG of a BiDi context's viewport.
 * @param {FirefoxAudit} ff
 * @param {string} context
 * @returns {Promise<Buffer>}
 */
export async function screenshot(ff, context) {
  const r = await bidi(ff, 'browsingContext.captureScreenshot', { context, origin: 'viewport' });
  return Buffer.from(r.data, 'base64');
}

/**
 * Close a BiDi context (tab).
 * @param {FirefoxAudit} ff
 * @param {string} context
 */
export async function closeContext(ff, context) {
  await bidi(ff, 'browsingContext.close', { context });
}

/**
 * Evaluate `expression` in the extension page (it sees `browser.*` of the extension).
 * @param {FirefoxAudit} ff
 * @param {string} expression
 */
export async function evaluateInExtension(ff, expression) {
  return evaluateJson(ff, await extensionContext(ff), expression);
}

/**
 * Send one protocol message (utils/messaging/protocol.ts) to the background; resolves to its answer.
 * @param {FirefoxAudit} ff
 * @param {object} message
 */
export function sendToBackground(ff, message) {
  return evaluateInExtension(ff, `browser.runtime.sendMessage(${JSON.stringify(message)})`);
}

/**
 * Tab id of the newest tab showing `url` (ignoring the fragment), or null.
 * @param {FirefoxAudit} ff
 * @param {string} url
 * @returns {Promise<number | null>}
 */
export async function findTabId(ff, url) {
  /** @type {{ id: number, url: string }[]} */
  const tabs = await evaluateInExtension(ff, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id ?? -1, url: t.url ?? '' })))`);
  const strip = (/** @type {string} */ u) => u.replace(/#.*$/, '');
  const ids = tabs.filter((t) => strip(t.url) === strip(url) && t.id >= 0).map((t) => t.id);
  return ids.length ? Math.max(...ids) : null;
}

/**
 * The background's record for a tab (`get-record`).
 * @param {FirefoxAudit} ff
 * @param {number} tabId
 * @returns {Promise<import('../../utils/record/record.ts').PageRecord | null>}
 */
export async function getRecord(ff, tabId) {
  const response = await sendToBackground(ff, { type: 'get-record', tabId });
  if (!response || typeof response !== 'object' || !('record' in response)) {
    throw new Error(`getRecord: unexpected answer from the background: ${JSON.stringify(response)}`);
  }
  return response.record;
}

/**
 * Poll `get-record` until `accept(record)` holds, or return the last record after `timeoutMs`.
 * @param {FirefoxAudit} ff
 * @param {number} tabId
 * @param {(record: import('../../utils/record/record.ts').PageRecord) => boolean} accept
 * @param {number} [timeoutMs]
 */
export async function waitForRecord(ff, tabId, accept, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    try {
      last = await getRecord(ff, tabId);
      if (last && accept(last)) return last;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
    if (Date.now() >= deadline) return last;
    await sleep(POLL_MS);
  }
}

/**
 * Stop the extension's event page now, as Firefox does after it idles; the next event (webRequest, cookie, message)
 * starts it again. Returns true when Firefox reported the background stopped. `force` also stops it while it has work
 * pending (Firefox's own idle stop waits for that).
 * @param {FirefoxAudit} ff
 * @param {{ force?: boolean }} [o]
 * @returns {Promise<boolean>}
 */
export async function terminateBackground(ff, o = {}) {
  return evaluateChrome(ff, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ff.addonId)});
    if (!ext) return false;
    await ext.terminateBackground(${o.force ? '{ disableResetIdleForTest: true }' : '{}'});
    return ext.backgroundState === 'stopped';
  })()`);
}
