// Rows of `npm run bench`: each a median with its 95 % interval and a verdict against its budget, printed as they come
// and as one table at the end. Informational rows (budget null) print their interval with the verdict '-'.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verdict as judge } from './bench-stats.mjs';

/** Fixed decimals for a figure; more for ratios near 1, where the budgets sit. */
export function fmt(x, unit = '') {
  if (!Number.isFinite(x)) return 'n/a';
  const d = unit === 'x' ? 2 : Math.abs(x) >= 100 ? 0 : 1;
  return x.toFixed(d);
}

/** "1.07 x (1.02-1.12)", or just the value for a single measurement; a check (unit yes/no) says yes or no. */
export function figureText(r) {
  if (r.unit === 'yes/no') return r.median === 1 ? 'yes' : r.median === 0 ? 'no' : 'n/a';
  const u = r.unit ? ` ${r.unit}` : '';
  if (!Number.isFinite(r.median)) return 'n/a';
  if (r.n <= 1 || !Number.isFinite(r.lo) || r.lo === r.hi) return `${fmt(r.median, r.unit)}${u}`;
  return `${fmt(r.median, r.unit)}${u} (${fmt(r.lo, r.unit)}-${fmt(r.hi, r.unit)})`;
}

/**
 * A row. `iv` is { median, lo, hi, n }; `budget` null for an informational row; `verdict` may be given (a check that
 * is not a figure, or an error), otherwise it follows from the interval: pass only when the whole interval is within.
 */
export function makeRow({ part, figure, budget = null, unit = '', iv, verdict, stop = null, detail = '' }) {
  const v = verdict ?? (budget === null ? '-' : judge(iv, budget));
  return { part, figure, budget, unit, median: iv.median, lo: iv.lo, hi: iv.hi, n: iv.n, verdict: v, stop, detail };
}

export function createReport({ log = console.log } = {}) {
  const rows = [];
  return {
    rows,
    add(spec) {
      const r = makeRow(spec);
      rows.push(r);
      const budget = r.budget === null ? '' : ` (budget <= ${r.budget} ${r.unit})`;
      const stop = r.stop ? `, stopped: ${r.stop}` : '';
      log(
        `  ${r.figure}: ${figureText(r)}, n=${r.n}${budget} ${r.verdict.toUpperCase()}${stop}${r.detail ? ` — ${r.detail}` : ''}`,
      );
      return r;
    },
  };
}

/** The Markdown table of all rows (README "Performance" uses the same columns). */
export function tableOf(rows) {
  const lines = ['| # | figure | budget | median (95 % interval) | n | verdict |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const budget = r.budget === null ? '-' : `<= ${r.budget} ${r.unit}`.trim();
    lines.push(`| ${r.part} | ${r.figure} | ${budget} | ${figureText(r)} | ${r.n} | ${r.verdict} |`);
  }
  return lines.join('\n');
}

/** Cores this process may use (taskset and cgroups respected), else the CPU count. */
export function usableCores() {
  const r = spawnSync('nproc', [], { encoding: 'utf8' });
  const n = Number.parseInt(r.stdout ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : (os.availableParallelism?.() ?? os.cpus().length);
}

/**
 * Pins this process (runner and demo server) to cpu 0 and every browser to the other cores, through a Chromium
 * wrapper in .bench/ that CHROMIUM_PATH points to (launchAuditBrowser and the CLI both read it). On by default from
 * four cores; with two the browsers would share one core, which on a busy machine made the worker wake 15-25x slower
 * (BENCH_PIN=1 forces it, BENCH_PIN=0 turns it off). Call it after the builds, which should keep every core.
 */
export function pinCores(env = process.env) {
  const cores = usableCores();
  const off = (why) => ({ on: false, cores, why, text: `${cores} cores, pinning off (${why})` });
  if (env.BENCH_PIN === '0') return off('BENCH_PIN=0');
  if (cores < 2) return off('one core');
  if (cores < 4 && env.BENCH_PIN !== '1')
    return off(`${cores} cores: the browsers would get one; BENCH_PIN=1 forces it`);
  if (spawnSync('taskset', ['-V']).status !== 0) return off('no taskset');
  const server = '0';
  const browsers = cores === 2 ? '1' : `1-${cores - 1}`;
  if (spawnSync('taskset', ['-a', '-p', '-c', server, String(process.pid)]).status !== 0) return off('taskset refused');
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  const wrapper = path.resolve('.bench/chromium-pinned');
  mkdirSync(path.dirname(wrapper), { recursive: true });
  writeFileSync(wrapper, `#!/bin/sh\nexec taskset -c ${browsers} ${JSON.stringify(chromium)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  env.CHROMIUM_PATH = wrapper;
  return {
    on: true,
    cores,
    server,
    browsers,
    all: `0-${cores - 1}`,
    text: `${cores} cores, pinned: runner and server on cpu ${server}, browsers on cpu ${browsers}`,
  };
}

/** "2 x AMD EPYC, 24 GiB, Node v20.20.2" */
export function machineText() {
  return `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function loadText() {
  return os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
}
