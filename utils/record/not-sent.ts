// Requests that never left the browser: what counts as the browser's word for it, and the CSP blocks' rows that the
// page's Resource Timing entries of the same blocked load join.
import type { ResourceKind } from '../observe/events.ts';
import type { RequestEntry } from './page-record.ts';

/**
 * webRequest errors that come before a request is sent (Chromium's `net::`, Firefox's `NS_ERROR_`): no address for
 * the host, a browser-side CSP or policy block, a port the browser never connects to. Not `ERR_BLOCKED_BY_CLIENT`
 * (an extension or a DNR rule can cancel when the response headers come, after the request left), not `ERR_ABORTED`
 * or `NS_BINDING_ABORTED` (a page's abort can come at any point), not connection errors (bytes may have left).
 */
const NOT_SENT_ERRORS: ReadonlySet<string> = new Set([
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_BLOCKED_BY_CSP',
  'net::ERR_BLOCKED_BY_ADMINISTRATOR',
  'net::ERR_UNSAFE_PORT',
  'NS_ERROR_UNKNOWN_HOST',
]);

/** The reason an entry with this webRequest error was not sent, or undefined when it may have been. */
export function notSentByError(entry: RequestEntry, error: string): string | undefined {
  // A status means a response came: that hop was sent, whatever failed after.
  if (entry.status !== undefined || entry.source !== 'browser') return undefined;
  return NOT_SENT_ERRORS.has(error) ? error : undefined;
}

/** Resource Timing's initiatorType for each CSP fetch directive (the violation's `effectiveDirective`). */
const DIRECTIVE_INITIATORS: Readonly<Record<string, readonly string[]>> = {
  'img-src': ['img', 'image', 'input', 'css'],
  'script-src': ['script'],
  'script-src-elem': ['script'],
  'style-src': ['link', 'css'],
  'style-src-elem': ['link', 'css'],
  'font-src': ['css'],
  'media-src': ['video', 'audio', 'track'],
  'connect-src': ['fetch', 'xmlhttprequest', 'beacon'],
};

/**
 * Fetch directives: a violation of one is a load stopped before it left. Not `frame-ancestors` (the framed document
 * was loaded, then not shown), `form-action` or `navigate-to` (navigations, seen by webRequest themselves).
 */
const FETCH_DIRECTIVES: ReadonlySet<string> = new Set([
  ...Object.keys(DIRECTIVE_INITIATORS),
  'frame-src',
  'child-src',
  'worker-src',
  'object-src',
  'manifest-src',
]);

export const isFetchDirective = (directive: string): boolean => FETCH_DIRECTIVES.has(directive);

/** The closest webRequest type of what a CSP directive blocked. */
export function kindOfDirective(directive: string): ResourceKind {
  if (directive.startsWith('script-src')) return 'script';
  if (directive.startsWith('style-src')) return 'stylesheet';
  if (directive === 'img-src') return 'image';
  if (directive === 'font-src') return 'font';
  if (directive === 'media-src') return 'media';
  if (directive === 'connect-src') return 'xmlhttprequest';
  if (directive === 'frame-src' || directive === 'child-src') return 'sub_frame';
  return 'other';
}

/** How far apart a CSP violation and a Resource Timing entry of one blocked load may be (both the page's clock). */
export const CSP_JOIN_MS = 5_000;

/**
 * The CSP blocks of a page, each a request row marked not sent. The browser fires one trusted violation event for a
 * blocked URL and directive, though the preload scanner and the parser may each try (two Resource Timing entries):
 * every empty timing entry of the same document, URL and directive's initiator near the violation joins its row.
 */
export class CspBlocks {
  private readonly rows: RequestEntry[] = [];
  private readonly directives = new WeakMap<RequestEntry, string>();
  /** Page-only rows made from an empty timing entry (no time, no response), with its initiatorType */
  private readonly emptyTimings = new WeakMap<RequestEntry, string>();
  /** The same rows by URL, for the next empty entry of that URL */
  private readonly emptyByUrl = new Map<string, RequestEntry[]>();

  clear(): void {
    this.rows.length = 0;
    this.emptyByUrl.clear();
  }

  add(row: RequestEntry, directive: string): void {
    this.rows.push(row);
    this.directives.set(row, directive);
  }

  /** A page-only row from an empty timing entry: a violation arriving after it may mark it. */
  noteEmptyTiming(row: RequestEntry, initiator: string): void {
    this.emptyTimings.set(row, initiator);
    const list = this.emptyByUrl.get(row.url);
    if (list) list.push(row);
    else this.emptyByUrl.set(row.url, [row]);
  }

  /**
   * Whether an empty timing entry is a second try of a load whose first empty entry is a page-only row no violation has
   * come for yet (the preload scanner's and the parser's, both before the violation): that row stands for both, so
   * the violation marks one row, as it does when it comes first. Without a violation the row stays a sent request.
   */
  retries(url: string, frameUrl: string, initiator: string, t: number): boolean {
    return (this.emptyByUrl.get(url) ?? []).some(
      (r) =>
        r.source === 'page' &&
        r.notSent === undefined &&
        r.frameUrl === frameUrl &&
        this.emptyTimings.get(r) === initiator &&
        Math.abs(r.t - t) <= CSP_JOIN_MS,
    );
  }

  /** Whether an empty timing entry is a load a violation already blocked (it then adds no row). */
  joins(url: string, frameUrl: string, initiator: string, t: number): boolean {
    return this.rows.some((r) => {
      const d = this.directives.get(r);
      return r.url === url && r.frameUrl === frameUrl && d !== undefined && fits(d, initiator, r.t, t);
    });
  }

  /** Page-only rows of empty timing entries that a violation now shows were blocked (not claimed by the browser). */
  twins(
    requests: readonly RequestEntry[],
    url: string,
    frameUrl: string,
    directive: string,
    t: number,
  ): RequestEntry[] {
    const out: RequestEntry[] = [];
    for (let n = requests.length - 1; n >= 0; n--) {
      const r = requests[n]!;
      const initiator = r.source === 'page' && r.notSent === undefined ? this.emptyTimings.get(r) : undefined;
      if (initiator !== undefined && r.url === url && r.frameUrl === frameUrl && fits(directive, initiator, t, r.t))
        out.push(r);
    }
    return out;
  }
}

function fits(directive: string, initiator: string, a: number, b: number): boolean {
  return Math.abs(a - b) <= CSP_JOIN_MS && (DIRECTIVE_INITIATORS[directive]?.includes(initiator) ?? false);
}
