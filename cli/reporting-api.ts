// Reports the browser sends by the Reporting API (a page's `Reporting-Endpoints` or `Report-To` header, named by CSP
// `report-to`; deprecation and intervention reports) leave from the network service: no tab, no webRequest event, so
// they are in no record. DevTools sees them queued (`Network.enableReportingApi`); the CLI says them as a gap.
import type { RecordError } from '../utils/record/page-record.ts';
import { hostOfUrl, originOf } from '../utils/url/url.ts';
import { siteOf } from '../utils/url/party.ts';

/**
 * A report the browser queued: the URLs its origin declared for its endpoint group (every one seen, as documents of
 * one origin can name different ones), else the group's name.
 */
export interface QueuedReport {
  endpoints: string[];
  type: string;
  /** the document (or worker) whose report it is */
  initiator: string;
}

/** What Playwright's CDPSession has that watching reports needs. */
export interface ReportSession {
  on(event: string, f: (e: unknown) => void): unknown;
  send(method: 'Network.enableReportingApi', params: { enable: boolean }): Promise<unknown>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The reports queued from now on in the session's browser (every report an event adds or updates, once by its id),
 * and the endpoints the origins declared. Reports of any page of that browser count: each scenario has its own.
 */
export async function watchReports(session: ReportSession): Promise<{ list(): QueuedReport[] }> {
  const endpoints = new Map<string, Set<string>>(); // `${origin} ${group}` -> every URL declared, none forgotten
  const reports = new Map<string, { origin: string; group: string; type: string; initiator: string }>();
  session.on('Network.reportingApiEndpointsChangedForOrigin', (e) => {
    const o = e as { origin?: unknown; endpoints?: unknown };
    if (!Array.isArray(o.endpoints)) return;
    for (const x of o.endpoints as Array<{ url?: unknown; groupName?: unknown }>) {
      const key = `${text(o.origin)} ${text(x?.groupName)}`;
      const urls = endpoints.get(key) ?? new Set<string>();
      endpoints.set(key, urls.add(text(x?.url)));
    }
  });
  const onReport = (e: unknown): void => {
    const r = (e as { report?: { id?: unknown; initiatorUrl?: unknown; destination?: unknown; type?: unknown } })
      .report;
    if (!r || reports.has(text(r.id))) return;
    const initiator = text(r.initiatorUrl);
    reports.set(text(r.id), { origin: originOf(initiator), group: text(r.destination), type: text(r.type), initiator });
  };
  session.on('Network.reportingApiReportAdded', onReport);
  session.on('Network.reportingApiReportUpdated', onReport);
  await session.send('Network.enableReportingApi', { enable: true });
  return {
    list: () =>
      [...reports.values()].map((r) => ({
        endpoints: [...(endpoints.get(`${r.origin} ${r.group}`) ?? [`(endpoint group "${r.group.slice(0, 60)}")`])],
        type: r.type.slice(0, 60),
        initiator: r.initiator,
      })),
  };
}

/** The site of a URL's host; '' for none (an endpoint known by its group only). */
const siteOfUrl = (url: string): string => {
  const host = hostOfUrl(url);
  return host ? siteOf(host) : '';
};

/**
 * Reports for an endpoint of another site than the one whose report it is (or one not known): what they carried (the
 * page's address, the visitor's IP) went to that party outside the record, so the record has a gap; null when none
 * did. A frame's report to its own site is none: that party has the frame's requests, which are in the record.
 */
export function reportGap(reports: readonly QueuedReport[], t: number): RecordError | null {
  const from = (r: QueuedReport): string[] =>
    r.endpoints.filter((u) => {
      const to = siteOfUrl(u);
      return to === '' || to !== siteOfUrl(r.initiator);
    });
  const away = reports.filter((r) => from(r).length > 0 || r.endpoints.length === 0);
  if (away.length === 0) return null;
  const where = [...new Set(away.flatMap((r) => (r.endpoints.length ? from(r) : ['(no endpoint)'])))]
    .map((u) => u.slice(0, 200))
    .slice(0, 5)
    .join(', ');
  const types = [...new Set(away.map((r) => r.type))].join(', ');
  const count = away.length === 1 ? 'a report' : `${away.length} reports`;
  const message = `the browser queued ${count} (${types}) for ${where} (Reporting API): reports leave without a tab, so what they carried is not in this record`;
  return { t, where: 'record', message };
}
