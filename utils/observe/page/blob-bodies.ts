// Blob request bodies: Chrome shows extensions no byte of a Blob sent by sendBeacon, fetch or XMLHttpRequest, so the
// hooks read its first bytes here (the page's own Blob.prototype.text, captured at document_start) and report them
// as a page event. A page-world witness: a page can get around it (an iframe's own fetch, a stream); webRequest stays
// the authority for the request itself.
import { MAX_BODY, type Emit } from './contract.ts';
import type { HookKit } from './hook-kit.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
/** Bytes of Blob bodies one document reads in all: 64 bodies read whole. */
export const MAX_BODY_TOTAL = 64 * MAX_BODY;
export type BodyApi = 'sendBeacon' | 'fetch' | 'xhr';

export interface BlobBodies {
  /** Reads `body` when it is a Blob sent to another origin than the page's; reports its text once read. */
  read(url: string, body: unknown, api: BodyApi, t: number): void;
  /** XMLHttpRequest: the URL of `open` (resolved then, against the base of that moment) is read back at `send`. */
  hookXhr(resolveUrl: (u: unknown) => string | undefined): void;
}

export function makeBlobBodies(win: Win, i: Intrinsics, kit: HookKit, emit: Emit): BlobBodies {
  const { apply, strSlice, promiseThen } = i;
  const proto = win.Blob?.prototype;
  const size = kit.getter(proto, 'size');
  const slice = kit.own(kit.findOwner(proto, 'slice'), 'slice');
  const text = kit.own(kit.findOwner(proto, 'text'), 'text');
  // The document's origin cannot change after document_start; `origin` is replaceable by the page later.
  let origin = '';
  try {
    origin = typeof win.origin === 'string' ? win.origin : '';
  } catch {
    /* no origin: every Blob target counts as another origin */
  }
  const own = origin === 'null' || origin === '' ? '' : origin + '/';
  const none = (): void => undefined;
  // Text a document may send across at most: a page posting Blobs in a loop must not flood the bridge and the worker.
  let left = MAX_BODY_TOTAL;
  const read: BlobBodies['read'] = (url, body, api, t) => {
    if (!size || typeof slice !== 'function' || typeof text !== 'function' || !promiseThen) return;
    if (typeof body !== 'object' || body === null) return;
    if (own !== '' && apply(strSlice, url, [0, own.length]) === own) return; // the page's own origin: not scanned
    let bytes: unknown;
    try {
      bytes = apply(size, body, []); // brand check: throws for anything but a Blob (or File)
    } catch {
      return;
    }
    if (typeof bytes !== 'number' || bytes <= 0 || left <= 0) return;
    left -= bytes > MAX_BODY ? MAX_BODY : bytes;
    try {
      const part: unknown = bytes > MAX_BODY ? apply(slice as (...a: never[]) => unknown, body, [0, MAX_BODY]) : body;
      const reading: unknown = apply(text as (...a: never[]) => unknown, part, []);
      const done = (s: unknown): void => {
        if (typeof s === 'string') emit({ k: 'page-body', t, url, api, text: kit.cap(s, MAX_BODY), bytes });
      };
      apply(promiseThen, reading, [done, none]);
    } catch {
      /* not read: the request's own record says the browser did not show its body */
    }
  };
  const hookXhr = (resolveUrl: (u: unknown) => string | undefined): void => {
    const Map = i.WeakMapCtor;
    const xhr = win.XMLHttpRequest?.prototype;
    if (!Map || !xhr) return;
    // Captured: the page may replace WeakMap.prototype's methods later.
    const mapGet = Map.prototype.get;
    const mapSet = Map.prototype.set;
    const urls = new Map<object, string>();
    kit.hookMethod(xhr, 'open', (self, args) => {
      const url = resolveUrl(kit.arg(args, 1));
      if (url !== undefined && typeof self === 'object' && self !== null) apply(mapSet, urls, [self, url]);
    });
    kit.hookMethod(xhr, 'send', (self, args) => {
      const body = kit.arg(args, 0);
      if (typeof body !== 'object' || body === null || typeof self !== 'object' || self === null) return;
      const url: unknown = apply(mapGet, urls, [self]);
      if (typeof url === 'string') read(url, body, 'xhr', kit.now());
    });
  };
  return { read, hookXhr };
}
