// Issue 15.4: each tab gets a share of storage.session (10 MB for all tabs, whatever the manifest asks for), so a page
// that floods cookies or storage cannot push other tabs' or its own browser evidence out. Page reports go first.

/** Bytes (JSON, before compaction) of one page's page-reported events before they stop being stored. */
export const PAGE_EVENTS_BUDGET = 2 * 1024 * 1024;
/** Bytes of one page's page reports and browser cookie events together before cookie events stop being stored too. */
export const TAB_BUDGET = 4 * 1024 * 1024;
/**
 * Requests are never dropped by the budget (only the session quota bounds them): a page with 20,000 long-URL requests
 * must be recorded whole, and its gzip-compacted log fits. Tests set a limit to check the order of dropping.
 */
export const REQUESTS_BUDGET = Number.POSITIVE_INFINITY;

export interface Budgets {
  pageEvents: number;
  tab: number;
  requests: number;
}

/** `bytes`: all stored (after compaction: as stored); `page`, `cookies`: the budgeted kinds, as written */
interface Usage {
  bytes: number;
  page: number;
  cookies: number;
  droppedPage: number;
  droppedBrowser: number;
  reported: number;
}

/** Page-reported kinds (the page can produce them at will), as opposed to the browser's own events. */
function isPageKind(k: string): boolean {
  return k.length > 1 && k[0] === 'p';
}

/** What an event costs in storage, estimated from its strings (JSON of the whole event would double the work). */
export function eventSize(ev: object): number {
  let n = 48;
  for (const v of Object.values(ev)) {
    if (typeof v === 'string') n += v.length + 8;
    else if (Array.isArray(v)) n += 16 + v.length * 48;
    else n += 16;
  }
  return n;
}

/** Per-tab byte counts of the current page's stored events; a navigation starts a new count. */
export class TabBudget {
  private readonly usage = new Map<number, Usage>();

  constructor(
    private readonly budgets: Budgets = { pageEvents: PAGE_EVENTS_BUDGET, tab: TAB_BUDGET, requests: REQUESTS_BUDGET },
  ) {}

  newPage(tabId: number): void {
    this.usage.set(tabId, { bytes: 0, page: 0, cookies: 0, droppedPage: 0, droppedBrowser: 0, reported: 0 });
  }

  forget(tabId: number): void {
    this.usage.delete(tabId);
  }

  /** Restored events count against the budget as they were stored. */
  count(tabId: number, ev: { k: string; pageEvents?: number; browserEvents?: number }): void {
    const u = this.of(tabId);
    this.add(u, ev, eventSize(ev));
    // A stored marker carries the totals before the restart: later drops add to them.
    if (ev.k === 'truncated') {
      u.droppedPage = Math.max(u.droppedPage, ev.pageEvents ?? 0);
      u.droppedBrowser = Math.max(u.droppedBrowser, ev.browserEvents ?? 0);
      u.reported = u.droppedPage + u.droppedBrowser;
    }
  }

  /** True when `ev` may be stored; false counts it as dropped. */
  admit(tabId: number, ev: { k: string }): boolean {
    const u = this.of(tabId);
    const size = eventSize(ev);
    // A `batch` marker (one per page-events message, ~100 B) too: else a batch resent after a stop is taken again.
    const always =
      ev.k === 'nav' ||
      ev.k === 'error' ||
      ev.k === 'truncated' ||
      ev.k === 'clean' ||
      ev.k === 'choice' ||
      ev.k === 'batch';
    if (!always) {
      const page = isPageKind(ev.k);
      // Page reports go first, then the browser's cookie events; the requests themselves last.
      const over = page
        ? u.page + size > this.budgets.pageEvents
        : ev.k === 'cookie'
          ? u.page + u.cookies + size > this.budgets.tab
          : u.bytes + size > this.budgets.requests;
      if (over) {
        if (page) u.droppedPage += 1;
        else u.droppedBrowser += 1;
        return false;
      }
    }
    this.add(u, ev, size);
    return true;
  }

  private add(u: Usage, ev: { k: string }, size: number): void {
    u.bytes += size;
    if (isPageKind(ev.k)) u.page += size;
    else if (ev.k === 'cookie') u.cookies += size;
  }

  /** A compaction replaced `rawBytes` of stored JSON by `storedBytes` of gzip: the budget counts what is stored. */
  compacted(tabId: number, rawBytes: number, storedBytes: number): void {
    const u = this.usage.get(tabId);
    if (u) u.bytes = Math.max(0, u.bytes - rawBytes + storedBytes);
  }

  /** Bytes the tab's current page has in storage (as stored: gzip after a compaction). */
  stored(tabId: number): number {
    return this.usage.get(tabId)?.bytes ?? 0;
  }

  /** Events dropped so far on the tab's current page. */
  dropped(tabId: number): number {
    const u = this.usage.get(tabId);
    return u ? u.droppedPage + u.droppedBrowser : 0;
  }

  /** The exact running totals (applied in memory after every batch that dropped something). */
  totals(tabId: number, t: number): { k: 'truncated'; t: number; pageEvents: number; browserEvents: number } {
    const u = this.of(tabId);
    return { k: 'truncated', t, pageEvents: u.droppedPage, browserEvents: u.droppedBrowser };
  }

  /**
   * The marker to store after a batch that dropped events: the running totals, at most once per doubling (and at the
   * first drop), so a flood cannot fill storage with markers either. Null when nothing new needs saying.
   */
  marker(tabId: number, t: number): { k: 'truncated'; t: number; pageEvents: number; browserEvents: number } | null {
    const u = this.usage.get(tabId);
    if (!u) return null;
    const total = u.droppedPage + u.droppedBrowser;
    if (total === 0 || total < u.reported * 2) return null;
    u.reported = total;
    return { k: 'truncated', t, pageEvents: u.droppedPage, browserEvents: u.droppedBrowser };
  }

  private of(tabId: number): Usage {
    let u = this.usage.get(tabId);
    if (!u) {
      u = { bytes: 0, page: 0, cookies: 0, droppedPage: 0, droppedBrowser: 0, reported: 0 };
      this.usage.set(tabId, u);
    }
    return u;
  }
}
