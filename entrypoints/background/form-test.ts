// "Test forms" (issue 17): types canaries into the tab's fields
// through scripting.executeScript, then scans what the tab
// sends (URL, headers, request body) and stores (cookies, web storage) for them until the page changes. Request bodies
// are asked for only while a test runs, only for that tab, and are never stored: only the matches become events.
import { browser } from 'wxt/browser';
import type { Responses } from '../../utils/messaging/protocol.ts';
import type { CanarySet } from '../../utils/knowledge/canary/canary.ts';
import type { WatchedRequest } from '../../utils/knowledge/canary/form-watch.ts';
import type { AuditEvent, CookieEvent, PageEvent } from '../../utils/observe/events.ts';
import type { FilledField } from '../../utils/observe/page/form-fill.ts';
import type { RawRequestDetails } from '../../utils/observe/browser/adapter.ts';
import { SessionMirror } from '../../utils/record/session-mirror.ts';
import type { SessionArea } from '../../utils/record/tab-chunks.ts';
import { siteOf } from '../../utils/url/party.ts';
// Chrome's worker build aliases this to form-test-engine-lazy.ts (wxt.config.ts): loaded when a test starts.
import { canariesFor, fillTab, watchTab, type Watching } from './form-test-engine.ts';

/** A form test stops scanning after this long even if the page stays: the body listener is not left on for good. */
const FORM_TEST_MS = 10 * 60_000;
/**
 * `ca1-form:<tabId>`: a running test's canaries, start and end, so that a restarted worker resumes its scan (the worker
 * stops 30 s after a quiet page's last event, well within a test). Removed when the test ends.
 */
export const FORM_KEY_PREFIX = 'ca1-form:';

interface StoredTest {
  t: number;
  until: number;
  canaries: CanarySet;
}

interface Running {
  watch: Watching;
  stop(): void;
}

export interface FormTest {
  start(tabId: number): Promise<Responses['form-test']>;
  /** The tab's page changed (or the tab closed): the test of the old page ends. */
  stop(tabId: number): void;
  cookie(tabIds: readonly number[], ev: CookieEvent): void;
  pageEvents(tabId: number, events: readonly PageEvent[]): void;
  /** A request start the worker's own listener saw (no body): kept only until the tests are resumed, for them. */
  request(d: RawRequestDetails): void;
  /**
   * At the worker's start, from session storage as read then (`all`): the tests a stopped worker was running resume,
   * each only if its tab still shows the page it typed into (`formTestOf`: the start time of the record's form test).
   */
  restore(all: Record<string, unknown>, formTestOf: (tabId: number) => number | null): Promise<void>;
}

export function createFormTest(deps: {
  push(tabId: number, events: AuditEvent[]): void;
  session?: SessionArea;
  now?: () => number;
}): FormTest {
  const running = new Map<number, Running>();
  const session = (): SessionArea => deps.session ?? browser.storage.session;
  const now = deps.now ?? Date.now;
  // A stop removes a tab's key only if it was stored (no storage call at every navigation), never before its write.
  const stored = new SessionMirror(
    { set: (items) => session().set(items), remove: (keys) => session().remove(keys) },
    FORM_KEY_PREFIX,
  );
  /**
   * Requests seen since the worker started, until its tests are resumed (the listeners with bodies are back only
   * then): per tab, scanned by the resumed test (a restarted worker's first request is often the one that woke it).
   */
  let waking: Map<number, WatchedRequest[]> | null = new Map();

  function stop(tabId: number): void {
    running.get(tabId)?.stop();
    running.delete(tabId);
    waking?.delete(tabId);
    stored.delete(String(tabId));
  }

  /** Scans the tab's requests until `until` (the test's end, whichever worker started it). */
  async function watch(tabId: number, test: StoredTest): Promise<void> {
    const w = await watchTab(browser, tabId, test.canaries, test.t, (events) => deps.push(tabId, events));
    const timer = setTimeout(() => stop(tabId), Math.max(0, test.until - now()));
    running.set(tabId, {
      watch: w,
      stop() {
        clearTimeout(timer);
        w.stop();
      },
    });
  }

  return {
    async start(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      let url: URL | null = null;
      try {
        url = new URL(tab?.url ?? '');
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        return { started: false, filled: 0, detail: 'This page cannot be tested (not an http(s) page).' };
      }
      stop(tabId);
      const canaries = canariesFor(siteOf(url.hostname));
      const t = now();
      const test: StoredTest = { t, until: t + FORM_TEST_MS, canaries };
      await watch(tabId, test);
      stored.set(String(tabId), test);
      deps.push(tabId, [{ k: 'form-test', t, fields: [] }]);
      let fields: FilledField[];
      try {
        fields = await fillTab(browser, tabId, canaries, url.origin);
      } catch (e) {
        stop(tabId);
        return {
          started: false,
          filled: 0,
          detail: `The browser did not let the test type into this page: ${e instanceof Error ? e.message : String(e)}`,
        };
      }
      deps.push(tabId, [{ k: 'form-test', t, fields }]);
      if (fields.length === 0) {
        stop(tabId);
        return {
          started: true,
          filled: 0,
          detail: 'No e-mail, phone, name or text field was found to type into: form leaks were not tested.',
        };
      }
      const names = Array.from(new Set(fields.map((f) => f.control ?? f.field))).join(', ');
      return {
        started: true,
        filled: fields.length,
        detail: `Typed test values into ${fields.length} fields (${names}); not submitted. Watching requests, cookies and storage until the page changes.`,
      };
    },
    stop,
    cookie(tabIds, ev) {
      for (const tabId of tabIds) {
        const events = running.get(tabId)?.watch.cookie(ev) ?? [];
        if (events.length) deps.push(tabId, events);
      }
    },
    pageEvents(tabId, events) {
      const r = running.get(tabId);
      if (!r) return;
      const out: AuditEvent[] = [];
      for (const ev of events) if (ev.k === 'page-storage') out.push(...r.watch.storage(ev));
      if (out.length) deps.push(tabId, out);
    },
    request(d) {
      if (!waking || d.tabId < 0 || d.type === 'main_frame') return;
      const r: WatchedRequest = {
        requestId: d.requestId,
        url: d.url,
        method: d.method ?? 'GET',
        type: d.type ?? 'other',
        t: Math.round(d.timeStamp ?? now()),
      };
      const list = waking.get(d.tabId);
      if (!list) waking.set(d.tabId, [r]);
      else if (list.length < 1_000) list.push(r);
    },
    async restore(all, formTestOf) {
      const resumed: Array<Promise<void>> = [];
      // Unreadable entries are removed by the mirror.
      const found = stored.restore(all, (raw, id) => {
        const value = Number.isInteger(Number(id)) ? asStoredTest(raw) : null;
        return value && { value };
      });
      for (const [id, test] of found) {
        const tabId = Number(id);
        if (running.has(tabId)) continue; // a test started since the wake: its own key replaced this one
        // Its page changed or closed while the worker was down, or its time is over: the test ended.
        if (test.until <= now() || formTestOf(tabId) !== test.t) {
          stop(tabId);
          continue;
        }
        resumed.push(
          watch(tabId, test).then(() => {
            // The page changed while the scan's engine was loading: that test is over.
            if (formTestOf(tabId) !== test.t) return stop(tabId);
            const w = running.get(tabId)?.watch;
            const out: AuditEvent[] = [];
            for (const r of waking?.get(tabId) ?? []) if (w && r.t >= test.t) out.push(...w.request(r));
            if (out.length) deps.push(tabId, out);
            waking?.delete(tabId);
          }),
        );
      }
      await Promise.all(resumed).catch(() => {});
      waking = null;
    },
  };
}

function asStoredTest(v: unknown): StoredTest | null {
  if (typeof v !== 'object' || v === null) return null;
  const { t, until, canaries } = v as Partial<Record<keyof StoredTest, unknown>>;
  if (typeof t !== 'number' || typeof until !== 'number' || typeof canaries !== 'object' || canaries === null)
    return null;
  const { email, phone, name, text } = canaries as Partial<Record<keyof CanarySet, unknown>>;
  if (typeof email !== 'string' || typeof phone !== 'string' || typeof name !== 'string' || typeof text !== 'string')
    return null;
  return { t, until, canaries: { email, phone, name, text } };
}
