// The background's record for a tab, read the same way in both engines: only how a message reaches the background
// differs (a Playwright extension page in Chromium, a BiDi context in Firefox), so that part is passed in.
import { setTimeout as sleep } from 'node:timers/promises';
import type { PageRecord } from '../../utils/record/record.ts';

const POLL_MS = 100;

/** The record in a `get-record` answer; an answer of any other shape is an error, never an empty record. */
export function recordOfAnswer(response: unknown): PageRecord | null {
  if (typeof response !== 'object' || response === null || !('record' in response)) {
    throw new Error(`getRecord: unexpected answer from the background: ${JSON.stringify(response)}`);
  }
  // The background answers with the protocol's record type; the page boundary loses the type only.
  return response.record as PageRecord | null;
}

/**
 * Calls `get` until `accept(record)` holds, or returns the last record after `timeoutMs`; an error of `get` is retried
 * until the deadline, then thrown.
 */
export async function pollRecord(
  get: () => Promise<PageRecord | null>,
  accept: (record: PageRecord) => boolean,
  timeoutMs: number,
): Promise<PageRecord | null> {
  const deadline = Date.now() + timeoutMs;
  let last: PageRecord | null = null;
  for (;;) {
    try {
      last = await get();
      if (last && accept(last)) return last;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
    if (Date.now() >= deadline) return last;
    await sleep(POLL_MS);
  }
}
