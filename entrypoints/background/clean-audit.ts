// "Start clean audit": forget everything the site and its third
// parties stored, so the before-choice phase is observable.
import { browser } from 'wxt/browser';
import type { CleanStartEvent } from '../../utils/observe/events.ts';
import { cleanPlan, cookieUrl, storedConsentNames } from '../../utils/consent/automation/clean-plan.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { Responses } from '../../utils/messaging/protocol.ts';
import {
  asStoredFilesCleared,
  clearStoredFilesInPage,
  storedFilesNote,
} from '../../utils/consent/automation/clear-stored-files.ts';

const PENDING_KEY = 'pending-clean:';
/** How long the clean audit waits for the browser to clear site storage before it goes on and says so. */
export const STORAGE_CLEAR_WAIT_MS = 10_000;
/** How long the cleared page has to start its reload; a later navigation is no clean start (issue: hostile-clean). */
export const RELOAD_WAIT_MS = 10_000;
/** How long any other browser call of the clean audit may take before it stops with a clear answer. */
export const STEP_WAIT_MS = 5_000;

/**
 * What is cleared. Chrome keeps OPFS files under fileSystems (not cacheStorage); Firefox's schema refuses both names
 * (the whole call throws) and its indexedDB leaves them: the page's isolated world removes them there
 * (test/e2e/ and test/firefox/clean-audit-files.test.ts).
 */
const CHROME_TYPES = {
  localStorage: true,
  indexedDB: true,
  cacheStorage: true,
  fileSystems: true,
  serviceWorkers: true,
  cookies: true,
};
const FIREFOX_TYPES = { localStorage: true, indexedDB: true, serviceWorkers: true, cookies: true };

/** The browser calls the clean audit makes (the worker passes `browser`; the unit tests a fake that can stall). */
export interface CleanApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string | undefined }>;
    reload(tabId: number, o: { bypassCache: boolean }): Promise<void>;
  };
  cookies: {
    getAll(q: { domain: string }): Promise<CleanCookie[]>;
    remove(d: { url: string; name: string; storeId: string }): Promise<unknown>;
  };
  browsingData: { remove(scope: object, types: Record<string, boolean>): Promise<void> };
  /** Firefox: the top page's isolated world removes its origin's caches and OPFS entries; its raw answer. */
  clearFiles(tabId: number): Promise<unknown>;
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
}
export interface CleanCookie {
  name: string;
  domain: string;
  path: string;
  secure: boolean;
  storeId: string;
}

export interface CleanAuditOptions {
  api?: CleanApi;
  firefox?: boolean;
  storageWaitMs?: number;
  reloadWaitMs?: number;
  stepWaitMs?: number;
  now?: () => number;
}

export interface CleanAudit {
  start(tabId: number, last: PageRecord | null): Promise<Responses['clean-audit']>;
  /** The tab navigated: if a clean audit is pending for it, the event that opens the new record. */
  takePending(tabId: number): Promise<CleanStartEvent | null>;
}

/** What session storage keeps per tab: the event, and until when the reload it waits for may start. */
interface StoredPending {
  ev: CleanStartEvent;
  until: number;
}

/** A browser call that did not settle in time: the clean audit stops and says which. */
class Stalled extends Error {}

function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stalled(what)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Each namespace looked up at its first use: Chrome sets up an API's bindings then, so a wake skips browsingData's. */
function browserApi(): CleanApi {
  return {
    get tabs() {
      return browser.tabs;
    },
    get cookies() {
      return browser.cookies;
    },
    // Firefox's host-name scope is missing from the polyfill's types.
    get browsingData() {
      return browser.browsingData as unknown as CleanApi['browsingData'];
    },
    get session() {
      return browser.storage.session;
    },
    async clearFiles(tabId) {
      const [res] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: clearStoredFilesInPage,
      });
      return res?.result;
    },
  };
}

export function createCleanAudit(o: CleanAuditOptions = {}): CleanAudit {
  const api = o.api ?? browserApi();
  const firefox = o.firefox ?? import.meta.env.FIREFOX;
  const storageWaitMs = o.storageWaitMs ?? STORAGE_CLEAR_WAIT_MS;
  const reloadWaitMs = o.reloadWaitMs ?? RELOAD_WAIT_MS;
  const stepWaitMs = o.stepWaitMs ?? STEP_WAIT_MS;
  const now = o.now ?? Date.now;
  const pending = new Map<number, StoredPending>();
  /** Per tab: resolves the running start() once the reload's navigation took its event. */
  const reloaded = new Map<number, (started: boolean) => void>();

  async function forget(tabId: number): Promise<void> {
    pending.delete(tabId);
    await bounded(api.session.remove(PENDING_KEY + tabId), stepWaitMs, 'forgetting the pending clean start').catch(
      () => undefined,
    );
  }

  return {
    async start(tabId, last) {
      let clearedCookies = 0;
      let storedConsent: string[] = [];
      try {
        const tab = await bounded(api.tabs.get(tabId), stepWaitMs, 'reading the tab');
        const plan = cleanPlan(tab.url ?? '', last);
        if (!plan)
          return {
            cleared: false,
            clearedCookies: 0,
            storedConsent: [],
            detail: 'This page cannot be audited (not an http(s) page).',
          };
        const cookies = (
          await bounded(
            Promise.all(plan.sites.map((domain) => api.cookies.getAll({ domain }))),
            stepWaitMs,
            'listing the cookies',
          )
        ).flat();
        storedConsent = storedConsentNames(
          cookies,
          (last?.storage ?? []).map((s) => s.key),
        );
        const removed = await bounded(
          Promise.all(
            cookies.map((c) =>
              api.cookies.remove({ url: cookieUrl(c), name: c.name, storeId: c.storeId }).catch(() => null),
            ),
          ),
          stepWaitMs,
          'removing the cookies',
        );
        clearedCookies = removed.filter(Boolean).length;
        const types = firefox ? FIREFOX_TYPES : CHROME_TYPES;
        // Chrome clears storage by origin, Firefox by host name.
        const scope = firefox ? { since: 0, hostnames: plan.hostnames } : { since: 0, origins: plan.origins };
        // browsingData.remove can stall (service workers, a busy profile): the user gets an answer, and is told.
        const storageCleared = await bounded(
          // A type the browser does not know is thrown at once, not rejected: it too must end in an answer.
          Promise.resolve()
            .then(() => api.browsingData.remove(scope, types))
            .then(
              () => true,
              (e: unknown) => {
                console.warn('consent-auditor: browsingData.remove failed', e);
                return false;
              },
            ),
          storageWaitMs,
          'clearing site storage',
        ).catch(() => false);
        // Bounded, and never an abort: a page that stalls or breaks it is named in the answer.
        const files = firefox
          ? await bounded(
              api.clearFiles(tabId).then(asStoredFilesCleared, () => null),
              stepWaitMs,
              'clearing the Cache API and OPFS',
            ).catch(() => null)
          : undefined;
        const filesNote = files === undefined ? '' : storedFilesNote(files);
        const ev: CleanStartEvent = {
          k: 'clean',
          t: now(),
          clearedCookies,
          clearedOrigins: plan.origins,
          storedConsent,
        };
        const entry: StoredPending = { ev, until: now() + reloadWaitMs };
        // Only the reload this call asks for may take the event: an earlier start's waiter ends unanswered.
        reloaded.get(tabId)?.(false);
        let mine: (started: boolean) => void = () => undefined;
        const started = new Promise<boolean>((resolve) => (mine = resolve));
        reloaded.set(tabId, mine);
        pending.set(tabId, entry);
        await bounded(api.session.set({ [PENDING_KEY + tabId]: entry }), stepWaitMs, 'storing the pending clean start');
        await bounded(api.tabs.reload(tabId, { bypassCache: true }), stepWaitMs, 'reloading the tab');
        // A reload the page cancels (beforeunload) or the browser never starts would leave the event to a later load,
        // which is no clean start: wait for this one, bounded, and drop the event if it does not come.
        const didStart = await bounded(started, reloadWaitMs, 'starting the reload').catch(() => false);
        if (reloaded.get(tabId) === mine) reloaded.delete(tabId);
        const storage = storageCleared
          ? `the storage of ${plan.origins.length} origins`
          : `not confirmed: the storage of ${plan.origins.length} origins (the browser did not finish clearing it)`;
        if (!didStart) {
          if (pending.get(tabId) === entry) await forget(tabId);
          return {
            cleared: false,
            clearedCookies,
            storedConsent,
            detail: `Cleared ${clearedCookies} cookies and ${storage}, but the page did not reload within ${reloadWaitMs / 1000} s (it may have asked to stay): no clean start is recorded. Start the clean audit again.`,
          };
        }
        const detail = storedConsent.length
          ? `Cleared ${clearedCookies} cookies and ${storage}; stored consent found: ${storedConsent.join(', ')}.${filesNote}`
          : `Cleared ${clearedCookies} cookies and ${storage}; no stored consent found.${filesNote}`;
        return { cleared: true, clearedCookies, storedConsent, detail };
      } catch (e) {
        if (!(e instanceof Stalled)) throw e;
        await forget(tabId);
        return {
          cleared: false,
          clearedCookies,
          storedConsent,
          detail: `Clean audit stopped: the browser did not finish ${e.message} within ${stepWaitMs / 1000} s. No clean start is recorded; start the clean audit again.`,
        };
      }
    },
    async takePending(tabId) {
      const key = PENDING_KEY + tabId;
      let entry = pending.get(tabId) ?? null;
      if (!entry) {
        // After a worker restart the event is in session storage only.
        const stored = (await api.session.get(key))[key];
        entry = isStoredPending(stored) ? stored : null;
      }
      if (!entry) return null;
      pending.delete(tabId);
      // Taken synchronously with the memory entry, so that a start() timing out at this moment cannot also drop it.
      const live = entry.until >= now();
      if (live) reloaded.get(tabId)?.(true);
      reloaded.delete(tabId);
      await api.session.remove(key);
      return live ? entry.ev : null;
    },
  };
}

function isStoredPending(x: unknown): x is StoredPending {
  if (typeof x !== 'object' || x === null || !('until' in x) || typeof x.until !== 'number' || !('ev' in x))
    return false;
  const ev = x.ev;
  return (
    typeof ev === 'object' && ev !== null && 'k' in ev && ev.k === 'clean' && 't' in ev && typeof ev.t === 'number'
  );
}
