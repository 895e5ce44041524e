// Windows the audited page opens (window.open, a target=_blank link it clicks itself, a pop-under on the banner's
// click): each is a tab of its own, whose record is not the audited tab's, so what it loads is not in the audit.
import type { PageRecord, RecordError } from '../utils/record/page-record.ts';
import { joinWindows } from '../utils/record/record-join-windows.ts';
import type { ListedTab } from './browser/tab-claim.ts';

/** What Playwright's and Puppeteer's pages both have that watching popups needs. */
export interface PopupSource<P extends { url(): string }> {
  on(event: 'popup', f: (p: P | null) => void): unknown;
  off(event: 'popup', f: (p: P | null) => void): unknown;
}

export interface OpenedWindow {
  url: string;
  t: number;
}

/** A window's address now: Firefox reports a window while it still shows about:blank. */
function addressOf(p: { url(): string } | null): string {
  try {
    return p?.url() ?? '';
  } catch {
    return ''; // a window already closed has no address left
  }
}

/**
 * The windows the page opens from now on; `list()` reads each one's address when asked (the one it shows then, or
 * the one it showed when the browser reported it when it is blank or closed by then).
 */
export function watchPopups<P extends { url(): string }>(
  page: PopupSource<P>,
  now: () => number = Date.now,
): { list(): OpenedWindow[]; stop(): void } {
  const seen: Array<{ page: P | null; url: string; t: number }> = [];
  const onPopup = (p: P | null): void => {
    seen.push({ page: p, url: addressOf(p), t: now() });
  };
  page.on('popup', onPopup);
  const later = (w: (typeof seen)[number]): string => {
    const url = addressOf(w.page);
    return url === '' || url === 'about:blank' ? w.url : url;
  };
  return {
    list: () => seen.map((w) => ({ url: later(w), t: w.t })),
    stop: () => void page.off('popup', onPopup),
  };
}

/**
 * The tabs of the audit's browser that the audited page opened, or a window of it: every tab but the audited one and
 * the extension's own pages. Each scenario has a browser of its own, so no other tab is there; unlike the tab's
 * opener, which the browser does not set for a `noopener` window, this misses none.
 */
export function openedTabs(tabs: readonly ListedTab[], audited: number): number[] {
  const own = (u: string): boolean => /^(chrome|moz)-extension:/.test(u);
  return tabs.filter((t) => t.id >= 0 && t.id !== audited && !own(t.url) && !own(t.pendingUrl ?? '')).map((t) => t.id);
}

const withoutHash = (u: string): string => u.replace(/#.*$/s, '');

/**
 * The record with what each window the page opened recorded (`read`: its tab's record, null when the extension has
 * none: a window closed by then takes its record with it), and the windows watched whose record is not in it.
 */
export async function joinOpened(
  record: PageRecord,
  opened: readonly OpenedWindow[],
  tabs: readonly number[],
  read: (tabId: number) => Promise<PageRecord | null>,
): Promise<{ record: PageRecord; joined: PageRecord[]; unread: OpenedWindow[] }> {
  const records = await Promise.all(tabs.map((id) => read(id).catch(() => null)));
  const joined = records.filter((r): r is PageRecord => r !== null && /^https?:/.test(r.url));
  const urls = new Set(joined.map((r) => withoutHash(r.url)));
  const unread = opened.filter((w) => !urls.has(withoutHash(w.url)));
  return { record: joinWindows(record, joined), joined, unread };
}

/** What the report's notes say of the windows joined: their addresses, and that their rows say so. */
export function windowsNote(joined: readonly PageRecord[]): string | null {
  if (joined.length === 0) return null;
  const count = joined.length === 1 ? 'a window' : `${joined.length} windows`;
  const urls = joined
    .slice(0, 5)
    .map((r) => r.url.slice(0, 200))
    .join(', ');
  return `the page opened ${count} (${urls}): what was loaded there is in this audit, marked "in a window the page opened"`;
}

/**
 * The page opened windows during its audit whose records could not be read (closed before the record was taken, or
 * not reported by the engine): what they loaded (a tracker's pixel, a pop-under's page) is not in this record. Said as
 * a gap of the record, so that its verdict is never "clean"; null when there are none.
 */
export function popupGap(opened: readonly OpenedWindow[], t: number): RecordError | null {
  if (opened.length === 0) return null;
  const urls = opened
    .slice(0, 5)
    .map((w) => (w.url === '' ? '(no address)' : w.url.slice(0, 200)))
    .join(', ');
  const count = opened.length === 1 ? 'a window' : `${opened.length} windows`;
  const message = `the page opened ${count} of its own (${urls}): what was loaded there is not in this record`;
  return { t, where: 'record', message };
}

/**
 * The audit's record with the windows the page opened (`list`: the browser's tabs, `read`: a tab's record) and the
 * note that says them; the windows watched whose record could not be read are a gap of the record (popupGap).
 */
export async function withWindows(
  record: PageRecord,
  audited: number,
  opened: readonly OpenedWindow[],
  list: () => Promise<readonly ListedTab[]>,
  read: (tabId: number) => Promise<PageRecord | null>,
): Promise<{ record: PageRecord; note: string | null }> {
  const tabs = openedTabs(await list().catch(() => []), audited);
  const w = await joinOpened(record, opened, tabs, read);
  const gap = popupGap(w.unread, Date.now());
  const out = gap ? { ...w.record, errors: [...w.record.errors, gap] } : w.record;
  return { record: out, note: windowsNote(w.joined) };
}
