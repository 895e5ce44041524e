// HAR 1.2 of a page record: what was requested, when, from which server, and which cookies responses set.
// Minimal but valid: the record keeps no headers, bodies or per-phase timings, so those are empty or -1.
import { phaseOf } from '../record/phase.ts';
import type { PageRecord, RequestEntry } from '../record/record.ts';
import { isoTime } from './report-build.ts';
import { harBody, sha256Hex } from './integrity.ts';
import type { Integrity } from './types.ts';

export interface HarNameValue {
  name: string;
  value: string;
}
export interface HarEntry {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { blocked: number; dns: number; connect: number; send: number; wait: number; receive: number; ssl: number };
  serverIPAddress?: string;
  _resourceType: string;
  _party: string;
  _phase: string;
  _initiator?: string;
  _fromCache?: boolean;
  /** 'page': known only from the page's own report (a beacon hook or Resource Timing), not from the browser's events */
  _source?: 'page';
}
export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    browser?: { name: string; version: string };
    pages: Array<{
      startedDateTime: string;
      id: string;
      title: string;
      pageTimings: { onContentLoad: number; onLoad: number };
      _consent: string;
    }>;
    entries: HarEntry[];
    /** Consent Auditor's integrity data; not part of the hashed body (see integrity.ts) */
    _integrity?: Integrity;
  };
}

function queryOf(url: string): HarNameValue[] {
  try {
    return Array.from(new URL(url).searchParams, ([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function entryOf(r: RequestEntry, record: PageRecord): HarEntry {
  const e: HarEntry = {
    pageref: 'page_1',
    startedDateTime: isoTime(r.t),
    time: 0,
    request: {
      method: r.method || 'GET',
      url: r.url,
      httpVersion: '',
      cookies: [],
      headers: [],
      queryString: queryOf(r.url),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      // HAR has no "no response": 0 is what browsers write for a failed request.
      status: r.status ?? 0,
      statusText: '',
      httpVersion: '',
      cookies: r.setCookies.map((name) => ({ name, value: '' })),
      headers: [],
      content: { size: 0, mimeType: '' },
      redirectURL: r.redirectTo ?? '',
      headersSize: -1,
      bodySize: -1,
      ...(r.error ? { _error: r.error } : {}),
      ...(r.notSent ? { _notSent: r.notSent } : {}),
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait: 0, receive: 0, ssl: -1 },
    _resourceType: r.type,
    _party: r.party,
    _phase: phaseOf(r.t, record.consent.choice),
  };
  if (r.ip) e.serverIPAddress = r.ip;
  if (r.initiator) e._initiator = r.initiator;
  if (r.fromCache !== undefined) e._fromCache = r.fromCache;
  if (r.source === 'page') e._source = 'page';
  return e;
}

export function recordToHar(
  record: PageRecord,
  o: { creator: { name: string; version: string }; consent: string; browser?: { name: string; version: string } },
): Har {
  return {
    log: {
      version: '1.2',
      creator: { ...o.creator },
      ...(o.browser ? { browser: { ...o.browser } } : {}),
      pages: [
        {
          startedDateTime: isoTime(record.startedAt),
          id: 'page_1',
          title: record.url,
          pageTimings: { onContentLoad: -1, onLoad: -1 },
          _consent: o.consent,
        },
      ],
      entries: [...record.requests].sort((a, b) => a.t - b.t).map((r) => entryOf(r, record)),
    },
  };
}

/**
 * A file name for one URL × scenario: index, host, page path and scenario, nothing a file system could choke on.
 * The path tells pages of one site apart (a crawl audits many); query and fragment are left out.
 */
export function harFileName(index: number, url: string, consent: string): string {
  let host = 'page';
  let pagePath = '';
  try {
    const u = new URL(url);
    host = u.hostname || host;
    pagePath = u.pathname.replace(/^\/+|\/+$/g, '');
  } catch {
    // keep 'page'
  }
  const safe = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 100);
  const safePath = pagePath
    .replace(/[^a-z0-9._-]+/gi, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);
  return `${String(index + 1).padStart(3, '0')}-${safe}${safePath ? `-${safePath}` : ''}-${consent.replace(/[^a-z]/g, '')}.har`;
}

/** SHA-256 of the HAR's body (the HAR without `log._integrity`). */
export function harHash(har: Har): Promise<string> {
  return sha256Hex(harBody(har));
}

/** The HAR with `log._integrity` (last in `log`, so removing it gives back the hashed body). */
export function withHarIntegrity(har: Har, integrity: Integrity): Har {
  const { _integrity: _old, ...log } = har.log;
  return { log: { ...log, _integrity: integrity } };
}

/** The .har file: pretty-printed JSON with the integrity data. */
export function harFileText(har: Har, integrity: Integrity): string {
  return `${JSON.stringify(withHarIntegrity(har, integrity), null, 2)}\n`;
}
