// Two watchers of the isolated content script that need nothing from it but a way to hand over events: the page's
// shipped form checkboxes and the page's own Resource Timing (the backup for browser events a stopped worker missed).
import type { PageEvent } from '../events.ts';
import { looksBlocked } from './blocked-timing.ts';
import { scanCheckboxes } from './form-scan.ts';
import { validatePageEvent } from './page-events.ts';

/**
 * Run `fn` in the page's next idle period, and at the latest after `timeout` ms (at once where there is no idle
 * callback).
 */
export function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 0);
}

/**
 * Form checkboxes as shipped (defaultChecked: the HTML, whatever scripts did since). `scan` reports them when they
 * changed since the last report; `scanned` says whether any were reported yet.
 */
export function formReporter(push: (ev: PageEvent) => void): { scan: () => void; scanned: () => boolean } {
  let reported = '';
  const scan = (): void => {
    try {
      const checkboxes = scanCheckboxes(document);
      const key = JSON.stringify(checkboxes);
      if (checkboxes.length === 0 || key === reported) return;
      reported = key;
      const ev = validatePageEvent({ k: 'page-forms', t: Date.now(), checkboxes }, location.href, Date.now());
      if (ev) push(ev);
    } catch {
      // a document that went away
    }
  };
  return { scan, scanned: () => reported !== '' };
}

/**
 * Resource Timing: what this document itself saw load. `buffered` hands over what loaded before (the browser buffers
 * the first 250 entries); entries served by the page's own service worker are left out.
 */
export function observeResources(push: (ev: PageEvent) => void): void {
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!(e instanceof PerformanceResourceTiming) || e.workerStart > 0) continue;
        const empty = looksBlocked(e);
        const raw = {
          k: 'page-resource',
          t: performance.timeOrigin + e.startTime,
          url: e.name,
          initiator: e.initiatorType,
        };
        const ev = validatePageEvent(empty ? { ...raw, empty } : raw, location.href, Date.now());
        if (ev) push(ev);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // no Resource Timing here (old engine, odd document): the browser's events stand alone
  }
}

/** Violations one document reports at most: a page can make any number, each would be a row. */
const MAX_CSP_BLOCKS = 500;

/**
 * The page's CSP blocking a load (`securitypolicyviolation`, enforced): the browser's word that it never left, which
 * no webRequest event gives in Chromium. Only trusted events (no script can dispatch one) with a full http(s) URL.
 * Captured on window from document_start, before any page listener could stop it.
 */
export function observeCspBlocks(push: (ev: PageEvent) => void, alive: () => boolean): void {
  let count = 0;
  addEventListener(
    'securitypolicyviolation',
    (e: SecurityPolicyViolationEvent) => {
      if (!e.isTrusted || e.disposition !== 'enforce' || !alive() || count >= MAX_CSP_BLOCKS) return;
      const directive = e.effectiveDirective;
      const raw = {
        k: 'page-resource',
        t: performance.timeOrigin + e.timeStamp,
        url: e.blockedURI,
        initiator: 'other',
        csp: directive,
      };
      const ev = validatePageEvent(raw, location.href, Date.now());
      if (ev?.k !== 'page-resource' || ev.csp !== directive) return;
      count++;
      push(ev);
    },
    true,
  );
}
