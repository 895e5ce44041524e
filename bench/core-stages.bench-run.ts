// Where the core path's time goes, stage by stage, in the same loop shape as core.bench-run.ts (a growing record, the
// same corpus): the median request's nanoseconds per stage, each with one timer read (the timer's own cost is printed
// too). Then a second pass over the finished record, as an analysis reads it, timing each lookup requestFact makes.
// Not a budget row: it tells which stage to work on. `npx vitest run --project bench bench/core-stages.bench-run.ts`
import { parse } from 'tldts';
import { it } from 'vitest';
import { requestTracker } from '../utils/findings/context-requests.ts';
import { pathOf } from '../utils/findings/identifiers.ts';
import { phaseOf } from '../utils/record/phase.ts';
import { analysisOf, coreKnowledge, factOf, freshPage, responseEvent, startedEvents } from './core-path.ts';
import { makeCorpus } from './corpus.ts';

const N = Number(process.env.BENCH_CORE_N ?? 100_000);
const STAGES = ['adapter', 'request', 'response', 'facts', 'timer', 'tldts'];
const LOOKUPS = ['host fact', 'path', 'ip place', 'phase', 'tracker info', 'collector', 'timer'];

const med = (xs: Float64Array): number => xs.slice().sort()[xs.length >> 1]!;
const clock = (): bigint => process.hrtime.bigint();

it('core path by stage', () => {
  // Flat strings, as webRequest hands them over: the corpus's template-literal URLs are cons strings, and the first
  // stage to read their characters would pay for flattening them (about 600 ns here).
  const corpus = makeCorpus(N).map((q) => ({ ...q, url: JSON.parse(JSON.stringify(q.url)) as string }));
  const { knowledge, choice } = coreKnowledge(N);
  const times = STAGES.map(() => new Float64Array(N));
  let sink = 0;
  const b = freshPage(9);
  const lookups = analysisOf(knowledge);
  const start = b.record!.startedAt;
  for (let i = 0; i < N; i++) {
    const q = corpus[i]!;
    const id = `0:${i}`;
    const t0 = clock();
    const started = startedEvents(q, id);
    const response = responseEvent(q, id, q.t);
    const t1 = clock();
    for (const ev of started) b.apply(ev);
    const t2 = clock();
    b.apply(response);
    const t3 = clock();
    const entry = b.record!.requests[b.record!.requests.length - 1]!;
    const f = factOf(entry, knowledge, lookups, choice, start);
    const t4 = clock();
    const t5 = clock();
    const d = parse(q.url);
    const t6 = clock();
    sink += (f.match ? 1 : 0) + (f.collector ? 1 : 0) + (f.place?.country ? 1 : 0) + (d.domain ? 1 : 0);
    const marks = [t0, t1, t2, t3, t4, t5, t6];
    for (let k = 0; k < STAGES.length; k++) times[k]![i] = Number(marks[k + 1]! - marks[k]!);
  }
  // The lookups one by one, over the finished record with a fresh analysis's caches (what requestFact calls).
  const fresh = analysisOf(knowledge);
  const requests = b.record!.requests.slice(1, N + 1);
  const parts = LOOKUPS.map(() => new Float64Array(requests.length));
  requests.forEach((entry, i) => {
    const t0 = clock();
    const hf = fresh.hostFact(entry.host, entry.party === 'third', entry.site);
    const t1 = clock();
    const path = pathOf(entry.url);
    const t2 = clock();
    const place = fresh.hostPlace(hf, entry.ip);
    const t3 = clock();
    const phase = phaseOf(entry.t, choice);
    const t4 = clock();
    const m = hf.match && hf.match.tracker.paths ? knowledge.trackers.match(entry.host, path) : hf.match;
    const info = m ? requestTracker(fresh.hostTracker(hf, m)) : null;
    const t5 = clock();
    const c = fresh.collectorOf(entry.url, path, entry.method);
    const t6 = clock();
    const t7 = clock();
    sink += (place?.country ? 1 : 0) + phase.length + (info ? 1 : 0) + (c ? 1 : 0);
    const marks = [t0, t1, t2, t3, t4, t5, t6, t7];
    for (let k = 0; k < LOOKUPS.length; k++) parts[k]![i] = Number(marks[k + 1]! - marks[k]!);
  });
  console.log(
    `median ns per request by stage (each includes one timer read; ${N} requests): ` +
      STAGES.map((name, k) => `${name} ${med(times[k]!)}`).join(', ') +
      `; the facts' lookups: ` +
      LOOKUPS.map((name, k) => `${name} ${med(parts[k]!)}`).join(', ') +
      (sink > 0 ? '' : ' (no work done?)'),
  );
});
