#!/usr/bin/env node
// Popup open timeline (bench part 5's page): one build, N opens (the first, cold, is not printed), each traced with
// Chromium's Tracing; prints the popup renderer's main-thread tasks of 1 ms or more from navigation start to the
// verdict (start, wall, thread CPU, the trace events inside) and the service worker's, and each thread's CPU total.
// Usage: node scripts/probe-popup-trace.mjs <extDir> [opens]. Needs `npm run build:cli`. Under load, read CPU, not wall.
import { loadavg } from 'node:os';
import { popupMarks } from './bench-big-tab.mjs';
import { launchBigTab } from './lib/big-tab-browser.mjs';
import { startDemoServer } from './lib/demo-server.mjs';

const [dir, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 3);
const server = await startDemoServer();
const { b, tabId } = await launchBigTab(dir, server);
const CATS = [
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-devtools.timeline',
  '__metadata',
].join(',');

for (let i = 0; i < N; i++) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 760, height: 600 });
  const cdp = await b.context.newCDPSession(page);
  await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATS, transferMode: 'ReportEvents' });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  const { rows, verdict } = await popupMarks(page);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  if (i === 0) continue; // cold
  const nav = events.find((e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes('popup.html'));
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = `${nav.pid}:${nav.tid}`;
  const sw = [...names].find(([k, n]) => k.startsWith(`${nav.pid}:`) && /ServiceWorker/.test(n))?.[0];
  const t0 = nav.ts;
  const ms = (us) => (us / 1000).toFixed(1);
  console.log(
    `\nopen ${i}: rows check ${rows.toFixed(0)} ms, verdict ${verdict.toFixed(0)} ms, load ${loadavg()[0].toFixed(1)}`,
  );
  for (const [label, key] of [
    ['popup', main],
    ['worker', sw],
  ]) {
    const th = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const tasks = th.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    let cpu = 0;
    let end = -Infinity;
    for (const t of tasks) {
      if (t.ts - t0 > (verdict + 50) * 1000 || t.ts < t0 - 50_000) continue;
      // RunTask nests inside ThreadControllerImpl::RunTask: count the outer one only.
      if (t.ts < end) continue;
      end = t.ts + (t.dur ?? 0);
      cpu += t.tdur ?? 0;
      if ((t.dur ?? 0) < 1000) continue;
      const kids = th
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) >= 700)
        .filter((e) => !/RunTask/.test(e.name))
        .map((e) => {
          const d = e.args?.data ?? e.args?.beginData ?? {};
          const what = d.functionName || d.url?.split('/').pop() || d.type || '';
          return `${e.name}${what ? `(${what})` : ''} ${ms(e.dur)}`;
        })
        .slice(0, 8);
      console.log(
        `  ${label} @${ms(t.ts - t0).padStart(6)} wall ${ms(t.dur).padStart(5)} cpu ${ms(t.tdur ?? 0).padStart(5)}  ${kids.join(' | ')}`,
      );
    }
    console.log(`  ${label} cpu total to verdict+50: ${ms(cpu)} ms`);
  }
}
await b.close();
await server.close();
