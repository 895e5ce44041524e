// Bench part 7 (issue 16): wall time of the headless CLI on a page that loads trackers over 3 s and again 1.5 s after
// the choice (demo/site/www.shop.test/cli/late.html), and batch throughput. The CLI runs as a child process exactly as
// a user runs it; rounds alternate the two runs so that load drifts hit both, until the per-round ratio is decided.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { medianInterval, sampleUntil } from './lib/bench-stats.mjs';

const BIN = path.resolve('bin/consent-auditor.mjs');
const LATE = 'https://www.shop.test/cli/late.html';
/** Chromium refuses its sandbox to root (a CI container): the bench opts out there, explicitly (issue 15.12). */
const NO_SANDBOX = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function scan(server, args) {
  const hosts = [
    `--chromium-arg=--host-resolver-rules=${server.hostRules}`,
    '--chromium-arg=--ignore-certificate-errors',
    ...NO_SANDBOX,
  ];
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'scan', ...args, ...hosts, '--quiet'],
      { maxBuffer: 1 << 26 },
      (err, stdout, stderr) => {
        resolve({ ms: performance.now() - t0, code: err ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/** What an audit found, per scenario: rule, severity and subject, sorted (timing-independent). */
function findingsOf(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return r.scenarios
    .map(
      (s) =>
        `${s.url} ${s.consent}: ${s.findings
          .map((f) => `${f.rule}/${f.severity}/${f.subject?.host ?? ''}`)
          .sort()
          .join(',')}`,
    )
    .join('\n');
}

/** @param o.quick one round, a 5-URL batch and no 10 s comparison (a smoke run of the code path) */
export async function benchCli({ server, report, quick = false, maxMs = 240_000, part = 7 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'consent-auditor-bench-cli-'));
  try {
    const all = [];
    const fixed = [];
    const failed = [];
    const r = await sampleUntil({
      async round(i) {
        const a = await scan(server, [
          LATE,
          '--consent',
          'none,reject,accept',
          '--json',
          path.join(dir, `all-${i}.json`),
        ]);
        // The old behaviour: --consent none with a fixed 5 s wait after the load event.
        const f = await scan(server, [
          LATE,
          '--consent',
          'none',
          '--wait',
          '5000',
          '--min-wait',
          '5000',
          '--json',
          path.join(dir, `fixed-${i}.json`),
        ]);
        if (a.code !== 0 && a.code !== 1) failed.push(`exit ${a.code}: ${a.stderr.slice(0, 200)}`);
        all.push(a.ms);
        fixed.push(f.ms);
      },
      interval: () => medianInterval(all.map((x, i) => x / fixed[i])),
      budget: 1.0,
      precision: 0.05,
      minRounds: quick ? 1 : 6,
      maxRounds: quick ? 1 : 30,
      maxMs,
    });
    report.add({
      part,
      figure: 'CLI 3 scenarios (settle rule) / 1 scenario with the old fixed 5 s wait',
      budget: 1.0,
      unit: 'x',
      iv: r,
      stop: r.stop,
      ...(failed.length
        ? { verdict: 'error', detail: failed[0] }
        : {
            detail: `per round, alternating; medians ${medianInterval(all).median.toFixed(0)} vs ${medianInterval(fixed).median.toFixed(0)} ms`,
          }),
    });
    report.add({
      part,
      figure: 'CLI 3 scenarios wall time',
      budget: 6000,
      unit: 'ms',
      iv: medianInterval(all),
      detail: 'includes 3 browser starts (at once); reject/accept answer at load (--answer ready)',
    });
    if (!quick) {
      const long = await scan(server, [
        LATE,
        '--consent',
        'none,reject,accept',
        '--wait',
        '10000',
        '--min-wait',
        '10000',
        '--json',
        path.join(dir, 'long.json'),
      ]);
      const same =
        long.code <= 1 && findingsOf(path.join(dir, 'all-0.json')) === findingsOf(path.join(dir, 'long.json'));
      report.add({
        part,
        figure: 'CLI findings identical to a fixed 10 s wait',
        unit: 'yes/no',
        iv: { median: same ? 1 : 0, lo: same ? 1 : 0, hi: same ? 1 : 0, n: 1 },
        verdict: same ? 'pass' : 'fail',
        detail: same
          ? `${(long.ms / 1000).toFixed(1)} s for the 10 s run`
          : `settle vs 10 s findings differ (exit ${long.code})`,
      });
    }
    const n = quick ? 5 : 20;
    const urls = Array.from({ length: n }, (_, i) => `https://site${i + 1}.test/`);
    const batch = await scan(server, [...urls, '--consent', 'none', '--json', path.join(dir, 'batch.json')]);
    const perMin = (n / batch.ms) * 60_000;
    report.add({
      part,
      figure: `CLI batch of ${n} URLs, --consent none, default concurrency`,
      unit: 'URLs/min',
      iv: { median: perMin, lo: perMin, hi: perMin, n: 1 },
      ...(batch.code > 1 ? { verdict: 'error' } : {}),
      detail: `${(batch.ms / 1000).toFixed(1)} s, exit ${batch.code}`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
