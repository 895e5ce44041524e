// What the knowledge says of a request's host, memoised on the record's host slot: the tracker, its company and the
// company's recipients once per host and page, the server's country once per host and address. A request then costs
// the record's one host lookup instead of one more per table (each lookup is a few cache misses on a big page).
import type { IpCountry } from './ip-country.ts';
import type { RecipientModel } from './recipients.ts';
import type { TrackerMatch, TrackerMatcher } from './tracker-match.ts';
import type { Company } from '../../data/types.ts';

/** A host and a memo the caller keeps with it (the record's `HostSlot`, one per host and page). */
export interface HostSlot {
  readonly host: string;
  memo: unknown;
}

export interface HostKnowledge {
  /** Tracker of the host (host-level: path overrides need the path, so ask the matcher for those). */
  readonly match: TrackerMatch | null;
  /** Recipients of the tracker's company; null when the host is no tracker. */
  readonly recipients: RecipientModel | null;
  /** The last address asked for this host and its answer: a host's requests go to one or two servers. */
  ipText: string | null;
  ip: IpCountry | null;
}

export interface HostKnowledgeSources {
  trackers: TrackerMatcher;
  recipients: (company: Company) => RecipientModel;
  ipLookup: ((ip: string) => IpCountry) | null;
}

export interface HostKnowledgeLookup {
  /** The host's knowledge, from the slot's memo when this page asked before. */
  of(slot: HostSlot): HostKnowledge;
  /** Registry country of `ip` for a request to this host (the same answer as `ipLookup`); null without a table. */
  ipOf(k: HostKnowledge, ip: string): IpCountry | null;
}

export function hostKnowledge(sources: HostKnowledgeSources): HostKnowledgeLookup {
  const { trackers, recipients, ipLookup } = sources;
  const lookup: HostKnowledgeLookup = {
    of(slot) {
      // The memo is ours only if this lookup made it: another reader's memo is replaced, never trusted.
      const memo = slot.memo;
      if (memo instanceof Known && memo.lookup === lookup) return memo;
      const match = trackers.match(slot.host);
      const k = new Known(lookup, match, match ? recipients(match.company) : null);
      slot.memo = k;
      return k;
    },
    ipOf(k, ip) {
      if (ipLookup === null) return null;
      // Text compared in full: the same text is the same address, so the answer is the lookup's own.
      if (k.ipText === ip && k.ip !== null) return k.ip;
      const answer = ipLookup(ip);
      k.ipText = ip;
      k.ip = answer;
      return answer;
    },
  };
  return lookup;
}

/** One shape for every host's memo; `lookup` names the table that made it. */
class Known implements HostKnowledge {
  ipText: string | null = null;
  ip: IpCountry | null = null;
  constructor(
    readonly lookup: HostKnowledgeLookup,
    readonly match: TrackerMatch | null,
    readonly recipients: RecipientModel | null,
  ) {}
}
