// Lookup structures for the request reducer: request id -> entry, and Resource Timing <-> browser request matching.
import type { ResourceKind } from '../observe/events.ts';
import type { RequestEntry } from './page-record.ts';

/** Unindexed entries a lookup compares before the map takes them: a response mostly follows its request closely. */
const TAIL = 16;

/**
 * The request id an entry was appended under: its id without a hop suffix (`id#hop`, hop a number from 1). Browser ids
 * are numbers, so a '#' is always a hop's (the scan below reads ids the same way).
 */
function rawId(id: string): string {
  const hash = id.lastIndexOf('#');
  if (hash < 0 || hash === id.length - 1 || id.charCodeAt(hash + 1) === 48) return id;
  for (let i = hash + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return id;
  }
  return id.slice(0, hash);
}

/**
 * Request id -> its current entry. The request reducer appends an entry without indexing it: the newest entries (the
 * tail, at most `TAIL` of them) are found by comparing ids, newest first, and go into the maps only when the tail grows
 * longer or an explicit `set`/`delete` comes. Indexed ids sit in two bounded generations (a full young map becomes the
 * old one); older ones are found by scanning the page's requests backwards. A huge page thus keeps a small,
 * cache-friendly index, a response right after its request costs one comparison and no map write, and a late event
 * for an old request still finds its entry.
 */
export class RequestIndex {
  private young = new Map<string, RequestEntry>();
  private old = new Map<string, RequestEntry>();
  /** How many of the page's requests the maps have taken (the ones after it are the tail). */
  private indexed = 0;
  /**
   * Ids deleted (a redirect closed their entry) and not set since: the backward scan must not find an older entry of
   * theirs, which a claim had replaced and the redirect left open.
   */
  private closed = new Set<string>();

  constructor(private readonly generation: number) {}

  /**
   * Same answer as a Map of every id ever set and not deleted, where appending an entry to `requests` sets its raw id:
   * the id's latest entry unless a redirect closed it.
   */
  get(requestId: string, hop: number, requests: readonly RequestEntry[]): RequestEntry | undefined {
    // Hop entries are `id#hop`; an orphan (start event lost) keeps the bare id. (Browser ids are numbers, so a raw id
    // with a '#' cannot be confused with a hop of another request.)
    const hopId = hop > 0 ? `${requestId}#${hop}` : requestId;
    if (requests.length - this.indexed > TAIL) this.take(requests);
    // The tail was appended after every set and delete the maps saw: its newest entry of the id is the latest.
    for (let i = requests.length - 1; i >= this.indexed; i--) {
      const e = requests[i];
      if (e !== undefined && e.source === 'browser' && (e.id === requestId || e.id === hopId)) {
        return e.redirectTo === undefined ? e : undefined;
      }
    }
    const hit = this.young.get(requestId) ?? this.old.get(requestId);
    if (hit !== undefined) return hit;
    if (this.closed.size !== 0 && this.closed.has(requestId)) return undefined;
    for (let i = Math.min(this.indexed, requests.length) - 1; i >= 0; i--) {
      const e = requests[i];
      if (e !== undefined && e.source === 'browser' && (e.id === requestId || e.id === hopId)) {
        return e.redirectTo === undefined ? e : undefined;
      }
    }
    return undefined;
  }

  /**
   * The tail into the maps, in order (a later entry of an id replaces an earlier one, as its set did). An entry whose
   * response is in (most, on a busy page) rarely gets another event (an error while its body loads): it is left to
   * the scan, which finds it once no map entry or closed mark of its id stands in front of it; no map write for it.
   */
  take(requests: readonly RequestEntry[]): void {
    for (let i = this.indexed; i < requests.length; i++) {
      const e = requests[i];
      if (e === undefined || e.source !== 'browser') continue;
      if (e.status === undefined) this.put(rawId(e.id), e);
      else this.unmap(rawId(e.id));
    }
    this.indexed = requests.length;
  }

  /** `requestId` -> `entry`, after the tail (whose entries were appended, so set, before this). */
  set(requestId: string, entry: RequestEntry, requests: readonly RequestEntry[]): void {
    this.take(requests);
    // The tail may have held the entry under this id already (an orphan is appended, then set).
    if (this.young.get(requestId) !== entry) this.put(requestId, entry);
  }

  delete(requestId: string, requests: readonly RequestEntry[]): void {
    this.take(requests);
    this.young.delete(requestId);
    this.old.delete(requestId);
    this.closed.add(requestId);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
    this.closed.clear();
    this.indexed = 0;
  }

  /** Ids held in the maps (the rest are reached by the tail or the scan). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** What `put` would have replaced, removed: the scan then finds the id's newest entry, the one `put` would map. */
  private unmap(requestId: string): void {
    if (this.closed.size !== 0) this.closed.delete(requestId);
    if (this.young.size !== 0) this.young.delete(requestId);
    if (this.old.size !== 0) this.old.delete(requestId);
  }

  private put(requestId: string, entry: RequestEntry): void {
    if (this.closed.size !== 0) this.closed.delete(requestId);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(requestId, entry);
  }
}

/** Resource Timing's initiatorType as the closest webRequest type. */
export function kindOfInitiator(initiator: string): ResourceKind {
  switch (initiator) {
    case 'script':
      return 'script';
    case 'img':
    case 'image':
    case 'input':
      return 'image';
    case 'css':
    case 'link':
      return 'stylesheet';
    case 'fetch':
    case 'xmlhttprequest':
      return 'xmlhttprequest';
    case 'iframe':
    case 'frame':
      return 'sub_frame';
    case 'beacon':
    case 'ping':
      return 'ping';
    case 'video':
    case 'audio':
    case 'track':
      return 'media';
    default:
      return 'other';
  }
}

/** Matches the page's Resource Timing reports with the browser's requests by URL, in both arrival orders. */
export class ResourceMatch {
  /** URL → browser requests not yet matched by a page report */
  private readonly browser = new Map<string, number>();
  /** URL → page-reported requests with no browser events (yet) */
  private readonly pageOnly = new Map<string, RequestEntry[]>();

  static of(requests: readonly RequestEntry[]): ResourceMatch {
    const m = new ResourceMatch();
    for (const r of requests) {
      if (r.source === 'browser' && r.type !== 'main_frame' && !r.id.includes('#')) m.countBrowser(r.url);
    }
    return m;
  }

  countBrowser(url: string): void {
    this.browser.set(url, (this.browser.get(url) ?? 0) + 1);
  }

  takeBrowser(url: string): boolean {
    const n = this.browser.get(url) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.browser.delete(url);
    else this.browser.set(url, n - 1);
    return true;
  }

  addPageOnly(entry: RequestEntry): void {
    const list = this.pageOnly.get(entry.url);
    if (list) list.push(entry);
    else this.pageOnly.set(entry.url, [entry]);
  }

  /** A page-only entry that is no request after all (a blocked load): no browser event may claim it. */
  dropPageOnly(entry: RequestEntry): void {
    const list = this.pageOnly.get(entry.url);
    const i = list ? list.indexOf(entry) : -1;
    if (i !== -1) list!.splice(i, 1);
    if (list?.length === 0) this.pageOnly.delete(entry.url);
  }

  takePageOnly(url: string): RequestEntry | undefined {
    if (this.pageOnly.size === 0) return undefined;
    const list = this.pageOnly.get(url);
    const e = list?.shift();
    if (list && list.length === 0) this.pageOnly.delete(url);
    return e;
  }
}
