// Every form a tracker is known to send a typed value in: plain, case-changed, URL-encoded, Base64 and hashed
// (the raw value and the normalised one, as Meta's and Google's
// "enhanced conversions" require). Computed once per audit.
import type { CanaryField, CanaryValue } from './canary.ts';
import { webHasher, type HashAlgorithm, type Hasher } from './digest.ts';

export type CanaryEncoding =
  'plain' | 'lower-case' | 'upper-case' | 'url-encoded' | 'base64' | 'base64url' | HashAlgorithm;

export interface CanaryPattern {
  field: CanaryField;
  encoding: CanaryEncoding;
  /** True when the pattern is of the normalised value (trimmed, lower-case; phone as digits with country code). */
  normalised: boolean;
  pattern: string;
}

/** Shorter patterns could occur by chance in a body: a false leak is worse than a missed one here. */
export const MIN_PATTERN_LENGTH = 8;

const HASHES: readonly HashAlgorithm[] = ['md5', 'sha1', 'sha256'];

/** What trackers hash: e-mail trimmed and lower-case, phone as digits with country code, names lower-case. */
export function normalise(field: CanaryField, value: string): string[] {
  const v = value.trim();
  if (field === 'phone') {
    const digits = v.replace(/\D/g, '');
    const national = v.startsWith('+44') ? `0${digits.slice(2)}` : digits;
    return Array.from(new Set([digits, `+${digits}`, national]));
  }
  return [v.toLowerCase()];
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/=+$/, '');
}

/**
 * The Base64 characters that depend only on the value's own bytes, for each of the three alignments it can have
 * inside a longer encoded payload (a JSON object Base64-encoded as a whole, for example).
 */
export function base64Cores(value: string, urlSafe: boolean): string[] {
  const bytes = utf8(value);
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    let full = base64(padded);
    if (urlSafe) full = full.replace(/\+/g, '-').replace(/\//g, '_');
    const start = Math.ceil((8 * shift) / 6);
    const end = Math.floor((8 * (shift + bytes.length)) / 6);
    out.push(full.slice(start, end));
  }
  return out;
}

function urlForms(v: string): string[] {
  const strict = encodeURIComponent(v);
  return [strict, strict.replace(/%20/g, '+'), strict.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())];
}

/** All patterns for the given values, duplicates and too-short ones dropped (the first, most literal label wins). */
export async function canaryPatterns(
  values: readonly CanaryValue[],
  hasher: Hasher = webHasher,
): Promise<CanaryPattern[]> {
  const out: CanaryPattern[] = [];
  const seen = new Set<string>();
  const add = (field: CanaryField, encoding: CanaryEncoding, normalised: boolean, pattern: string): void => {
    if (pattern.length < MIN_PATTERN_LENGTH || seen.has(pattern)) return;
    seen.add(pattern);
    out.push({ field, encoding, normalised, pattern });
  };
  for (const { field, value } of values) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    const forms: Array<[string, boolean]> = [
      [value, false],
      ...normalise(field, value).map((n): [string, boolean] => [n, true]),
    ];
    for (const [v, norm] of forms) add(field, 'plain', norm, v);
    add(field, 'lower-case', false, value.toLowerCase());
    add(field, 'upper-case', false, value.toUpperCase());
    for (const [v, norm] of forms) for (const u of urlForms(v)) add(field, 'url-encoded', norm, u);
    for (const [v, norm] of forms) {
      for (const c of base64Cores(v, false)) add(field, 'base64', norm, c);
      for (const c of base64Cores(v, true)) add(field, 'base64url', norm, c);
    }
    for (const [v, norm] of forms) {
      for (const alg of HASHES) {
        const h = await hasher.hex(alg, v);
        add(field, alg, norm, h);
        add(field, alg, norm, h.toUpperCase());
      }
    }
  }
  return out;
}
