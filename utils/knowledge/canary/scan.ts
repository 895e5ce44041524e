// Finds canary copies in what a page sent or stored: one Aho-Corasick pass per text over all precomputed encodings.
import type { CanaryField } from './canary.ts';
import type { CanaryEncoding, CanaryPattern } from './encodings.ts';
import { buildMatcher } from './multi-match.ts';

export type CanaryPlace = 'url' | 'header' | 'body' | 'cookie' | 'storage';

export interface CanaryHit {
  field: CanaryField;
  encoding: CanaryEncoding;
  normalised: boolean;
  where: CanaryPlace;
}

/**
 * What one request carried; headers as name/value pairs; the body as text, or as the bytes the browser delivered
 * (UTF-8: scanned as bytes and decoded only when it holds a canary; found exactly as in its decoded text).
 */
export interface ScannedRequest {
  url: string;
  headers?: ReadonlyArray<{ name: string; value: string }>;
  body?: string | Uint8Array | null;
}

export interface CanaryScanner {
  readonly patterns: readonly CanaryPattern[];
  /** The hits; a shared empty list when there are none (nearly always), so a clean request allocates nothing. */
  scanText(text: string, where: CanaryPlace): readonly CanaryHit[];
  scanRequest(r: ScannedRequest): readonly CanaryHit[];
}

const NO_HITS: readonly CanaryHit[] = Object.freeze([]);

export function buildScanner(patterns: readonly CanaryPattern[]): CanaryScanner {
  const matcher = buildMatcher(patterns.map((p) => p.pattern));
  // A list is made at the first hit only: a request with no canary (nearly all) allocates nothing here.
  const addFound = (out: CanaryHit[] | null, found: readonly number[], where: CanaryPlace): CanaryHit[] | null => {
    for (let k = 0; k < found.length; k++) {
      const p = patterns[found[k]!]!;
      (out ??= []).push({ field: p.field, encoding: p.encoding, normalised: p.normalised, where });
    }
    return out;
  };
  return {
    patterns,
    scanText: (text, where) => (typeof text === 'string' ? addFound(null, matcher.find(text), where) : null) ?? NO_HITS,
    scanRequest(r) {
      let out = addFound(null, matcher.find(typeof r.url === 'string' ? r.url : ''), 'url');
      // Header names and values joined: one pass, and a value split over two headers is not a copy anyway.
      if (r.headers && r.headers.length > 0)
        out = addFound(out, matcher.find(r.headers.map((h) => `${h.name}: ${h.value}`).join('\n')), 'header');
      if (typeof r.body === 'string') out = addFound(out, matcher.find(r.body), 'body');
      else if (r.body instanceof Uint8Array) out = addFound(out, matcher.findBytes(r.body), 'body');
      return out ?? NO_HITS;
    },
  };
}

const RANK: readonly CanaryEncoding[] = [
  'plain',
  'lower-case',
  'upper-case',
  'url-encoded',
  'base64',
  'base64url',
  'sha256',
  'sha1',
  'md5',
];

/** One hit per field: the most literal encoding found (the reader's evidence), raw before normalised. */
export function bestPerField(hits: readonly CanaryHit[]): CanaryHit[] {
  const best = new Map<CanaryField, CanaryHit>();
  const score = (h: CanaryHit): number => RANK.indexOf(h.encoding) * 2 + (h.normalised ? 1 : 0);
  for (const h of hits) {
    const b = best.get(h.field);
    if (!b || score(h) < score(b)) best.set(h.field, h);
  }
  return Array.from(best.values());
}

/** Decodes a request body's bytes for scanning; bytes that are not UTF-8 become U+FFFD, never an exception. */
export function bodyText(bytes: ArrayBuffer | Uint8Array | null | undefined): string {
  if (!bytes) return '';
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
