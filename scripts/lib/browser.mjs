// Test/demo harness: launches Chromium with the unpacked extension through playwright-core, and talks to the extension's
// background the way the popup does (runtime messages from an extension page).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const DEFAULT_WARMUP_URL = 'https://www.shop.test/warmup.html';
const WARMUP_TIMEOUT_MS = 10_000;
const WARMUP_ATTEMPT_MS = 1_500;
const POLL_MS = 100;

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Third-party cookies are blocked by default: allow them in the profile before launch.
 * @param {string} userDataDir
 */
async function writePreferences(userDataDir) {
  const dir = path.join(userDataDir, 'Default');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'Preferences');
  /** @type {Record<string, unknown>} */
  let prefs = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8'));
    if (parsed && typeof parsed === 'object') prefs = parsed;
  } catch {
    // new profile
  }
  const profile = prefs.profile && typeof prefs.profile === 'object' ? prefs.profile : {};
  prefs.profile = { ...profile, cookie_controls_mode: 0, block_third_party_cookies: false };
  await writeFile(file, JSON.stringify(prefs));
}

/**
 * @param {string | undefined} extensionDir
 * @param {string | undefined} hostRules
 * @param {string[]} extraArgs
 */
function chromiumArgs(extensionDir, hostRules, extraArgs) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (hostRules) args.push(`--host-resolver-rules=${hostRules}`);
  return [...args, ...extraArgs];
}

/**
 * @param {BrowserContext} context
 * @param {number} timeoutMs
 * @returns {Promise<string>}
 */
async function findExtensionId(context, timeoutMs) {
  const fromUrl = (/** @type {string} */ url) => /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1];
  for (const w of context.serviceWorkers()) {
    const id = fromUrl(w.url());
    if (id) return id;
  }
  const worker = await context.waitForEvent('serviceworker', {
    predicate: (w) => Boolean(fromUrl(w.url())),
    timeout: timeoutMs,
  });
  const id = fromUrl(worker.url());
  if (!id) throw new Error(`not an extension service worker: ${worker.url()}`);
  return id;
}

/** One extension page per context, reused for every message to the background. */
const extensionPages = new WeakMap();

/**
 * An extension page (the popup, without a tab of its own) from which to message the background.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @returns {Promise<Page>}
 */
export async function extensionPage(context, extensionId) {
  /** @type {Page | undefined} */
  const cached = extensionPages.get(context);
  if (cached && !cached.isClosed()) return cached;
  const page = await context.newPage();
  // tab=0 is no real tab: the popup shows an empty state and keeps quiet.
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
  extensionPages.set(context, page);
  return page;
}

/**
 * Tab id of the newest tab showing `url` (exact match, else ignoring the fragment), or null.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {string} url
 * @returns {Promise<number | null>}
 */
export async function findTabId(context, extensionId, url) {
  const page = await extensionPage(context, extensionId);
  const tabs = await page.evaluate(async () => {
    const all = await chrome.tabs.query({});
    return all.map((t) => ({ id: t.id ?? -1, url: t.url ?? '', pendingUrl: t.pendingUrl ?? '' }));
  });
  const strip = (/** @type {string} */ u) => u.replace(/#.*$/, '');
  const exact = tabs.filter((t) => t.url === url || t.pendingUrl === url);
  const loose = exact.length ? exact : tabs.filter((t) => strip(t.url) === strip(url) || strip(t.pendingUrl) === strip(url));
  const ids = loose.map((t) => t.id).filter((id) => id >= 0);
  return ids.length ? Math.max(...ids) : null;
}

/**
 * Send one protocol message (utils/messaging/protocol.ts) to the background from the extension page; resolves to its answer.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {object} message
 * @returns {Promise<unknown>}
 */
export async function sendToBackground(context, extensionId, message) {
  const page = await extensionPage(context, extensionId);
  return page.evaluate(async (m) => chrome.runtime.sendMessage(m), message);
}

/**
 * The background's record for a tab (`get-record`), given the tab id, a page URL or a Playwright page.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number | string | Page} pageUrlOrTab
 * @returns {Promise<import('../../utils/record/record.ts').PageRecord | null>}
 */
export async function getRecord(context, extensionId, pageUrlOrTab) {
  let tabId;
  if (typeof pageUrlOrTab === 'number') tabId = pageUrlOrTab;
  else {
    const url = typeof pageUrlOrTab === 'string' ? pageUrlOrTab : pageUrlOrTab.url();
    tabId = await findTabId(context, extensionId, url);
    if (tabId === null) throw new Error(`getRecord: no tab shows ${url}`);
  }
  const response = await sendToBackground(context, extensionId, { type: 'get-record', tabId });
  if (!response || typeof response !== 'object' || !('record' in response)) {
    throw new Error(`getRecord: unexpected answer from the background: ${JSON.stringify(response)}`);
  }
  return response.record;
}

/**
 * Poll `get-record` until `accept(record)` holds, or return the last record after `timeoutMs`.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number | string | Page} pageUrlOrTab
 * @param {(record: import('../../utils/record/record.ts').PageRecord) => boolean} accept
 * @param {number} [timeoutMs]
 */
export async function waitForRecord(context, extensionId, pageUrlOrTab, accept, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    try {
      last = await getRecord(context, extensionId, pageUrlOrTab);
      if (last && accept(last)) return last;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
    if (Date.now() >= deadline) return last;
    await sleep(POLL_MS);
  }
}

/**
 * Stop every service worker of the profile (the extension's included), as Chrome does after 30 s idle, and wait until
 * one is reported stopped. `ServiceWorker.stopAllWorkers` on a page's CDP session acts on the whole profile, extension
 * workers included (Playwright's own worker 'close' event comes late or not at all, so the CDP status is what counts).
 * The worker starts again on its next event (webRequest, cookies, message, port).
 * @param {BrowserContext} context
 * @param {number} [timeoutMs]
 * @returns {Promise<void>}
 */
export async function stopServiceWorker(context, timeoutMs = 5_000) {
  const page = context.pages().find((p) => !p.isClosed()) ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    /** @type {string[]} */
    const seen = [];
    /** @type {() => void} */
    let wake = () => {};
    session.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) seen.push(v.runningStatus);
      wake();
    });
    /** Resolve once `test(seen)` holds; reject after the deadline. */
    const until = (/** @type {(s: string[]) => boolean} */ test, /** @type {number} */ deadline, /** @type {string} */ what) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (test(seen)) {
            clearTimeout(timer);
            resolve(undefined);
          }
        };
        wake = check;
        clearTimeout(timer);
        timer = setTimeout(() => reject(new Error(`stopServiceWorker: ${what} within ${deadline} ms`)), deadline);
        check();
      });
    await session.send('ServiceWorker.enable');
    // enable reports the current state by event, after its own answer.
    await until((s) => s.length > 0, 1_000, 'no extension service worker reported');
    if (seen.at(-1) === 'stopped') return; // already asleep
    const from = seen.length;
    await session.send('ServiceWorker.stopAllWorkers');
    await until((s) => s.slice(from).includes('stopped'), timeoutMs, 'the extension worker did not stop');
  } finally {
    clearTimeout(timer);
    await session.detach().catch(() => {});
  }
}

/**
 * Launch Chromium with the unpacked extension (or without any, when extensionDir is omitted), find its id and warm
 * the service worker up: it can miss the very first navigation otherwise.
 * @param {{ extensionDir?: string, chromiumPath?: string, hostRules?: string, extraArgs?: string[], headless?: boolean,
 *   userDataDir?: string, warmupUrl?: string | null, locale?: string, ignoreCertificateErrors?: boolean }} options
 */
export async function launchAuditBrowser({
  extensionDir,
  chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  hostRules,
  extraArgs = [],
  headless = true,
  userDataDir,
  warmupUrl = DEFAULT_WARMUP_URL,
  locale,
  ignoreCertificateErrors = false,
} = {}) {
  // Certificates are checked unless asked (the demo's hosts use a self-signed test certificate): an audit of a real
  // site should not quietly accept a broken or intercepted connection.
  const ignoreCerts = ignoreCertificateErrors || extraArgs.includes('--ignore-certificate-errors');
  if (ignoreCerts && !extraArgs.includes('--ignore-certificate-errors')) extraArgs = [...extraArgs, '--ignore-certificate-errors'];
  const ownDir = userDataDir ? null : await mkdtemp(path.join(tmpdir(), 'consent-auditor-profile-'));
  const dir = userDataDir ?? ownDir ?? '';
  await writePreferences(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless,
    args: chromiumArgs(extensionDir, hostRules, extraArgs),
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: ignoreCerts,
    viewport: { width: 1280, height: 800 },
    // The browser's language (what chrome.i18n.getUILanguage() reports); Chromium's own default otherwise.
    ...(locale ? { locale } : {}),
  });
  const close = async () => {
    await context.close().catch(() => {});
    if (ownDir) await rm(ownDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
  };
  try {
    let extensionId = null;
    if (extensionDir) {
      extensionId = await findExtensionId(context, WARMUP_TIMEOUT_MS);
      if (warmupUrl) await warmUp(context, extensionId, warmupUrl);
    }
    return { context, extensionId, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Load a page until the extension has recorded it: the first navigation after start can be missed, so reload until seen.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {string} url
 */
async function warmUp(context, extensionId, url) {
  const page = await context.newPage();
  const deadline = Date.now() + WARMUP_TIMEOUT_MS;
  let last = null;
  try {
    while (Date.now() < deadline) {
      await page.goto(url);
      const tabId = await findTabId(context, extensionId, url);
      if (tabId !== null) {
        const wait = Math.min(WARMUP_ATTEMPT_MS, Math.max(0, deadline - Date.now()));
        last = await waitForRecord(context, extensionId, tabId, (r) => r.url === url, wait);
        if (last?.url === url) return;
      }
    }
    throw new Error(`warm-up: the extension did not record ${url} within ${WARMUP_TIMEOUT_MS} ms (last: ${last?.url ?? 'no record'})`);
  } finally {
    await page.close().catch(() => {});
  }
}
