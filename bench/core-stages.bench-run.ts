// Where the core path's time goes, stage by stage, in the same loop shape as core.bench-run.ts (a growing record, the
// same corpus): the median request's nanoseconds per stage, each with one timer read (the timer's own cost is printed
// too). Not a budget row: it tells which stage to work on. `npx vitest run --project bench bench/core-stages.bench-run.ts`
import { parse } from 'tldts';
import { it } from 'vitest';
import { phaseOf } from '../utils/record/phase.ts';
import { coreKnowledge, freshPage, matchCollector, responseEvent, startedEvents } from './core-path.ts';
import { makeCorpus } from './corpus.ts';

const N = Number(process.env.BENCH_CORE_N ?? 100_000);
const STAGES = [
  'adapter',
  'request',
  'response',
  'tracker',
  'signatures',
  'recipients',
  'ip',
  'phase',
  'timer',
  'tldts',
];

it('core path by stage', () => {
  // Flat strings, as webRequest hands them over: the corpus's template-literal URLs are cons strings, and the first
  // stage to read their characters would pay for flattening them (about 600 ns here).
  const corpus = makeCorpus(N).map((q) => ({ ...q, url: JSON.parse(JSON.stringify(q.url)) as string }));
  const { table, matcher, collectors, recipients, choice } = coreKnowledge(N);
  const times = STAGES.map(() => new Float64Array(N));
  const clock = (): bigint => process.hrtime.bigint();
  let sink = 0;
  const b = freshPage(9);
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
    const m = matcher.match(entry.host, '/');
    const t4 = clock();
    const s = matchCollector(collectors, entry);
    const t5 = clock();
    const r = m ? recipients(m.company) : null;
    const t6 = clock();
    const c = table.lookup(q.ip);
    const t7 = clock();
    const p = phaseOf(entry.t, choice);
    const t8 = clock();
    const t9 = clock();
    const d = parse(q.url);
    const t10 = clock();
    sink += (m ? 1 : 0) + (s ? 1 : 0) + (r ? 1 : 0) + (c.country ? 1 : 0) + p.length + (d.domain ? 1 : 0);
    const marks = [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10];
    for (let k = 0; k < STAGES.length; k++) times[k]![i] = Number(marks[k + 1]! - marks[k]!);
  }
  const med = (xs: Float64Array): number => xs.slice().sort()[xs.length >> 1]!;
  console.log(
    `median ns per request by stage (each includes one timer read; ${N} requests): ` +
      STAGES.map((name, k) => `${name} ${med(times[k]!)}`).join(', ') +
      (sink > 0 ? '' : ' (no work done?)'),
  );
});
