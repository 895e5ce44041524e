// The visitor's choice read from consent signals, for banners answered by hand (no automation event).
import { CMPS } from '../../data/cmps.ts';
import type { ConsentAction } from '../observe/events.ts';
import { readCmpChoice } from './cmp-detect.ts';
import { decodeTcString, isTcError } from './tcf.ts';

export interface InferredChoice {
  action: ConsentAction;
  via: string;
}

/** Names (cookie or storage key) any CMP reads its choice or "answered" marker from. */
const CMP_NAMES = [
  ...CMPS.flatMap((c) => [...(c.answeredMarkers ?? []), ...c.decoders.map((d) => d.source)]).flatMap((s) => [
    s.cookie,
    s.storage,
  ]),
  ...CMPS.flatMap((c) => [...c.cookies, ...c.storageKeys]),
].filter((n): n is string => typeof n === 'string');

/**
 * Exact names in a set, prefix patterns (`name*`) in a short list, without their `*` (as cmp-detect's `matchesName`
 * reads them): this runs for every cookie and storage write, so no pattern is cut per call.
 */
const CMP_EXACT = new Set(CMP_NAMES.filter((n) => !n.endsWith('*')));
const CMP_PREFIXES = [...new Set(CMP_NAMES.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1)))];

export function isCmpStoreName(name: string): boolean {
  return CMP_EXACT.has(name) || CMP_PREFIXES.some((p) => name.startsWith(p));
}

/** TCF `useractioncomplete` carries the answer: no purpose consent at all is a reject. */
export function choiceFromTcf(eventStatus: string, tcString: string): InferredChoice | null {
  if (eventStatus !== 'useractioncomplete') return null;
  const tc = decodeTcString(tcString);
  if (isTcError(tc)) return null;
  return { action: tc.anyConsent ? 'accept' : 'reject', via: `tcf:useractioncomplete (cmp ${tc.cmpId})` };
}

/** A CMP whose "answered" marker is stored and whose stored choice is readable. */
export function choiceFromCmpStore(
  cookies: { name: string; value: string }[],
  storage: { key: string; value: string }[],
): InferredChoice | null {
  for (const cmp of CMPS) {
    if (!cmp.answeredMarkers?.length) continue;
    const choice = readCmpChoice(cmp, cookies, storage);
    if (choice.answered !== true) continue;
    if (choice.state === 'rejected') return { action: 'reject', via: `${cmp.name}: ${choice.evidence}` };
    if (choice.state === 'accepted' || choice.state === 'partial')
      return { action: 'accept', via: `${cmp.name}: ${choice.evidence}` };
  }
  return null;
}
