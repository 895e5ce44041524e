// A document that names another site as the endpoint of its browser reports (Reporting API): Chromium sends those
// reports without a tab, so the extension's record cannot hold them; the record says where they may go instead. A note,
// not a gap: the page may never cause a report.
import type { PageRecord, RequestEntry } from './page-record.ts';
import { hostInfo } from '../url/party.ts';
import { hostOfUrl } from '../url/url.ts';

/** Notes of this kind kept per record: a page that names endpoints in every frame does not fill the record. */
const MAX_NOTES = 10;
export const REPORT_NOTE_START = 'the document ';

/** Adds a note for each endpoint of another site than the document's (`entry`, its response) not noted before. */
export function noteReportEndpoints(
  page: PageRecord,
  entry: RequestEntry,
  endpoints: readonly string[],
  t: number,
): void {
  const doc = entry.url.slice(0, 200);
  for (const url of endpoints) {
    const host = hostOfUrl(url);
    if (!host || hostInfo(host).site === entry.site) continue;
    const message = `${REPORT_NOTE_START}${doc} names ${url} as the endpoint of its browser reports (Reporting API): Chromium sends them without a tab, so the extension does not see them (the CLI does; Firefox shows them as requests)`;
    const notes = page.errors.filter((e) => e.where === 'reporting');
    if (notes.length >= MAX_NOTES || notes.some((e) => e.message === message)) continue;
    page.errors.push({ t, where: 'reporting', message });
  }
}
