#!/usr/bin/env node
// Where the cookie page's cost goes (issue 20): loads demo/site/www.shop.test/bench/cookies-probe.html in one headless
// Chromium per build, interleaved in random order, and prints first quartiles per build of the load event, the page's
// own timing of its document.cookie loop, the renderer's script time (CDP, from navigation to SETTLE ms after load) and
// the CPU time of the whole browser (all its processes) over the round. Not a test and not the bench: a probe to
// compare builds. Needs `npm run build:chrome`, `CONSENT_AUDITOR_BENCH=floor npx wxt build` and `npm run build:cli`.
// PROBE_EXTRA=dir1,dir2 adds builds (e.g. copies of .output/chrome-mv3 before and after a change); ROUNDS, N (writes),
// REPS (loops per load; the fastest is printed as `best`) and SETTLE (ms) tune it.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';

const { launchAuditBrowser } = await import('../dist/cli/browser.mjs');
const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 10);
const SETTLE = Number(env.SETTLE ?? 1000);

/** The floor build without content scripts, as the bench runs it. */
function floorCopy() {
  const dir = '.bench/probe-floor';
  rmSync(dir, { recursive: true, force: true });
  cpSync('.bench/ext-floor/chrome-mv3', dir, { recursive: true });
  const m = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  delete m.content_scripts;
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(m));
  return dir;
}
const builds = { extension: '.output/chrome-mv3', floor: floorCopy(), none: undefined };
for (const dir of (env.PROBE_EXTRA ?? '').split(',').filter(Boolean)) builds[dir] = dir;

/** CPU ms of a browser: its process and every descendant. */
function treeCpu(root) {
  return treeOf(processes(), root).reduce((sum, p) => sum + p.cpu, 0);
}

const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const browsers = {};
const roots = {};
const res = {};
for (const [name, dir] of Object.entries(builds)) {
  browsers[name] = await launchAuditBrowser({
    hostRules: server.hostRules,
    extraArgs: args,
    ignoreCertificateErrors: true,
    ...(dir ? { extensionDir: dir } : {}),
    ...(name === 'extension' ? {} : { warmupUrl: null }),
  });
  // Playwright starts each browser as a child of this process.
  const taken = new Set(Object.values(roots));
  roots[name] = [...processes()].find(([pid, p]) => p.ppid === process.pid && !taken.has(pid))?.[0];
  res[name] = { load: [], loop: [], best: [], script: [], cpu: [] };
}
const url = `https://www.shop.test/bench/cookies-probe.html?n=${env.N ?? 1000}&reps=${env.REPS ?? 1}`;
for (let r = -1; r < ROUNDS; r++) {
  for (const name of Object.keys(builds).sort(() => Math.random() - 0.5)) {
    const ctx = browsers[name].context;
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const s0 = await script();
    const c0 = treeCpu(roots[name]);
    await page.goto(url, { waitUntil: 'load' });
    const p = await page.evaluate(() => ({
      ...window.__probe,
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
    }));
    await page.waitForTimeout(SETTLE);
    const s1 = await script();
    const c1 = treeCpu(roots[name]);
    await cdp.detach();
    if (r < 0) continue; // one untimed load each: caches and the worker warm alike
    const out = res[name];
    out.load.push(p.load);
    out.loop.push(p.loop);
    out.best.push(p.best);
    out.script.push(s1 - s0);
    out.cpu.push(c1 - c0);
  }
}
for (const b of Object.values(browsers)) await b.close();
await server.close?.();
const q1 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 4)] ?? NaN;
console.log(`${ROUNDS} rounds, first quartiles (ms); load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const [name, v] of Object.entries(res))
  console.log(
    name.padEnd(24),
    Object.entries(v)
      .map(([k, xs]) => `${k} ${q1(xs).toFixed(1)}`)
      .join('  '),
  );
process.exit(0);
