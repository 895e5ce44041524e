// Which CMP runs on a page (from scripts, cookies, storage, globals) and what choice its stored value records.
import { CMPS } from '../../data/cmps.ts';
import type { ChoiceSource, CmpSignature, NamePattern } from '../../data/cmps.ts';
import { decodeCmpValue } from './cmp-decode.ts';

export interface CmpEvidenceInput {
  scriptUrls: string[];
  cookies: { name: string; value: string }[];
  storage: { key: string; value: string }[];
  globals: string[];
  /** CMP ids the page's TCF API reported (`__tcfapi` getTCData/addEventListener); the CMP names itself there */
  tcfCmpIds?: number[];
}

export type CmpEvidenceKind = 'script' | 'cookie' | 'storage' | 'global' | 'tcf';

/** The distinct TCF CMP ids in a record's TCF reports. */
export function tcfCmpIdsOf(tcf: ReadonlyArray<{ cmpId?: number }> | undefined): number[] {
  const ids = new Set<number>();
  for (const x of tcf ?? [])
    if (typeof x.cmpId === 'number' && Number.isSafeInteger(x.cmpId) && x.cmpId > 0) ids.add(x.cmpId);
  return [...ids];
}

export interface CmpDetection {
  cmpId: string;
  name: string;
  /** high: the CMP's own script or global was seen; medium: only its cookies/storage keys. */
  confidence: 'high' | 'medium';
  evidence: { kind: CmpEvidenceKind; detail: string }[];
}

export type CmpState = 'none' | 'accepted' | 'rejected' | 'partial' | 'unknown';

export interface CmpChoice {
  cmpId: string;
  state: CmpState;
  categories: Record<string, boolean>;
  /** Categories that are always on for this CMP (not used to judge the state). */
  necessary: string[];
  /** Which cookie/storage key and (shortened) value the state came from. */
  evidence: string;
  /** Whether a "banner answered" marker exists; null if the CMP has none defined. */
  answered: boolean | null;
  error?: string;
}

const MAX_ITEMS = 5000;
const MAX_EVIDENCE = 20;
const EVIDENCE_VALUE_CHARS = 200;

export function matchesName(pattern: NamePattern, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

function hostMatches(host: string, pattern: string): boolean {
  return host === pattern || host.endsWith(`.${pattern}`);
}

function parseScript(u: string): { host: string; path: string } | null {
  try {
    const url = new URL(u, 'relative://page/');
    return { host: url.protocol === 'relative:' ? '' : url.hostname.toLowerCase(), path: url.pathname };
  } catch {
    return null;
  }
}

function arr<T>(x: unknown): T[] {
  return Array.isArray(x) ? x.slice(0, MAX_ITEMS) : [];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Keeps well-formed {name|key, value} items; hostile objects (throwing getters) are dropped. */
function pairs(x: unknown, field: 'name' | 'key'): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const item of arr<unknown>(x)) {
    if (!isRecord(item)) continue;
    try {
      const n = item[field];
      const v = item.value;
      if (typeof n === 'string' && typeof v === 'string') out.push({ name: n, value: v });
    } catch {
      // skip
    }
  }
  return out;
}

export function detectCmps(evidence: CmpEvidenceInput, cmps: readonly CmpSignature[] = CMPS): CmpDetection[] {
  const scripts = arr<unknown>(evidence?.scriptUrls)
    .filter((s): s is string => typeof s === 'string')
    .map((s) => ({ url: s, parsed: parseScript(s) }));
  const cookieNames = pairs(evidence?.cookies, 'name').map((c) => c.name);
  const storageKeys = pairs(evidence?.storage, 'key').map((c) => c.name);
  const globals = new Set(arr<unknown>(evidence?.globals).filter((g): g is string => typeof g === 'string'));
  const tcfIds = arr<unknown>(evidence?.tcfCmpIds).filter((x): x is number => typeof x === 'number');

  const out: CmpDetection[] = [];
  for (const cmp of cmps) {
    const ev: CmpDetection['evidence'] = [];
    const add = (kind: CmpEvidenceKind, detail: string): void => {
      if (ev.length < MAX_EVIDENCE && !ev.some((e) => e.kind === kind && e.detail === detail))
        ev.push({ kind, detail });
    };
    for (const { url, parsed } of scripts) {
      if (!parsed) continue;
      if (parsed.host && cmp.scriptHosts.some((h) => hostMatches(parsed.host, h))) add('script', url.slice(0, 300));
      else if (cmp.scriptPaths?.some((p) => parsed.path.includes(p))) add('script', url.slice(0, 300));
    }
    for (const g of cmp.globals) if (globals.has(g)) add('global', g);
    for (const id of tcfIds) if (cmp.tcfCmpIds?.includes(id)) add('tcf', `TCF CMP id ${id}`);
    for (const n of cookieNames) if (cmp.cookies.some((p) => matchesName(p, n))) add('cookie', n);
    for (const k of storageKeys) if (cmp.storageKeys.some((p) => matchesName(p, k))) add('storage', k);
    if (ev.length === 0) continue;
    const strong = ev.some((e) => e.kind === 'script' || e.kind === 'global' || e.kind === 'tcf');
    out.push({ cmpId: cmp.id, name: cmp.name, confidence: strong ? 'high' : 'medium', evidence: ev });
  }
  return out.sort((a, b) =>
    a.confidence === b.confidence ? b.evidence.length - a.evidence.length : a.confidence === 'high' ? -1 : 1,
  );
}

interface Stored {
  label: string;
  value: string;
}

function findStored(
  src: ChoiceSource,
  cookies: { name: string; value: string }[],
  storage: { key: string; value: string }[],
): Stored[] {
  const out: Stored[] = [];
  if (src.cookie)
    for (const c of cookies)
      if (matchesName(src.cookie, c.name)) out.push({ label: `cookie ${c.name}`, value: c.value });
  if (src.storage)
    for (const s of storage)
      if (matchesName(src.storage, s.key)) out.push({ label: `storage ${s.key}`, value: s.value });
  return out;
}

function short(v: string): string {
  return v.length > EVIDENCE_VALUE_CHARS ? `${v.slice(0, EVIDENCE_VALUE_CHARS)}…` : v;
}

export function stateOf(categories: Record<string, boolean>, necessary: string[]): CmpState {
  const optional = Object.entries(categories).filter(([k]) => !necessary.includes(k));
  if (optional.length === 0) return 'unknown';
  if (optional.every(([, v]) => v)) return 'accepted';
  if (optional.every(([, v]) => !v)) return 'rejected';
  return 'partial';
}

/** Reads the visitor's choice from the CMP's own cookies/storage (TCF string only as a fallback); never throws. */
export function readCmpChoice(
  cmp: CmpSignature,
  cookiesIn: { name: string; value: string }[],
  storageIn: { key: string; value: string }[],
): CmpChoice {
  const cookies = pairs(cookiesIn, 'name');
  const storage = pairs(storageIn, 'key').map((s) => ({ key: s.name, value: s.value }));
  const markers = cmp.answeredMarkers ?? [];
  const answered = markers.length === 0 ? null : markers.some((m) => findStored(m, cookies, storage).length > 0);

  const categories: Record<string, boolean> = {};
  const necessary = new Set<string>();
  const evidence: string[] = [];
  const errors: string[] = [];
  let special: CmpChoice['state'] | null = null;
  let seen = 0;

  for (const pass of ['own', 'tcf'] as const) {
    if (pass === 'tcf' && (Object.keys(categories).length > 0 || special)) break;
    for (const d of cmp.decoders) {
      if ((d.format === 'tcf') !== (pass === 'tcf')) continue;
      for (const stored of findStored(d.source, cookies, storage)) {
        seen++;
        const r = decodeCmpValue(d, stored.value);
        if (!r.ok) {
          errors.push(`${stored.label}: ${r.error}`);
          continue;
        }
        evidence.push(`${stored.label}=${short(stored.value)}`);
        if (r.special) special ??= r.special;
        for (const [k, v] of Object.entries(r.categories)) if (!Object.hasOwn(categories, k)) categories[k] = v;
        for (const n of d.necessary ?? []) necessary.add(n);
        break;
      }
    }
  }

  const nec = Array.from(necessary);
  const base = { cmpId: cmp.id, categories, necessary: nec, evidence: evidence.join('; '), answered };
  if (special) return { ...base, state: special };
  if (Object.keys(categories).length > 0) {
    const state = stateOf(categories, nec);
    return errors.length > 0 ? { ...base, state, error: errors.join('; ') } : { ...base, state };
  }
  if (errors.length > 0) return { ...base, state: 'unknown', error: errors.join('; ') };
  if (seen > 0) return { ...base, state: 'unknown', error: 'stored value holds no category decision' };
  if (answered)
    return {
      ...base,
      state: 'unknown',
      error:
        cmp.decoders.length === 0
          ? 'no decoder for this CMP; banner was answered'
          : 'banner answered but no readable choice stored',
    };
  return { ...base, state: 'none' };
}

/** Convenience: detect, then read each detected CMP's choice. */
export function readDetectedChoices(
  evidence: CmpEvidenceInput,
  cmps: readonly CmpSignature[] = CMPS,
): { detection: CmpDetection; choice: CmpChoice }[] {
  return detectCmps(evidence, cmps).flatMap((detection) => {
    const cmp = cmps.find((c) => c.id === detection.cmpId);
    return cmp ? [{ detection, choice: readCmpChoice(cmp, evidence.cookies, evidence.storage) }] : [];
  });
}
