#!/usr/bin/env node
// Heap the record keeps per request when every event brings its own strings, as webRequest's deserialised details do
// (the core benches' corpus shares its type and method strings, so they cannot see what the record keeps of them).
//   node --expose-gc scripts/probe-record-heap.mjs <checkout> [requests = 50000]
// Prints bytes per request the record retains over its second half, after a full GC (the events are dropped).
import { resolve } from 'node:path';
import { loadCheckout } from './lib/checkout-bundle.mjs';

const dir = resolve(process.argv[2] ?? '.');
const N = Number(process.argv[3] ?? 50_000);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const m = await loadCheckout(
  dir,
  'record-heap',
  `export * from './bench/core-path.ts'; export { makeCorpus } from './bench/corpus.ts';
   export { fromBeforeRequest } from './utils/observe/browser/adapter.ts';`,
  { sourcefile: 'record-heap-entry.ts', fresh: true },
);
// A string of its own per call, as the browser gives each event (JSON.parse would reuse short internalised ones).
const own = (s) => [...s].join('');
const corpus = m.makeCorpus(N).map((q) => ({ ...q, url: own(q.url) }));
const used = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const b = m.freshPage(999);
// The second half of the page only: what the first half leaves (compiled code, grown tables) is not counted.
let before = 0;
let after = 0;
for (let i = 0; i < N; i++) {
  if (i === N / 2) before = used();
  if (i === N - 1) after = used();
  const q = corpus[i];
  const id = String(i);
  // Chrome names the initiating origin of nearly every request.
  const d = {
    requestId: id,
    url: q.url,
    type: own(q.type),
    method: own('GET'),
    initiator: own('https://www.shop.example'),
    tabId: 1,
    frameId: 0,
    timeStamp: q.t,
  };
  for (const ev of m.fromBeforeRequest(d)) b.apply(ev);
  b.apply(m.responseEvent(q, id, q.t + 1));
}
console.log(
  `${dir}: ${((after - before) / (N / 2 - 1)).toFixed(1)} B per request retained (${N} requests, ${b.record.requests.length} rows)`,
);
