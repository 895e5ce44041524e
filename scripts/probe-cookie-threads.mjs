#!/usr/bin/env node
// Where bench part 2's cookie page spends CPU while it loads (issue 20), per build: from just before page.goto to the
// load, the CPU time of each process of the browser (the extension's, the page renderers', the network service's, the
// GPU's, the browser's own) and of the renderers' and the extension process's threads by name (main thread, V8's
// worker pool, IO, the service worker thread), read from /proc/<pid>/task/<tid>/schedstat (nanoseconds, not the
// 10 ms ticks of /proc/<pid>/stat). Browsers launched and pages loaded as the bench does (Playwright, the same tab,
// loads interleaved in random order, SETTLE ms after each). Medians and paired differences against the first build.
// Linux only. Not a test and not the bench: a probe to compare builds. Needs `npm run build:cli`.
//   BUILDS=dirA,dirB[,.../floor] [ROUNDS=20] [SETTLE=300] [PAGE=/bench/cookies.html] \
//     node scripts/probe-cookie-threads.mjs
// A build named `floor` gets no warm-up page (see scripts/probe-cookie-cpu.mjs for how the bench's floor is made).
import { readFileSync, readdirSync } from 'node:fs';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';

const { launchAuditBrowser } = await import('../dist/cli/browser.mjs');
const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 20);
const SETTLE = Number(env.SETTLE ?? 300);
if (!env.BUILDS) throw new Error('BUILDS=dirA,dirB[,floor dir] is required');
const builds = Object.fromEntries(env.BUILDS.split(',').map((d) => [d.split('/').pop(), d]));

const kindOf = (cmd) =>
  cmd.includes('--extension-process')
    ? 'extension'
    : cmd.includes('--type=renderer')
      ? 'renderers'
      : cmd.includes('network.mojom')
        ? 'network'
        : cmd.includes('--type=gpu')
          ? 'gpu'
          : cmd.includes('--type=')
            ? 'utility'
            : 'browser';
/** CPU ms by process kind, and by thread name (digits dropped) inside the renderers and the extension process. */
function cpu(root) {
  const out = new Map();
  const add = (k, v) => out.set(k, (out.get(k) ?? 0) + v);
  for (const p of treeOf(processes({ withCmdline: true }), root)) {
    const kind = kindOf(p.cmdline);
    let tids = [];
    try {
      tids = readdirSync(`/proc/${p.pid}/task`);
    } catch {
      continue; // exited
    }
    for (const tid of tids) {
      try {
        const ms = Number(readFileSync(`/proc/${p.pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        add(kind, ms);
        add('all processes', ms);
        if (kind !== 'renderers' && kind !== 'extension') continue;
        const name = Number(tid) === p.pid ? 'main' : readFileSync(`/proc/${p.pid}/task/${tid}/comm`, 'utf8').trim();
        add(`  ${kind}: ${name.replace(/\d+$/, '')}`, ms);
      } catch {
        // exited while we looked
      }
    }
  }
  return out;
}

const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const browsers = {};
const roots = {};
for (const [n, d] of Object.entries(builds)) {
  const before = new Set(processes().keys());
  browsers[n] = await launchAuditBrowser({
    hostRules: server.hostRules,
    extraArgs: args,
    ignoreCertificateErrors: true,
    extensionDir: d,
    ...(n === 'floor' ? { warmupUrl: null } : {}),
  });
  roots[n] = [...processes()].find(([pid, p]) => p.ppid === process.pid && !before.has(pid))?.[0];
}
const res = Object.fromEntries(Object.keys(builds).map((n) => [n, []]));
const url = `https://www.shop.test${env.PAGE ?? '/bench/cookies.html'}`;
for (let r = -2; r < ROUNDS; r++) {
  for (const n of Object.keys(builds).sort(() => Math.random() - 0.5)) {
    const page = browsers[n].context.pages()[0] ?? (await browsers[n].context.newPage());
    const c0 = cpu(roots[n]);
    await page.goto(url, { waitUntil: 'load' });
    const c1 = cpu(roots[n]);
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await page.waitForTimeout(SETTLE);
    if (r < 0) continue;
    const row = new Map([['load event (wall)', load]]);
    for (const [k, v] of c1) row.set(k, v - (c0.get(k) ?? 0));
    res[n].push(row);
  }
}
for (const b of Object.values(browsers)) await b.close();
await server.close?.();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const names = Object.keys(res);
const keys = [...new Set(names.flatMap((n) => res[n].flatMap((row) => [...row.keys()])))];
const value = (n, k) => res[n].map((row) => row.get(k) ?? 0);
console.log(
  `${ROUNDS} rounds, CPU ms from goto to the load; load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
console.log(`${'median (paired vs first)'.padEnd(44)}${names.map((n) => n.slice(0, 18).padStart(20)).join('')}`);
for (const k of keys) {
  const first = value(names[0], k);
  const cells = names.map((n) => {
    const xs = value(n, k);
    const d = median(xs.map((x, i) => x - (first[i] ?? 0)));
    return `${median(xs).toFixed(1)}${n === names[0] ? '' : ` (${d >= 0 ? '+' : ''}${d.toFixed(1)})`}`.padStart(20);
  });
  if (cells.some((c) => !/^\s*0\.0( \([+-]?0\.0\))?$/.test(c))) console.log(`${k.padEnd(44)}${cells.join('')}`);
}
process.exit(0);
