#!/usr/bin/env node
// CLI probe (issue 16, bench part 7): two checkouts' CLIs side by side, rounds alternating, each round the three
// scenarios of late.html and the one-scenario run with the old fixed 5 s wait, as part 7 runs them. Per run: wall time,
// the last load event (the CLI's trace, ms since it started) and the CPU of the CLI with every process it started,
// sampled from /proc every 40 ms (a process that exited keeps its last value), at that load event and at the end.
// The CPU spent before the last load event is what three browser starts on two cores cost over one, the ratio's lever,
// and it moves far less with the machine's load than wall time does.
// Usage: node scripts/probe-cli.mjs <checkoutA> <checkoutB> [rounds]; each checkout needs `npm run build:chrome` and
// `npm run build:cli`. Judge by the paired medians, with the load average.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';

const [dirA, dirB, nArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: probe-cli.mjs <checkoutA> <checkoutB> [rounds]');
const ROUNDS = Number(nArg ?? 6);
const LATE = 'https://www.shop.test/cli/late.html';
const NO_SANDBOX = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const THREE = ['--consent', 'none,reject,accept'];
const FIXED = ['--consent', 'none', '--wait', '5000', '--min-wait', '5000'];
const server = await startDemoServer();
const out = mkdtempSync(path.join(os.tmpdir(), 'consent-auditor-probe-cli-'));

function scan(dir, args, tag) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [
        path.join(dir, 'bin/consent-auditor.mjs'),
        'scan',
        LATE,
        ...args,
        `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
        '--chromium-arg=--ignore-certificate-errors',
        ...NO_SANDBOX,
        '--quiet',
        '--json',
        path.join(out, `${tag}.json`),
      ],
      { env: { ...process.env, CONSENT_AUDITOR_TRACE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const cpu = new Map();
    const samples = [];
    const sample = () => {
      // A process that exited keeps its last value.
      const ps = processes();
      if (ps) for (const s of treeOf(ps, child.pid)) cpu.set(s.pid, s.cpu / 1000);
      samples.push({ t: performance.now() - t0, cpu: [...cpu.values()].reduce((a, b) => a + b, 0) });
    };
    const timer = setInterval(sample, 40);
    child.on('exit', (code) => {
      clearInterval(timer);
      sample();
      const loads = [...stderr.matchAll(/\[trace +(\d+) ms\] .*: load event/g)].map((m) => Number(m[1]));
      const lastLoad = loads.length ? Math.max(...loads) : NaN;
      const atLoad = samples.find((s) => s.t >= lastLoad) ?? samples.at(-1);
      resolve({ ms: performance.now() - t0, code, lastLoad, cpuAtLoad: atLoad.cpu, cpu: samples.at(-1).cpu });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = { A: [], B: [] };
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
console.log('round side load ratio three_ms fixed_ms lastLoad3 lastLoad1 cpuAtLoad3 cpuAtLoad1 cpu3 cpu1');
for (let r = 0; r < ROUNDS; r++) {
  for (const side of r % 2 ? ['B', 'A'] : ['A', 'B']) {
    const dir = side === 'A' ? dirA : dirB;
    const load = os.loadavg()[0];
    const three = await scan(dir, THREE, `${side}-${r}-three`);
    const fixed = await scan(dir, FIXED, `${side}-${r}-fixed`);
    if (three.code > 1 || fixed.code > 1) console.log(`  ${side}: exit ${three.code} / ${fixed.code}`);
    const row = { load, ratio: three.ms / fixed.ms, three, fixed };
    rows[side].push(row);
    console.log(
      [r, side, fmt(load, 1), fmt(row.ratio, 3), fmt(three.ms), fmt(fixed.ms), three.lastLoad, fixed.lastLoad]
        .concat([three.cpuAtLoad, fixed.cpuAtLoad, three.cpu, fixed.cpu].map((x) => fmt(x, 2)))
        .join(' '),
    );
  }
}
const figures = {
  ratio: (x) => x.ratio,
  three_ms: (x) => x.three.ms,
  fixed_ms: (x) => x.fixed.ms,
  lastLoad3_ms: (x) => x.three.lastLoad,
  cpuAtLastLoad3_s: (x) => x.three.cpuAtLoad,
  cpuAtLoad1_s: (x) => x.fixed.cpuAtLoad,
  cpu3_s: (x) => x.three.cpu,
};
console.log('figure: median A, median B, median of paired B - A');
for (const [name, get] of Object.entries(figures)) {
  const a = rows.A.map(get);
  const b = rows.B.map(get);
  const d = b.map((x, i) => x - a[i]);
  const digits = name.endsWith('_ms') ? 0 : 3;
  console.log(`${name}: ${fmt(median(a), digits)}, ${fmt(median(b), digits)}, ${fmt(median(d), digits)}`);
}
const loads = [...rows.A, ...rows.B].map((x) => x.load);
console.log(`load average ${fmt(Math.min(...loads), 1)}-${fmt(Math.max(...loads), 1)}, ${os.cpus().length} cores`);
rmSync(out, { recursive: true, force: true });
await server.close();
