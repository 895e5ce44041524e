// One audit over two documents of a tab: the page (or its consent tool, after the answer) reloaded itself, and what the
// replaced document did is evidence too. Pure: the two records in, one record out; neither input is changed.
import type { Choice, CookieEntry, PageRecord, RequestEntry, StorageEntry } from './page-record.ts';

const union = <T>(a: readonly T[] = [], b: readonly T[] = []): T[] => [...new Set([...a, ...b])];
const earliest = (a?: number, b?: number): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const latest = (a?: number, b?: number): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);
const isSet = (v: number | undefined): v is number => v !== undefined;

/**
 * One cookie written in both documents (a tracker that sets `_ga` on each load): one entry, the writes of both counted
 * once each; what was first stored is the first document's, the current state the second's.
 */
export function joinCookie(a: CookieEntry, b: CookieEntry): CookieEntry {
  const out: CookieEntry = { ...b, t: a.t, lastT: Math.max(a.lastT, b.lastT), writes: a.writes + b.writes };
  const valueT = earliest(a.valueT, b.valueT);
  const valueMax = [a.valueMax, b.valueMax, a.valueLength, b.valueLength].filter(isSet);
  const removedT = latest(a.removedT, b.removedT);
  if (valueT !== undefined) out.valueT = valueT;
  if (a.valueMax !== undefined || b.valueMax !== undefined) out.valueMax = Math.max(...valueMax);
  if (removedT !== undefined) out.removedT = removedT;
  out.confirmedBy = union(a.confirmedBy, b.confirmedBy);
  if (a.setBy !== b.setBy && b.setBy === 'unknown') out.setBy = a.setBy;
  for (const k of ['script', 'attribution', 'setByUrl', 'frameUrl'] as const)
    if (out[k] === undefined && a[k] !== undefined) Object.assign(out, { [k]: a[k] });
  return out;
}

export function joinStorage(a: StorageEntry, b: StorageEntry): StorageEntry {
  const out: StorageEntry = { ...b, t: a.t, lastT: Math.max(a.lastT, b.lastT), writes: a.writes + b.writes };
  const valueT = earliest(a.valueT, b.valueT);
  const removedT = latest(a.removedT, b.removedT);
  if (valueT !== undefined) out.valueT = valueT;
  if (a.valueMax !== undefined || b.valueMax !== undefined)
    out.valueMax = Math.max(...[a.valueMax, b.valueMax, a.valueLength, b.valueLength].filter(isSet));
  if (removedT !== undefined) out.removedT = removedT;
  out.frameUrl = a.frameUrl;
  if (a.seenBy || b.seenBy) out.seenBy = union(a.seenBy, b.seenBy);
  if (out.script === undefined && a.script !== undefined) {
    out.script = a.script;
    if (a.attribution !== undefined) out.attribution = a.attribution;
  }
  return out;
}

/** Entries of both documents, one per key: each tagged with the document of its first write (`second`'s is `doc`). */
export function joinEntries<E extends { document?: number }>(
  first: readonly E[],
  second: readonly E[],
  keyOf: (e: E) => string,
  join: (a: E, b: E) => E,
  doc = 1,
): E[] {
  const out: E[] = first.map((e) => ({ ...e, document: e.document ?? 0 }));
  const at = new Map<string, number>();
  out.forEach((e, i) => at.set(keyOf(e), i));
  for (const e of second) {
    const i = at.get(keyOf(e));
    const earlier = i === undefined ? undefined : out[i];
    if (i !== undefined && earlier) out[i] = { ...join(earlier, e), document: earlier.document };
    else {
      at.set(keyOf(e), out.length);
      out.push({ ...e, document: doc });
    }
  }
  return out;
}

export const cookieKey = (c: CookieEntry): string =>
  `${c.refused === undefined ? '' : 'refused|'}${c.name}|${c.domain}|${c.path}`;
export const storageKey = (s: StorageEntry): string => `${s.kind}|${s.origin}|${s.key}`;

/**
 * The two documents' records as one: every request of both (each once: the second record holds only what started after
 * its navigation), one entry per cookie and storage key with the writes of both, the consent of both (the first answer
 * is the choice: a tracker after "reject" in either document is after it). Each entry says its document.
 */
export function joinDocuments(first: PageRecord, second: PageRecord): PageRecord {
  const documents = [
    { url: first.url, startedAt: first.startedAt },
    { url: second.url, startedAt: second.startedAt },
  ];
  const seen = new Set(first.requests.map((q) => q.id));
  const requests: RequestEntry[] = [
    ...first.requests.map((q) => ({ ...q, document: 0 })),
    ...second.requests.filter((q) => !seen.has(q.id)).map((q) => ({ ...q, document: 1 })),
  ];
  const a = first.consent;
  const b = second.consent;
  const choice: Choice | null = a.choice ?? b.choice;
  // The second document's own choice is a change only if it says something else than the first's.
  const laterChoice = a.choice && b.choice && b.choice.action !== a.choice.action ? [b.choice] : [];
  const truncated =
    first.truncated || second.truncated
      ? {
          pageEvents: (first.truncated?.pageEvents ?? 0) + (second.truncated?.pageEvents ?? 0),
          browserEvents: (first.truncated?.browserEvents ?? 0) + (second.truncated?.browserEvents ?? 0),
          since: Math.min(first.truncated?.since ?? Infinity, second.truncated?.since ?? Infinity),
        }
      : null;
  const out: PageRecord = {
    ...first,
    partial: first.partial || second.partial,
    documents,
    redirects: [...first.redirects, ...second.redirects],
    requests,
    cookies: joinEntries(first.cookies, second.cookies, cookieKey, joinCookie),
    storage: joinEntries(first.storage, second.storage, storageKey, joinStorage),
    consent: {
      choice,
      changes: [...a.changes, ...laterChoice, ...b.changes],
      tcf: [...a.tcf, ...b.tcf],
      consentMode: [...a.consentMode, ...b.consentMode],
      gpp: [...a.gpp, ...b.gpp],
      globals: union(a.globals, b.globals),
      automation: [...a.automation, ...b.automation],
      clean: a.clean ?? b.clean,
      gestureAt: a.gestureAt ?? b.gestureAt ?? null,
      unconfirmed: [...(a.unconfirmed ?? []), ...(b.unconfirmed ?? [])],
    },
    forms: [...first.forms, ...second.forms],
    errors: [...first.errors, ...second.errors],
  };
  const formLeaks = [...(first.formLeaks ?? []), ...(second.formLeaks ?? [])];
  if (formLeaks.length) out.formLeaks = formLeaks;
  if (second.formTest ?? first.formTest) out.formTest = second.formTest ?? first.formTest ?? null;
  if (truncated) out.truncated = truncated;
  return out;
}
