// IAB TCF v2 TC string decoding via @iabtcf/core, wrapped so that no input can throw.
import { TCModelError, TCString } from '@iabtcf/core';

export const TC_MAX_INPUT = 64 * 1024;
/** Vendor id lists longer than this are cut; `*Count` fields keep the full number. */
export const TC_VENDOR_CAP = 2000;

export interface TcDecoded {
  version: number;
  cmpId: number;
  cmpVersion: number;
  created: string | null;
  lastUpdated: string | null;
  consentScreen: number;
  consentLanguage: string;
  vendorListVersion: number;
  policyVersion: number;
  isServiceSpecific: boolean;
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  specialFeatureOptins: number[];
  vendorConsents: number[];
  vendorConsentCount: number;
  vendorConsentsTruncated: boolean;
  vendorLegitimateInterests: number[];
  vendorLegitimateInterestCount: number;
  publisherRestrictionCount: number;
  anyConsent: boolean;
  /** All of purposes 1-10 consented. */
  looksLikeAcceptAll: boolean;
  /** No purpose consent, no vendor consent, no special-feature opt-in (legitimate interest may remain). */
  looksLikeRejectAll: boolean;
  /** Set when only the core segment could be read (later segments were malformed). */
  warning?: string;
}

export type TcErrorKind = 'empty' | 'v1' | 'garbage' | 'truncated' | 'too-long';

export interface TcError {
  error: string;
  kind: TcErrorKind;
}

export function isTcError(x: TcDecoded | TcError): x is TcError {
  return 'error' in x;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64URL_RE = /^[A-Za-z0-9_-]+$/;
// TCF v2 went live in 2020; created/lastUpdated outside this window mean we are not reading a real header.
const PLAUSIBLE_FROM = Date.UTC(2018, 0, 1);
const PLAUSIBLE_TO = Date.UTC(2100, 0, 1);

/** Reads `len` bits from a base64url string starting at bit `offset`; null if the string is too short. */
function readBits(s: string, offset: number, len: number): number | null {
  let out = 0;
  for (let i = offset; i < offset + len; i++) {
    const ch = s.charAt(Math.floor(i / 6));
    const v = B64URL.indexOf(ch);
    if (ch === '' || v < 0) return null;
    const bit = (v >> (5 - (i % 6))) & 1;
    out = out * 2 + bit;
  }
  return out;
}

function plausibleDate(deciseconds: number | null): boolean {
  if (deciseconds === null) return false;
  const ms = deciseconds * 100;
  return ms >= PLAUSIBLE_FROM && ms <= PLAUSIBLE_TO;
}

interface BitVector {
  forEach(cb: (value: boolean, id: number) => void): void;
}

function setIds(v: BitVector, cap = Infinity): { ids: number[]; count: number } {
  const ids: number[] = [];
  let count = 0;
  v.forEach((value, id) => {
    if (!value) return;
    count++;
    if (ids.length < cap) ids.push(id);
  });
  return { ids, count };
}

function iso(d: unknown): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type TcModelLike = ReturnType<typeof TCString.decode>;

function toDecoded(m: TcModelLike): TcDecoded {
  const purposeConsents = setIds(m.purposeConsents).ids;
  const vc = setIds(m.vendorConsents, TC_VENDOR_CAP);
  const vli = setIds(m.vendorLegitimateInterests, TC_VENDOR_CAP);
  const specialFeatureOptins = setIds(m.specialFeatureOptins).ids;
  const consented = new Set(purposeConsents);
  let allTen = true;
  for (let p = 1; p <= 10; p++) if (!consented.has(p)) allTen = false;
  return {
    version: Number(m.version),
    cmpId: Number(m.cmpId),
    cmpVersion: Number(m.cmpVersion),
    created: iso(m.created),
    lastUpdated: iso(m.lastUpdated),
    consentScreen: Number(m.consentScreen),
    consentLanguage: m.consentLanguage,
    vendorListVersion: Number(m.vendorListVersion),
    policyVersion: Number(m.policyVersion),
    isServiceSpecific: m.isServiceSpecific,
    purposeConsents,
    purposeLegitimateInterests: setIds(m.purposeLegitimateInterests).ids,
    specialFeatureOptins,
    vendorConsents: vc.ids,
    vendorConsentCount: vc.count,
    vendorConsentsTruncated: vc.count > vc.ids.length,
    vendorLegitimateInterests: vli.ids,
    vendorLegitimateInterestCount: vli.count,
    publisherRestrictionCount: m.publisherRestrictions.numRestrictions,
    anyConsent: purposeConsents.length > 0,
    looksLikeAcceptAll: allTen,
    looksLikeRejectAll: purposeConsents.length === 0 && vc.count === 0 && specialFeatureOptins.length === 0,
  };
}

/** Classifies a string the library could not decode, from its header bits alone. */
function classifyFailure(core: string, libError: string, invalidField = false): TcError {
  if (!B64URL_RE.test(core)) return { kind: 'garbage', error: `not base64url: ${libError}` };
  const version = readBits(core, 0, 6);
  if (version === 1)
    return { kind: 'v1', error: 'TCF v1 consent string (version 1): not supported, TCF v1 was retired in 2020' };
  if (version !== 2)
    return { kind: 'garbage', error: `version field is ${version ?? 'unreadable'}, not 2: ${libError}` };
  if (invalidField) return { kind: 'garbage', error: `v2 header with an invalid field value: ${libError}` };
  if (plausibleDate(readBits(core, 6, 36)) && plausibleDate(readBits(core, 42, 36))) {
    return { kind: 'truncated', error: `valid v2 header but the string ends early or is cut: ${libError}` };
  }
  return { kind: 'garbage', error: `v2 version bits but no plausible header dates: ${libError}` };
}

/** The name entrypoints/background/lazy-scripts.ts gives a lazily imported library that failed to load. */
const isLoadFailure = (e: unknown): boolean => e instanceof Error && e.name === 'LazyScriptError';

export function decodeTcString(input: string): TcDecoded | TcError {
  if (typeof input !== 'string') return { kind: 'garbage', error: 'not a string' };
  if (input.length > TC_MAX_INPUT)
    return { kind: 'too-long', error: `input is ${input.length} chars, limit ${TC_MAX_INPUT}` };
  const s = input.trim();
  if (s === '') return { kind: 'empty', error: 'empty TC string' };
  const core = s.split('.')[0] ?? '';
  if (core === '') return { kind: 'garbage', error: 'empty core segment' };
  // The library decodes v1 strings wrongly or throws; v1 is recognised from the first 6 bits before calling it.
  if (B64URL_RE.test(core) && readBits(core, 0, 6) === 1) return classifyFailure(core, 'version 1');
  try {
    const m = TCString.decode(s);
    if (Number(m.version) !== 2) return { kind: 'garbage', error: `decoded version ${m.version}, expected 2` };
    return toDecoded(m);
  } catch (e) {
    // The decoder itself could not load (Chrome's worker imports it on first use): that says nothing about the string,
    // so it is not classified as the string's fault; the caller's error path records it.
    if (isLoadFailure(e)) throw e;
    const fullError = errMessage(e);
    if (core !== s) {
      // Publisher / disclosed-vendor segments are optional; the core alone still carries the consent.
      try {
        const m = TCString.decode(core);
        if (Number(m.version) === 2) return { ...toDecoded(m), warning: `later segments ignored: ${fullError}` };
      } catch (e2) {
        if (isLoadFailure(e2)) throw e2;
        // fall through to classification of the core
      }
    }
    return classifyFailure(core, fullError, e instanceof TCModelError);
  }
}
