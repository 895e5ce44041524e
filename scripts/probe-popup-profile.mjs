#!/usr/bin/env node
// Popup open, CPU profile of its main thread (bench part 5's page): one build, N opens (the first, cold, dropped); per
// window of the open (to the cookie rows' frame, to the record's arrival, to the verdict) the functions with the most
// self time per open. Usage: node scripts/probe-popup-profile.mjs <extDir> [opens]. Needs `npm run build:cli`; for
// function names, profile a build without minifying (`CONSENT_AUDITOR_NAMES=1 npx wxt build`, into .bench/ext-names).
// Sampled (100 us) with the profiler's own overhead: read shares, not exact times.
import { loadavg } from 'node:os';
import { popupMarks } from './bench-big-tab.mjs';
import { launchBigTab } from './lib/big-tab-browser.mjs';
import { startDemoServer } from './lib/demo-server.mjs';

const [dir, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 4);
const server = await startDemoServer();
const { b, tabId } = await launchBigTab(dir, server);

// The window edges, marked in the profile itself: at the cookie rows' frame and at the record's arrival (the port's
// second message) the page runs a named function for about half a millisecond, so the sampler sees it.
const MARKS = () => {
  const rt = globalThis.chrome?.runtime;
  if (!rt?.connect) return;
  const connect = rt.connect.bind(rt);
  const spin = () => {
    const end = performance.now() + 0.5;
    let x = 0;
    while (performance.now() < end) for (let i = 0; i < 1000; i++) x += i;
    return x;
  };
  const marks = (globalThis.__marks = {});
  globalThis.__probeFrameMark = function probeFrameMark() {
    return spin();
  };
  globalThis.__probeRecordMark = function probeRecordMark() {
    return spin();
  };
  new MutationObserver((_, obs) => {
    if (!document.body?.textContent?.includes('big_c')) return;
    obs.disconnect();
    requestAnimationFrame(() => {
      marks.frame = performance.now();
      globalThis.__probeFrameMark();
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
  rt.connect = (...a) => {
    const port = connect(...a);
    let n = 0;
    port.onMessage.addListener(() => {
      if (++n !== 2) return;
      marks.second = performance.now();
      globalThis.__probeRecordMark();
    });
    return port;
  };
};
const windows = ['toFrame', 'toRecord', 'toVerdict'];
const self = Object.fromEntries(windows.map((w) => [w, new Map()]));
const totals = Object.fromEntries(windows.map((w) => [w, 0]));
for (let i = 0; i < N + 1; i++) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 760, height: 600 });
  await page.addInitScript(MARKS);
  const cdp = await b.context.newCDPSession(page);
  await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  const { verdict } = await popupMarks(page);
  const m = await page.evaluate(() => globalThis.__marks);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (i === 0) continue;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const under = (id, name) => {
    for (let x = id; x !== undefined; x = parent.get(x)) if (nodes.get(x).callFrame.functionName === name) return true;
    return false;
  };
  // The first sample inside each marker function is that window's end; a marker never sampled ends nothing.
  const edge = (name) => profile.samples.findIndex((id) => under(id, name));
  const frameAt = edge('probeFrameMark');
  const recordAt = edge('probeRecordMark');
  const w = (k) => (frameAt >= 0 && k < frameAt ? 'toFrame' : recordAt >= 0 && k < recordAt ? 'toRecord' : 'toVerdict');
  profile.samples.forEach((id, k) => {
    const n = nodes.get(id);
    const name = n.callFrame.functionName || '(anon)';
    if (name === '(idle)') return;
    const url = n.callFrame.url.split('/').pop();
    const key = `${name} ${url}:${n.callFrame.lineNumber}`;
    const dt = (profile.timeDeltas[k + 1] ?? 100) / 1000;
    const win = w(k);
    self[win].set(key, (self[win].get(key) ?? 0) + dt);
    totals[win] += dt;
  });
  console.log(
    `open ${i}: frame ${m.frame?.toFixed(0)} second ${m.second?.toFixed(0)} verdict ${verdict.toFixed(0)} ms`,
  );
}
console.log(`load ${loadavg()[0].toFixed(1)}; ${N} opens; sampled self time, ms per open`);
for (const win of windows) {
  console.log(`\n${win}: ${(totals[win] / N).toFixed(1)} ms`);
  const top = [...self[win]].sort((a, b) => b[1] - a[1]).slice(0, 22);
  for (const [k, v] of top) console.log(`  ${(v / N).toFixed(1).padStart(6)}  ${k}`);
}
await b.close();
await server.close();
