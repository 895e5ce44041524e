// The worker's storage.session and request events as the tab store's tests feed them: one in-memory area for every
// store test (utils/record/tab-*.test.ts), so that a change of the area's contract is made once.
import { fromBeforeRequest } from '../../utils/observe/browser/adapter.ts';
import type { AuditEvent } from '../../utils/observe/events.ts';
import type { SessionArea } from '../../utils/record/tab-chunks.ts';

/** In-memory stand-in for browser.storage.session, with an optional quota in serialized bytes. */
export class MemoryArea implements SessionArea {
  data = new Map<string, unknown>();
  constructor(private readonly quota = Infinity) {}
  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries(this.data);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.quota !== Infinity) {
      const size = JSON.stringify([...this.data, ...Object.entries(items)]).length;
      if (size > this.quota) throw new Error('QUOTA_BYTES quota exceeded');
    }
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.data.delete(k);
  }
  /** What the area holds, in serialized bytes. */
  bytes(): number {
    return JSON.stringify([...this.data]).length;
  }
}

/** One turn of the event loop: the store's writes queued so far have started. */
export const settle = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));

/**
 * A maker of top-frame requests numbered from 1 (request id n, at time 1000 + n), of `type` unless told otherwise:
 * each test file makes its own, so that its numbers do not depend on another file's.
 */
export function numberedRequests(type: string): (tabId: number, url: string, t?: string) => AuditEvent[] {
  let id = 0;
  return (tabId, url, t = type) =>
    fromBeforeRequest({ requestId: String(++id), url, type: t, tabId, frameId: 0, timeStamp: 1000 + id });
}
