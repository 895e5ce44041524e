// Bench part 7 (issue 16): wall time of the headless CLI on a page that loads trackers over 3 s and again 1.5 s after
// the choice (demo/site/www.shop.test/cli/late.html), and batch throughput. Figures only; the CLI runs as a child
// process exactly as a user runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/consent-auditor.mjs');
const LATE = 'https://www.shop.test/cli/late.html';
/** Chromium refuses its sandbox to root (a CI container): the bench opts out there, explicitly (issue 15.12). */
const NO_SANDBOX = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 3);

function scan(server, args) {
  const hosts = [`--chromium-arg=--host-resolver-rules=${server.hostRules}`, '--chromium-arg=--ignore-certificate-errors', ...NO_SANDBOX];
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'scan', ...args, ...hosts, '--quiet'], { maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      resolve({ ms: Date.now() - t0, code: err ? err.code : 0, stdout, stderr });
    });
  });
}

/** What an audit found, per scenario: rule, severity and subject, sorted (timing-independent). */
function findingsOf(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return r.scenarios.map((s) => `${s.url} ${s.consent}: ${s.findings.map((f) => `${f.rule}/${f.severity}/${f.subject?.host ?? ''}`).sort().join(',')}`).join('\n');
}

export async function benchCli({ server, add, fmt, median }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'consent-auditor-bench-cli-'));
  try {
    const all = [];
    const fixed = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the two so that machine load drifts hit both alike.
      all.push((await scan(server, [LATE, '--consent', 'none,reject,accept', '--json', path.join(dir, `all-${i}.json`)])).ms);
      // The old behaviour: --consent none with a fixed 5 s wait after the load event.
      fixed.push((await scan(server, [LATE, '--consent', 'none', '--wait', '5000', '--min-wait', '5000', '--json', path.join(dir, `fixed-${i}.json`)])).ms);
    }
    const ratio = median(all) / median(fixed);
    add('CLI 3 scenarios (settle rule) / 1 scenario fixed 5 s', '<= 1.0', ratio, 'x', ratio <= 1.0,
      `3 scenarios median ${fmt(median(all), 0)} ms (${all.join(', ')}); none + fixed 5 s median ${fmt(median(fixed), 0)} ms (${fixed.join(', ')})`);
    add('CLI 3 scenarios wall time', '<= 6000', median(all), 'ms', median(all) <= 6000, `${os.cpus().length} cores`);
    const long = await scan(server, [LATE, '--consent', 'none,reject,accept', '--wait', '10000', '--min-wait', '10000', '--json', path.join(dir, 'long.json')]);
    const same = findingsOf(path.join(dir, 'all-0.json')) === findingsOf(path.join(dir, 'long.json'));
    add('CLI findings identical to a fixed 10 s wait', 'yes', same ? 1 : 0, '', same, same ? `${fmt(long.ms, 0)} ms for the 10 s run` : `settle: ${findingsOf(path.join(dir, 'all-0.json'))} | 10 s: ${findingsOf(path.join(dir, 'long.json'))}`);
    const urls = Array.from({ length: 20 }, (_, i) => `https://site${i + 1}.test/`);
    const batch = await scan(server, [...urls, '--consent', 'none', '--json', path.join(dir, 'batch.json')]);
    const perMin = (20 / batch.ms) * 60_000;
    add('CLI batch of 20 URLs, default concurrency (no budget)', '-', perMin, 'URLs/min', batch.code === 0, `${fmt(batch.ms, 0)} ms, exit ${batch.code}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
