#!/usr/bin/env node
// Worker-wake probe (issue 20, bench part 3): two wake builds side by side, one browser each, rounds in random order.
// Each round traces (Chromium `Tracing`) a wake as the bench makes it: stop the worker, load warmup.html, ping. Per
// wake: the extension worker thread's CPU (thread time of its top-level tasks; in some rounds it includes the parse of
// the autoconsent rules the page asks for after its load), the task that evaluated the script, and by trace event the
// script's evaluation, compile and code-cache deserialisation.
// Usage: node scripts/probe-wake.mjs <extDirA> <extDirB> [rounds]; the dirs are wake builds
// (`CONSENT_AUDITOR_BENCH=wake npx wxt build`); needs `npm run build:cli`. Judge by the paired medians, with the load.
import { loadavg } from 'node:os';
import { startDemoServer } from './lib/demo-server.mjs';

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
  const b = await launchAuditBrowser({ ...launchOpts, extensionDir: dir });
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

/** The extension's service-worker thread: the thread whose events name its script. */
function workerThread(events, extensionId) {
  const url = `chrome-extension://${extensionId}/background.js`;
  const hit = events.find((e) => JSON.stringify(e.args ?? {}).includes(url) && e.name !== 'ResourceSendRequest');
  const threads = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const cands = [...threads].filter(([, n]) => /ServiceWorker/i.test(n)).map(([k]) => k);
  if (hit && cands.includes(`${hit.pid}:${hit.tid}`)) return `${hit.pid}:${hit.tid}`;
  // The busiest service-worker thread (the extension's is the only one running in these rounds).
  let best = null;
  let most = -1;
  for (const k of cands) {
    const n = events.filter((e) => `${e.pid}:${e.tid}` === k).length;
    if (n > most) [best, most] = [k, n];
  }
  return best;
}

function measure(events, extensionId) {
  const key = workerThread(events, extensionId);
  const on = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
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
  };
}

async function wake(s) {
  const { out, events } = await traced(s, async () => {
    await stopServiceWorker(s.b.context);
    await s.tab.goto(`${origin}/warmup.html`, { waitUntil: 'load' });
    return s.ext.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  });
  const w = out?.wake;
  return { ...measure(events, s.b.extensionId), first: w?.firstEvent ?? NaN, restored: w?.restored ?? NaN };
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
for (const f of ['cpu', 'script', 'evaluate', 'compile', 'cacheDeser', 'tasks', 'first', 'restored']) {
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
