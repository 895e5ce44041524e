#!/usr/bin/env node
// Probe of the isolated world's stored-files poll (recorder.content.ts tick): two extension builds, A and B, each in
// its own audit browser, both open; per round, in a random order, each loads bench/heavy.html and bench/frames.html
// (ten frames, each with its own poll) and stays on the page `STEADY_MS` after its load event. Per load: the load time
// (the navigation's loadEventStart) and the CPU time of that browser's processes from navigation to the end of the
// steady window (/proc, every process of its tree: renderers, extension worker, GPU, browser). Prints medians with
// 95 % intervals per side and the paired B/A per round. An A/A run (same dir twice) shows the noise.
//   node scripts/probe-pollcost.mjs <extDirA> <extDirB> [rounds = 8] [steadyMs = 6000]
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';
import { medianInterval } from './lib/bench-stats.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: probe-pollcost.mjs <extDirA> <extDirB> [rounds] [steadyMs]');
const ROUNDS = Number(process.argv[4] ?? 8);
const STEADY_MS = Number(process.argv[5] ?? 6000);
const PAGES = ['/bench/heavy.html', '/bench/frames.html'];
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const { launchAuditBrowser } = await import('../dist/cli/browser.mjs');

const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const opts = { hostRules: server.hostRules, extraArgs: args, ignoreCertificateErrors: true };

/** The browser process (a child of ours) whose command line loads `dir`, and the CPU ms of its whole tree. */
function cpuOf(dir) {
  const ps = processes({ withCmdline: true });
  const root = [...ps.values()].find(
    (p) => p.cmdline.includes(`--load-extension=${dir}`) && !ps.get(p.ppid)?.cmdline.includes('--load-extension'),
  );
  if (!root) throw new Error(`no browser for ${dir}`);
  return treeOf(ps, root.pid).reduce((s, p) => s + p.cpu, 0);
}

const sides = {};
for (const [name, dir] of [
  ['A', dirA],
  ['B', dirB === dirA ? dirB + '/' : dirB],
]) {
  const b = await launchAuditBrowser({ ...opts, extensionDir: dir });
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto('https://www.shop.test/warmup.html').catch(() => {});
  sides[name] = { b, page, dir, out: Object.fromEntries(PAGES.map((p) => [p, { load: [], cpu: [] }])) };
}
console.log(`A ${dirA}\nB ${dirB}\nrounds ${ROUNDS}, steady ${STEADY_MS} ms, load average ${loadavg()[0].toFixed(1)}`);
for (let r = 0; r < ROUNDS; r++) {
  for (const path of PAGES) {
    for (const name of Math.random() < 0.5 ? ['A', 'B'] : ['B', 'A']) {
      const s = sides[name];
      await s.page.goto('about:blank');
      await sleep(500);
      const c0 = cpuOf(s.dir);
      await s.page.goto(`https://www.shop.test${path}`, { waitUntil: 'load', timeout: 60_000 });
      const loadMs = await s.page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
      await sleep(STEADY_MS);
      s.out[path].load.push(loadMs);
      s.out[path].cpu.push(cpuOf(s.dir) - c0);
    }
  }
  process.stdout.write(`round ${r + 1} `);
}
console.log();
const fmt = (iv) => `${iv.median.toFixed(2)} [${iv.lo.toFixed(2)}, ${iv.hi.toFixed(2)}]`;
for (const path of PAGES) {
  for (const k of ['load', 'cpu']) {
    const a = sides.A.out[path][k];
    const bb = sides.B.out[path][k];
    const ratio = a.map((x, i) => bb[i] / x).filter(Number.isFinite);
    console.log(
      `${path} ${k} ms: A ${fmt(medianInterval(a))}  B ${fmt(medianInterval(bb))}  B/A ${fmt(medianInterval(ratio))}`,
    );
  }
}
for (const s of Object.values(sides)) await s.b.close();
await server.close();
console.log(`load average at end ${loadavg()[0].toFixed(1)}`);
