// The stored form of a tab's event log: chunk keys, the gzip codec, compacted chunks, and parsing what was stored.
import type { AuditEvent } from '../observe/events.ts';
import type { TabBudget } from './tab-budget.ts';

/** Text compression for compacted chunks (gzip + base64 in the extension and in Node). */
export interface Codec {
  compress(text: string): Promise<string>;
  decompress(data: string): Promise<string>;
}

/** The part of `browser.storage.session` we use; an in-memory fake in tests. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Versioned key prefix: a record format change gets a new prefix and old keys are dropped on wake. */
export const KEY_PREFIX = 'ca1:';
/**
 * Raw chunk keys `ca1:<tab>:<time>.<wake>.<seq>`; a compacted chunk adds `~z` and sorts right after its first raw key.
 */
export const KEY_RE = /^ca1:(-?\d+):([0-9a-z]+\.[0-9a-z]+\.[0-9a-z]+)(~z)?$/;

/**
 * Host infos the suffix table gave (`utils/url/party.ts`), stored with the chunks as `ca1-hosts:<wake>.<seq>`: a woken
 * worker puts them back into the host cache, so that replaying the chunks and the hosts seen before need no table.
 */
export const HOSTS_PREFIX = 'ca1-hosts:';
/**
 * Host infos stored per browser session at most, hosts of at most HOST_STORED_CHARS (under 150 kB in all, 1.5 % of the
 * session quota); the others are computed again after a wake.
 */
export const HOSTS_MAX = 2_000;
export const HOST_STORED_CHARS = 64;

export interface CompactChunk {
  z: string;
  replaces: string[];
  n: number;
}

export function isCompactChunk(v: unknown): v is CompactChunk {
  return (
    typeof v === 'object' &&
    v !== null &&
    'z' in v &&
    typeof v.z === 'string' &&
    'replaces' in v &&
    Array.isArray(v.replaces)
  );
}

/** gzip + base64 with the platform's CompressionStream (service workers, pages and Node 18+). */
export const gzipCodec: Codec = {
  async compress(text) {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  },
  async decompress(data) {
    const bin = atob(data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text();
  },
};

/** A raw chunk as stored: the JSON text of its events (an array of events in stores written before). */
export function parseEvents(text: string): AuditEvent[] | null {
  try {
    const v: unknown = JSON.parse(text);
    return isEventArray(v) ? v : null;
  } catch {
    return null;
  }
}

export function isEventArray(v: unknown): v is AuditEvent[] {
  return (
    Array.isArray(v) &&
    v.every((e: unknown) => typeof e === 'object' && e !== null && 'k' in e && typeof e.k === 'string')
  );
}

/** Chunks written compressed at once (a backlog over the compact-now size): each `<key>~z` replaces its raw key. */
export async function compressBig(
  codec: Codec,
  budget: TabBudget,
  encoded: Record<string, string>,
  big: ReadonlyArray<[string, number]>,
  writes: Record<string, AuditEvent[]>,
): Promise<Record<string, unknown>> {
  const items: Record<string, unknown> = { ...encoded };
  for (const [key, tabId] of big) {
    const text = encoded[key] ?? '';
    const z = await codec.compress(text);
    delete items[key];
    const chunk: CompactChunk = { z, replaces: [key], n: writes[key]?.length ?? 0 };
    items[`${key}~z`] = chunk;
    budget.compacted(tabId, text.length, z.length);
  }
  return items;
}
