// What both core-path benches run, all of it the product's own code: the worker's adapter and record builder (request
// and response events of a request), and the analysis's per-request facts (`requestFact` in
// utils/findings/context-requests.ts: host fact with its tracker match, path match, IP place, phase, tracker info with
// recipients, collector signatures), with the knowledge the CLI and the popup load. One copy, so that the stage bench
// (core-stages.bench-run.ts) times exactly the path the budget bench (core.bench-run.ts) measures.
import { readFileSync } from 'node:fs';
import type { AuditEvent } from '../utils/observe/events.ts';
import { fromBeforeRequest, fromResponseStarted } from '../utils/observe/browser/adapter.ts';
import { createLookups, type Lookups } from '../utils/findings/context-lookups.ts';
import { requestFact } from '../utils/findings/context-requests.ts';
import type { RequestFact } from '../utils/findings/context.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import { createKnowledge, type Knowledge } from '../utils/knowledge/knowledge.ts';
import type { Choice, RequestEntry } from '../utils/record/page-record.ts';
import { RecordBuilder } from '../utils/record/record.ts';
import type { CorpusRequest } from './corpus.ts';

/** The knowledge of one process (as cli/knowledge-load.ts builds it), and a reject choice halfway through `n` requests. */
export function coreKnowledge(n: number): { knowledge: Knowledge; choice: Choice } {
  return {
    knowledge: createKnowledge({ ipTable: loadIpTable(readFileSync('public/data/ip-country.bin')) }),
    choice: { action: 'reject', at: 1000 + n / 2, source: 'automation', via: 'bench' },
  };
}

/** One analysis of a page: its per-analysis caches, as buildContext makes them. */
export const analysisOf = (knowledge: Knowledge): Lookups => createLookups(knowledge);

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

/**
 * The headers of a typical CDN or tracker response (no Set-Cookie: the cookie rows measure those). The worker asks
 * webRequest for them (`responseHeaders`), and the adapter reads every response's for its Set-Cookie lines.
 */
const RESPONSE_HEADERS: Array<{ name: string; value: string }> = [
  { name: 'content-type', value: 'application/javascript; charset=utf-8' },
  { name: 'content-length', value: '18734' },
  { name: 'date', value: 'Sun, 06 Dec 2026 21:00:00 GMT' },
  { name: 'cache-control', value: 'public, max-age=3600' },
  { name: 'etag', value: '"5f1c2a9e-492e"' },
  { name: 'last-modified', value: 'Fri, 04 Dec 2026 10:12:54 GMT' },
  { name: 'server', value: 'ECS (dcb/7F83)' },
  { name: 'vary', value: 'Accept-Encoding' },
  { name: 'access-control-allow-origin', value: '*' },
  { name: 'strict-transport-security', value: 'max-age=31536000' },
  { name: 'x-content-type-options', value: 'nosniff' },
  { name: 'age', value: '1834' },
];

/** Its response (200, from the corpus's server IP), with those headers. */
export const responseEvent = (q: CorpusRequest, id: string, timeStamp: number): AuditEvent =>
  fromResponseStarted({
    requestId: id,
    url: q.url,
    statusCode: 200,
    ip: q.ip,
    tabId: 1,
    timeStamp,
    responseHeaders: RESPONSE_HEADERS,
  });

/** What the analysis derives for one recorded request (the product's function, as requestFacts calls it). */
export const factOf = (
  entry: RequestEntry,
  knowledge: Knowledge,
  lookups: Lookups,
  choice: Choice,
  start: number,
): RequestFact => requestFact(entry, lookups, choice, start);
