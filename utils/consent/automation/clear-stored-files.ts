// "Start clean audit" in Firefox: browsingData clears no Cache API or OPFS by host name, so the extension's isolated
// world in the audited page removes its origin's caches and OPFS entries itself (it shares the origin's storage).

/** What the page-side removal reports: how many caches and OPFS entries went, and what it could not remove. */
export interface StoredFilesCleared {
  removed: number;
  failed: string[];
}

/** Names from the page are its own: at most this many listed, each cut to this length. */
const MAX_FAILED = 5;
const MAX_NAME = 60;

/**
 * Runs in the page's isolated world (browser.scripting.executeScript): self-contained, no imports. The directory
 * iterator is walked with next(), as Firefox's Xray has no Symbol.asyncIterator.
 */
export async function clearStoredFilesInPage(): Promise<StoredFilesCleared> {
  const failed: string[] = [];
  let removed = 0;
  try {
    for (const name of await caches.keys()) {
      if (await caches.delete(name)) removed++;
      else failed.push(`cache ${name}`);
    }
  } catch {
    failed.push('the Cache API');
  }
  try {
    const root = await navigator.storage.getDirectory();
    const it = (root as unknown as { keys(): AsyncIterator<string> }).keys();
    const names: string[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) names.push(r.value);
    for (const name of names) {
      try {
        await root.removeEntry(name, { recursive: true });
        removed++;
      } catch {
        // A file a worker holds open (a sync access handle) cannot be removed.
        failed.push(`OPFS ${name}`);
      }
    }
  } catch {
    failed.push('the origin private file system');
  }
  return { removed, failed };
}

/** The removal's answer as the worker trusts it: anything else (a page that broke it, no answer) is null. */
export function asStoredFilesCleared(raw: unknown): StoredFilesCleared | null {
  if (typeof raw !== 'object' || raw === null || !('removed' in raw) || !('failed' in raw)) return null;
  const { removed, failed } = raw;
  if (typeof removed !== 'number' || !Number.isSafeInteger(removed) || removed < 0 || !Array.isArray(failed))
    return null;
  const names = failed.filter((f): f is string => typeof f === 'string');
  if (names.length !== failed.length) return null;
  const shown = names.slice(0, MAX_FAILED).map((f) => (f.length > MAX_NAME ? `${f.slice(0, MAX_NAME)}…` : f));
  if (names.length > MAX_FAILED) shown.push(`${names.length - MAX_FAILED} more`);
  return { removed, failed: shown };
}

/** The clean-audit answer's words for a removal that did not fully happen; '' when it did. */
export function storedFilesNote(r: StoredFilesCleared | null): string {
  if (!r) return ' The Cache API and OPFS files of the page could not be cleared (the page did not answer in time).';
  return r.failed.length ? ` Not removed: ${r.failed.join(', ')}.` : '';
}
