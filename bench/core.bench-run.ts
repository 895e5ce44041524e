// Core-path rows: the whole per-request path (the worker's adapter and record builder, then the analysis's facts of
// the request: tracker and signature match, recipient and IP lookups, phase; see core-path.ts) vs tldts.parse of the
// same URLs, side by side in one process; and the canary form-leak scan on top of it, on a corpus where 10 % of
// requests carry a body. Writes per-chunk ratios to .bench/core.json; scripts/bench.mjs judges them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parse } from 'tldts';
import { it } from 'vitest';
import { buildScanner, canaryPatterns, canaryValues, makeCanaries } from '../utils/knowledge/canary/index.ts';
import { analysisOf, coreKnowledge, factOf, freshPage, responseEvent, startedEvents } from './core-path.ts';
import { makeCorpus } from './corpus.ts';

const N = Number(process.env.BENCH_CORE_N ?? 100_000);
const ROUNDS = Number(process.env.BENCH_CORE_ROUNDS ?? 5);
/** Requests per chunk: each chunk gives one ratio, and the bench takes the median of the chunks' ratios. */
const CHUNK = 2000;

function medianOf(xs: Float64Array, from: number, to: number): number {
  const s = xs.slice(from, to).sort();
  return s[s.length >> 1]!;
}
function sumOf(xs: Float64Array, from: number, to: number): number {
  let t = 0;
  for (let i = from; i < to; i++) t += xs[i]!;
  return t;
}

it('per-request core cost', async () => {
  // BENCH_CPU_PROFILE=file.cpuprofile: a CPU profile of the run, to find the next lever (open it in Chrome DevTools).
  const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const corpus = makeCorpus(N);
  // Bodies as the product gets them: webRequest's raw chunks and the CLI's postDataBuffer() are UTF-8 bytes.
  const utf8 = new TextEncoder();
  const bodies = corpus.map((q) => (q.body === null ? null : utf8.encode(q.body)));
  const { knowledge, choice } = coreKnowledge(N);
  // Canary encodings and hashes once per audit, as cli/forms.ts does.
  const scanner = buildScanner(await canaryPatterns(canaryValues(makeCanaries('shop.example.de'))));
  const total = N * ROUNDS;
  const core = new Float64Array(total);
  const base = new Float64Array(total);
  const scan = new Float64Array(total);
  let sink = 0;
  let bodyBytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh page per round: the record grows like a real 100k-request page would.
    const b = freshPage(999);
    // One analysis of that page: its per-host and per-address caches live as long as the page's record.
    const lookups = analysisOf(knowledge);
    const start = b.record!.startedAt;
    for (let i = 0; i < N; i++) {
      const q = corpus[i]!;
      const at = round * N + i;
      // Alternate which runs first so that cache warmth and drift do not favour either side.
      const coreFirst = (i & 1) === 0;
      for (let k = 0; k < 2; k++) {
        if ((k === 0) === coreFirst) {
          const t0 = process.hrtime.bigint();
          const id = `${round}:${i}`;
          for (const ev of startedEvents(q, id)) b.apply(ev);
          b.apply(responseEvent(q, id, q.t + 1));
          const entry = b.record!.requests[b.record!.requests.length - 1]!;
          const f = factOf(entry, knowledge, lookups, choice, start);
          sink +=
            (f.match ? 1 : 0) +
            (f.collector ? 1 : 0) +
            (f.out.tracker ? f.out.tracker.transferCountries.length : 0) +
            (f.place?.country ? 1 : 0) +
            f.out.phase.length;
          const t1 = process.hrtime.bigint();
          // The form-leak scan of what the request carried: URL always, body for the 10 % that have one.
          sink += scanner.scanRequest({ url: q.url, body: bodies[i] }).length;
          scan[at] = Number(process.hrtime.bigint() - t1);
          core[at] = Number(t1 - t0);
          if (round === 0 && q.body) bodyBytes += q.body.length;
        } else {
          const t0 = process.hrtime.bigint();
          const r = parse(q.url);
          sink += r.domain ? 1 : 0;
          base[at] = Number(process.hrtime.bigint() - t0);
        }
      }
    }
  }
  if (profiler)
    writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify((await profiler.post('Profiler.stop')).profile));
  // Per chunk: the median request's core cost over tldts (as the budget is worded), and the scan's share of the summed
  // cost (a mean, since only one request in ten carries a body and a median would never see it).
  const chunks = { coreOverTldts: [] as number[], formsOverCore: [] as number[] };
  for (let from = 0; from + CHUNK <= total; from += CHUNK) {
    chunks.coreOverTldts.push(medianOf(core, from, from + CHUNK) / medianOf(base, from, from + CHUNK));
    const c = sumOf(core, from, from + CHUNK);
    chunks.formsOverCore.push((c + sumOf(scan, from, from + CHUNK)) / c);
  }
  const all = (xs: Float64Array): Float64Array => xs.slice().sort();
  const [sc, sb] = [all(core), all(base)];
  const result = {
    requests: total,
    chunk: CHUNK,
    withBody: corpus.filter((q) => q.body).length / N,
    meanBodyBytes: Math.round(bodyBytes / corpus.filter((q) => q.body).length),
    patterns: scanner.patterns.length,
    coreMedianNs: sc[total >> 1]!,
    coreP99Ns: sc[Math.floor(total * 0.99)]!,
    tldtsMedianNs: sb[total >> 1]!,
    tldtsP99Ns: sb[Math.floor(total * 0.99)]!,
    coreMeanNs: sumOf(core, 0, total) / total,
    scanMeanNs: sumOf(scan, 0, total) / total,
    chunks,
    sink,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/core.json', JSON.stringify(result));
  console.log(
    `core per request: median ${result.coreMedianNs} ns (p99 ${result.coreP99Ns}); tldts.parse median ${result.tldtsMedianNs} ns (p99 ${result.tldtsP99Ns}); scan mean ${result.scanMeanNs.toFixed(0)} ns vs core mean ${result.coreMeanNs.toFixed(0)} ns`,
  );
});
