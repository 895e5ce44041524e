// The one message protocol between background, content script, main world and extension pages.
import type { PageRecord } from './record.ts';

/** Main world -> isolated content script, through a DOM event whose name carries a per-document nonce. */
export interface MainWorldReport { v: 1; events: unknown[] }

export type Message =
  /** Content script -> background: page-reported events of this frame (validated again in the background). */
  | { type: 'page-events'; events: unknown[] }
  /** Extension page -> background: the current page record of a tab. */
  | { type: 'get-record'; tabId: number }
  /** Extension page -> background: is the worker up, which version. */
  | { type: 'ping' };

export interface Responses {
  'page-events': { accepted: number; rejected: number };
  'get-record': { record: PageRecord | null };
  ping: { ready: true; version: string };
}

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
export type ResponseOf<M extends Message> = Responses[M['type']];

/** Port name an extension page opens to get live record updates: `record:<tabId>`. */
export const RECORD_PORT_PREFIX = 'record:';
export type PortPush = { type: 'record'; record: PageRecord | null };

const TYPES: ReadonlySet<string> = new Set<Message['type']>(['page-events', 'get-record', 'ping']);

/** Narrow an untrusted runtime message to the protocol; anything else is not a message of ours. */
export function asMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return null;
  const m = raw as Record<string, unknown>;
  switch (type) {
    case 'ping':
      return { type };
    case 'get-record':
      return typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? { type, tabId: m.tabId } : null;
    case 'page-events':
      // Each event is validated one by one in the background (page-events.ts); here only the shape of the batch.
      return Array.isArray(m.events) ? { type, events: m.events } : null;
  }
  return null;
}
