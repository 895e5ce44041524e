#!/usr/bin/env node
// Popup first-render probe (issue 20, bench part 5's page): two builds side by side, popup opens interleaved, per open
// the wall marks (port opened, first push received, cookie rows in the DOM) and the popup renderer's main-thread
// times from CDP. Usage: node scripts/probe-popup.mjs <extDirA> <extDirB> [opens per build]. Needs `npm run
// build:cli`. Paired differences are printed as medians, with the load average: judge a lever by those, not one open.
import { loadavg } from 'node:os';
import { popupMarks } from './bench-big-tab.mjs';
import { launchBigTab } from './lib/big-tab-browser.mjs';
import { startDemoServer } from './lib/demo-server.mjs';
import { workerSession } from './lib/worker-cdp.mjs';

const [dirA, dirB, nArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: probe-popup.mjs <extDirA> <extDirB> [opens]');
const N = Number(nArg ?? 12);
const { extensionPage } = await import('../dist/cli/browser.mjs');
const server = await startDemoServer();

// Marks taken inside the popup without touching its code: the port's connect and its first message.
const MARKS = () => {
  const rt = globalThis.chrome?.runtime;
  if (!rt?.connect) return;
  const connect = rt.connect.bind(rt);
  const marks = (globalThis.__marks = {});
  // The product's own time to the rows (the bench's check runs after the load event and Playwright's script): the
  // mutation that puts the cookie rows into the DOM, and the animation frame after it.
  new MutationObserver((_, obs) => {
    if (!document.body?.textContent?.includes('big_c')) return;
    obs.disconnect();
    marks.dom = performance.now();
    requestAnimationFrame(() => (marks.frame = performance.now()));
  }).observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('load', () => (marks.load = performance.now()));
  // The tab's URL (tabs.get, through the polyfill's callback or a promise): the first screen waits for it.
  const tabs = globalThis.chrome?.tabs;
  if (tabs?.get) {
    const get = tabs.get.bind(tabs);
    const seen = () => (marks.url ??= performance.now());
    tabs.get = (id, cb) => {
      if (typeof cb === 'function')
        return get(id, (...r) => {
          seen();
          return cb(...r);
        });
      const p = get(id);
      p?.then?.(seen, seen);
      return p;
    };
  }
  rt.connect = (...a) => {
    globalThis.__marks.connect ??= performance.now();
    const port = connect(...a);
    port.onMessage.addListener(() => {
      const m = globalThis.__marks;
      if (m.first === undefined) m.first = performance.now();
      else m.second ??= performance.now();
    });
    return port;
  };
};

async function setUp(dir) {
  const { b, tabId } = await launchBigTab(dir, server);
  // The worker's CPU per open: its profiler, through CDP.
  const sw = (await workerSession(b.context, await extensionPage(b.context, b.extensionId))).call;
  await sw('Profiler.enable');
  await sw('Profiler.setSamplingInterval', { interval: 100 });
  return { b, tabId, sw };
}

/** Sampled CPU time of a profile: every sample that is not idle (the profiler's own "(program)" included). */
function busyMs(profile) {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

const metricsOf = ({ metrics }) => Object.fromEntries(metrics.map((x) => [x.name, x.value]));

async function open({ b, tabId, sw }) {
  await sw('Profiler.start');
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 760, height: 600 });
  await page.addInitScript(MARKS);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The renderer's counters run from its start (an extension's pages share one process): what counts is their growth
  // in this open, so the page is in that process before it (a page with no script of ours) and the popup follows.
  await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  const before = metricsOf(await cdp.send('Performance.getMetrics'));
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  // The bench's two marks: the cookie rows on screen, then the verdict with findings (engine, knowledge, whole record).
  const { rows, verdict } = await popupMarks(page);
  const marks = await page.evaluate(() => ({
    ...globalThis.__marks,
    nodes: document.body.getElementsByTagName('*').length,
  }));
  const after = metricsOf(await cdp.send('Performance.getMetrics'));
  const { profile } = await sw('Profiler.stop');
  const m = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
  await page.close();
  return {
    rows,
    verdict,
    connect: marks.connect,
    first: marks.first,
    second: marks.second,
    dom: marks.dom,
    frame: marks.frame,
    load: marks.load,
    url: marks.url,
    nodes: marks.nodes,
    worker: busyMs(profile),
    thread: m.ThreadTime * 1000,
    task: m.TaskDuration * 1000,
    script: m.ScriptDuration * 1000,
    style: m.RecalcStyleDuration * 1000,
    layout: m.LayoutDuration * 1000,
  };
}

const load0 = loadavg()[0].toFixed(1);
const A = await setUp(dirA);
const B = await setUp(dirB);
const res = { A: [], B: [] };
for (let i = 0; i < N + 1; i++) {
  const order = Math.random() < 0.5 ? ['A', 'B'] : ['B', 'A'];
  for (const k of order) {
    const r = await open(k === 'A' ? A : B);
    if (i > 0) res[k].push(r); // the first open of each compiles cold: dropped
  }
}
const med = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const keys = [
  'rows',
  'verdict',
  'dom',
  'frame',
  'load',
  'url',
  'connect',
  'first',
  'second',
  'thread',
  'task',
  'script',
  'style',
  'layout',
  'worker',
  'nodes',
];
console.log(`load ${load0} -> ${loadavg()[0].toFixed(1)}; ${N} opens each; medians (ms); A=${dirA} B=${dirB}`);
for (const k of keys) {
  const d = res.A.map((a, i) => (res.B[i]?.[k] ?? NaN) - (a[k] ?? NaN));
  console.log(
    `${k.padEnd(8)} A ${med(res.A.map((r) => r[k]))
      .toFixed(1)
      .padStart(7)}  B ${med(res.B.map((r) => r[k]))
      .toFixed(1)
      .padStart(7)}  B-A paired ${med(d).toFixed(1)}`,
  );
}
await A.b.close();
await B.b.close();
await server.close();
