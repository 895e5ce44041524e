// Which tab is the audited one: a tab the CLI created is parked on a unique about:blank#marker before the audited site
// runs any script, and only a tab that shows exactly that marker is taken. A page the site opens (a twin of itself,
// with the same URL) never shows the marker, so no URL the site controls can choose the tab. Both engines use this.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ListedTab {
  id: number;
  url: string;
  /** Chromium only: the URL a tab is navigating to */
  pendingUrl?: string;
}

const POLL_MS = 100;
/** The marker navigation is same-document; the browser's tab list can report it a moment after it happened. */
export const CLAIM_TIMEOUT_MS = 5_000;

/** The URL a fresh tab is parked on until its id is known: unique per page, so no other tab can show it. */
export function markerUrl(token: string): string {
  return `about:blank#consent-auditor-tab-${token}`;
}

/** The one tab showing `marker` exactly (never a match without the fragment: every blank tab would match), or null. */
export function markedTab(tabs: readonly ListedTab[], marker: string): number | null {
  const ids = tabs.filter((t) => t.id >= 0 && (t.url === marker || t.pendingUrl === marker)).map((t) => t.id);
  // Two tabs with one random marker cannot be ours alone: no claim rather than a guess.
  return ids.length === 1 ? ids[0]! : null;
}

/** Poll `list` until exactly one tab shows `marker`; its id, or an error after `timeoutMs`. */
export async function awaitMarkedTab(
  list: () => Promise<readonly ListedTab[]>,
  marker: string,
  timeoutMs = CLAIM_TIMEOUT_MS,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = markedTab(await list(), marker);
    if (id !== null) return id;
    if (Date.now() >= deadline)
      throw new Error('the new tab could not be identified (its marker URL is not in the tab list)');
    await sleep(POLL_MS);
  }
}

/**
 * The newest tab showing `url` (exact match, else ignoring the fragment), or null. Pages the CLI opens use claimTab.
 */
export function pickTab(tabs: readonly ListedTab[], url: string): number | null {
  const strip = (u: string): string => u.replace(/#.*$/, '');
  // Firefox lists no pending URL: only a URL a tab reports is compared.
  const shows = (t: ListedTab, same: (u: string) => boolean): boolean =>
    same(t.url) || (t.pendingUrl !== undefined && same(t.pendingUrl));
  const exact = tabs.filter((t) => shows(t, (u) => u === url));
  const loose = exact.length ? exact : tabs.filter((t) => shows(t, (u) => strip(u) === strip(url)));
  const ids = loose.map((t) => t.id).filter((id) => id >= 0);
  return ids.length ? Math.max(...ids) : null;
}
