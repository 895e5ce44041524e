// One tab's form test in the extension: canary copies in what the tab sends or stores after the fill become
// `form-leak` events. Browser-free: the background feeds it webRequest details, cookie changes and page reports.
import type { CookieEvent, FormLeakEvent, PageStorageWrite } from '../../observe/events.ts';
import type { CanaryHit, CanaryScanner } from './scan.ts';

/** Leak events kept per form test: a page that echoes the canary into every request cannot flood the record. */
export const MAX_LEAK_EVENTS = 500;

export interface WatchedRequest {
  requestId: string;
  url: string;
  method: string;
  type: string;
  t: number;
  /** The body as delivered bytes or text (request-body.ts); absent for a header-only look. */
  body?: string | Uint8Array;
  headers?: ReadonlyArray<{ name: string; value?: string }>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export class FormWatch {
  private readonly seen = new Set<string>();
  private count = 0;

  constructor(
    readonly scanner: CanaryScanner,
    readonly startedAt: number,
  ) {}

  /** Leak events kept so far, and whether the cap stopped more. */
  get leaks(): number {
    return this.count;
  }

  private events(
    hits: readonly CanaryHit[],
    base: Omit<FormLeakEvent, 'k' | 'field' | 'encoding' | 'normalised' | 'where'>,
    id: string,
  ): FormLeakEvent[] {
    const out: FormLeakEvent[] = [];
    for (const h of hits) {
      // One event per place, field and encoding: a beacon repeated every second is one copy, not hundreds.
      const key = `${id}|${h.where}|${h.field}|${h.encoding}|${h.normalised ? 1 : 0}`;
      if (this.seen.has(key) || this.count >= MAX_LEAK_EVENTS) continue;
      this.seen.add(key);
      this.count += 1;
      out.push({
        k: 'form-leak',
        ...base,
        field: h.field,
        encoding: h.encoding,
        normalised: h.normalised,
        where: h.where,
      });
    }
    return out;
  }

  /** URL and body (onBeforeRequest) or headers (onBeforeSendHeaders) of one request of the tab. */
  request(r: WatchedRequest): FormLeakEvent[] {
    if (r.t < this.startedAt) return [];
    const headers = r.headers?.map((h) => ({ name: h.name, value: h.value ?? '' }));
    const hits = headers
      ? this.scanner.scanRequest({ url: '', headers })
      : this.scanner.scanRequest({ url: r.url, body: r.body ?? null });
    if (hits.length === 0) return [];
    return this.events(
      hits,
      { t: r.t, url: r.url, host: hostOf(r.url), method: r.method, type: r.type },
      `${r.url}|${r.method}`,
    );
  }

  /** A cookie the browser stored (cookies.onChanged) after the fill. */
  cookie(ev: CookieEvent): FormLeakEvent[] {
    if (ev.removed || ev.t < this.startedAt) return [];
    const hits = this.scanner.scanText(`${ev.name}=${ev.value}`, 'cookie');
    if (hits.length === 0) return [];
    const host = ev.domain.replace(/^\./, '');
    return this.events(
      hits,
      { t: ev.t, url: `cookie:${host}${ev.path}`, host, method: 'SET', type: 'cookie', key: ev.name },
      `cookie|${ev.domain}|${ev.name}`,
    );
  }

  /** A localStorage, sessionStorage or IndexedDB write the page reported after the fill. */
  storage(ev: PageStorageWrite): FormLeakEvent[] {
    if (ev.t < this.startedAt) return [];
    const hits = this.scanner.scanText(`${ev.key}\n${ev.value}`, 'storage');
    if (hits.length === 0) return [];
    const base: Omit<FormLeakEvent, 'k' | 'field' | 'encoding' | 'normalised' | 'where'> = {
      t: ev.t,
      url: ev.origin,
      host: hostOf(ev.origin),
      method: ev.api,
      type: 'storage',
      key: ev.key,
    };
    if (ev.script) base.script = ev.script;
    if (ev.script && ev.attribution) base.attribution = ev.attribution;
    return this.events(hits, base, `storage|${ev.api}|${ev.origin}|${ev.key}`);
  }
}
