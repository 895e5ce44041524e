// The scenarios of one URL each ran in a fresh profile: a value that differs between them is a per-visitor id, one
// that is the same in all is not (a constant, or derived from this machine). Compared by place, across the records.
import type { PageRecord } from '../record/record.ts';
import { isIdLike } from './identifiers.ts';
import { cookieKey, requestValues, storageKey } from './profile-keys.ts';
import { farApart, randomEnough } from './profile-values.ts';

export type ProfileVerdict =
  /** Differs between the fresh profiles of `scenarios`, random enough, and kept within each profile */
  | { kind: 'differs'; scenarios: string[] }
  /** The same value in every profile that recorded it; `random`: looks random (could be derived from this machine) */
  | { kind: 'same'; scenarios: string[]; random: boolean };

/** What the other profiles say of one scenario's values, by place (profile-keys.ts). */
export interface ProfileView {
  verdict(key: string): ProfileVerdict | null;
}

export interface ProfileInput {
  scenario: string;
  record: PageRecord;
}

const MAX_KEYS = 20000;
const MAX_STORED = 5000;

interface Seen {
  /** value -> distinct requests (cookies and storage: 1) */
  values: Map<string, Set<string>>;
  stored: boolean;
}

interface Profile {
  scenario: string;
  near: number;
  seen: Map<string, Seen>;
  /** Values the page stored (cookies, storage) and their parts: a request value found here is kept, not a nonce */
  stored: Set<string>;
}

function collect({ scenario, record }: ProfileInput): Profile {
  const seen = new Map<string, Seen>();
  const stored = new Set<string>();
  const add = (key: string, value: string, from: string, isStored: boolean): void => {
    if (value === '') return;
    let s = seen.get(key);
    if (!s) {
      if (seen.size >= MAX_KEYS) return;
      s = { values: new Map(), stored: isStored };
      seen.set(key, s);
    }
    const v = s.values.get(value);
    if (v) v.add(from);
    else s.values.set(value, new Set([from]));
  };
  const keep = (value: string): void => {
    for (const part of [value, ...value.split(/[.|:~_-]/)])
      if (part.length >= 6 && stored.size < MAX_STORED) stored.add(part);
  };
  for (const c of record.cookies ?? []) {
    add(cookieKey(c.name, c.domain), c.value, '', true);
    keep(c.value);
  }
  for (const s of record.storage ?? []) {
    add(storageKey(s.kind, s.origin, s.key), s.value, '', true);
    keep(s.value);
  }
  for (const r of record.requests ?? []) {
    const id = r.id.replace(/#\d+$/, '');
    for (const p of requestValues(r.url)) add(p.key, p.value, id, false);
  }
  return { scenario, near: record.startedAt, seen, stored };
}

function judge(key: string, profiles: readonly Profile[]): ProfileVerdict | null {
  const here: Array<{ p: Profile; value: string; s: Seen }> = [];
  for (const p of profiles) {
    const s = p.seen.get(key);
    if (!s) continue;
    // Several values within one profile: a per-request value (nonce, counter), not one kept for the visitor.
    if (s.values.size !== 1) return null;
    here.push({ p, value: s.values.keys().next().value!, s });
  }
  if (here.length < 2) return null;
  const scenarios = here.map((h) => h.p.scenario);
  const first = here[0]!.value;
  if (here.every((h) => h.value === first))
    return { kind: 'same', scenarios, random: isIdLike(first) || randomEnough(first, here[0]!.p.near) };
  const kept = (h: (typeof here)[number]): boolean =>
    h.s.stored || h.s.values.get(h.value)!.size >= 2 || h.p.stored.has(h.value);
  if (!here.every((h) => kept(h) && randomEnough(h.value, h.p.near))) return null;
  for (let i = 0; i < here.length; i++)
    for (let j = i + 1; j < here.length; j++)
      if (!farApart(here[i]!.value, here[j]!.value, here[i]!.p.near)) return null;
  return { kind: 'differs', scenarios };
}

/** One view per scenario; with fewer than two records there is nothing to compare and every verdict is null. */
export function compareProfiles(inputs: readonly ProfileInput[]): Map<string, ProfileView> {
  const profiles = inputs.map(collect);
  const cache = new Map<string, ProfileVerdict | null>();
  const verdictOf = (key: string): ProfileVerdict | null => {
    if (!cache.has(key)) cache.set(key, judge(key, profiles));
    return cache.get(key) ?? null;
  };
  const out = new Map<string, ProfileView>();
  for (const p of profiles)
    out.set(p.scenario, { verdict: (key) => (p.seen.has(key) && profiles.length >= 2 ? verdictOf(key) : null) });
  return out;
}
