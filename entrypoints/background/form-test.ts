// "Test forms" (issue 17): types canaries into the tab's fields
// through scripting.executeScript, then scans what the tab
// sends (URL, headers, request body) and stores (cookies, web storage) for them until the page changes. Request bodies
// are asked for only while a test runs, only for that tab, and are never stored: only the matches become events.
import { browser, type Browser } from 'wxt/browser';
import { buildScanner, canaryPatterns, canaryValues, makeCanaries } from '../../utils/knowledge/canary/index.ts';
import { FormWatch, type WatchedRequest } from '../../utils/knowledge/canary/form-watch.ts';
import type { Responses } from '../../utils/messaging/protocol.ts';
import { requestBodyOf, type RawRequestBody } from '../../utils/observe/browser/request-body.ts';
import type { AuditEvent, CookieEvent, PageEvent } from '../../utils/observe/events.ts';
import {
  FILL_SELECTORS,
  fillCanariesInDocument,
  filledFieldsOf,
  MAX_FILL_FIELDS,
  SKIP_INPUT_TYPES,
} from '../../utils/observe/page/form-fill.ts';
import { siteOf } from '../../utils/url/party.ts';

/** A form test stops scanning after this long even if the page stays: the body listener is not left on for good. */
const FORM_TEST_MS = 10 * 60_000;

interface Running {
  watch: FormWatch;
  stop(): void;
}

export interface FormTest {
  start(tabId: number): Promise<Responses['form-test']>;
  /** The tab's page changed (or the tab closed): the test of the old page ends. */
  stop(tabId: number): void;
  cookie(tabIds: readonly number[], ev: CookieEvent): void;
  pageEvents(tabId: number, events: readonly PageEvent[]): void;
}

export function createFormTest(deps: { push(tabId: number, events: AuditEvent[]): void }): FormTest {
  const running = new Map<number, Running>();

  function listen(tabId: number, watch: FormWatch): Running {
    const filter = { urls: ['<all_urls>'], tabId };
    /** One request seen by either listener, with its body or its headers. */
    const seen = (
      d: Browser.webRequest.OnBeforeRequestDetails | Browser.webRequest.OnBeforeSendHeadersDetails,
      part: () => Pick<WatchedRequest, 'body' | 'headers'>,
    ): undefined => {
      // The tab's own navigation (a form the visitor submits) ends the test; it is not a copy made while typing.
      if (d.type === 'main_frame') return undefined;
      const events = watch.request({
        requestId: d.requestId,
        url: d.url,
        method: d.method,
        type: d.type,
        t: Math.round(d.timeStamp),
        ...part(),
      });
      if (events.length) deps.push(tabId, events);
      return undefined;
    };
    const onBody = (d: Browser.webRequest.OnBeforeRequestDetails): undefined =>
      seen(d, () => ({ body: requestBodyOf(d.requestBody as RawRequestBody | null | undefined).body }));
    const onHeaders = (d: Browser.webRequest.OnBeforeSendHeadersDetails): undefined =>
      seen(d, () => ({ headers: d.requestHeaders ?? [] }));
    browser.webRequest.onBeforeRequest.addListener(onBody, filter, ['requestBody']);
    // Chrome hides Cookie and Referer from listeners unless 'extraHeaders' is asked for; Firefox rejects the option.
    const extra = import.meta.env.FIREFOX ? [] : ['extraHeaders'];
    browser.webRequest.onBeforeSendHeaders.addListener(onHeaders, filter, [
      'requestHeaders',
      ...extra,
    ] as Browser.webRequest.OnBeforeSendHeadersOptions[]);
    const timer = setTimeout(() => stop(tabId), FORM_TEST_MS);
    return {
      watch,
      stop() {
        clearTimeout(timer);
        browser.webRequest.onBeforeRequest.removeListener(onBody);
        browser.webRequest.onBeforeSendHeaders.removeListener(onHeaders);
      },
    };
  }

  function stop(tabId: number): void {
    running.get(tabId)?.stop();
    running.delete(tabId);
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
      const canaries = makeCanaries(siteOf(url.hostname));
      const t = Date.now();
      const watch = new FormWatch(buildScanner(await canaryPatterns(canaryValues(canaries))), t);
      running.set(tabId, listen(tabId, watch));
      deps.push(tabId, [{ k: 'form-test', t, fields: [] }]);
      let results: unknown;
      try {
        results = await browser.scripting.executeScript({
          target: { tabId, allFrames: true },
          func: fillCanariesInDocument,
          args: [
            {
              canaries,
              selectors: FILL_SELECTORS,
              skipTypes: SKIP_INPUT_TYPES,
              topOrigin: url.origin,
              max: MAX_FILL_FIELDS,
            },
          ],
        });
      } catch (e) {
        stop(tabId);
        return {
          started: false,
          filled: 0,
          detail: `The browser did not let the test type into this page: ${e instanceof Error ? e.message : String(e)}`,
        };
      }
      const fields = filledFieldsOf(results);
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
  };
}
