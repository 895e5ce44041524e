#!/usr/bin/env node
// CLI phase probe (issue 16, bench part 7): the three scenarios of late.html, run as part 7 runs them, sides
// alternating per round; per scenario the time of each step from the CLI's trace (CONSENT_AUDITOR_TRACE=1), and per run
// the wall time and the CPU of the CLI with every process it started (/proc, sampled every 40 ms).
// A side is a checkout (built: `npm run build:chrome && npm run build:cli`), optionally followed by `::` and Chromium
// switches separated by `;;`, passed as --chromium-arg: `/work/wt ::--disable-features=Translate`. Extra environment
// for a side: `ENV:NAME=value` among its switches.
// Usage: node scripts/probe-cli-phases.mjs <rounds> <side> [<side>...]; judge by paired medians, with the load average.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from './lib/demo-server.mjs';
import { processes, treeOf } from './lib/proc-quiet.mjs';

const [nArg, ...sideArgs] = process.argv.slice(2);
if (!nArg || sideArgs.length === 0) throw new Error('usage: probe-cli-phases.mjs <rounds> <side> [<side>...]');
const ROUNDS = Number(nArg);
const sides = sideArgs.map((s, i) => {
  const [dir, rest = ''] = s.split('::');
  const parts = rest.split(';;').filter((x) => x !== '');
  const env = Object.fromEntries(
    parts.filter((p) => p.startsWith('ENV:')).map((p) => p.slice(4).split(/=(.*)/s).slice(0, 2)),
  );
  const args = parts.filter((p) => !p.startsWith('ENV:')).map((a) => `--chromium-arg=${a}`);
  return { name: String.fromCharCode(65 + i), label: s, dir: dir.trim(), args, env };
});
const LATE = 'https://www.shop.test/cli/late.html';
const NO_SANDBOX = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const server = await startDemoServer();
const out = mkdtempSync(path.join(os.tmpdir(), 'consent-auditor-probe-phases-'));

/** Step name -> the trace line that ends it (per scenario, in order). */
const STEPS = [
  ['launch', 'waiting for the extension'],
  ['worker', 'the extension answered'],
  ['claim', 'tab claimed'],
  ['navigate', 'load event'],
  ['settle', 'answering the banner|leaving the page'],
  ['answer', 'waiting after answer'],
  ['settle2', 'leaving the page'],
  ['leave', 'record taken'],
  ['close', 'closed'],
];

/** Per scenario, each step's duration from the trace (the step before a missing one is joined to the next). */
function phases(stderr) {
  const lines = [...stderr.matchAll(/\[trace +(\d+) ms\] (.*)/g)].map((m) => ({ t: Number(m[1]), text: m[2] }));
  const start = lines.find((l) => l.text === 'scan: scenarios start')?.t ?? 0;
  const result = {};
  for (const consent of ['none', 'reject', 'accept']) {
    const mine = lines.filter((l) => l.text.startsWith(`${consent} `));
    const at = (re) => mine.find((l) => new RegExp(`: (${re})$`).test(l.text))?.t;
    let prev = mine.find((l) => l.text.endsWith(': starting Chromium'))?.t;
    const r = { start: prev === undefined ? NaN : prev - start };
    for (const [name, end] of STEPS) {
      const t = at(end);
      if (t === undefined || prev === undefined) continue;
      r[name] = t - prev;
      prev = t;
    }
    r.total = (at('closed') ?? NaN) - start;
    result[consent] = r;
  }
  const done = lines.find((l) => l.text === 'scan: scenarios done')?.t;
  const written = lines.find((l) => l.text === 'scan: outputs written')?.t;
  result.run = { toStart: start, scenarios: (done ?? NaN) - start, report: (written ?? NaN) - (done ?? NaN) };
  return result;
}

function scan(side, tag) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [
        path.join(side.dir, 'bin/consent-auditor.mjs'),
        'scan',
        LATE,
        '--consent',
        'none,reject,accept',
        `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
        '--chromium-arg=--ignore-certificate-errors',
        ...side.args,
        ...NO_SANDBOX,
        '--quiet',
        '--json',
        path.join(out, `${tag}.json`),
      ],
      { env: { ...process.env, ...side.env, CONSENT_AUDITOR_TRACE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const cpu = new Map();
    const sample = () => {
      // A process that exited keeps its last value.
      const ps = processes();
      if (ps) for (const s of treeOf(ps, child.pid)) cpu.set(s.pid, s.cpu / 1000);
    };
    const timer = setInterval(sample, 40);
    child.on('exit', (code) => {
      clearInterval(timer);
      sample();
      const cpuS = [...cpu.values()].reduce((a, b) => a + b, 0);
      const cpuNode = cpu.get(child.pid) ?? NaN;
      const report = JSON.parse(readFileSync(path.join(out, `${tag}.json`), 'utf8'));
      const findings = report.scenarios
        .map(
          (s) =>
            `${s.consent}:${s.findings
              .map((f) => f.id)
              .sort()
              .join(',')}`,
        )
        .join(' | ');
      resolve({ ms: performance.now() - t0, code, cpu: cpuS, cpuNode, phases: phases(stderr), findings });
    });
  });
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const runs = Object.fromEntries(sides.map((s) => [s.name, []]));
const loads = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...sides].reverse() : sides;
  for (const side of order) {
    loads.push(os.loadavg()[0]);
    const x = await scan(side, `${side.name}-${r}`);
    runs[side.name].push(x);
    console.log(
      `round ${r} ${side.name} load ${fmt(loads.at(-1), 1)} wall ${fmt(x.ms)} ms cpu ${fmt(x.cpu, 2)} s (CLI ${fmt(x.cpuNode, 2)}) exit ${x.code}`,
    );
  }
}
for (const side of sides) {
  console.log(`\n${side.name} = ${side.label}`);
  const rs = runs[side.name];
  const cols = ['start', ...STEPS.map(([n]) => n), 'total'];
  console.log(['scenario', ...cols].join('\t'));
  for (const c of ['none', 'reject', 'accept'])
    console.log([c, ...cols.map((k) => fmt(median(rs.map((x) => x.phases[c][k]))))].join('\t'));
  const run = (k) => fmt(median(rs.map((x) => x.phases.run[k])));
  console.log(`run: to scenarios start ${run('toStart')}, scenarios ${run('scenarios')}, report ${run('report')} ms`);
  const cpuNode = fmt(median(rs.map((x) => x.cpuNode)), 2);
  console.log(
    `wall ${fmt(median(rs.map((x) => x.ms)))} ms, cpu ${fmt(median(rs.map((x) => x.cpu)), 2)} s (CLI ${cpuNode})`,
  );
  const distinct = [...new Set(rs.map((x) => x.findings))];
  console.log(`findings: ${distinct.length} distinct over ${rs.length} runs`);
  for (const f of distinct) console.log(`  ${f}`);
}
if (sides.length > 1) {
  console.log('\npaired medians vs A (B - A): wall ms, cpu s');
  for (const side of sides.slice(1)) {
    const d = (get) => median(runs[side.name].map((x, i) => get(x) - get(runs.A[i])));
    console.log(
      `${side.name}: ${fmt(d((x) => x.ms))} ms, ${fmt(
        d((x) => x.cpu),
        2,
      )} s`,
    );
  }
}
console.log(`load average ${fmt(Math.min(...loads), 1)}-${fmt(Math.max(...loads), 1)}, ${os.cpus().length} cores`);
rmSync(out, { recursive: true, force: true });
await server.close();
