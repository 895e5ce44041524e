#!/usr/bin/env node
// In-process A/B of the worker's cookie path on bench part 2's cookie page (1,000 document.cookie writes, 50 names):
// the product's modules of two checkouts, bundled with esbuild and fed the same loads in one process, A and B
// alternating. Per load, in the worker's order: the navigation; the browser's 1,000 changes (the adapter's
// fromCookieChange, then CookieRouter.change), which arrive during the load and are held; after the load event the
// page's 1,000 reports in batches of 200 (validatePageEvent, TabStore.push, then one claim each, which delivers the held
// change to TabStore.push); then the store's flush (the record builder, the budget, the chunks) and its write to an
// in-memory session area (JSON, as the worker's). The router's dependencies are the worker's (entrypoints/background):
// candidates are the store's tabs whose builder concerns the cookie's domain (a second tab is open on another site),
// a claim's host the frame's. The worker's listener glue and the
// browser's own cost (IPC, storage.session) are not in it; compaction (gzip, after a quiet second) is left out.
// Prints each side's CPU time per load (process.cpuUsage: all threads, GC included) and wall time, the paired B/A
// (median and quartiles), and whether both sides built the same cookie tables and stored the same event log.
// An A/A run shows the noise.
//   node scripts/bench-cookie-ab.mjs <checkoutA> <checkoutB> [loads = 60]
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { loadCheckout } from './lib/checkout-bundle.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: bench-cookie-ab.mjs <checkoutA> <checkoutB> [loads]');
const LOADS = Number(process.argv[4] ?? 60);
const ENTRY = `
export { TabStore } from './utils/record/tab-store.ts';
export { CookieRouter } from './utils/record/cookie-router.ts';
export { fromBeforeRequest, fromCookieChange } from './utils/observe/browser/adapter.ts';
export { validatePageEvent } from './utils/observe/page/page-events.ts';
export { frameHostOf } from './utils/url/url.ts';
`;

const URL_ = 'https://www.shop.test/bench/cookies.html';
const TAB = 1;
const OTHER_TAB = 2;
let requestId = 0;
const request = (url) => ({
  requestId: `o${++requestId}`,
  url,
  type: 'script',
  frameId: 0,
  timeStamp: 1_700_000_000_000,
});
/** One tab of one side: a store and a router that live across loads, as in the worker. */
function side(m) {
  let now = 1_700_000_000_000;
  let req = 0;
  /** The session area: what was stored, in the order of the writes (keys carry a random wake id: values only). */
  const stored = [];
  const area = {
    get: async () => ({}),
    set: async (items) => {
      for (const [key, v] of Object.entries(items)) if (key.startsWith('ca1:')) stored.push(v);
    },
    remove: async () => {},
  };
  const clock = () => now;
  // Compaction off: it runs after a quiet second, outside the load.
  const store = new m.TabStore(area, () => {}, clock, undefined, Number.POSITIVE_INFINITY);
  const router = new m.CookieRouter({
    candidates: (domain) =>
      store.tabIds().filter((tabId) => store.builder(tabId)?.concernsCookieDomain(domain) === true),
    hostCandidates: () => [],
    deliver: (tabId, ev) => store.push(tabId, [ev]),
    note: () => {},
    now: clock,
    later: () => {}, // every change held here is claimed by its page report
  });
  return async (run) => {
    now += 1500; // the bench's pace: a load in this tab every 1.5 s or so
    const t0 = now;
    const reports = [];
    const changes = [];
    for (let i = 0; i < 1000; i++) {
      const name = `loop_c${i % 50}`;
      const value = `${run}${i}`;
      const t = t0 + 10 + i / 100;
      reports.push({
        k: 'page-cookie',
        t,
        api: 'document.cookie',
        name,
        value,
        raw: `${name}=${value}; path=/`,
        script: URL_,
        attribution: 'callsites',
      });
      const cookie = { name, value, domain: 'www.shop.test', path: '/', hostOnly: true, secure: false };
      Object.assign(cookie, { httpOnly: false, sameSite: 'lax', session: true, storeId: '0' });
      changes.push({ cookie, removed: false, cause: 'explicit' });
    }
    await store.ready;
    if (!store.builder(OTHER_TAB)) {
      // Another tab, on another site, whose page talked to 40 hosts: each change asks every tab if it concerns it.
      const other = 'https://news.example/';
      store.push(OTHER_TAB, m.fromBeforeRequest({ ...request(other), tabId: OTHER_TAB, type: 'main_frame' }));
      for (let i = 0; i < 40; i++)
        store.push(
          OTHER_TAB,
          m.fromBeforeRequest({ ...request(`https://cdn${i}.host${i}.example/x.js`), tabId: OTHER_TAB }),
        );
      await store.settled();
    }
    const nav = { requestId: String(++req), url: URL_, type: 'main_frame', tabId: TAB, frameId: 0, timeStamp: t0 };
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    store.push(TAB, m.fromBeforeRequest(nav));
    await store.settled();
    for (let i = 0; i < changes.length; i++) router.change(m.fromCookieChange(changes[i], t0 + 10 + i / 100));
    now += 200;
    for (let i = 0; i < reports.length; i += 200) {
      const valid = [];
      for (const raw of reports.slice(i, i + 200)) {
        const ev = m.validatePageEvent(raw, URL_, now);
        if (ev) valid.push(ev);
      }
      store.push(TAB, valid);
      for (const ev of valid) router.claim(TAB, m.frameHostOf(ev.frameUrl), ev.name, ev.value);
      await store.settled();
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const table = JSON.stringify(
      store
        .builder(TAB)
        .record.cookies.map((c) => [c.name, c.domain, c.value, c.writes, c.setBy, c.script, c.confirmedBy]),
    );
    const log = stored.splice(0).join('\n');
    return { ms, cpu: (cpu.user + cpu.system) / 1000, table, log };
  };
}

const sides = {
  A: side(await loadCheckout(dirA, 'cookie-ab-a', ENTRY)),
  B: side(await loadCheckout(dirB, 'cookie-ab-b', ENTRY)),
};
const runId = (i) => `r${i.toString(36)}x`;
for (let i = 0; i < 5; i++) for (const k of ['A', 'B']) await sides[k](runId(i));
const res = { A: { ms: [], cpu: [] }, B: { ms: [], cpu: [] } };
let sameTables = true;
let sameLogs = true;
for (let i = 0; i < LOADS; i++) {
  const out = {};
  for (const k of i % 2 ? ['A', 'B'] : ['B', 'A']) {
    out[k] = await sides[k](runId(i + 5));
    res[k].ms.push(out[k].ms);
    res[k].cpu.push(out[k].cpu);
  }
  if (out.A.table !== out.B.table) sameTables = false;
  if (out.A.log !== out.B.log) sameLogs = false;
}
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)];
const f = (x) => x.toFixed(2);
console.log(
  `${LOADS} loads, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; same cookie tables: ${sameTables}; same stored log: ${sameLogs}`,
);
for (const what of ['cpu', 'ms']) {
  const [a, b] = [res.A[what], res.B[what]];
  const ratio = b.map((x, i) => x / a[i]);
  console.log(
    `${what === 'cpu' ? 'CPU ms' : 'wall ms'} per load: A ${f(q(a, 0.5))} (q1 ${f(q(a, 0.25))}), ` +
      `B ${f(q(b, 0.5))} (q1 ${f(q(b, 0.25))}); B/A paired median ${q(ratio, 0.5).toFixed(3)} ` +
      `(q1 ${q(ratio, 0.25).toFixed(3)}, q3 ${q(ratio, 0.75).toFixed(3)})`,
  );
}
