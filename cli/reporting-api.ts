// Reports the browser sends by the Reporting API (a page's `Reporting-Endpoints` or `Report-To` header, named by CSP
// `report-to`; deprecation and intervention reports) leave from the network service: no tab, no webRequest event, so
// they are in no record. DevTools sees them queued (`Network.enableReportingApi`); the CLI joins them to the record
// (cli/reporting-join.ts).
import type { ReportDelivery } from '../utils/record/page-record.ts';
import { originOf } from '../utils/url/url.ts';

/**
 * A report the browser queued: the URLs its origin declared for its endpoint group (every one seen, as documents of
 * one origin can name different ones), else the group's name.
 */
export interface QueuedReport {
  /** DevTools' id of the report */
  id: string;
  endpoints: string[];
  type: string;
  /** the document (or worker) whose report it is */
  initiator: string;
  /** when the browser queued it (epoch ms) */
  t: number;
  /** how far its upload got when the list was taken */
  delivery: ReportDelivery;
  /** uploads tried and failed */
  attempts: number;
}

/** What Playwright's CDPSession has that watching reports needs. */
export interface ReportSession {
  on(event: string, f: (e: unknown) => void): unknown;
  send(method: 'Network.enableReportingApi', params: { enable: boolean }): Promise<unknown>;
}

/** Reports watched at most; more (a page that floods them) are counted, not kept. */
export const REPORTS_MAX = 1000;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

interface Watched {
  origin: string;
  group: string;
  type: string;
  initiator: string;
  t: number;
  /** an upload succeeded (DevTools' `Success`): a later `MarkedForRemoval` does not undo it */
  sent: boolean;
  status: string;
  attempts: number;
}

/** DevTools' report status as how far the upload got. */
function deliveryOf(r: Watched): ReportDelivery {
  if (r.sent) return 'sent';
  if (r.status === 'Pending') return 'sending';
  return r.attempts > 0 ? 'failed' : 'queued';
}

/** The time a report was queued: DevTools' (seconds since the epoch), else when its event came. */
function queuedAt(v: unknown, now: number): number {
  const ms = typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1000) : NaN;
  // The browser's own clock, as the record's: one far from now is not believed.
  return Number.isFinite(ms) && Math.abs(ms - now) < 3_600_000 ? ms : now;
}

/**
 * The reports queued from now on in the session's browser (every report an event adds, once by its id; its updates
 * say how far its upload got), and the endpoints the origins declared. Reports of any page of that browser count: each
 * scenario has its own.
 */
export async function watchReports(
  session: ReportSession,
  now: () => number = Date.now,
): Promise<{ list(): QueuedReport[]; dropped(): number }> {
  const endpoints = new Map<string, Set<string>>(); // `${origin} ${group}` -> every URL declared, none forgotten
  const reports = new Map<string, Watched>();
  let dropped = 0;
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
    const r = (e as { report?: Record<string, unknown> }).report;
    if (!r || typeof r !== 'object') return;
    const id = text(r.id);
    const known = reports.get(id);
    if (known) {
      known.status = text(r.status);
      known.sent ||= known.status === 'Success';
      known.attempts = Math.max(known.attempts, count(r.completedAttempts));
      return;
    }
    if (reports.size >= REPORTS_MAX) return void dropped++;
    const initiator = text(r.initiatorUrl);
    const status = text(r.status);
    reports.set(id, {
      origin: originOf(initiator),
      group: text(r.destination),
      type: text(r.type),
      initiator,
      t: queuedAt(r.timestamp, now()),
      sent: status === 'Success',
      status,
      attempts: count(r.completedAttempts),
    });
  };
  session.on('Network.reportingApiReportAdded', onReport);
  session.on('Network.reportingApiReportUpdated', onReport);
  await session.send('Network.enableReportingApi', { enable: true });
  return {
    list: () =>
      [...reports.entries()].map(([id, r]) => ({
        id,
        endpoints: [...(endpoints.get(`${r.origin} ${r.group}`) ?? [`(endpoint group "${r.group.slice(0, 60)}")`])],
        type: r.type.slice(0, 60),
        initiator: r.initiator,
        t: r.t,
        delivery: deliveryOf(r),
        attempts: r.attempts,
      })),
    dropped: () => dropped,
  };
}
