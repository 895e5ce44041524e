// Browser side of the settle rule: counts the page's requests from Playwright's context events and the extension's
// recorded writes (record polls), and waits by settle.ts's rule.
import type { BrowserContext, Request } from 'playwright-core';
import { getRecord } from './browser/index.ts';
import {
  ActivityClock,
  changedAt,
  recordedOpen,
  recordMark,
  settleState,
  type RecordMark,
  type SettleOptions,
  type SettleResult,
} from './settle.ts';

/** How often the rule is checked between polls: the wait ends at most this much after the quiet period did. */
const STEP_MS = 20;
/**
 * Record polls cost the background a serialisation. A change is dated by the record itself and the rule looks again
 * before it ends, so polls in between only keep that last look from finding a change late: one a second is enough.
 */
const RECORD_POLL_MS = 1_000;
/** While a wait also waits for recorded requests to finish (the leave step's beacons), the record is read so often. */
const FINISH_POLL_MS = 100;
/** A poll older than this is repeated before the wait ends: a write since then would restart the quiet period. */
const FRESH_POLL_MS = 60;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PageWatch {
  clock: ActivityClock;
  /** Wait by the settle rule for the page in `tabId`; `gone()` ends the wait early (the page left the site) */
  settle(tabId: number, o: SettleOptions, gone?: () => boolean): Promise<SettleResult>;
  stop(): void;
}

/** The request events the settle rule counts, as Playwright's context and Puppeteer's page both emit them. */
export interface RequestEvents<R> {
  on(event: 'request' | 'requestfinished' | 'requestfailed', listener: (r: R) => void): unknown;
  off(event: 'request' | 'requestfinished' | 'requestfailed', listener: (r: R) => void): unknown;
}

/** Feeds a clock the web requests of `source` (not the extension's own pages); returns the unsubscribe. */
export function countRequests<R extends { url(): string }>(source: RequestEvents<R>, clock: ActivityClock): () => void {
  const onStart = (r: R): void => {
    if (/^https?:/i.test(r.url())) clock.started(r, Date.now());
  };
  const onEnd = (r: R): void => clock.ended(r, Date.now());
  source.on('request', onStart);
  source.on('requestfinished', onEnd);
  source.on('requestfailed', onEnd);
  return () => {
    source.off('request', onStart);
    source.off('requestfinished', onEnd);
    source.off('requestfailed', onEnd);
  };
}

/** Start counting the context's web requests (the extension's own pages are not the audited page). */
export function watchContext(context: BrowserContext, extensionId: string): PageWatch {
  return watchActivity(
    async (tabId) => recordMark(await getRecord(context, extensionId, tabId).catch(() => null)),
    (clock) => countRequests<Request>(context, clock),
  );
}

/**
 * The settle wait of any engine: `subscribe` feeds the clock
 * the browser's request events (and returns the unsubscribe).
 */
export function watchActivity(
  mark: (tabId: number) => Promise<RecordMark>,
  subscribe: (clock: ActivityClock) => () => void,
): PageWatch {
  const clock = new ActivityClock();
  const unsubscribe = subscribe(clock);
  return {
    clock,
    async settle(tabId, o, gone = () => false) {
      const since = Date.now();
      let sentAt = since;
      let last = await mark(tabId);
      let doneAt = Date.now();
      // A change is dated by the record's own times (within the window this poll covers), not by when it was seen:
      // dating it by the poll made every recorded request restart the quiet period up to a poll interval late.
      const poll = async (): Promise<void> => {
        const sent = Date.now();
        const next = await mark(tabId);
        if (next.sig !== last.sig) clock.touched(changedAt(next.latest, sentAt, Date.now()));
        last = next;
        sentAt = sent;
        doneAt = Date.now();
      };
      const state = (now: number): ReturnType<typeof settleState> =>
        gone() ? 'max' : settleState(now, since, clock, o, last);
      for (;;) {
        if (Date.now() - doneAt >= (recordedOpen(last, o) ? FINISH_POLL_MS : RECORD_POLL_MS)) await poll();
        let now = Date.now();
        let s = state(now);
        // Before ending (settled, or at the maximum, which says whether the page was quiet) look at the record again.
        if (s !== 'wait' && now - sentAt > FRESH_POLL_MS) {
          await poll();
          now = Date.now();
          s = state(now);
        }
        if (s !== 'wait') {
          const lastAt = clock.lastActivityAt !== null && clock.lastActivityAt >= since ? clock.lastActivityAt : null;
          // At the maximum the page counts as settled only if it was quiet for a whole quiet period anyway.
          const quiet = clock.inFlight === 0 && !recordedOpen(last, o) && now - (lastAt ?? since) >= o.quietMs;
          return { settled: s === 'settled' || quiet, lastActivityAt: lastAt, waitedMs: now - since };
        }
        await sleep(STEP_MS);
      }
    },
    stop: unsubscribe,
  };
}
