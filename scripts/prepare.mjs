#!/usr/bin/env node
// npm's `prepare` step: runs after `npm ci`/`npm install` in this repository and when npm installs the package from a
// git URL or tag. In a checkout it only sets up what types and tests need (IP table, autoconsent rules, wxt's types);
// for a git install (npm's directory fetcher sets npm_package_resolved) it builds everything a consumer runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`prepare: ${cmd} ${args.join(' ')} failed (${r.error ? r.error.message : `exit ${r.status}`})`);
    process.exit(1);
  }
}

// What the package ships that is built (git-ignored, so never in a fresh clone).
const BUILT = [
  'dist/cli/main.mjs',
  'dist/cli/playwright.mjs',
  'dist/types/playwright/index.d.ts',
  '.output/chrome-mv3/manifest.json',
  '.output/firefox-mv3/manifest.json',
];

// A git dependency is packed from its clone right after this step; a full build must be in place by then.
// `npm pack` also runs this step, right after prepack built everything: then there is nothing left to do.
const packing = Boolean(process.env.npm_package_resolved) || process.env.CONSENT_AUDITOR_FULL_BUILD === '1';
if (packing) {
  if (!BUILT.every((f) => existsSync(f))) run(NPM, ['run', '--silent', 'build']);
} else {
  run(NPM, ['run', '--silent', 'build:data']);
  run(NPX, ['wxt', 'prepare']);
}
