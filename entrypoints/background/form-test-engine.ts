// The form test's engine: the canaries, the scan of what the tab sends and stores, the listeners that read request
// bodies, and the fill. Reached only when a test starts, so Chrome's worker loads it from its own script then
// (entrypoints/form-test-engine.ts, form-test-engine-lazy.ts), not at every wake; Firefox's background bundles it.
// Browser APIs come in as arguments: its script must not bundle a `browser` of its own.
import type { browser, Browser } from 'wxt/browser';
import { buildScanner, canaryPatterns, canaryValues, makeCanaries } from '../../utils/knowledge/canary/index.ts';
import type { CanarySet } from '../../utils/knowledge/canary/canary.ts';
import { FormWatch, type WatchedRequest } from '../../utils/knowledge/canary/form-watch.ts';
import { requestBodyOf, type RawRequestBody } from '../../utils/observe/browser/request-body.ts';
import type { AuditEvent, CookieEvent, FormLeakEvent, PageStorageWrite } from '../../utils/observe/events.ts';
import {
  FILL_SELECTORS,
  fillCanariesInDocument,
  filledFieldsOf,
  MAX_FILL_FIELDS,
  SKIP_INPUT_TYPES,
  type FilledField,
} from '../../utils/observe/page/form-fill.ts';

/** The browser APIs the engine calls (the worker's `browser`). */
export type FormTestApi = Pick<typeof browser, 'webRequest' | 'scripting'>;

/** A running test's scan of one tab: its listeners are on until `stop()`. */
export interface Watching {
  /** A request seen without its body (one a restarted worker saw before its listeners were back): its URL scanned. */
  request(r: WatchedRequest): FormLeakEvent[];
  cookie(ev: CookieEvent): FormLeakEvent[];
  storage(ev: PageStorageWrite): FormLeakEvent[];
  stop(): void;
}

/** Canaries for a page of `site` (its registrable domain, for the e-mail's domain). */
export function canariesFor(site: string): CanarySet {
  return makeCanaries(site);
}

/** Starts scanning the tab's requests (URL, headers, body) for the canaries; leaks go to `push`. */
export async function watchTab(
  api: FormTestApi,
  tabId: number,
  canaries: CanarySet,
  t: number,
  push: (events: AuditEvent[]) => void,
): Promise<Watching> {
  const watch = new FormWatch(buildScanner(await canaryPatterns(canaryValues(canaries))), t);
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
    if (events.length) push(events);
    return undefined;
  };
  const onBody = (d: Browser.webRequest.OnBeforeRequestDetails): undefined =>
    seen(d, () => ({ body: requestBodyOf(d.requestBody as RawRequestBody | null | undefined).body }));
  const onHeaders = (d: Browser.webRequest.OnBeforeSendHeadersDetails): undefined =>
    seen(d, () => ({ headers: d.requestHeaders ?? [] }));
  api.webRequest.onBeforeRequest.addListener(onBody, filter, ['requestBody']);
  // Chrome hides Cookie and Referer from listeners unless 'extraHeaders' is asked for; Firefox rejects the option.
  const extra = import.meta.env.FIREFOX ? [] : ['extraHeaders'];
  api.webRequest.onBeforeSendHeaders.addListener(onHeaders, filter, [
    'requestHeaders',
    ...extra,
  ] as Browser.webRequest.OnBeforeSendHeadersOptions[]);
  return {
    request: (r) => watch.request(r),
    cookie: (ev) => watch.cookie(ev),
    storage: (ev) => watch.storage(ev),
    stop() {
      api.webRequest.onBeforeRequest.removeListener(onBody);
      api.webRequest.onBeforeSendHeaders.removeListener(onHeaders);
    },
  };
}

/** Types the canaries into the tab's fields (every frame, never submitted); the fields filled. Throws if refused. */
export async function fillTab(
  api: FormTestApi,
  tabId: number,
  canaries: CanarySet,
  topOrigin: string,
): Promise<FilledField[]> {
  const results = await api.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: fillCanariesInDocument,
    args: [{ canaries, selectors: FILL_SELECTORS, skipTypes: SKIP_INPUT_TYPES, topOrigin, max: MAX_FILL_FIELDS }],
  });
  return filledFieldsOf(results);
}
