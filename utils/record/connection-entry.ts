// A connection the page opened that no request shows (a WebRTC ICE server, a preconnect) becomes a request-like entry:
// host, party and time as a request's, so the tracker, third-party and transfer rules judge it as one. No server
// address is known (no browser event names it), so its place is never inferred from this entry.
import type { PageConnection, Source } from '../observe/events.ts';
import { preconnectOrigin } from '../observe/page/connection-events.ts';
import { hostInfo, partyOf } from '../url/party.ts';
import { NO_SET_COOKIES, type PageRecord, type RequestEntry } from './page-record.ts';

/** STUN and TURN both speak STUN messages (a binding request, TURN's Allocate); a preconnect sends no request. */
const METHODS = { webrtc: 'STUN', preconnect: 'CONNECT' } as const;

export function connectionEntry(page: PageRecord, ev: PageConnection, source: Source = 'page'): RequestEntry {
  const entry: RequestEntry = {
    id: `${ev.api}:${page.requests.length}`,
    url: ev.url,
    host: ev.host,
    site: hostInfo(ev.host).site,
    party: partyOf(ev.host, page.site),
    type: ev.api,
    method: METHODS[ev.api],
    t: ev.t,
    frameId: -1,
    frameUrl: ev.frameUrl,
    setCookies: NO_SET_COOKIES,
    source,
  };
  if (ev.script) {
    entry.initiator = `script:${ev.script}`;
    if (ev.attribution) entry.attribution = ev.attribution;
  }
  return entry;
}

// Within this many ms of the kept report of a server, another is the same gathering seen again (the realms' reports
// of one gathering came more than 2 s apart on a loaded machine).
export const CONNECTION_MERGE_MS = 5_000;

/**
 * The page's connections: one entry per server and gathering. Two realms can see one gathering (a frame's hooked
 * method called on the page's connection, which the page's own realm then sees start): the other report is merged,
 * in whichever order the realms' batches arrive (each realm sends its own). The earliest time always stays, so merging
 * can never move a connection out of the phase it began in.
 */
export class Connections {
  private kept = new Map<string, RequestEntry>();

  reset(): void {
    this.kept.clear();
  }

  add(page: PageRecord, ev: PageConnection, source: Source = 'page'): void {
    const key = `${ev.api} ${ev.url}`;
    const entry = this.kept.get(key);
    if (entry !== undefined && Math.abs(ev.t - entry.t) <= CONNECTION_MERGE_MS) {
      // A report of the same gathering timed earlier (its realm's batch came later): the entry takes its time.
      if (ev.t < entry.t) entry.t = ev.t;
      return;
    }
    const made = connectionEntry(page, ev, source);
    this.kept.set(key, made);
    page.requests.push(made);
  }

  /** A document's `Link: rel=preconnect` header as webRequest showed it: the browser's word, in its frame. */
  fromHeader(page: PageRecord, origins: readonly string[], t: number, documentUrl: string): void {
    for (const raw of origins.slice(0, 20)) {
      const o = preconnectOrigin(raw);
      if (o) this.add(page, { k: 'page-connection', t, api: 'preconnect', ...o, frameUrl: documentUrl }, 'browser');
    }
  }
}
