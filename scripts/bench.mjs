#!/usr/bin/env node
// `npm run bench`: every performance budget measured here and now, each row a median with its 95 % interval and a
// verdict (pass only when the whole interval is within budget; undecided when it straddles the budget at the time
// limit). Printed as a table and written to bench-results.json. Never part of `npm test`: these machines are shared.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { benchMemory, benchPopup, openBigPage } from './bench-big-tab.mjs';
import { benchPages } from './bench-page.mjs';
import { benchWake, writeEmptyExtension } from './bench-wake.mjs';
import { createReport, loadText, machineText, pinCores, tableOf } from './lib/bench-report.mjs';
import { medianInterval } from './lib/bench-stats.mjs';
import { startDemoServer } from './lib/demo-server.mjs';
import { playwrightPageBrowser, rawPageBrowsers } from './lib/page-browsers.mjs';

const started = performance.now();
const loadAtStart = loadText();
/** BENCH_QUICK=1: a smoke run of every part (few rounds, short limits); its verdicts mean little. */
const QUICK = process.env.BENCH_QUICK === '1';
/** The release build: page-load cost (part 2). */
const EXT = process.env.BENCH_EXT ?? '.output/chrome-mv3';
/** Parts 3 to 5 run a build whose ping reply has the wake-time figures; the release build has none. */
const WAKE_EXT = process.env.BENCH_EXT ?? '.bench/ext-wake/chrome-mv3';
/** BENCH_PARTS=2,3 runs only those parts; the default is all seven. */
const PARTS = new Set((process.env.BENCH_PARTS ?? '1,2,3,4,5,6,7').split(',').map(Number));
/** Seconds each page-load row may take (BENCH_PAGE_SECONDS) and the CLI ratio (BENCH_CLI_SECONDS). */
const PAGE_MS = 1000 * Number(process.env.BENCH_PAGE_SECONDS ?? (QUICK ? 20 : 150));
const CLI_MS = 1000 * Number(process.env.BENCH_CLI_SECONDS ?? (QUICK ? 1 : 150));
/** The whole run keeps under BENCH_MINUTES: each part's limit shrinks to what is left, minus a reserve for later parts. */
const DEADLINE = started + 60_000 * Number(process.env.BENCH_MINUTES ?? (QUICK ? 6 : 14));
const within = (limitMs, reserveMs) => Math.max(1000, Math.min(limitMs, DEADLINE - performance.now() - reserveMs));
const report = createReport();
const error = (part, figure, budget, unit, e) =>
  report.add({
    part,
    figure,
    budget,
    unit,
    iv: { median: NaN, lo: NaN, hi: NaN, n: 0 },
    verdict: 'error',
    detail: String(e?.message ?? e),
  });

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}
/** A build with the bench constant of wxt.config.ts set, in .bench/ext-<kind>/chrome-mv3 (never in .output/). */
function benchBuild(kind) {
  run('npx', ['wxt', 'build'], { ...process.env, CONSENT_AUDITOR_BENCH: kind });
  return `.bench/ext-${kind}/chrome-mv3`;
}

console.log('Building the extension, its bench variants and the CLI...');
if (!process.env.BENCH_EXT) run('npm', ['run', '--silent', 'build:chrome']);
if (!process.env.BENCH_EXT && [3, 4, 5].some((p) => PARTS.has(p))) benchBuild('wake');
/** The floor of any webRequest observer: the same listeners with the same options doing nothing, no content scripts. */
let floorDir = null;
if (PARTS.has(2)) {
  floorDir = '.bench/floor-ext';
  rmSync(floorDir, { recursive: true, force: true });
  cpSync(benchBuild('floor'), floorDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${floorDir}/manifest.json`, 'utf8'));
  delete manifest.content_scripts;
  writeFileSync(`${floorDir}/manifest.json`, JSON.stringify(manifest));
}
// The browser runtime (cli/browser) is TypeScript: the bench imports its bundle; part 7 runs the CLI itself.
run('npm', ['run', '--silent', 'build:cli']);
const { extensionPage, findTabId, launchAuditBrowser, openProfile, stopServiceWorker, waitForRecord } =
  await import('../dist/cli/browser.mjs');

// Builds done: from here the runner and the server keep cpu 0 and the browsers get the others (where possible).
const pin = pinCores();
console.log(`Cores: ${pin.text}. Load average ${loadAtStart}.${QUICK ? ' Quick mode (BENCH_QUICK=1).' : ''}`);

if (PARTS.has(1)) {
  console.log('\n1. Per-request core cost (vitest, one process)');
  try {
    run('npx', ['vitest', 'run', '--project', 'bench', 'bench/core.bench-run.ts', '--reporter=dot'], {
      ...process.env,
      ...(QUICK ? { BENCH_CORE_N: '20000', BENCH_CORE_ROUNDS: '2' } : {}),
    });
    const core = JSON.parse(readFileSync('.bench/core.json', 'utf8'));
    report.add({
      part: 1,
      figure: 'core path / tldts.parse (median request, incl. signature and recipient lookups)',
      budget: 1.5,
      unit: 'x',
      iv: medianInterval(core.chunks.coreOverTldts),
      detail: `per chunk of ${core.chunk}; ${core.requests} requests; medians ${core.coreMedianNs} vs ${core.tldtsMedianNs} ns, p99 ${core.coreP99Ns} vs ${core.tldtsP99Ns} ns`,
    });
    report.add({
      part: 1,
      figure: 'core path with the form-leak scan / without (10 % of requests with bodies)',
      budget: 1.1,
      unit: 'x',
      iv: medianInterval(core.chunks.formsOverCore),
      detail: `summed per chunk; ${core.patterns} canary patterns; ${Math.round(core.withBody * 100)} % bodies of ${core.meanBodyBytes} B mean; scan ${core.scanMeanNs.toFixed(0)} vs core ${core.coreMeanNs.toFixed(0)} ns mean`,
    });
  } catch (e) {
    error(1, 'core path', 1.5, 'x', e);
  }
}

const server = await startDemoServer();
// Chromium refuses its sandbox to root (a CI container): the bench opts out there, explicitly (issue 15.12).
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const launchOpts = { hostRules: server.hostRules, extraArgs: args, ignoreCertificateErrors: true };

if (PARTS.has(2)) {
  console.log('\n2. Page-load cost');
  try {
    const dirs = { with: EXT, floor: floorDir, without: undefined, again: undefined };
    // One options object per kind (raw browsers read Playwright's argv once per object); -pw: the same, by Playwright.
    const options = Object.fromEntries(
      Object.entries(dirs).map(([k, dir]) => [
        k,
        {
          ...launchOpts,
          ...(dir ? { extensionDir: dir } : {}),
          warmupUrl: k === 'with' ? 'https://www.shop.test/warmup.html' : null,
        },
      ]),
    );
    const raw = rawPageBrowsers(launchAuditBrowser, openProfile);
    await benchPages({
      origin: 'https://www.shop.test',
      report,
      maxMs: (i) => within(PAGE_MS, 240_000 + (1 - i) * 60_000),
      minBlocks: QUICK ? 1 : 2,
      maxBlocks: QUICK ? 1 : 12,
      launch: (k) =>
        k.endsWith('-pw') ? playwrightPageBrowser(launchAuditBrowser, options[k.slice(0, -3)]) : raw(options[k]),
      // The cookie page loads in tens of milliseconds and leaves the worker about 70 ms of work: more rounds, shorter pause.
      pages: [
        {
          path: '/bench/heavy.html',
          figure: '300 requests, 50 cookies, 30 storage writes',
          budget: 1.03,
          rounds: QUICK ? 2 : 6,
          settleMs: 500,
        },
        {
          path: '/bench/cookies.html',
          figure: '1,000 document.cookie writes',
          budget: 1.1,
          rounds: QUICK ? 3 : 12,
          settleMs: 300,
          reports: 1000,
        },
      ],
    });
  } catch (e) {
    error(2, 'page-load cost', 1.03, 'x', e);
  }
}

// Parts 3 to 5 share one browser with the extension (part 2 launches its own, so that nothing else runs meanwhile).
const withExt = [3, 4, 5].some((p) => PARTS.has(p))
  ? await launchAuditBrowser({ ...launchOpts, extensionDir: WAKE_EXT })
  : null;

if (PARTS.has(3)) {
  console.log('\n3. Service-worker wake');
  writeEmptyExtension('.bench/ext-empty');
  const empty = await launchAuditBrowser({ ...launchOpts, extensionDir: '.bench/ext-empty', warmupUrl: null });
  try {
    await benchWake({
      browsers: { ext: withExt, empty },
      api: { extensionPage, stopServiceWorker },
      origin: 'https://www.shop.test',
      report,
      quick: QUICK,
      maxMs: within(90_000, 180_000),
    });
  } catch (e) {
    error(3, 'service-worker wake', 35, 'ms', e);
  } finally {
    await empty.close();
  }
}

/** The 5,000-request page's tab, shared by the memory and popup budgets. */
let bigTab = null;
if (PARTS.has(4) || PARTS.has(5)) {
  console.log('\n4. Memory with a 5,000-request page');
  try {
    const api = { extensionPage, findTabId, waitForRecord };
    bigTab = await openBigPage(withExt, api);
    await benchMemory({ browser: withExt, api, tabId: bigTab, report });
  } catch (e) {
    error(4, 'memory', 40, 'MB', e);
  }
}

if (PARTS.has(5)) {
  console.log('\n5. Popup with 5,000 requests and 500 cookies');
  try {
    if (bigTab === null) throw new Error('no big page recorded');
    await benchPopup({ browser: withExt, tabId: bigTab, report, quick: QUICK, maxMs: within(60_000, 150_000) });
  } catch (e) {
    error(5, 'popup', 100, 'ms', e);
  }
}
await withExt?.close();

if (PARTS.has(7)) {
  console.log('\n7. Headless CLI');
  try {
    const { benchCli } = await import('./bench-cli.mjs');
    await benchCli({ server, report, quick: QUICK, maxMs: within(CLI_MS, 90_000) });
  } catch (e) {
    error(7, 'headless CLI', 1.0, 'x', e);
  }
}
await server.close();

if (PARTS.has(6)) {
  console.log('\n6. Size');
  try {
    // The zip build gets every core again.
    run(pin.on ? 'taskset' : 'npx', pin.on ? ['-c', pin.all, 'npx', 'wxt', 'zip'] : ['wxt', 'zip']);
    const zip = readdirSync('.output')
      .filter((f) => f.endsWith('-chrome.zip'))
      .map((f) => `.output/${f}`)
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    const mb = zip ? statSync(zip).size / 2 ** 20 : NaN;
    report.add({
      part: 6,
      figure: 'Chrome zip incl. IP table',
      budget: 4,
      unit: 'MB',
      iv: { median: mb, lo: mb, hi: mb, n: 1 },
      detail: zip,
    });
  } catch (e) {
    error(6, 'zip size', 4, 'MB', e);
  }
}

const minutes = (performance.now() - started) / 60_000;
const meta = {
  at: new Date().toISOString(),
  machine: machineText(),
  cores: pin.text,
  load: { start: loadAtStart, end: loadText() },
  minutes: +minutes.toFixed(1),
  quick: QUICK,
};
writeFileSync('bench-results.json', JSON.stringify({ ...meta, rows: report.rows }, null, 2));
console.log(`\n${tableOf(report.rows)}\n`);
console.log(
  `Machine: ${meta.machine}; ${meta.cores}; load average ${meta.load.start} at the start, ${meta.load.end} at the end; ${minutes.toFixed(1)} min.`,
);
const counts = ['pass', 'fail', 'undecided', 'error']
  .map((v) => `${report.rows.filter((r) => r.verdict === v).length} ${v}`)
  .join(', ');
console.log(`${counts}. Written to bench-results.json.`);
