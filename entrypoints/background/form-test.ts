// "Test forms" (issue 17): types canaries into the tab's fields
// through scripting.executeScript, then scans what the tab
// sends (URL, headers, request body) and stores (cookies, web storage) for them until the page changes. Request bodies
// are asked for only while a test runs, only for that tab, and are never stored: only the matches become events.
import { browser } from 'wxt/browser';
import type { Responses } from '../../utils/messaging/protocol.ts';
import type { AuditEvent, CookieEvent, PageEvent } from '../../utils/observe/events.ts';
import type { FilledField } from '../../utils/observe/page/form-fill.ts';
import { siteOf } from '../../utils/url/party.ts';
// Chrome's worker build aliases this to form-test-engine-lazy.ts (wxt.config.ts): loaded when a test starts.
import { canariesFor, fillTab, watchTab, type Watching } from './form-test-engine.ts';

/** A form test stops scanning after this long even if the page stays: the body listener is not left on for good. */
const FORM_TEST_MS = 10 * 60_000;

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
}

export function createFormTest(deps: { push(tabId: number, events: AuditEvent[]): void }): FormTest {
  const running = new Map<number, Running>();

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
      const canaries = canariesFor(siteOf(url.hostname));
      const t = Date.now();
      const watch = await watchTab(browser, tabId, canaries, t, (events) => deps.push(tabId, events));
      const timer = setTimeout(() => stop(tabId), FORM_TEST_MS);
      running.set(tabId, {
        watch,
        stop() {
          clearTimeout(timer);
          watch.stop();
        },
      });
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
  };
}
