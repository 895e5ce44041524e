#!/usr/bin/env node
// In-process A/B of the worker's cookie path on bench part 2's cookie page (1,000 document.cookie writes, 50 names):
// the product's RecordBuilder and CookieRouter of two checkouts, bundled with esbuild and fed the same load in one
// process, A and B alternating: the browser's 1,000 changes arrive first and are held, then the page's 1,000 reports
// are applied and claim them (the worker's order: the page reports cross after the load event), and the delivered
// changes are applied. Prints each side's time per load and the paired B/A (median and quartiles); an A/A run shows
// the noise. The worker's message handler (entrypoints/background) is not in it: each claim's host is parsed here.
//   node scripts/bench-cookie-ab.mjs <checkoutA> <checkoutB> [loads = 60]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { build } from 'esbuild';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: bench-cookie-ab.mjs <checkoutA> <checkoutB> [loads]');
const LOADS = Number(process.argv[4] ?? 60);
const ENTRY = `
export { RecordBuilder } from './utils/record/record.ts';
export { CookieRouter } from './utils/record/cookie-router.ts';
export { fromBeforeRequest } from './utils/observe/browser/adapter.ts';
export { cookieStored } from './test/support/raw-events.ts';
export { parseUrl } from './utils/url/url.ts';
`;
mkdirSync('.bench', { recursive: true });
async function load(dir, name) {
  const outfile = resolve(`.bench/cookie-ab-${name}.mjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return import(outfile);
}

const URL_ = 'https://www.shop.test/bench/cookies.html';
/** One tab of one side: a builder and a router that live across loads, as in the worker. */
function side(m) {
  let now = 1_700_000_000_000;
  let req = 0;
  const b = new m.RecordBuilder(1);
  const delivered = [];
  const router = new m.CookieRouter({
    candidates: (d) => (b.concernsCookieDomain(d) ? [1] : []),
    deliver: (_tab, ev) => delivered.push(ev),
    now: () => now,
    later: () => {}, // every change held here is claimed by its page report
  });
  return (run) => {
    now += 1500; // the bench's pace: a load in this tab every 1.5 s or so
    const t0 = now;
    const page = [];
    for (let i = 0; i < 1000; i++) {
      const name = `loop_c${i % 50}`;
      const value = `${run}${i}`;
      const t = t0 + 10 + i / 100;
      page.push({
        k: 'page-cookie',
        t,
        api: 'document.cookie',
        name,
        value,
        raw: `${name}=${value}; path=/`,
        frameUrl: URL_,
        script: URL_,
        attribution: 'callsites',
      });
    }
    const changes = page.map((p) => m.cookieStored(p.name, 'www.shop.test', p.value, p.t));
    const nav = m.fromBeforeRequest({
      requestId: String(++req),
      url: URL_,
      type: 'main_frame',
      tabId: 1,
      frameId: 0,
      timeStamp: t0,
    });
    const start = performance.now();
    for (const ev of nav) b.applyOrNote(ev);
    for (const ev of changes) router.change(ev);
    now += 200;
    for (const ev of page) b.applyOrNote(ev);
    for (const ev of page) router.claim(1, m.parseUrl(ev.frameUrl)?.host ?? '', ev.name, ev.value);
    for (const ev of delivered.splice(0)) b.applyOrNote(ev);
    const ms = performance.now() - start;
    const table = JSON.stringify(
      b.record.cookies.map((c) => [c.name, c.domain, c.value, c.writes, c.setBy, c.script, c.confirmedBy]),
    );
    return { ms, table };
  };
}

const sides = { A: side(await load(dirA, 'a')), B: side(await load(dirB, 'b')) };
const runId = (i) => `r${i.toString(36)}x`;
for (let i = 0; i < 5; i++) for (const k of ['A', 'B']) sides[k](runId(i));
const ms = { A: [], B: [] };
let same = true;
for (let i = 0; i < LOADS; i++) {
  const out = {};
  for (const k of i % 2 ? ['A', 'B'] : ['B', 'A']) {
    out[k] = sides[k](runId(i + 5));
    ms[k].push(out[k].ms);
  }
  if (out.A.table !== out.B.table) same = false;
}
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)];
const ratio = ms.B.map((x, i) => x / ms.A[i]);
const f = (x) => x.toFixed(2);
console.log(
  `${LOADS} loads, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; same cookie tables: ${same}`,
);
console.log(
  `ms per load: A ${f(q(ms.A, 0.5))} (q1 ${f(q(ms.A, 0.25))}), B ${f(q(ms.B, 0.5))} (q1 ${f(q(ms.B, 0.25))}); ` +
    `B/A paired median ${q(ratio, 0.5).toFixed(3)} (q1 ${q(ratio, 0.25).toFixed(3)}, q3 ${q(ratio, 0.75).toFixed(3)})`,
);
