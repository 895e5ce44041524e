// The IP table decoded in a dedicated Worker (entrypoints/ip-table-worker.ts) and its arrays transferred back, so that
// an extension page's main thread skips the decode (about 100 ms of CPU here) and keeps painting and answering input.
// Any failure on that path falls back to the decode on the main thread: the same table, or null, as before.
import {
  decodeIpTable,
  ipTableOf,
  isIpTableArrays,
  loadIpTable,
  type IpTable,
  type IpTableArrays,
} from './ip-country.ts';

/** The page asks the worker for the table at `url` (the extension's own data/ip-country.bin). */
export interface IpTableRequest {
  type: 'ip-table';
  url: string;
}

/** The worker's answer: the decoded arrays, or why it could not (the page then decodes on its own thread). */
export type IpTableReply = { type: 'ip-table'; arrays: IpTableArrays } | { type: 'ip-table-failed'; reason: string };

/** The part of a dedicated Worker used here (a test passes its own). */
export interface IpTableWorker {
  postMessage(msg: IpTableRequest): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

/** The worker's side: fetch and decode; the reply and the buffers it transfers. */
export async function ipTableReply(
  raw: unknown,
  fetchFn: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<{ reply: IpTableReply; transfer: ArrayBuffer[] }> {
  const url = typeof raw === 'object' && raw !== null && 'url' in raw ? raw.url : undefined;
  if (typeof url !== 'string') return { reply: { type: 'ip-table-failed', reason: 'no url' }, transfer: [] };
  try {
    const res = await fetchFn(url);
    if (!res.ok) return { reply: { type: 'ip-table-failed', reason: `HTTP ${res.status}` }, transfer: [] };
    const arrays = decodeIpTable(await res.arrayBuffer());
    const { starts4, cc4, hi6, lo6, cc6, bucket4, bucket6 } = arrays;
    const transfer = [starts4, cc4, hi6, lo6, cc6, bucket4, bucket6].map((a) => a.buffer as ArrayBuffer);
    return { reply: { type: 'ip-table', arrays }, transfer };
  } catch (e) {
    return { reply: { type: 'ip-table-failed', reason: e instanceof Error ? e.message : String(e) }, transfer: [] };
  }
}

/** The page's side without a worker: what loadKnowledge always did (a missing or corrupt table is null). */
export async function loadIpTableHere(url: string): Promise<IpTable | null> {
  try {
    const res = await fetch(url);
    return res.ok ? loadIpTable(await res.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * The table decoded by the worker `start` makes; on any failure (no Worker, a script error, a reply that fails its
 * check) `here()` decodes it on this thread instead, so the answer never differs from the main-thread path's.
 */
export function loadIpTableOffThread(
  url: string,
  start: () => IpTableWorker,
  here: () => Promise<IpTable | null> = () => loadIpTableHere(url),
): Promise<IpTable | null> {
  let worker: IpTableWorker;
  try {
    worker = start();
  } catch {
    return here();
  }
  return new Promise<IpTable | null>((resolve) => {
    let settled = false;
    const settle = (table: Promise<IpTable | null> | IpTable | null): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(table);
    };
    worker.addEventListener('message', ({ data }) => {
      const reply = data as Partial<IpTableReply> | null;
      if (reply?.type === 'ip-table' && isIpTableArrays(reply.arrays)) settle(ipTableOf(reply.arrays));
      else settle(here());
    });
    worker.addEventListener('error', () => settle(here()));
    worker.addEventListener('messageerror', () => settle(here()));
    try {
      worker.postMessage({ type: 'ip-table', url });
    } catch {
      settle(here());
    }
  });
}
