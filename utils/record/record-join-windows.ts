// The windows the audited page opened (a pop-under on the banner's click, a window.open), each a tab with a record of
// its own, joined into the audited page's record: what a window loaded is evidence of the audited page, in the phase
// of the audited page's consent. Pure: the records in, one record out; none of the inputs is changed.
import type { PageRecord, RequestEntry } from './page-record.ts';
import { cookieKey, joinCookie, joinEntries, joinStorage, storageKey } from './record-join.ts';

/**
 * `record` with the requests, cookies and storage of each window in `windows`, each entry tagged with its document
 * (a `documents` entry with `window: true`). The consent stays the audited page's: its choice is the one the windows'
 * requests are judged against; a window's own banner answer is no answer of the audited page. Errors and the storage
 * budget of the windows are the record's too (a window's gap is a gap of this audit).
 */
export function joinWindows(record: PageRecord, windows: readonly PageRecord[]): PageRecord {
  if (windows.length === 0) return record;
  const documents = [...(record.documents ?? [{ url: record.url, startedAt: record.startedAt }])];
  const tag = <E extends { document?: number }>(es: readonly E[]): E[] =>
    es.map((e) => ({ ...e, document: e.document ?? 0 }));
  let requests: RequestEntry[] = tag(record.requests);
  let cookies = tag(record.cookies);
  let storage = tag(record.storage);
  const seen = new Set(requests.map((q) => q.id));
  let partial = record.partial;
  let truncated = record.truncated ?? null;
  const errors = [...record.errors];
  for (const w of windows) {
    const doc = documents.length;
    documents.push({ url: w.url, startedAt: w.startedAt, window: true });
    requests = [...requests, ...w.requests.filter((q) => !seen.has(q.id)).map((q) => ({ ...q, document: doc }))];
    for (const q of w.requests) seen.add(q.id);
    cookies = joinEntries(cookies, w.cookies, cookieKey, joinCookie, doc);
    storage = joinEntries(storage, w.storage, storageKey, joinStorage, doc);
    partial ||= w.partial;
    if (w.truncated)
      truncated = {
        pageEvents: (truncated?.pageEvents ?? 0) + w.truncated.pageEvents,
        browserEvents: (truncated?.browserEvents ?? 0) + w.truncated.browserEvents,
        since: Math.min(truncated?.since ?? Infinity, w.truncated.since),
      };
    errors.push(
      ...w.errors.map((e) => ({ ...e, message: `in a window it opened (${w.url.slice(0, 200)}): ${e.message}` })),
    );
  }
  const out: PageRecord = { ...record, partial, documents, requests, cookies, storage, errors };
  if (truncated) out.truncated = truncated;
  return out;
}
