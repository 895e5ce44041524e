#!/usr/bin/env node
// `npm test`: every check CI runs, in order, with one closing line that counts the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const only = process.argv.slice(2);
const out = '.test-results';
mkdirSync(out, { recursive: true });

const steps = [
  { name: 'types', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
  {
    name: 'unit',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/unit.json`,
    ],
    json: `${out}/unit.json`,
  },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'firefox-lint',
    cmd: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'json'],
    check: webExtLint,
  },
  { name: 'playwright', cmd: ['npx', 'playwright', 'test', '-c', 'playwright.config.ts'] },
  {
    name: 'e2e',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/e2e.json`,
    ],
    json: `${out}/e2e.json`,
  },
  // Firefox ESR with the release build of .output/firefox-mv3 (built by the build step).
  {
    name: 'firefox',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--config',
      'test/firefox/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/firefox.json`,
    ],
    json: `${out}/firefox.json`,
  },
];

function webExtLint(stdout) {
  const start = stdout.indexOf('{');
  const report = JSON.parse(stdout.slice(start));
  for (const e of report.errors) console.error(`web-ext lint error: ${e.code} ${e.message} ${e.file ?? ''}`);
  for (const w of report.warnings) console.log(`web-ext lint warning: ${w.code} ${w.message} ${w.file ?? ''}`);
  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
  );
  return report.summary.errors === 0;
}

let passed = 0;
let failed = 0;
const results = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: step.check ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let ok = r.status === 0;
  if (step.check) {
    try {
      ok = step.check(r.stdout ?? '');
    } catch (e) {
      console.error(r.stdout, e);
      ok = false;
    }
  }
  if (step.json && existsSync(step.json)) {
    const j = JSON.parse(readFileSync(step.json, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    if (j.numPendingTests || j.numTodoTests) {
      console.error(`${step.name}: ${j.numPendingTests} skipped / ${j.numTodoTests} todo tests are not allowed`);
      ok = false;
    }
  } else if (!step.json) {
    if (ok) passed++;
    else failed++;
  }
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - t0) / 1000) });
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
