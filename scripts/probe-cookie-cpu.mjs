#!/usr/bin/env node
// CPU time per load of bench part 2's cookie page (issue 20), per build, from /proc and split by process: the
// extension process (the worker), the renderers (the page and its content scripts), the rest (browser, GPU,
// network). One headless Chromium per build, loads interleaved in random order, WINDOW ms after each load counted
// (the bench settles 300 ms; 2,000 catches the worker's post-load work). Not a test and not the bench: a probe to
// compare builds where wall time is noise. Prints medians, means and first quartiles, the paired differences of two
// builds (besides a floor), and each build's load over a build named `floor` per round when one is given.
//   BUILDS=dirA,dirB[,.../floor] [ROUNDS=20] [WINDOW=2000] [PAGE=/bench/cookies.html] node scripts/probe-cookie-cpu.mjs
// Build directories are named by their last path element; the floor: a copy of `.bench/ext-floor/chrome-mv3`
// (CONSENT_AUDITOR_BENCH=floor npx wxt build) without its content scripts, as the bench runs it. Needs build:cli.
import { readFileSync } from 'node:fs';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';
const { launchAuditBrowser } = await import('../dist/cli/browser.mjs');
const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 20);
const WINDOW = Number(env.WINDOW ?? 2000);
if (!env.BUILDS) throw new Error('BUILDS=dirA,dirB[,floor dir] is required');
const builds = Object.fromEntries(env.BUILDS.split(',').map((d) => [d.split('/').pop(), d]));
/** CPU ms of a browser (its process and every descendant) by kind: extension process, other renderers, the rest. */
function cpu(root) {
  const s = { ext: 0, rend: 0, other: 0 };
  for (const p of treeOf(processes({ withCmdline: true }), root)) {
    const kind = p.cmdline.includes('--extension-process')
      ? 'ext'
      : p.cmdline.includes('--type=renderer')
        ? 'rend'
        : 'other';
    s[kind] += p.cpu;
  }
  return s;
}
const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const br = {},
  roots = {};
for (const [n, d] of Object.entries(builds)) {
  br[n] = await launchAuditBrowser({
    hostRules: server.hostRules,
    extraArgs: args,
    ignoreCertificateErrors: true,
    extensionDir: d,
    ...(n === 'floor' ? { warmupUrl: null } : {}),
  });
  const taken = new Set(Object.values(roots));
  roots[n] = [...processes()].find(([pid, p]) => p.ppid === process.pid && !taken.has(pid))?.[0];
}
const res = Object.fromEntries(Object.keys(builds).map((n) => [n, { load: [], ext: [], rend: [], other: [] }]));
const url = `https://www.shop.test${env.PAGE ?? '/bench/cookies.html'}`;
for (let r = -2; r < ROUNDS; r++) {
  for (const n of Object.keys(builds).sort(() => Math.random() - 0.5)) {
    const page = br[n].context.pages()[0] ?? (await br[n].context.newPage());
    const c0 = cpu(roots[n]);
    await page.goto(url, { waitUntil: 'load' });
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await page.waitForTimeout(WINDOW);
    const c1 = cpu(roots[n]);
    if (r < 0) continue;
    res[n].load.push(load);
    for (const k of ['ext', 'rend', 'other']) res[n][k].push(c1[k] - c0[k]);
  }
}
for (const b of Object.values(br)) await b.close();
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${ROUNDS} rounds, window ${WINDOW} ms; load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const [n, v] of Object.entries(res))
  console.log(
    n.padEnd(8),
    Object.entries(v)
      .map(([k, xs]) => `${k} med ${q(xs, 0.5).toFixed(0)} mean ${mean(xs).toFixed(0)} (q1 ${q(xs, 0.25).toFixed(0)})`)
      .join(' | '),
  );
const names = Object.keys(res);
const compared = names.filter((x) => x !== 'floor');
if (compared.length === 2)
  for (const k of ['ext', 'rend', 'other', 'load']) {
    const [a, b] = compared.map((n) => res[n][k]);
    const d = b.map((x, i) => x - a[i]);
    console.log(
      `paired ${compared[1]} - ${compared[0]} ${k}: median ${q(d, 0.5).toFixed(0)} mean ${mean(d).toFixed(0)}`,
    );
  }
if (res.floor)
  for (const n of names.filter((x) => x !== 'floor')) {
    const r = res[n].load.map((x, i) => x / res.floor.load[i]);
    console.log(
      `${n}/floor per round: median ${q(r, 0.5).toFixed(2)} (q1 ${q(r, 0.25).toFixed(2)}, q3 ${q(r, 0.75).toFixed(2)})`,
    );
  }
process.exit(0);
