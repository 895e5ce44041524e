// What both core-path benches run: the knowledge the background loads once, a fresh page record, the adapter's events
// for one corpus request and the collector-signature match of a recorded URL. One copy, so that the stage bench
// (core-stages.bench-run.ts) times exactly the path the budget bench (core.bench-run.ts) measures.
import { readFileSync } from 'node:fs';
import type { AuditEvent } from '../utils/observe/events.ts';
import { fromBeforeRequest, fromResponseStarted } from '../utils/observe/browser/adapter.ts';
import {
  defaultCollectorMatcher,
  type CollectorMatch,
  type CollectorMatcher,
} from '../utils/knowledge/collector-match.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import { recipientIndex } from '../utils/knowledge/recipients.ts';
import { defaultTrackerMatcher } from '../utils/knowledge/tracker-match.ts';
import type { RequestEntry } from '../utils/record/page-record.ts';
import { RecordBuilder } from '../utils/record/record.ts';
import type { CorpusRequest } from './corpus.ts';

/** The tables and matchers of one audit, and a reject choice halfway through `n` requests. */
export function coreKnowledge(n: number) {
  return {
    table: loadIpTable(readFileSync('public/data/ip-country.bin')),
    matcher: defaultTrackerMatcher(),
    collectors: defaultCollectorMatcher(),
    recipients: recipientIndex(),
    choice: { action: 'reject' as const, at: 1000 + n / 2, source: 'automation' as const, via: 'bench' },
  };
}

/** A new page's record, its main-frame request already in. */
export function freshPage(timeStamp: number): RecordBuilder {
  const b = new RecordBuilder(1);
  b.apply(
    fromBeforeRequest({
      requestId: 'main',
      url: 'https://www.shop.example/',
      type: 'main_frame',
      tabId: 1,
      timeStamp,
    })[0]!,
  );
  return b;
}

/** The webRequest start of a corpus request in the top frame, as the adapter turns it into events. */
export const startedEvents = (q: CorpusRequest, id: string): AuditEvent[] =>
  fromBeforeRequest({ requestId: id, url: q.url, type: q.type, tabId: 1, frameId: 0, timeStamp: q.t });

/** Its response (200, from the corpus's server IP). */
export const responseEvent = (q: CorpusRequest, id: string, timeStamp: number): AuditEvent =>
  fromResponseStarted({ requestId: id, url: q.url, statusCode: 200, ip: q.ip, tabId: 1, timeStamp });

/** Collector signatures run on every request too (path and query of the recorded URL). */
export function matchCollector(collectors: CollectorMatcher, entry: RequestEntry): CollectorMatch | null {
  const slash = entry.url.indexOf('/', 8);
  const qi = entry.url.indexOf('?');
  return collectors.match(
    qi < 0 ? entry.url.slice(slash) : entry.url.slice(slash, qi),
    qi < 0 ? '' : entry.url.slice(qi + 1),
    entry.method,
  );
}
