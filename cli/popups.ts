// Windows the audited page opens (window.open, a target=_blank link it clicks itself, a pop-under on the banner's
// click): each is a tab of its own, whose record is not the audited tab's, so what it loads is not in the audit.
import type { RecordError } from '../utils/record/page-record.ts';

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
 * The page opened windows during its audit: what they loaded (a tracker's pixel, a pop-under's page) went to tabs of
 * their own and is not in this record. Said as a gap of the record, so that its verdict is never "clean"; null when
 * it opened none.
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
