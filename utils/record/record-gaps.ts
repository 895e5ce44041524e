// What a record is known to lack: read by every verdict (report, popup), so that a record with gaps is never "clean".
import type { PageRecord } from './page-record.ts';

/**
 * Storage notes that mean lost events: a chunk unreadable after a restart (tab-restore.ts), and events a failed write
 * left in memory only, read back after a restart (tab-store.ts LOST_AT_RESTART; not imported: the popup takes this
 * file).
 */
const STORAGE_LOSS = ['unreadable stored chunk', 'lost at a worker restart:'];

/** A Cache API or OPFS listing cut short (stored-files-list.ts bounds): what lies past it is not in the record. */
export function listingCutMessage(api: 'cacheStorage' | 'opfs', origin: string): string {
  const what =
    api === 'opfs'
      ? 'OPFS files and folders than the recorder lists (5,000 names, 4 levels deep)'
      : 'Cache API entries than the recorder lists (5,000 entries in 100 caches)';
  return `${origin} holds more ${what}: a write past them is not seen`;
}

/**
 * Why the record lacks events it was sent (empty: nothing known to be missing): the tab's storage budget dropped some
 * (`truncated`), an event could not be applied (`where: 'record'`, RecordBuilder.applyOrNote), or a stored chunk could
 * not be read back after a worker restart (tab-restore.ts), or events a failed write left in memory only were lost at a
 * restart (tab-store.ts), or a Cache API or OPFS listing was cut (`where: 'listing'`). A record with gaps is no
 * evidence of a clean page: the verdicts say "incomplete" instead of "clean" (utils/export/report-verdict.ts,
 * components/verdict.tsx). Other notes (a cookie placed by host, a request kept from its response alone) keep what
 * they describe.
 */
export function recordGaps(record: Pick<PageRecord, 'truncated' | 'errors'>): string[] {
  const gaps: string[] = [];
  const t = record.truncated;
  if (t && t.pageEvents + t.browserEvents > 0)
    gaps.push(
      `over the tab's storage budget: ${t.pageEvents} page-reported and ${t.browserEvents} browser events not kept`,
    );
  for (const e of record.errors) {
    if (
      e.where === 'record' ||
      e.where === 'listing' ||
      (e.where === 'storage' && STORAGE_LOSS.some((p) => e.message.startsWith(p)))
    )
      gaps.push(e.message);
    if (gaps.length >= 10) break;
  }
  return gaps;
}
