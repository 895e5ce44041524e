// The audited page is left before its record is taken, as a visitor leaves it: what a page sends only then (GA4's
// user_engagement at pagehide or visibilitychange, a keepalive fetch) is in the record, in the phase it was sent in.
import type { PageRecord, RecordError } from '../utils/record/page-record.ts';
import type { SettleOptions } from './settle.ts';

/** The wait after leaving: the page's last requests reach the record within it (a beacon starts at once). */
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
 * Goes to about:blank (no request, so no new record: the tab's record stays the audited page's) and waits by `settle`.
 * A `beforeunload` prompt is accepted (left as a visitor who confirms); a page that cannot be left is not waited for.
 */
export async function leavePage(page: LeavablePage, settle: () => Promise<unknown>): Promise<void> {
  const answer = (d: LeaveDialog): void => {
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => {});
  };
  page.on('dialog', answer);
  try {
    await page.goto('about:blank', { timeout: LEAVE_TIMEOUT_MS }).catch(() => {});
    await settle();
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
