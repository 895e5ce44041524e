#!/usr/bin/env node
// In-process A/B of the page reports' path on bench part 2's cookie page (1,000 document.cookie writes, 50 names, one
// script line): the product's own functions of two checkouts, bundled with esbuild and run in one process, A and B
// alternating. Per load: the isolated world's parse of the crossing (JSON.parse of the bridge's detail, fromMainWorld,
// validatePageEvent, as entrypoints/recorder.content.ts does), then the worker's validatePageEvent of the same events
// after their trip as a message (a structured copy). Prints each side's time per load and the paired B/A (median and
// quartiles); an A/A run shows the noise. The main world's formatting and the crossing itself are not in it (they need
// V8's call sites in a page: scripts/probe-cookie-profile.mjs).
//   node scripts/bench-page-reports-ab.mjs <checkoutA> <checkoutB> [loads = 200]
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { loadCheckout } from './lib/checkout-bundle.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: bench-page-reports-ab.mjs <checkoutA> <checkoutB> [loads]');
const LOADS = Number(process.argv[4] ?? 200);
const ENTRY = `
export { fromMainWorld } from './utils/observe/page/from-main-world.ts';
export { validatePageEvent } from './utils/observe/page/page-events.ts';
`;

const PAGE = 'https://www.shop.test/bench/cookies.html';
const SELVES = ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/'];
/** The crossing's detail as the main world's bridge writes it for the page's loop (bridge.ts, toJson). */
function detail(run) {
  const events = [];
  for (let i = 0; i < 1000; i++)
    events.push(
      `{"k":"page-cookie","t":${1_700_000_000_000 + i},"api":"document.cookie","raw":"loop_c${i % 50}=${run}${i}; ` +
        `path=/","stack":"Error\\n    at ${PAGE}:0:0","stackKind":"callsites"}`,
    );
  return `{"v":1,"events":[${events.join(',')}]}`;
}
/** One load on one side: the recorder's parse, then the worker's check of what arrives. */
function once(m, text) {
  const t0 = performance.now();
  const msg = JSON.parse(text);
  const at = Date.now();
  const valid = [];
  for (const raw of msg.events) {
    const ev = m.validatePageEvent(m.fromMainWorld(raw, SELVES, 'https://www.shop.test'), PAGE, at);
    if (ev) valid.push(ev);
  }
  const t1 = performance.now();
  const sent = structuredClone(valid);
  const t2 = performance.now();
  const now = Date.now();
  const worker = [];
  for (const raw of sent) {
    const ev = m.validatePageEvent(raw, PAGE, now);
    if (ev) worker.push(ev);
  }
  const t3 = performance.now();
  return { isolated: t1 - t0, worker: t3 - t2, out: worker };
}

const A = await loadCheckout(dirA, 'page-reports-ab-a', ENTRY);
const B = await loadCheckout(dirB, 'page-reports-ab-b', ENTRY);
const texts = Array.from({ length: 8 }, (_, k) => detail('r' + k));
// Same events out, key order included (JSON text compares the order).
const same = texts.every((t) => {
  const a = once(A, t).out;
  const b = once(B, t).out;
  return isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b.map((e) => ({ ...e })));
});
if (!same) throw new Error('A and B validate the loop differently');
for (let w = 0; w < 20; w++) for (const m of [A, B]) once(m, texts[w % texts.length]);
const res = { A: { isolated: [], worker: [] }, B: { isolated: [], worker: [] } };
for (let l = 0; l < LOADS; l++) {
  const order = l % 2 ? ['A', 'B'] : ['B', 'A'];
  for (const s of order) {
    const r = once(s === 'A' ? A : B, texts[l % texts.length]);
    res[s].isolated.push(r.isolated);
    res[s].worker.push(r.worker);
  }
}
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * f)];
console.log(
  `${LOADS} loads each, A=${dirA} B=${dirB}; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const k of ['isolated', 'worker']) {
  const ratio = res.B[k].map((b, i) => b / res.A[k][i]);
  console.log(
    `${k.padEnd(8)} A ${q(res.A[k], 0.5).toFixed(3)} ms  B ${q(res.B[k], 0.5).toFixed(3)} ms per load (medians); ` +
      `paired B/A ${q(ratio, 0.5).toFixed(3)} (${q(ratio, 0.25).toFixed(3)}-${q(ratio, 0.75).toFixed(3)})`,
  );
}
