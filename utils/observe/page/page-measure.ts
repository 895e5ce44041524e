// What a beacon reports of its arguments: the absolute URL (resolved against the document's base) and the body's size
// in bytes, both read through built-ins captured at document_start so that page code never runs for them.
import { MAX_URL } from './contract.ts';
import type { HookKit } from './hook-kit.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;

export interface PageMeasure {
  /** Bytes of a request body; -1 when the size is not known without serialising (FormData and the like). */
  bodySize(data: unknown): number;
  /** The absolute URL a string or URL object names, capped; undefined when it is neither or does not parse. */
  resolveUrl(u: unknown): string | undefined;
}

export function makePageMeasure(win: Win, i: Intrinsics, kit: HookKit): PageMeasure {
  const { apply, getProto } = i;
  const { getter, text, cap } = kit;
  const doc = win.document;
  const URLCtor = win.URL;
  const urlHref = getter(URLCtor?.prototype, 'href');
  const baseUri = getter(doc, 'baseURI');
  const blobSize = getter(win.Blob?.prototype, 'size');
  const bufferLength = getter(win.ArrayBuffer?.prototype, 'byteLength');
  const typedLength = win.Uint8Array ? getter(getProto(win.Uint8Array.prototype), 'byteLength') : undefined;
  const viewLength = getter(win.DataView?.prototype, 'byteLength');
  const paramsToString = win.URLSearchParams?.prototype.toString;
  const Encoder = win.TextEncoder;
  const encoder = Encoder ? new Encoder() : undefined;
  const encode = Encoder?.prototype.encode;

  const utf8Length = (s: string): number => {
    if (!encoder || !encode || !typedLength) return -1;
    return apply(typedLength, apply(encode, encoder, [s]), []);
  };
  const bodySize = (data: unknown): number => {
    if (data === undefined || data === null) return 0;
    if (typeof data === 'string') return utf8Length(data);
    if (typeof data !== 'object') return utf8Length(text(data) ?? '');
    // Brand-checked getters throw for other types: the first that answers knows the size.
    for (const g of [blobSize, bufferLength, typedLength, viewLength]) {
      if (!g) continue;
      try {
        return apply(g, data, []);
      } catch {
        /* not this type */
      }
    }
    if (paramsToString) {
      try {
        return utf8Length(apply(paramsToString, data, []));
      } catch {
        /* not URLSearchParams */
      }
    }
    return -1; // FormData and the like: the size is not known without serialising
  };
  const resolveUrl = (u: unknown): string | undefined => {
    let s = text(u);
    if (s === undefined && urlHref) {
      try {
        s = apply(urlHref, u, []);
      } catch {
        /* not a URL object */
      }
    }
    if (s === undefined || !URLCtor || !urlHref) return undefined;
    let base: unknown;
    try {
      base = baseUri ? apply(baseUri, doc, []) : undefined;
    } catch {
      /* keep undefined */
    }
    try {
      const href: unknown = apply(urlHref, new URLCtor(s, typeof base === 'string' ? base : undefined), []);
      return typeof href === 'string' ? cap(href, MAX_URL) : undefined;
    } catch {
      return undefined;
    }
  };
  return { bodySize, resolveUrl };
}
