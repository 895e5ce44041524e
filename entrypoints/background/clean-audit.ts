// "Start clean audit": forget everything the site and its third
// parties stored, so the before-choice phase is observable.
import { browser } from 'wxt/browser';
import type { CleanStartEvent } from '../../utils/observe/events.ts';
import { cleanPlan, cookieUrl, storedConsentNames } from '../../utils/consent/automation/clean-plan.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { Responses } from '../../utils/messaging/protocol.ts';

const PENDING_KEY = 'pending-clean:';
/** How long the clean audit waits for the browser to clear site storage before it goes on and says so. */
const STORAGE_CLEAR_WAIT_MS = 10_000;

export interface CleanAudit {
  start(tabId: number, last: PageRecord | null): Promise<Responses['clean-audit']>;
  /** The tab navigated: if a clean audit is pending for it, the event that opens the new record. */
  takePending(tabId: number): Promise<CleanStartEvent | null>;
}

export function createCleanAudit(): CleanAudit {
  const pending = new Map<number, CleanStartEvent>();
  return {
    async start(tabId, last) {
      const tab = await browser.tabs.get(tabId);
      const plan = cleanPlan(tab.url ?? '', last);
      if (!plan)
        return {
          cleared: false,
          clearedCookies: 0,
          storedConsent: [],
          detail: 'This page cannot be audited (not an http(s) page).',
        };
      const cookies = (await Promise.all(plan.sites.map((domain) => browser.cookies.getAll({ domain })))).flat();
      const storedConsent = storedConsentNames(
        cookies,
        (last?.storage ?? []).map((s) => s.key),
      );
      let clearedCookies = 0;
      for (const c of cookies) {
        const removed = await browser.cookies
          .remove({ url: cookieUrl(c), name: c.name, storeId: c.storeId })
          .catch(() => null);
        if (removed) clearedCookies += 1;
      }
      const types = { localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, cookies: true };
      // Chrome clears storage by origin, Firefox by host name (missing from the polyfill's types).
      const [firstOrigin, ...moreOrigins] = plan.origins;
      const firefoxScope = { since: 0, hostnames: plan.hostnames };
      const scope =
        import.meta.env.FIREFOX || firstOrigin === undefined
          ? firefoxScope
          : { since: 0, origins: [firstOrigin, ...moreOrigins] satisfies [string, ...string[]] };
      // browsingData.remove can stall (service workers, a busy profile): the user gets an answer, and is told.
      const removal = browser.browsingData.remove(scope, types).then(
        () => true,
        (e: unknown) => {
          console.warn('consent-auditor: browsingData.remove failed', e);
          return false;
        },
      );
      const storageCleared = await Promise.race([
        removal,
        new Promise<false>((r) => setTimeout(() => r(false), STORAGE_CLEAR_WAIT_MS)),
      ]);
      const ev: CleanStartEvent = {
        k: 'clean',
        t: Date.now(),
        clearedCookies,
        clearedOrigins: plan.origins,
        storedConsent,
      };
      pending.set(tabId, ev);
      await browser.storage.session.set({ [PENDING_KEY + tabId]: ev });
      await browser.tabs.reload(tabId, { bypassCache: true });
      const storage = storageCleared
        ? `the storage of ${plan.origins.length} origins`
        : `not confirmed: the storage of ${plan.origins.length} origins (the browser did not finish clearing it)`;
      const detail = storedConsent.length
        ? `Cleared ${clearedCookies} cookies and ${storage}; stored consent found: ${storedConsent.join(', ')}.`
        : `Cleared ${clearedCookies} cookies and ${storage}; no stored consent found.`;
      return { cleared: true, clearedCookies, storedConsent, detail };
    },
    async takePending(tabId) {
      const key = PENDING_KEY + tabId;
      let ev = pending.get(tabId) ?? null;
      if (!ev) {
        const stored = (await browser.storage.session.get(key))[key];
        ev = isCleanEvent(stored) ? stored : null;
      }
      if (!ev) return null;
      pending.delete(tabId);
      await browser.storage.session.remove(key);
      return ev;
    },
  };
}

function isCleanEvent(x: unknown): x is CleanStartEvent {
  return typeof x === 'object' && x !== null && 'k' in x && x.k === 'clean' && 't' in x && typeof x.t === 'number';
}
