#!/usr/bin/env node
// In-process A/B of part 1's core path: the bench's own path (bench/core-path.ts: the product's adapter, record
// builder and requestFact) of two checkouts, bundled and run side by side in one process on the same corpus, with
// the order alternating per request, plus `tldts.parse` and each side's form-leak scan. Prints, per chunk of 2,000
// requests, the median request's B/A (and each side over tldts, and forms over core as part 1 sums it), as medians
// with 95 % intervals. An A/A run (the same checkout twice) shows the noise.
//   node scripts/bench-core-ab.mjs <checkoutA> <checkoutB> [requests per round = 100000] [rounds = 3]
// Both checkouts need node_modules and data/generated (npm run build:data); public/data is read from the cwd.
// AB_BODY=<A>,<B> says how each side's scan gets the corpus bodies: text (a decoded string, the default), bytes (UTF-8
// bytes, as webRequest and the CLI deliver them) or decode (bytes decoded with TextDecoder inside the timed scan, the
// product's path before the scanner read bytes).
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { loadCheckout } from './lib/checkout-bundle.mjs';
import { parse } from 'tldts';
import { medianInterval } from './lib/bench-stats.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: bench-core-ab.mjs <checkoutA> <checkoutB> [requests] [rounds]');
const N = Number(process.argv[4] ?? 100_000);
const ROUNDS = Number(process.argv[5] ?? 3);
const CHUNK = 2000;

const ENTRY = `
export * from './bench/core-path.ts';
export { makeCorpus } from './bench/corpus.ts';
export { buildScanner, canaryPatterns, canaryValues, makeCanaries } from './utils/knowledge/canary/index.ts';
`;
const CORE_BUNDLE = { sourcefile: 'core-ab-entry.ts', logLevel: 'warning', fresh: true };
const sides = [
  await loadCheckout(dirA, 'core-ab-a', ENTRY, CORE_BUNDLE),
  await loadCheckout(dirB, 'core-ab-b', ENTRY, CORE_BUNDLE),
];

// Flat strings, as webRequest hands them over (the corpus's template literals are cons strings).
const flat = (s) => (s === null ? null : JSON.parse(JSON.stringify(s)));
const corpus = sides[0].makeCorpus(N).map((q) => ({ ...q, url: flat(q.url), body: flat(q.body) }));
const modes = (process.env.AB_BODY ?? 'text,text').split(',');
const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });
const bodies = corpus.map((q) => (q.body === null ? null : utf8.encode(q.body)));
const state = await Promise.all(
  sides.map(async (m, k) => {
    const mode = modes[k] ?? 'text';
    if (!['text', 'bytes', 'decode'].includes(mode)) throw new Error(`AB_BODY: ${mode}?`);
    const bodyOf =
      mode === 'text'
        ? (i) => corpus[i].body
        : mode === 'bytes'
          ? (i) => bodies[i]
          : (i) => (bodies[i] === null ? null : decoder.decode(bodies[i]));
    const { knowledge, choice } = m.coreKnowledge(N);
    const scanner = m.buildScanner(await m.canaryPatterns(m.canaryValues(m.makeCanaries('shop.example.de'))));
    return { m, knowledge, choice, scanner, bodyOf, b: null, lookups: null, start: 0 };
  }),
);
const total = N * ROUNDS;
const core = [new Float64Array(total), new Float64Array(total)];
const scan = [new Float64Array(total), new Float64Array(total)];
const base = new Float64Array(total);
let sink = 0;

function runCore(s, q, i, id, at, k) {
  const t0 = process.hrtime.bigint();
  for (const ev of s.m.startedEvents(q, id)) s.b.apply(ev);
  s.b.apply(s.m.responseEvent(q, id, q.t + 1));
  const entry = s.b.record.requests[s.b.record.requests.length - 1];
  const f = s.m.factOf(entry, s.knowledge, s.lookups, s.choice, s.start);
  sink += (f.match ? 1 : 0) + (f.collector ? 1 : 0) + (f.place?.country ? 1 : 0) + f.out.phase.length;
  const t1 = process.hrtime.bigint();
  sink += s.scanner.scanRequest({ url: q.url, body: s.bodyOf(i) }).length;
  scan[k][at] = Number(process.hrtime.bigint() - t1);
  core[k][at] = Number(t1 - t0);
}
function runBase(q, at) {
  const t0 = process.hrtime.bigint();
  sink += parse(q.url).domain ? 1 : 0;
  base[at] = Number(process.hrtime.bigint() - t0);
}

const load0 = loadavg()[0];
const ORDERS = [
  [0, 1, 2],
  [1, 0, 2],
  [2, 0, 1],
  [2, 1, 0],
  [0, 2, 1],
  [1, 2, 0],
];
for (let round = 0; round < ROUNDS; round++) {
  for (const s of state) {
    s.b = s.m.freshPage(999);
    s.lookups = s.m.analysisOf(s.knowledge);
    s.start = s.b.record.startedAt;
  }
  for (let i = 0; i < N; i++) {
    const q = corpus[i];
    const at = round * N + i;
    const id = `${round}:${i}`;
    for (const k of ORDERS[i % 6]) {
      if (k === 2) runBase(q, at);
      else runCore(state[k], q, i, id, at, k);
    }
  }
}

const med = (xs, from, to) => {
  const s = xs.slice(from, to).sort();
  return s[s.length >> 1];
};
const sum = (xs, from, to) => {
  let t = 0;
  for (let i = from; i < to; i++) t += xs[i];
  return t;
};
const rows = { 'B/A core': [], 'A/tldts': [], 'B/tldts': [], 'A forms/core': [], 'B forms/core': [] };
for (let from = 0; from + CHUNK <= total; from += CHUNK) {
  const to = from + CHUNK;
  const [ma, mb, mt] = [med(core[0], from, to), med(core[1], from, to), med(base, from, to)];
  rows['B/A core'].push(mb / ma);
  rows['A/tldts'].push(ma / mt);
  rows['B/tldts'].push(mb / mt);
  for (const k of [0, 1]) {
    const c = sum(core[k], from, to);
    rows[`${'AB'[k]} forms/core`].push((c + sum(scan[k], from, to)) / c);
  }
}
const f3 = (x) => x.toFixed(3);
for (const [name, xs] of Object.entries(rows)) {
  const iv = medianInterval(xs);
  console.log(`${name.padEnd(14)} ${f3(iv.median)} (${f3(iv.lo)}-${f3(iv.hi)}) n=${iv.n}`);
}
const all = (xs) => xs.slice().sort()[total >> 1];
console.log(
  `medians ns: A ${all(core[0])}, B ${all(core[1])}, tldts ${all(base)}; scan mean A ${f3(sum(scan[0], 0, total) / total)}` +
    ` B ${f3(sum(scan[1], 0, total) / total)}; bodies ${modes.join('/')}; load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}` +
    (sink > 0 ? '' : ' (no work?)'),
);
