// Composition root: registers every listener synchronously on start, normalises at the edge, stores per tab.
import { browser, type Browser } from 'wxt/browser';
// First: starts the read of the stored tab state before the modules below are evaluated (early-read.ts).
import { storedAtStart, withEarlyRead } from './early-read.ts';
import { defineBackground } from 'wxt/utils/define-background';
import {
  fromBeforeRedirect,
  fromBeforeRequest,
  fromCookieChange,
  fromErrorOccurred,
  fromResponseStarted,
  type RawRequestDetails,
} from '../../utils/observe/browser/adapter.ts';
import { tabsForWorkerRequest } from '../../utils/observe/browser/attribution.ts';
import { PRERENDER_KEY_PREFIX, PrerenderedDocuments } from '../../utils/observe/browser/prerender.ts';
import type { AuditEvent, BodyFacts, PageEvent } from '../../utils/observe/events.ts';
import { validatePageEvent } from '../../utils/observe/page/page-events.ts';
import {
  acceptsPortSender,
  acceptsSender,
  asMessage,
  isFullRequest,
  recordPortOf,
  type Message,
  type ResponseOf,
  type WakeTimes,
  WORKER_ENTRY,
} from '../../utils/messaging/protocol.ts';
import { PushCache, recordPush } from '../../utils/messaging/record-pack.ts';
import { CookieClaims } from '../../utils/record/cookie-claims.ts';
import { CookieRouter } from '../../utils/record/cookie-router.ts';
import { FrameOrigins } from '../../utils/record/frame-origins.ts';
import { HeldCookies } from '../../utils/record/held-cookies.ts';
import { RecentCookies } from '../../utils/record/recent-cookies.ts';
import { SessionMirror } from '../../utils/record/session-mirror.ts';
import { TabStore } from '../../utils/record/tab-store.ts';
import { domainMatches } from '../../utils/url/party.ts';
import { frameHostOf, parseUrl } from '../../utils/url/url.ts';
import { answerClickQueue, answerLanded } from './answer-clicks.ts';
import { createAutomation } from './automation.ts';
import { createCleanAudit } from './clean-audit.ts';
import { FirstScreenCache } from './first-screen-cache.ts';
import { createFormTest } from './form-test.ts';
import { installLazyScripts } from './lazy-scripts.ts';
import { bodyFactsOf, pageBodyIds } from '../../utils/findings/body-ids.ts';
import { runRestores, type Stored } from './restore-order.ts';

/** Built from entrypoints/autoconsent.content.ts (registration: 'runtime'). */
const AUTOCONSENT_SCRIPT = '/content-scripts/autoconsent.js';

/**
 * Build-time constants of `npm run bench` (wxt.config.ts), false in the release build, which drops the code they guard.
 * Floor: the same listeners with the same options, doing nothing, to measure the floor any webRequest observer pays.
 * Wake: the ping reply carries when the worker started, restored its state and handled its first event.
 */
const BENCH_FLOOR = import.meta.env.BENCH === 'floor';
const BENCH_WAKE = import.meta.env.BENCH === 'wake';

export default defineBackground(() => {
  const wake: WakeTimes | undefined = BENCH_WAKE
    ? { scriptStart: performance.now(), restored: null, firstEvent: null }
    : undefined;
  installLazyScripts();
  const ports = new Map<number, Set<Browser.runtime.Port>>();
  const pushTimers = new Map<number, ReturnType<typeof setTimeout>>();
  // A connect to an unchanged record posts the push already packed (by the last change's push or an earlier connect).
  const pushes = new PushCache();
  const firstScreens = new FirstScreenCache();
  const session = withEarlyRead(browser.storage.session);
  const store = new TabStore(session, (tabId) => schedulePush(tabId));
  // A held change's key goes once its delivery is stored: a stop in between finds it in one of the two.
  const heldCookies = new HeldCookies(session, () => store.settled());
  // The claims too: a change whose claim came before a stop still goes to its claimant after the restart.
  const claims = new CookieClaims(session);
  // And the changes delivered: a claim after a stop still brings one to its claimant, as it would without the stop.
  const recent = new RecentCookies(session);
  const clean = createCleanAudit();
  const automation = createAutomation({ push: (tabId, events) => store.push(tabId, events) });
  const answerClicks = answerClickQueue();
  const forms = createFormTest({ push: (tabId, events) => store.push(tabId, events) });
  const cookies = new CookieRouter({
    candidates: (domain) =>
      store.tabIds().filter((tabId) => store.builder(tabId)?.concernsCookieDomain(domain) === true),
    // For when the above throws (tldts failed to load): the hosts as they are, no registrable domain.
    hostCandidates: (domain) =>
      store.tabIds().filter((tabId) => {
        const b = store.builder(tabId);
        if (!b?.record) return false;
        if (domainMatches(parseUrl(b.record.url)?.host ?? '', domain)) return true;
        for (const h of b.hosts) if (domainMatches(h, domain)) return true;
        return false;
      }),
    deliver: (tabId, ev) => {
      store.push(tabId, [ev]);
      forms.cookie([tabId], ev);
    },
    note: (tabId, message) => store.push(tabId, [{ k: 'error', t: Date.now(), where: 'cookies', message }]),
    now: () => Date.now(),
    later: (fn, ms) => setTimeout(fn, ms),
    held: (h) => heldCookies.held(h),
    placed: (list) => heldCookies.placed(list),
    claimed: (c) => claims.claimed(c),
    remembered: (r) => recent.remembered(r),
    holds: (tabId, ev) => store.builder(tabId)?.holdsBrowserCookie(ev) === true,
  });
  /** The tabs restored, and session storage as the worker's one read at its start found it. */
  const atStart = Promise.all([store.ready, storedAtStart()]).then(([, all]) => all);
  // Requests and commits that come before the restores below wait here, in order (released by the `events` step).
  let eventsWaiting: Array<() => void> | null = [];
  // A failed call leaves memory as it is: only a stop after it loses that document, as without the mirror.
  const onPrerenderError = (e: unknown): void => console.error('consent-auditor: prerender', e);
  const prerendered = new PrerenderedDocuments(
    new SessionMirror(session, PRERENDER_KEY_PREFIX, { onError: onPrerenderError }),
  );
  let answersRead: (all: Stored) => void = () => {};
  automation.restore(new Promise<Stored>((resolve) => (answersRead = resolve)));
  // A stopped worker's state, back in the order RESTORE_ORDER states (restore-order.ts) from the one start-up read.
  const restores = runRestores(
    atStart,
    {
      prerenders: (all) => prerendered.restore(all),
      events: () => releaseEvents(),
      'cookie-claims': (all) => cookies.restoreClaims(claims.restore(all)),
      'recent-cookies': (all) => cookies.restoreRecent(recent.restore(all)),
      'held-cookies': (all) => cookies.restoreHeld(heldCookies.restore(all)),
      // An answer a stopped worker had asked autoconsent for is recorded when autoconsent's result reaches this worker.
      answers: (all) => answersRead(all),
      // A form test a stopped worker was running goes on scanning, if its tab still shows the page it typed into.
      'form-tests': (all) => forms.restore(all, (tabId) => store.builder(tabId)?.record?.formTest?.t ?? null),
    },
    (name, e) => console.error(`consent-auditor: ${name} not restored`, e),
  );
  // Cookie changes (and readers of a record) come after the cookie router's restores.
  const cookiesReady = restores.after('held-cookies');
  function releaseEvents(): void {
    const waiting = eventsWaiting ?? [];
    eventsWaiting = null;
    for (const run of waiting) run();
  }
  /** The Set-Cookie headers of a tab's responses claim the browser's changes of those cookies for that tab. */
  function claimSetCookies(tabId: number, events: readonly AuditEvent[]): void {
    for (const ev of events) {
      if (ev.k !== 'response' || ev.setCookies.length === 0) continue;
      const host = parseUrl(ev.url)?.host ?? '';
      for (const c of ev.setCookies) cookies.claim(tabId, host, c.name, c.value);
    }
  }
  if (BENCH_WAKE) {
    void store.ready.then(() => {
      if (wake) wake.restored = performance.now();
    });
  }
  /** First browser event handled with the stored state restored: the wake benchmark's end mark. */
  function markFirstEvent(): void {
    if (BENCH_WAKE && wake?.firstEvent === null) void store.ready.then(() => (wake.firstEvent ??= performance.now()));
  }

  function schedulePush(tabId: number): void {
    if (!ports.get(tabId)?.size || pushTimers.has(tabId)) return;
    pushTimers.set(
      tabId,
      setTimeout(() => {
        pushTimers.delete(tabId);
        // Packed once for every port of the tab: rows without key names, repeated strings once (record-pack.ts).
        const push = pushes.push(store.builder(tabId));
        for (const port of ports.get(tabId) ?? []) port.postMessage(push);
      }, 200),
    );
  }

  /** What a new record of the tab starts (its nav event is pushed). */
  function navigated(tabId: number, t: number): void {
    forms.stop(tabId);
    // Pending until the reload's navigation, so that it opens the new record (push keeps per-tab order).
    void clean.takePending(tabId).then((ev) => ev && store.push(tabId, [{ ...ev, t }]));
  }

  const frameOrigins = new FrameOrigins();
  /** Requests of service workers (tabId -1) go to the tabs of their origin, else to those with a frame of it. */
  function recordRequest(d: RawRequestDetails, make: (d: RawRequestDetails, viaWorker: boolean) => AuditEvent[]): void {
    if (BENCH_FLOOR) return;
    markFirstEvent();
    if (eventsWaiting) {
      eventsWaiting.push(() => recordRequest(d, make));
      return;
    }
    if (d.tabId >= 0) {
      const events = make(d, false);
      store.push(d.tabId, events);
      claimSetCookies(d.tabId, events);
      if (events[0]?.k === 'nav') navigated(d.tabId, events[0].t);
      return;
    }
    const tops: Array<{ tabId: number; url: string }> = [];
    for (const tabId of store.tabIds()) {
      const url = store.builder(tabId)?.record?.url;
      if (url) tops.push({ tabId, url });
    }
    const framed = (tabId: number, origin: string): boolean => frameOrigins.has(store.builder(tabId)?.record, origin);
    for (const tabId of tabsForWorkerRequest(d.initiator ?? d.originUrl, tops, framed)) {
      const events = make(d, true);
      store.push(tabId, events);
      claimSetCookies(tabId, events);
    }
  }

  const filter = { urls: ['<all_urls>'] };
  // Chrome hides Set-Cookie from listeners unless 'extraHeaders' is asked for; Firefox rejects the option.
  const extra = import.meta.env.FIREFOX ? [] : ['extraHeaders'];
  // A prerendered page the visitor goes to is shown without a request of its own: its first request once shown
  // starts its record, as a navigation does (its requests while prerendered stay the asking page's, speculative).
  const startsShownPrerender =
    (url: string, body: BodyFacts | undefined) =>
    (x: RawRequestDetails, viaWorker: boolean): AuditEvent[] => {
      const events = fromBeforeRequest(x, viaWorker, body);
      const t = events[0]?.t ?? Date.now();
      return [{ k: 'nav', t, url, requestId: `prerender:${x.documentId ?? ''}` }, ...events];
    };
  // The body (Chrome and Firefox, no extra permission) is scanned for ids here, once, and never kept (body-ids.ts).
  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      forms.request(d);
      let scanned = false;
      let body: BodyFacts | undefined;
      recordRequest(d, (x, viaWorker) => {
        if (!scanned) [scanned, body] = [true, x.requestBody ? bodyFactsOf(x) : undefined];
        const shown = x.tabId >= 0 ? prerendered.shown(x) : null;
        return shown === null ? fromBeforeRequest(x, viaWorker, body) : startsShownPrerender(shown, body)(x, viaWorker);
      });
      return undefined; // observe only, never block
    },
    filter,
    ['requestBody'],
  );
  // Chrome: the prerender's document for sure, and the moment it is shown (also when it then makes no request).
  if (!import.meta.env.FIREFOX) {
    const committed = (d: Browser.webNavigation.WebNavigationTransitionCallbackDetails): void => {
      if (eventsWaiting) {
        eventsWaiting.push(() => committed(d));
        return;
      }
      const url = prerendered.committed(d);
      if (url === null || BENCH_FLOOR) return;
      const t = Number.isFinite(d.timeStamp) ? Math.round(d.timeStamp) : Date.now();
      store.push(d.tabId, [{ k: 'nav', t, url, requestId: `prerender:${d.documentId ?? ''}` }]);
      navigated(d.tabId, t);
    };
    browser.webNavigation.onCommitted.addListener(committed);
  }
  browser.webRequest.onBeforeRedirect.addListener(
    (d) => {
      recordRequest(d, (x) => fromBeforeRedirect(x));
    },
    filter,
    ['responseHeaders', ...extra] as Browser.webRequest.OnBeforeRedirectOptions[],
  );
  browser.webRequest.onResponseStarted.addListener(
    (d) => {
      recordRequest(d, (x) => [fromResponseStarted(x)]);
    },
    filter,
    ['responseHeaders', ...extra] as Browser.webRequest.OnResponseStartedOptions[],
  );
  browser.webRequest.onErrorOccurred.addListener((d) => {
    recordRequest(d, (x) => [fromErrorOccurred(x)]);
  }, filter);

  browser.cookies.onChanged.addListener((change) => {
    if (BENCH_FLOOR) return;
    // An overwrite is reported as a removal followed by the new
    // value; the record ignores the removal (record.ts), so it
    // is neither applied nor stored: a page rewriting a cookie in a loop would double the log for nothing.
    if (change.removed && change.cause === 'overwrite') return;
    const ev = fromCookieChange(change);
    // Routed to the tab whose response or page wrote it (issue 15.7), not to every tab of the site.
    void cookiesReady.then(() => cookies.change(ev));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.removeTab(tabId);
    prerendered.forgetTab(tabId);
    automation.forget(tabId);
    forms.stop(tabId);
  });

  // The worker has no polyfill (wxt.config.ts): Firefox takes the returned promise; Chrome answers through
  // sendResponse, kept open by returning true, and a failure goes as the polyfill's rejection (the senders' polyfill
  // turns it back into a rejected promise, as before).
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      const msg = asMessage(raw);
      if (!msg || !acceptsSender(msg, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      if (import.meta.env.FIREFOX) return handle(msg, sender);
      handle(msg, sender).then(sendResponse, (e: unknown) =>
        sendResponse({ __mozWebExtensionPolyfillReject__: true, message: e instanceof Error ? e.message : String(e) }),
      );
      return true;
    },
  );

  async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<ResponseOf<Message>> {
    switch (msg.type) {
      case 'ping':
        return { ready: true, version: browser.runtime.getManifest().version, ...(BENCH_WAKE ? { wake } : {}) };
      case 'get-record':
        // A cookie change still waiting for its claim may be this tab's: answer once it is placed (at most 2 s).
        await cookiesReady;
        await cookies.decided(msg.tabId);
        // What a reader sees is in storage: a worker stopped right after this answer loses none of it.
        await store.settled();
        return { record: store.builder(msg.tabId)?.record ?? null };
      case 'get-previous-record':
        await store.settled();
        return { record: store.builder(msg.tabId)?.previous ?? null };
      case 'clean-audit':
        // As get-record: after the start's restores, so the requests that waited for them are in the record.
        await cookiesReady;
        return clean.start(msg.tabId, store.builder(msg.tabId)?.record ?? null);
      case 'consent-action':
        if (msg.reportClicks) {
          answerClicks.start(msg.tabId);
          // Patched before the answer starts: every frame's autoconsent reports its clicks instead of making them.
          await browser.tabs.sendMessage(msg.tabId, { type: 'report-clicks', on: true }).catch(() => undefined);
        }
        return automation.answer(msg.tabId, msg.action);
      case 'answer-click': {
        const tabId = sender.tab?.id;
        return { accepted: tabId !== undefined && answerClicks.push(tabId, sender.frameId, msg.at) };
      }
      case 'answer-landing': {
        const tabId = sender.tab?.id;
        return { accepted: tabId !== undefined && answerClicks.tell(tabId, sender.frameId, msg.landing) };
      }
      case 'answer-landed': {
        const tabId = msg.tabId;
        return answerLanded(answerClicks, tabId, () =>
          browser.tabs.sendMessage(tabId, { type: 'answer-landed' }, { frameId: 0 }),
        );
      }
      case 'take-answer-clicks': {
        const at = answerClicks.take(msg.tabId, msg.stop === true);
        if (msg.stop)
          await browser.tabs.sendMessage(msg.tabId, { type: 'report-clicks', on: false }).catch(() => undefined);
        return { at };
      }
      case 'form-test':
        return forms.start(msg.tabId);
      case 'autoconsent':
        return automation.onAutoconsentMessage(msg.msg, sender);
      case 'start-autoconsent':
        return { started: await startAutoconsent(sender) };
      case 'user-gesture': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return { accepted: false };
        // The content script's clock is ours; a time from the future or long past is replaced by the arrival time.
        const now = Date.now();
        const t = msg.t <= now && msg.t > now - 60_000 ? msg.t : now;
        store.push(tabId, [{ k: 'gesture', t, top: sender.frameId === 0 }]);
        return { accepted: true };
      }
      case 'page-events': {
        const tabId = sender.tab?.id;
        const frameUrl = sender.url ?? '';
        if (tabId === undefined || tabId < 0) return { accepted: 0, rejected: msg.events.length };
        // A batch sent again after its answer was lost may be stored already: answered, not stored twice.
        const batch = msg.batch && {
          k: 'batch' as const,
          t: Date.now(),
          doc: `${sender.frameId ?? 0}:${msg.batch.doc}`,
          id: msg.batch.id,
        };
        if (batch && (await store.ready.then(() => !store.takeBatch(tabId, batch.doc, batch.id)))) {
          await store.settled();
          return { accepted: 0, rejected: 0 };
        }
        const now = Date.now();
        const valid: PageEvent[] = [];
        // Only the top frame's TCF answers can be the page's: the flag comes from the browser, never from the event.
        const top = sender.frameId === 0;
        for (const raw of msg.events) {
          let ev = validatePageEvent(raw, frameUrl, now);
          if (ev?.k === 'page-tcf') ev.top = top;
          // A Blob body's text is scanned here and dropped: the record keeps only the fields that may be an id.
          // Firefox shows the worker a Blob's bytes itself, so the page's copy would join nothing there.
          if (ev?.k === 'page-body') ev = import.meta.env.FIREFOX ? null : (pageBodyIds(ev) ?? null);
          if (ev) valid.push(ev);
        }
        store.push(tabId, batch ? [...valid, batch] : valid);
        for (const ev of valid)
          if (ev.k === 'page-cookie') cookies.claim(tabId, frameHostOf(ev.frameUrl), ev.name, ev.value);
        forms.pageEvents(tabId, valid);
        // Answered once stored: the content script sends a batch again when no answer comes (the worker stopped
        // before), so a stop between this answer and the write cannot lose what the page reported.
        await store.settled();
        return { accepted: valid.length, rejected: msg.events.length - valid.length };
      }
    }
  }

  /**
   * Autoconsent (a 100 KB rule engine) is injected into a frame only once that frame has loaded, at its recorder's
   * request: declared in the manifest it would be compiled at document_start in every frame of every page, and the
   * audit must not slow the loads it measures. Into that very document where the browser can name it.
   */
  async function startAutoconsent(sender: Browser.runtime.MessageSender): Promise<boolean> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return false;
    const documentId = (sender as { documentId?: unknown }).documentId;
    const target: Browser.scripting.InjectionTarget =
      typeof documentId === 'string'
        ? { tabId, documentIds: [documentId] }
        : { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      await browser.scripting.executeScript({ target, files: [AUTOCONSENT_SCRIPT] });
      return true;
    } catch {
      return false; // the frame went away, or the browser refuses this page (its store, its settings)
    }
  }

  browser.runtime.onConnect.addListener((port) => {
    const target = recordPortOf(port.name);
    if (!acceptsPortSender(port.sender, browser.runtime.id, browser.runtime.getURL('/')) || !target) {
      port.disconnect();
      return;
    }
    const { tabId } = target;
    const set = ports.get(tabId) ?? new Set();
    ports.set(tabId, set);
    port.onDisconnect.addListener(() => set.delete(port));
    /** From now on the port gets the record and every later push of it. */
    const follow = (): void => {
      if (set.has(port)) return;
      set.add(port);
      port.postMessage(pushes.push(store.builder(tabId)));
    };
    if (!target.first) {
      void store.ready.then(follow);
      return;
    }
    // The popup's first connect: the first screen (a small message: no request URLs) before the record, which the
    // popup asks for once it has painted that screen. Built only here, so the page's own events pay nothing for it.
    port.onMessage.addListener((raw) => {
      // After the restore, as a plain connect waits for it (the popup asks only once the first screen came, which
      // itself waited; a port that asks early must still not get a record the restore has not filled yet).
      if (isFullRequest(raw)) void store.ready.then(follow);
    });
    void store.ready.then(() => {
      port.postMessage(firstScreens.push(store.builder(tabId)) ?? recordPush(null));
    });
  });

  // The CLI's way in without an extension page to open (protocol.ts, WORKER_ENTRY): an extension page's sender, so only
  // the messages an extension page may send are handled; set after every listener, so its presence means ready.
  if (!import.meta.env.FIREFOX) {
    const own: Browser.runtime.MessageSender = { id: browser.runtime.id, url: browser.runtime.getURL('/') };
    Object.defineProperty(globalThis, WORKER_ENTRY, {
      value: async (raw: unknown): Promise<string> => {
        const msg = asMessage(raw);
        if (!msg || !acceptsSender(msg, own, browser.runtime.id, browser.runtime.getURL('/')))
          throw new Error('not a message an extension page may send');
        return JSON.stringify(await handle(msg, own));
      },
    });
  }
});
