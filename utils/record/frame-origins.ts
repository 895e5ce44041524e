// Origins of the frames a page loaded (its sub_frame requests), read from the record as it grows: which tabs embed the
// origin of a service worker's request (tabId -1), when no tab's top page has it.
import { originOf } from '../url/url.ts';
import type { PageRecord } from './page-record.ts';

interface Seen {
  scanned: number;
  origins: Set<string>;
}

export class FrameOrigins {
  // Per record object: a new page (or a restored one) is a new record, and a dropped one is forgotten with it.
  private readonly seen = new WeakMap<PageRecord, Seen>();

  /** Whether `record` loaded a frame of `origin`; only the requests added since the last question are read. */
  has(record: PageRecord | null | undefined, origin: string): boolean {
    if (!record) return false;
    const reqs = record.requests;
    let s = this.seen.get(record);
    if (!s || s.scanned > reqs.length) {
      s = { scanned: 0, origins: new Set() };
      this.seen.set(record, s);
    }
    for (; s.scanned < reqs.length; s.scanned++) {
      const r = reqs[s.scanned]!;
      if (r.type === 'sub_frame') s.origins.add(originOf(r.url));
    }
    return s.origins.has(origin);
  }
}
