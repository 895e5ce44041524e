// The Reporting API reports the CLI saw queued (cli/reporting-api.ts) as request entries of the record: the normal
// tracker, third-party and transfer rules judge them. Only a report whose endpoint cannot be named (its group's URL
// not seen, or several URLs declared for it) stays a gap of the record. Pure: the record in, a new record out.
import {
  NO_SET_COOKIES,
  type PageRecord,
  type RecordError,
  type ReportDelivery,
  type RequestEntry,
} from '../utils/record/page-record.ts';
import { hostInfo, partyOf } from '../utils/url/party.ts';
import { hostOfUrl, originOf } from '../utils/url/url.ts';
import type { QueuedReport } from './reporting-api.ts';

/** How far the upload got, for the row's `error` (none when it was delivered). */
const DELIVERY: Record<ReportDelivery, string | null> = {
  sent: null,
  sending: 'being sent when the audit ended (Reporting API)',
  failed: 'not delivered (Reporting API): the browser tried {n} times, so the endpoint was contacted',
  queued: 'queued by the browser, not yet sent when the audit ended (Reporting API): the page arranged it',
};

/** The site of a URL's host; '' for none (an endpoint known by its group only). */
const siteOfUrl = (url: string): string => {
  const host = hostOfUrl(url);
  return host ? hostInfo(host).site : '';
};

/** The one endpoint a report went (or goes) to, or null when it cannot be named. */
function endpointOf(r: QueuedReport): string | null {
  const [url] = r.endpoints;
  return r.endpoints.length === 1 && url !== undefined && /^https?:\/\//i.test(url) && siteOfUrl(url) ? url : null;
}

/** In a joined record: the document that queued it (by its address), else the latest top document before it. */
function documentOf(record: PageRecord, r: QueuedReport): number | undefined {
  const docs = record.documents;
  if (!docs) return undefined;
  let found: number | undefined;
  let before: number | undefined;
  docs.forEach((d, i) => {
    if (d.startedAt > r.t) return;
    if (d.url === r.initiator) found = i;
    if (!d.window) before = i;
  });
  return found ?? before;
}

/** One report as a request entry: POSTed by the browser to its endpoint, at the time it was queued. */
export function reportEntry(record: PageRecord, r: QueuedReport, url: string): RequestEntry {
  const host = hostOfUrl(url) ?? '';
  const error = DELIVERY[r.delivery]?.replace('{n}', String(r.attempts));
  const origin = originOf(r.initiator);
  const document = documentOf(record, r);
  return {
    id: `report:${r.id}`,
    url,
    host,
    site: hostInfo(host).site,
    party: partyOf(host, record.site),
    type: 'report',
    method: 'POST',
    t: r.t,
    frameId: -1,
    frameUrl: r.initiator,
    ...(origin !== 'null' ? { initiator: origin } : {}),
    ...(error ? { error } : {}),
    setCookies: NO_SET_COOKIES,
    source: 'browser',
    ...(document !== undefined ? { document } : {}),
    report: { type: r.type, delivery: r.delivery },
  };
}

/**
 * Reports not joined whose endpoint may be of another site than the reporting document's (or is not known): what they
 * carried (the page's address, the visitor's IP) went to a party the record does not name, so it has a gap; null when
 * there is none. A frame's report to its own site is none: that party has the frame's requests, which the record has.
 */
export function reportGap(reports: readonly QueuedReport[], dropped: number, t: number): RecordError | null {
  const from = (r: QueuedReport): string[] =>
    r.endpoints.filter((u) => {
      const to = siteOfUrl(u);
      return to === '' || to !== siteOfUrl(r.initiator);
    });
  const away = reports.filter((r) => from(r).length > 0 || r.endpoints.length === 0);
  if (away.length === 0 && dropped === 0) return null;
  const where = [...new Set(away.flatMap((r) => (r.endpoints.length ? from(r) : ['(no endpoint)'])))]
    .map((u) => u.slice(0, 200))
    .slice(0, 5)
    .join(', ');
  const types = [...new Set(away.map((r) => r.type))].join(', ');
  const count = away.length === 1 ? 'a report' : `${away.length} reports`;
  const parts = [
    ...(away.length
      ? [`the browser queued ${count} (${types}) for ${where} (Reporting API) whose endpoint could not be named`]
      : []),
    ...(dropped ? [`${dropped} more reports than the CLI watches (Reporting API)`] : []),
  ];
  return { t, where: 'record', message: `${parts.join('; ')}: what they carried is not in this record` };
}

/**
 * `record` with each report whose one endpoint is known as a request entry (once: a report already joined is not
 * added again), and a gap for those whose endpoint could not be named (reportGap).
 */
export function joinReports(
  record: PageRecord,
  reports: readonly QueuedReport[],
  dropped: number,
  t: number,
): PageRecord {
  const have = new Set(record.requests.map((q) => q.id));
  const joined: RequestEntry[] = [];
  const unnamed: QueuedReport[] = [];
  for (const r of reports) {
    const url = endpointOf(r);
    if (url === null) unnamed.push(r);
    else if (!have.has(`report:${r.id}`)) joined.push(reportEntry(record, r, url));
  }
  const gap = reportGap(unnamed, dropped, t);
  if (joined.length === 0 && !gap) return record;
  const errors = gap ? [...record.errors, gap] : record.errors;
  return { ...record, requests: inTimeOrder(record.requests, joined), errors };
}

/** `requests` with each of `add` placed after the last request not later than it (the record's order is by time). */
function inTimeOrder(requests: readonly RequestEntry[], add: readonly RequestEntry[]): RequestEntry[] {
  const out = [...requests];
  for (const q of [...add].sort((a, b) => a.t - b.t)) {
    let i = out.length;
    while (i > 0 && out[i - 1]!.t > q.t) i--;
    out.splice(i, 0, q);
  }
  return out;
}
