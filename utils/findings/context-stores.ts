// Context step two: cookies and storage keys, each with its known pattern and why it counts as tracking (if it does).
import type { CookiePattern, CookiePurpose } from '../../data/types.ts';
import type { Attribution } from '../observe/events.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { TrackerMatch } from '../knowledge/tracker-match.ts';
import { recordKeysOf } from '../observe/page/idb-record-text.ts';
import { phaseOf } from '../record/phase.ts';
import type { Choice, PageRecord } from '../record/record.ts';
import { hostOfUrl } from '../url/url.ts';
import { writerTrusted } from './attribution.ts';
import type { CookieFact, StorageFact, StoreFact } from './context.ts';
import { isConsentTracker, type Lookups } from './context-lookups.ts';
import { categoryLabel, purposeLabel } from './labels.ts';
import { phrase, type PhraseKey } from './phrases.ts';
import type { AnalyzedCookie, AnalyzedStorage, AnalyzedWrite, Lang } from './types.ts';

export const TRACKING_PURPOSES: ReadonlySet<CookiePurpose> = new Set<CookiePurpose>([
  'analytics',
  'advertising',
  'session-replay',
  'marketing-automation',
  'social',
]);
export const ESSENTIAL_PURPOSES: ReadonlySet<CookiePurpose> = new Set<CookiePurpose>([
  'necessary',
  'consent',
  'security',
]);

type Candidate = [TrackerMatch | null, boolean, PhraseKey];
type Classify = (pattern: CookiePattern | null, candidates: Candidate[], writer: Writer) => StoreFact;
interface Writer {
  script?: string | undefined;
  attribution?: Attribution | undefined;
}

/** The writer script as a candidate: a name the engine's text gave says so; a name the page chose is no candidate. */
function writerCandidate(lookups: Lookups, w: Writer): Candidate | null {
  if (!w.script || !writerTrusted(w.attribution)) return null;
  const how: PhraseKey = w.attribution === 'unverified' ? 'trackingByScriptUnverified' : 'trackingByScript';
  return [lookups.scriptMatch(w.script), lookups.isCmpHost(hostOfUrl(w.script) ?? ''), how];
}

/** Tracking reason for a cookie or storage key; essential known names never count, nor a writer name the page chose. */
function storeClassifier(lookups: Lookups, lang: Lang): Classify {
  const { ownerName } = lookups;
  return (pattern, candidates, writer) => {
    if (pattern && ESSENTIAL_PURPOSES.has(pattern.purpose))
      return { tracking: null, essential: true, pattern, claimed: null };
    if (pattern && pattern.needsConsent && TRACKING_PURPOSES.has(pattern.purpose)) {
      const owner = ownerName(pattern.owner);
      const vars = { purpose: purposeLabel(pattern.purpose, lang), description: pattern.description };
      const tracking = owner
        ? phrase(lang, 'trackingPatternOwned', { ...vars, owner })
        : phrase(lang, 'trackingPattern', vars);
      return { tracking, essential: false, pattern, claimed: null };
    }
    const byWriter = writerCandidate(lookups, writer);
    for (const [m, cmp, how] of byWriter ? [...candidates, byWriter] : candidates) {
      if (m && isConsentTracker(m, cmp)) {
        const tracking = phrase(lang, how, {
          tracker: m.tracker.name,
          category: categoryLabel(m.tracker.category, lang),
        });
        return { tracking, essential: false, pattern, claimed: null };
      }
    }
    return { tracking: null, essential: false, pattern, claimed: claimedWriter(lookups, writer) };
  };
}

/** The tracker a writer name the page chose would point to, if it were believed. */
function claimedWriter(lookups: Lookups, w: Writer): StoreFact['claimed'] {
  if (!w.script || writerTrusted(w.attribution)) return null;
  const m = lookups.scriptMatch(w.script);
  return m && isConsentTracker(m, lookups.isCmpHost(hostOfUrl(w.script) ?? ''))
    ? { tracker: m.tracker.name, script: w.script }
    : null;
}

/**
 * A database whose name says nothing: a record key in it that names a tracking store (`_ga` in a key-value database).
 * Only a tracking pattern counts: a record named like a consent cookie must not make a tracker's database essential.
 */
function recordPattern(lookupName: Lookups['lookupName'], value: string): CookiePattern | null {
  for (const key of recordKeysOf(value)) {
    const p = lookupName(key);
    if (p && p.needsConsent && TRACKING_PURPOSES.has(p.purpose)) return p;
  }
  return null;
}

/** The times and size of a cookie or storage entry's writes; one shape for both. */
interface StoreEntry {
  t: number;
  lastT: number;
  writes: number;
  valueLength: number;
}

type KnownFields = Pick<AnalyzedWrite, 'phase' | 'lastPhase' | 'purpose' | 'owner' | 'ownerName' | 'needsConsent'>;

/** Phases of the first and last write and what the known name says: the same mapping for cookies and storage. */
function knownFields(
  pattern: CookiePattern | null,
  entry: StoreEntry,
  choice: Choice | null,
  ownerName: Lookups['ownerName'],
): KnownFields {
  return {
    phase: phaseOf(entry.t, choice),
    lastPhase: phaseOf(entry.lastT, choice),
    purpose: pattern?.purpose ?? null,
    owner: pattern?.owner ?? null,
    ownerName: ownerName(pattern?.owner ?? null),
    needsConsent: pattern ? pattern.needsConsent : null,
  };
}

/** Write times relative to the record's start, count and size. */
function writeFields(entry: StoreEntry, start: number): Pick<AnalyzedWrite, 't' | 'lastT' | 'writes' | 'valueLength'> {
  return { t: entry.t - start, lastT: entry.lastT - start, writes: entry.writes, valueLength: entry.valueLength };
}

export function cookieFacts(
  record: PageRecord,
  knowledge: Knowledge,
  lookups: Lookups,
  choice: Choice | null,
  lang: Lang,
): CookieFact[] {
  const start = record.startedAt;
  const matcher = knowledge.trackers;
  const { lookupName, scriptMatch, isCmpHost, ownerName } = lookups;
  const classify = storeClassifier(lookups, lang);
  const cookies: CookieFact[] = [];
  for (const entry of record.cookies ?? []) {
    const pattern = lookupName(entry.name);
    const domainMatch = entry.domain ? matcher.match(entry.domain) : null;
    const byResponse = scriptMatch(entry.setByUrl);
    // Stored: the browser confirmed it, or a server's Set-Cookie asked for it; a page-only report is an attempt.
    const stored =
      entry.refused === undefined && ((entry.confirmedBy ?? []).includes('browser') || entry.setByUrl !== undefined);
    const classified = classify(
      pattern,
      [
        [domainMatch, entry.domain ? isCmpHost(entry.domain) : false, 'trackingOnDomain'],
        [byResponse, entry.setByUrl ? isCmpHost(hostOfUrl(entry.setByUrl) ?? '') : false, 'trackingByResponse'],
      ],
      entry,
    );
    const fact = stored ? classified : { ...classified, tracking: null, claimed: null };
    const out: AnalyzedCookie = {
      name: entry.name,
      domain: entry.domain,
      thirdParty: entry.party === 'third',
      setBy: entry.setBy,
      ...knownFields(pattern, entry, choice, ownerName),
      description: pattern?.description ?? null,
      script: entry.script ?? null,
      attribution: entry.attribution ?? null,
      setByUrl: entry.setByUrl ?? null,
      ...writeFields(entry, start),
      removed: entry.removed,
      confirmedBy: [...(entry.confirmedBy ?? [])],
      stored,
      refused: entry.refused ?? null,
    };
    cookies.push({ ...fact, entry, out });
  }
  return cookies;
}

export function storageFacts(
  record: PageRecord,
  knowledge: Knowledge,
  lookups: Lookups,
  choice: Choice | null,
  lang: Lang,
): StorageFact[] {
  const start = record.startedAt;
  const matcher = knowledge.trackers;
  const { lookupName, isCmpHost, ownerName } = lookups;
  const classify = storeClassifier(lookups, lang);
  const storage: StorageFact[] = [];
  for (const entry of record.storage ?? []) {
    const pattern =
      lookupName(entry.key) ?? (entry.kind === 'indexedDB' ? recordPattern(lookupName, entry.value) : null);
    const hostMatch = entry.host ? matcher.match(entry.host) : null;
    const fact = classify(
      pattern,
      [[hostMatch, entry.host ? isCmpHost(entry.host) : false, 'trackingInOrigin']],
      entry,
    );
    const out: AnalyzedStorage = {
      kind: entry.kind,
      origin: entry.origin,
      host: entry.host,
      key: entry.key,
      thirdParty: entry.party === 'third',
      ...knownFields(pattern, entry, choice, ownerName),
      script: entry.script ?? null,
      attribution: entry.attribution ?? null,
      ...writeFields(entry, start),
      frameUrl: entry.frameUrl,
      seenBy: [...(entry.seenBy ?? [])],
    };
    storage.push({ ...fact, entry, out });
  }
  return storage;
}
