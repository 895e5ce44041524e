// Isolated-world content script: receives the main world's reports, completes and validates them, notices storage
// writes that bypassed the hooks, and sends everything to the background in small batches.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageEvent } from '../utils/observe/events.ts';
import { listenMainWorld } from '../utils/observe/page/bridge-listener.ts';
import { watchDatabases, type DatabaseLister } from '../utils/observe/page/database-poll.ts';
import { readDatabase } from '../utils/observe/page/database-read.ts';
import { fromMainWorld } from '../utils/observe/page/from-main-world.ts';
import { storedFilesLister } from '../utils/observe/page/stored-files-list.ts';
import { storageListedByTop } from '../utils/observe/page/stored-files-owner.ts';
import { watchStoredFiles } from '../utils/observe/page/stored-files-poll.ts';
import { formReporter, observeCspBlocks, observeResources, whenIdle } from '../utils/observe/page/isolated-watchers.ts';
import { watchPreconnects } from '../utils/observe/page/preconnect-watch.ts';
import { validatePageEvent } from '../utils/observe/page/page-events.ts';
import { WEB_STORAGE_KINDS, watchWebStorage } from '../utils/observe/page/web-storage-watch.ts';
import type { Message } from '../utils/messaging/protocol.ts';
import {
  needsAnswer,
  runtimeAlive,
  sendToWorker,
  withPolyfillReplies,
  type Runtime,
} from '../utils/messaging/runtime-send.ts';

const FLUSH_MS = 100;
const MAX_BATCH = 200;
const RETRY_MS = 1000;
const FAST_POLL_MS = 500;
const SLOW_POLL_MS = 2000;
const FAST_PERIOD_MS = 30_000;
/** Longest the autoconsent request and the form scan wait for idle time after load. */
const AFTER_LOAD_IDLE_MS = 500;
/**
 * After DOMContentLoaded, the latest the autoconsent request and the form scan happen when the load event has not come.
 */
const AUTOCONSENT_LATE_MS = 5000;
/** Longest a main-world report waits for idle time before it is parsed anyway. */
const IDLE_TIMEOUT_MS = 1000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // The isolated half of the same frames as the main-world script (blob:, data:, about:srcdoc).
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const started = Date.now();
    // The global's origin: about:blank frames inherit their creator's, which location.origin does not show.
    const origin = window.origin !== 'null' ? window.origin : location.origin;
    const ownUrls = [browser.runtime.getURL('/')];
    let queue: PageEvent[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;

    // The browser's own runtime (no polyfill in this script, see wxt.config.ts), answering as the polyfill did.
    const runtime = withPolyfillReplies((): Runtime | undefined => browser.runtime);
    const alive = (): boolean => runtimeAlive(runtime);
    // The worker answers page events once they are stored; no answer (it stopped first) sends them once more.
    const receipted = needsAnswer(runtime);
    // Each batch is numbered in this document, so that the worker stores a resent one once: made here, out of the
    // page's reach (the main world cannot send to the worker, nor see this token).
    const doc = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    let batches = 0;
    const send = (events: PageEvent[]): void => {
      const msg: Message = { type: 'page-events', events, batch: { doc, id: (batches += 1) } };
      void sendToWorker(receipted, msg, true, RETRY_MS);
    };
    const flush = (): void => {
      if (flushTimer !== undefined) clearTimeout(flushTimer);
      flushTimer = undefined;
      if (!alive()) {
        queue = [];
        return;
      }
      while (queue.length > 0) send(queue.splice(0, MAX_BATCH));
    };
    const push = (ev: PageEvent): void => {
      queue.push(ev);
      if (queue.length >= MAX_BATCH) flush();
      else flushTimer ??= setTimeout(flush, FLUSH_MS);
    };

    const storage = watchWebStorage(origin, push, () => {
      if (!listener.pull()) return false;
      parse();
      return true;
    });

    // Reports are parsed in idle time, not in the page's task: the audit must not slow the page it measures.
    const unparsed: Array<{ events: unknown[]; self: string; at: number }> = [];
    let idleQueued = false;
    const parse = (): void => {
      idleQueued = false;
      for (const { events, self, at } of unparsed.splice(0)) {
        const selves = self ? [...ownUrls, self] : ownUrls;
        for (const raw of events) {
          const ev = validatePageEvent(fromMainWorld(raw, selves, origin), location.href, at);
          // A listing's cut is this world's word, never the page's.
          if (!ev || ev.k === 'page-listing-cut') continue;
          if (ev.k === 'page-storage') {
            if (ev.api === 'indexedDB') databases.noteHooked(ev.key);
            else if (ev.api === 'cacheStorage' || ev.api === 'opfs') files.noteHooked(ev.api, ev.key, ev.t);
            else storage.noteHooked(ev.api, ev.key, ev.value, ev.valueLength);
          }
          push(ev);
        }
      }
    };
    /** Set at pagehide: from then on, reports are parsed and sent at once (there may be no idle time left). */
    let leaving = false;
    // The baseline of a storage is taken when the main world says the page first reads it (synchronously, before the
    // page can write); without a main world, here at the start. Reading storage costs a synchronous check with the
    // browser: a page that never uses storage should not pay it for us.
    const listener = listenMainWorld(
      window,
      (events, self) => {
        unparsed.push({ events, self, at: Date.now() });
        if (leaving) {
          parse();
          flush();
          return;
        }
        if (idleQueued) return;
        idleQueued = true;
        whenIdle(parse, IDLE_TIMEOUT_MS);
      },
      storage.baseline,
      () => {
        // A new document in this window (document.open()): our window listeners are gone, and the main world's first
        // read of a storage may have gone unheard. Taken now, at the end of the task that opened it, before the new
        // document's next.
        arm();
        for (const kind of WEB_STORAGE_KINDS) storage.baseline(kind);
      },
    );
    if (!listener.connected) for (const kind of WEB_STORAGE_KINDS) storage.baseline(kind);
    // A frame with its top frame's storage leaves the ticks' listings to the top frame's poll (stored-files-owner.ts).
    const listedByTop = storageListedByTop(window);
    // What the listings below find is validated as a page event; the hooks' reports are read first, so that a write
    // the hooks saw is not reported again by a listing.
    const reportListed = (raw: unknown): void => {
      const ev = validatePageEvent(raw, location.href, Date.now());
      if (ev) push(ev);
    };
    const beforeCompare = (): void => {
      listener.pull();
      parse();
    };
    // IndexedDB opened where no hook runs (a worker): found by listing this origin's databases on each tick, and a new
    // one's first records read.
    let lister: DatabaseLister | undefined;
    try {
      const idb = window.indexedDB as IDBFactory | null;
      if (idb && typeof idb.databases === 'function')
        lister = { databases: () => idb.databases(), read: (name) => readDatabase(idb, name) };
    } catch {
      // storage blocked here
    }
    const databases = watchDatabases(lister, origin, reportListed, beforeCompare);

    // Cache API entries and OPFS files written where no hook runs (a worker, a service worker, a page past our hooks).
    const files = watchStoredFiles(
      listedByTop
        ? undefined
        : storedFilesLister(
            'caches' in window && window.isSecureContext ? window.caches : undefined,
            navigator.storage?.getDirectory ? () => navigator.storage.getDirectory() : undefined,
          ),
      origin,
      reportListed,
      beforeCompare,
    );

    const tick = (): void => {
      if (!alive()) return;
      listener.refresh(); // document.open() erases listeners: put ours back
      storage.poll();
      if (!listedByTop) void databases.poll(); // its baseline and each gesture's listing still run in this frame
      void files.poll();
      setTimeout(tick, Date.now() - started < FAST_PERIOD_MS ? FAST_POLL_MS : SLOW_POLL_MS);
    };
    setTimeout(tick, FAST_POLL_MS);

    // Form checkboxes as shipped: read after load in idle time and once more for late forms (banners, modals); a page
    // whose load never ends is read a few seconds after its DOM.
    const forms = formReporter(push);
    const scanForms = forms.scan;

    // Autoconsent (banner detection and answers) is injected by the background once this document has loaded, in idle
    // time; a page whose load never ends (a hanging resource) gets it a few seconds after its DOM is parsed.
    let autoconsentAsked = false;
    const askForAutoconsent = (): void => {
      if (autoconsentAsked || !alive() || !/^(https?|file):$/.test(location.protocol)) return;
      autoconsentAsked = true;
      const msg: Message = { type: 'start-autoconsent' };
      void sendToWorker(runtime, msg, true, RETRY_MS);
    };
    // After load, in idle time: the forms (and once more 3 s later, for late banners) and autoconsent.
    const afterLoad = (): void => {
      whenIdle(scanForms, AFTER_LOAD_IDLE_MS);
      whenIdle(askForAutoconsent, AFTER_LOAD_IDLE_MS);
      setTimeout(scanForms, 3000);
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
    const askLate = (): void => {
      setTimeout(() => {
        askForAutoconsent();
        scanForms();
      }, AUTOCONSENT_LATE_MS);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askLate, { once: true });
    else askLate();

    // Resource Timing: what this document itself saw load, the backup for browser events that a stopped or restarting
    // worker never received (the background matches them with its own requests by URL and keeps only the missing).
    // Started in the first idle period, not in the page's start-up: `buffered` hands over what loaded before (the
    // browser buffers the first 250 entries), and the page's own loading is not slowed by one more observer.
    whenIdle(() => observeResources(push), IDLE_TIMEOUT_MS);
    // Preconnects open connections no request shows: watched from the start, as the parser adds the HTML's links.
    watchPreconnects(document, push);
    // Loads the page's CSP blocked: no webRequest event shows them, their timing entries must not read as sent.
    observeCspBlocks(push, alive);

    // Trusted input (no script can set isTrusted): the visitor acted, so a CMP signal from now on may be their answer.
    // Captured on window at document_start, before any page listener could stop it; one message per burst of input.
    let lastGesture = 0;
    const onGesture = (e: Event): void => {
      if (!e.isTrusted || !alive()) return;
      const t = Date.now();
      if (t - lastGesture < 1000) return;
      lastGesture = t;
      void databases.poll(); // a worker's database made before this gesture is found before the choice it may lead to
      void files.poll();
      const msg: Message = { type: 'user-gesture', t };
      void sendToWorker(runtime, msg, true, RETRY_MS);
    };
    const onPageHide = (): void => {
      leaving = true;
      if (!alive()) return;
      // Whatever the main world still holds, and whatever waits for idle time: there is no idle time left.
      listener.pull();
      parse();
      storage.poll();
      if (!forms.scanned()) scanForms(); // left before the first scan
      flush();
    };
    /** Our window listeners; again after document.open() erased them (adding the same listener twice is a no-op). */
    function arm(): void {
      for (const type of ['pointerdown', 'keydown'])
        window.addEventListener(type, onGesture, { capture: true, passive: true });
      window.addEventListener('pagehide', onPageHide);
      storage.arm();
    }
    arm();
  },
});
