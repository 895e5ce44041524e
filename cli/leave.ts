// The audited page is left before its record is taken, as a visitor leaves it: what a page sends only then (GA4's
// user_engagement at pagehide or visibilitychange, a keepalive fetch) is in the record, in the phase it was sent in.
import type { PageRecord, RecordError } from '../utils/record/page-record.ts';
import { joinDocuments } from '../utils/record/record-join.ts';
import type { SettleOptions } from './settle.ts';

/**
 * The wait after leaving: the page's last requests reach the record within it. A beacon starts before about:blank
 * commits, but under load the worker recorded one up to 0.23 s after the goto returned (scripts/probe-leave.mjs), so
 * the quiet stays 0.5 s; the requests started since the leave are also waited for until they have their answer (a
 * keepalive fetch answered after 1.2 s kept no status or server address before).
 */
export const LEAVE_SETTLE: SettleOptions = { quietMs: 500, minMs: 500, maxMs: 3_000 };
/** A page that will not be left in this time is not waited for: its record is taken as it is. */
const LEAVE_TIMEOUT_MS = 5_000;

/** What Playwright's and Puppeteer's pages both have that leaving needs. */
export interface LeavablePage {
  goto(url: string, o: { timeout: number }): Promise<unknown>;
  on(event: 'dialog', f: (d: LeaveDialog) => void): unknown;
  off(event: 'dialog', f: (d: LeaveDialog) => void): unknown;
}
export interface LeaveDialog {
  type(): string;
  accept(): Promise<void>;
  dismiss(): Promise<void>;
}

/**
 * Goes to about:blank (no request, so no new record: the tab's record stays the audited page's) and waits by `settle`
 * with LEAVE_SETTLE, until the requests recorded since the leave began are finished too.
 * A `beforeunload` prompt is accepted (left as a visitor who confirms); a page that cannot be left is not waited for.
 */
export async function leavePage(page: LeavablePage, settle: (o: SettleOptions) => Promise<unknown>): Promise<void> {
  const answer = (d: LeaveDialog): void => {
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => {});
  };
  page.on('dialog', answer);
  const leftAt = Date.now();
  try {
    await page.goto('about:blank', { timeout: LEAVE_TIMEOUT_MS }).catch(() => {});
    await settle({ ...LEAVE_SETTLE, finishedSince: leftAt });
  } finally {
    page.off('dialog', answer);
  }
}

const withoutHash = (u: string): string => u.replace(/#.*$/s, '');

/**
 * A page that went on to another page of its site by itself after its load (a script's `location.replace`) started a
 * new record: what the loaded page did is not in the one taken. Said as a gap of the record, so that its verdict is
 * never "clean" (utils/record/record-gaps.ts); null when the record is of the page that loaded.
 */
export function movedOnGap(loadedUrl: string, record: Pick<PageRecord, 'url'>, t: number): RecordError | null {
  if (!record.url || withoutHash(record.url) === withoutHash(loadedUrl)) return null;
  const message = `the page went on to ${record.url.slice(0, 300)} by itself after its load: what ${loadedUrl.slice(0, 300)} did before is not in this record`;
  return { t, where: 'record', message };
}

/** A request as Playwright's and Puppeteer's pages both emit it, with what tells a navigation of the top document. */
export interface PageRequest {
  url(): string;
  isNavigationRequest(): boolean;
  frame(): unknown;
  /** Playwright: the hop before (a redirect's later hops are the same navigation) */
  redirectedFrom?(): unknown;
  /** Puppeteer: the hops before */
  redirectChain?(): readonly unknown[];
}
export interface NavigationSource<R extends PageRequest> {
  mainFrame(): unknown;
  on(event: 'request', f: (r: R) => void): unknown;
  off(event: 'request', f: (r: R) => void): unknown;
}
export interface TopNavigation {
  url: string;
  t: number;
}

/**
 * The top document's navigations from now on, a redirect chain counted once: the run's own `goto` and every one the
 * page starts itself (a reload, a `location` assignment). A speculation rule's prefetch is no navigation here.
 */
export function watchNavigations<R extends PageRequest>(
  page: NavigationSource<R>,
  now: () => number = Date.now,
): { list: TopNavigation[]; stop(): void } {
  const list: TopNavigation[] = [];
  const onRequest = (r: R): void => {
    if (!r.isNavigationRequest()) return;
    if ((r.redirectedFrom?.() ?? null) !== null || (r.redirectChain?.().length ?? 0) > 0) return;
    let main = false;
    try {
      main = r.frame() === page.mainFrame();
    } catch {
      // a service worker's request has no frame
    }
    if (main) list.push({ url: r.url(), t: now() });
  };
  page.on('request', onRequest);
  return { list, stop: () => void page.off('request', onRequest) };
}

/**
 * The page reloaded itself once after the run's own `goto` (a consent tool that reloads after the answer, or a page
 * that does so by itself): the document it replaced (`previous`, which the extension keeps) and the current one as one
 * record, so that what the first did (a tracker after "reject", then the reload) is evidence too. Null when the two
 * cannot be told to be the loaded document and its reload: other or more navigations, another address, no `previous`
 * (not kept, or over its storage share), or a `previous` that started after the current one.
 */
export function joinReload(
  loadedUrl: string,
  navs: readonly TopNavigation[],
  record: PageRecord,
  previous: PageRecord | null,
): PageRecord | null {
  const own = navs.slice(1);
  const same = (u: string): boolean => withoutHash(u) === withoutHash(loadedUrl);
  if (own.length !== 1 || !own[0] || !previous || record.documents || previous.documents) return null;
  if (!same(own[0].url) || !same(record.url) || !same(previous.url) || previous.partial) return null;
  if (previous.startedAt >= record.startedAt) return null;
  return joinDocuments(previous, record);
}

/** What the report's notes say of a joined reload: when, relative to the answer, and that nothing is missing. */
export function reloadNote(joined: PageRecord): string {
  const second = joined.documents?.[1];
  if (!second) return '';
  const at = ((second.startedAt - joined.startedAt) / 1000).toFixed(1);
  const choice = joined.consent.choice;
  const when = !choice ? 'without an answer' : choice.at <= second.startedAt ? 'after the answer' : 'before the answer';
  return `the page reloaded itself at +${at} s (${when}); both documents are in this audit`;
}

/**
 * A page that navigated by itself after the run's own `goto` (`navs[0]`), to its own address (`location.reload()`)
 * or away and back, started a new record each time: the one taken lacks what the loaded document did, and unlike a
 * page that moved on (movedOnGap) its address gives nothing away. Said as a gap, so that its verdict is never
 * "clean"; null when the run's navigation was the only one, or when movedOnGap already says it.
 */
export function selfNavigationGap(
  loadedUrl: string,
  loadedAt: number,
  navs: readonly TopNavigation[],
  record: Pick<PageRecord, 'url'>,
  t: number,
): RecordError | null {
  const own = navs.slice(1);
  const last = own.at(-1);
  if (!last || movedOnGap(loadedUrl, record, t)) return null;
  const when = last.t < loadedAt ? 'during its load' : `${((last.t - loadedAt) / 1000).toFixed(1)} s after its load`;
  const times = own.length === 1 ? 'once' : `${own.length} times`;
  const what = `what ${loadedUrl.slice(0, 300)} did before is not in this record`;
  const same = own.every((n) => withoutHash(n.url) === withoutHash(loadedUrl));
  const to = own
    .slice(-5)
    .map((n) => n.url.slice(0, 200))
    .join(', ');
  const message = same
    ? `the page reloaded itself ${times}, the last ${when}: ${what}`
    : `the page navigated by itself ${times} (to ${to}), the last ${when}: ${what}`;
  return { t, where: 'record', message };
}
