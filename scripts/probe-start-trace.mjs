#!/usr/bin/env node
// What the content scripts' start costs the page (issue 20, bench part 2): one headless Chromium per extension build,
// loads interleaved in random order, a Chromium trace of each load (raw CDP over a pipe, no Runtime domain). On the
// page renderer's main thread, from the navigation's commit to the load event (MarkLoad): the thread time of every
// task, and per content-script injection, by world (main / isolated): the world's context creation, the compile, the
// run and the functions compiled lazily during it; and the renderer's worker pool meanwhile (V8's background compiles,
// GC helpers). `REUSE=1` loads every page in the same tab, as the bench does (one renderer, so V8's in-process cache
// already holds our scripts' code); `REUSE=0` opens a new tab per load (a new renderer: what a visitor's first page of
// a site pays). The page writes document.cookie N times in a loop, as bench/cookies.html does (N=0: an empty page).
// Thread times, medians and paired differences against the first build. Not a test and not the bench: a probe to
// compare builds.
//   EXTENSIONS=extA,extB [ROUNDS=12] [N=0] [REUSE=1] node scripts/probe-start-trace.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cdpPipe } from './lib/cdp-pipe.mjs';

const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 12);
const N = Number(env.N ?? 0);
const REUSE = env.REUSE !== '0';
const CHROME = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'blink',
  'extensions',
  'loading',
  'navigation',
  'toplevel',
  'renderer.scheduler',
];
if (!env.EXTENSIONS) throw new Error('EXTENSIONS=extA,extB is required');
const dirs = env.EXTENSIONS.split(',').map((d) => resolve(d));
const names = dirs.map((d, k) => `${k}-${d.split('/').filter(Boolean).pop()}`);

const page = `<!doctype html><html><body><script>
  const run = Math.random().toString(36).slice(2, 8);
  for (let i = 0; i < ${N}; i++) document.cookie = \`loop_c\${i % 50}=\${run}\${i}; path=/\`;
</script></body></html>`;
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

/** A headless Chromium with one extension, driven over a CDP pipe; `load(url)` returns the load's trace events. */
async function chromium(extension) {
  const profile = mkdtempSync(join(tmpdir(), 'probe-start-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${profile}`];
  const chrome = spawn(CHROME, [...args, `--load-extension=${extension}`], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toChrome, fromChrome] = [chrome.stdio[3], chrome.stdio[4]];
  const { send, listeners } = cdpPipe(toChrome, fromChrome);
  const once = (test) =>
    new Promise((ok) => {
      const on = (msg) => {
        if (!test(msg)) return;
        listeners.delete(on);
        ok(msg);
      };
      listeners.add(on);
    });
  await new Promise((ok) => setTimeout(ok, 1500)); // the extension's worker and scripts register
  let tab;
  const load = async (url) => {
    if (!tab || !REUSE) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      tab = { targetId, sessionId };
    }
    const { targetId, sessionId } = tab;
    const events = [];
    const collect = (msg) => {
      if (msg.method === 'Tracing.dataCollected') events.push(...msg.params.value);
    };
    listeners.add(collect);
    await send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    const loaded = once((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired');
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    const complete = once((m) => m.method === 'Tracing.tracingComplete');
    await send('Tracing.end');
    await complete;
    listeners.delete(collect);
    if (!REUSE) await send('Target.closeTarget', { targetId });
    return events;
  };
  const close = async () => {
    const exited = new Promise((ok) => chrome.once('exit', ok));
    chrome.kill();
    await exited;
    await new Promise((ok) => setTimeout(ok, 500)); // its child processes may still write into the profile
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a leftover temporary profile is not worth failing the run for
    }
  };
  return { load, close };
}

/** Thread ms by part for one load of `url`, or null when its renderer's main thread is not in the trace. */
function parts(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return null;
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid;
  const main = events.filter((e) => onMain(e) && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const commits = main.filter((e) => e.name === 'RenderFrameImpl::CommitNavigation' && e.ts <= parse.ts);
  const t0 = commits.at(-1)?.ts ?? parse.ts;
  const t1 = events.find((e) => onMain(e) && e.ts > parse.ts && e.name === 'MarkLoad')?.ts;
  if (t1 === undefined) return null;
  const ms = (e) => (e.tdur ?? 0) / 1000;
  const inside = (outer, e) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
  const out = new Map([['nav to load (wall)', (t1 - t0) / 1000]]);
  const add = (k, v) => out.set(k, (out.get(k) ?? 0) + v);
  let end = -1;
  for (const e of main) {
    if (e.ts < t0 || e.ts > t1 || e.ts < end) continue;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RenderFrameImpl::CommitNavigation') continue;
    add('main thread, all tasks', ms(e));
    end = e.ts + e.dur;
  }
  // The renderer's worker pool (V8's background compiles and GC helpers), on its other threads meanwhile.
  for (const e of events) {
    if (e.pid !== parse.pid || e.tid === parse.tid || e.name !== 'ThreadPool_RunTask' || e.ts < t0 || e.ts > t1)
      continue;
    add('renderer worker pool', ms(e));
    // What the task ran: the first V8 event inside it (a background compile, Maglev or TurboFan job, a GC helper).
    const job = events.find((x) => x.tid === e.tid && x.pid === e.pid && x !== e && inside(e, x) && x.ph === 'X');
    add(`renderer worker pool: ${job?.name ?? '(other)'}`, ms(e));
  }
  for (const inj of main.filter((e) => e.name === 'ScriptInjection::InjectJs' && e.ts >= t0 && e.ts <= t1)) {
    const within = main.filter((e) => inside(inj, e));
    const run = within.find((e) => e.name === 'v8.run');
    const world = run?.args?.worldId === 0 ? 'main world' : 'isolated world';
    add(`${world}: injection`, ms(inj));
    add(`${world}: context`, ms(within.find((e) => e.name === 'LocalWindowProxy::Initialize') ?? {}));
    add(`${world}: compile`, ms(within.find((e) => e.name === 'v8.compile') ?? {}));
    if (!run) continue;
    add(`${world}: run`, ms(run));
    let lazy = 0;
    let lazyEnd = -1;
    for (const e of within) {
      if (e.name !== 'V8.CompileCode' || !inside(run, e) || e.ts < lazyEnd) continue;
      lazy += ms(e);
      lazyEnd = e.ts + e.dur;
    }
    add(`${world}: run, lazy compiles`, lazy);
  }
  return out;
}

const browsers = Object.fromEntries(await Promise.all(names.map(async (n, k) => [n, await chromium(dirs[k])])));
const res = Object.fromEntries(names.map((n) => [n, []]));
for (let r = -1; r < ROUNDS; r++) {
  for (const n of [...names].sort(() => Math.random() - 0.5)) {
    const url = `${base}?b=${n}&r=${r}`;
    const p = parts(await browsers[n].load(url), url);
    if (r >= 0 && p) res[n].push(p);
  }
}
await Promise.all(Object.values(browsers).map((b) => b.close()));
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const keys = [...new Set(Object.values(res).flatMap((rs) => rs.flatMap((p) => [...p.keys()])))].sort();
const value = (n, k) => res[n].map((p) => p.get(k) ?? 0);
console.log(
  `${ROUNDS} rounds, ${N} writes, ${REUSE ? 'same tab (as the bench)' : 'a new tab per load'}; loads kept: ` +
    `${names.map((n) => `${n} ${res[n].length}`).join(', ')}; ` +
    `load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
console.log(
  `${'thread ms, median (paired vs first)'.padEnd(40)}${names.map((n) => n.slice(0, 18).padStart(20)).join('')}`,
);
for (const k of keys) {
  const cells = names.map((n) => {
    const xs = value(n, k);
    const first = value(names[0], k);
    const d = median(xs.map((x, i) => x - (first[i] ?? 0)));
    return `${median(xs).toFixed(2)}${n === names[0] ? '' : ` (${d >= 0 ? '+' : ''}${d.toFixed(2)})`}`.padStart(20);
  });
  console.log(`${k.padEnd(40)}${cells.join('')}`);
}
process.exit(0);
