#!/usr/bin/env node
// Worker-wake probe (issue 20, bench part 3): two wake builds side by side, one browser each, rounds in random order.
// Each round traces (Chromium `Tracing`) a wake as the bench makes it: stop the worker, load warmup.html, ping. Per
// wake: the extension worker thread's CPU (thread time of its top-level tasks; in some rounds it includes the parse of
// the autoconsent rules the page asks for after its load), the task that evaluated the script, and by trace event the
// script's evaluation, compile and code-cache deserialisation.
// Also the wake's phases on the worker thread, in ms from the task that starts it (about the worker's time origin, which
// the bench's marks count from): `resume` when it fetches its script (under automation it first waits for the
// debugger's resume), `evalStart`/`evalEnd` the top-level evaluation, `dispatch` the first event delivered after it;
// and the bytes Chrome streams to the worker at its start (every installed script's body and code cache, the lazy
// scripts' included).
// Usage: node scripts/probe-wake.mjs <extDirA> <extDirB> [rounds]; the dirs are wake builds
// (`CONSENT_AUDITOR_BENCH=wake npx wxt build`), or `empty` for the bench's empty extension; needs `npm run build:cli`.
// Judge by the paired medians, with the load.
import { loadavg, tmpdir } from 'node:os';
import { startDemoServer } from './lib/demo-server.mjs';
import { writeEmptyExtension } from './bench-wake.mjs';

const [dirA, dirB, nArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: probe-wake.mjs <extDirA> <extDirB> [rounds]');
const N = Number(nArg ?? 20);
const { extensionPage, launchAuditBrowser, stopServiceWorker } = await import('../dist/cli/browser.mjs');
const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const launchOpts = { hostRules: server.hostRules, extraArgs: args, ignoreCertificateErrors: true };
const origin = 'https://www.shop.test';
const CATEGORIES = ['toplevel', 'v8', 'disabled-by-default-v8.compile', 'ServiceWorker', '__metadata'].join(',');

async function setUp(dir) {
  const empty = dir === 'empty';
  if (empty) writeEmptyExtension((dir = `${tmpdir()}/probe-wake-empty`));
  const b = await launchAuditBrowser({ ...launchOpts, extensionDir: dir, ...(empty ? { warmupUrl: null } : {}) });
  const ext = await extensionPage(b.context, b.extensionId);
  const tab = b.context.pages().find((p) => p !== ext) ?? (await b.context.newPage());
  const cdp = await b.context.newCDPSession(ext);
  return { b, ext, tab, cdp, rows: [] };
}

async function traced(s, fn) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  s.cdp.on('Tracing.dataCollected', onData);
  await s.cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const out = await fn();
  const done = new Promise((r) => s.cdp.once('Tracing.tracingComplete', r));
  await s.cdp.send('Tracing.end');
  await done;
  s.cdp.off('Tracing.dataCollected', onData);
  return { out, events };
}

/** The woken worker's thread: the one that evaluated the script (the stopped worker's thread is in the trace too). */
function workerThread(events) {
  const e = events.find((x) => x.name === 'ServiceWorkerGlobalScopeProxy::EvaluateTopLevelScript');
  return e ? `${e.pid}:${e.tid}` : null;
}

function measure(events) {
  const key = workerThread(events);
  const thread = events.filter((e) => `${e.pid}:${e.tid}` === key).sort((a, b) => a.ts - b.ts);
  const on = thread.filter((e) => e.ph === 'X');
  const ms = (us) => (us ?? 0) / 1000;
  const sum = (f) => on.filter(f).reduce((a, e) => a + ms(e.tdur ?? e.dur), 0);
  const top = on.filter((e) => e.cat.split(',').includes('toplevel') && /RunTask/.test(e.name));
  // The task that evaluated the script: the one holding its first v8.run (compile from the code cache included).
  const run = on.find((e) => e.name === 'v8.run');
  const within = (t, e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
  return {
    cpu: top.reduce((a, e) => a + ms(e.tdur ?? e.dur), 0),
    script: top.filter((t) => run && within(t, run)).reduce((a, e) => a + ms(e.tdur ?? e.dur), 0),
    evaluate: sum((e) => e.name === 'v8.run' || e.name === 'EvaluateScript'),
    compile: sum((e) => e.name === 'v8.compile' || e.name === 'V8.CompileCode' || e.name === 'v8.compileModule'),
    cacheDeser: sum((e) => /Deserialize|consume/i.test(e.name)),
    tasks: top.length,
    ...phases(events, thread),
  };
}

/** Phase marks on the worker thread (ms from its start task) and the bytes streamed to it at start. */
function phases(events, thread) {
  const start = thread.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.args?.src_func === 'Start');
  const at = (e) => (e && start ? (e.ts - start.ts) / 1000 : NaN);
  const evalStart = thread.find((e) => e.name === 'ServiceWorkerGlobalScopeProxy::EvaluateTopLevelScript');
  const evalEnd = thread.find((e) => e.name === 'ServiceWorkerGlobalScopeProxy::DidEvaluateTopLevelScript');
  const dispatch = thread.find(
    (e) =>
      e.name === 'Receive mojo message' &&
      evalEnd &&
      e.ts > evalEnd.ts &&
      /EventDispatcher/.test(JSON.stringify(e.args)),
  );
  const sent = events.filter(
    (e) =>
      e.name === 'ServiceWorkerInstalledScriptsSender::OnStarted' && e.ph === 'I' && start && e.ts >= start.ts - 50_000,
  );
  return {
    resume: at(thread.find((e) => e.args?.src_func === 'FetchAndRunClassicScript')),
    evalStart: at(evalStart),
    evalEnd: at(evalEnd),
    dispatch: at(dispatch),
    evalWall: at(evalEnd) - at(evalStart),
    toDispatch: at(dispatch) - at(evalEnd),
    streamedKB: sent.reduce((a, e) => a + (e.args?.body_size ?? 0) + (e.args?.meta_data_size ?? 0), 0) / 1000,
  };
}

async function wake(s) {
  const { out, events } = await traced(s, async () => {
    await stopServiceWorker(s.b.context);
    await s.tab.goto(`${origin}/warmup.html`, { waitUntil: 'load' });
    return s.ext.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  });
  const w = out?.wake;
  return {
    ...measure(events),
    start: w?.scriptStart ?? NaN,
    first: w?.firstEvent ?? NaN,
    restored: w?.restored ?? NaN,
  };
}

const sides = [await setUp(dirA), await setUp(dirB)];
for (const s of sides) await wake(s); // warm: the code cache is made by the first runs
for (const s of sides) await wake(s);
const loads = [];
for (let i = 0; i < N; i++) {
  const order = Math.random() < 0.5 ? [0, 1] : [1, 0];
  for (const k of order) sides[k].rows.push(await wake(sides[k]));
  loads.push(loadavg()[0]);
}
const med = (a) => {
  const s = a.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  return s.length ? s[s.length >> 1] : NaN;
};
const q = (a, p) => {
  const s = a.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
console.log(`${N} rounds, load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`);
const FIELDS = ['cpu', 'script', 'evaluate', 'compile', 'cacheDeser', 'tasks', 'streamedKB'];
const PHASES = ['resume', 'evalStart', 'evalEnd', 'dispatch', 'evalWall', 'toDispatch'];
for (const f of [...FIELDS, ...PHASES, 'start', 'restored', 'first']) {
  const a = sides[0].rows.map((r) => r[f]);
  const b = sides[1].rows.map((r) => r[f]);
  const d = a.map((x, i) => b[i] - x);
  console.log(
    `${f.padEnd(10)} A ${med(a).toFixed(2)}  B ${med(b).toFixed(2)}  B-A paired median ${med(d).toFixed(2)} (IQR ${q(d, 0.25)?.toFixed(2)} to ${q(d, 0.75)?.toFixed(2)})`,
  );
}
for (const s of sides) await s.b.context.close();
await server.close?.();
process.exit(0);
