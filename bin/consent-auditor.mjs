#!/usr/bin/env node
// consent-auditor: runs the bundled CLI (dist/cli/main.mjs). From a fresh checkout it first builds what is missing:
// the CLI bundle and the Chrome extension it audits with. Messages about building go to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'main.mjs');
const argv = process.argv.slice(2);
// `scan --browser firefox` audits with the Firefox build of the extension.
const FIREFOX = argv.some((a, i) => a === '--browser=firefox' || (a === '--browser' && argv[i + 1] === 'firefox'));
const MANIFEST = path.join(ROOT, '.output', FIREFOX ? 'firefox-mv3' : 'chrome-mv3', 'manifest.json');
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Run a build step with its output on stderr (stdout belongs to the report). */
function build(what, cmd, args) {
  process.stderr.write(`consent-auditor: ${what} is missing; building it: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write(
      `consent-auditor: building ${what} failed (${r.error ? r.error.message : `exit ${r.status}`})\n`,
    );
    process.exit(2);
  }
}

// Building needs a checkout (sources and dev tools); an installed package that lacks its build is broken, not fresh.
const CHECKOUT =
  existsSync(path.join(ROOT, 'vite.cli.config.ts')) && existsSync(path.join(ROOT, 'node_modules', 'vite'));
if (!CHECKOUT && (!existsSync(BUNDLE) || !existsSync(MANIFEST))) {
  process.stderr.write(
    `consent-auditor: this installed package is incomplete (${existsSync(BUNDLE) ? MANIFEST : BUNDLE} is missing); reinstall it from a release tarball\n`,
  );
  process.exit(2);
}

// Help, version, `verify` (checks export files) `merge` and `diff` (read reports) need no browser extension.
const needsExtension =
  !['verify', 'merge', 'diff'].includes(argv[0] ?? '') &&
  !argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version');
if (!existsSync(BUNDLE))
  build('the CLI bundle (dist/cli/main.mjs)', NPX, ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
if (needsExtension && !existsSync(MANIFEST)) {
  if (FIREFOX) build('the Firefox extension (.output/firefox-mv3)', NPM, ['run', 'build:firefox']);
  else build('the Chrome extension (.output/chrome-mv3)', NPM, ['run', 'build:chrome']);
}

const { main } = await import(pathToFileURL(BUNDLE).href);
process.exitCode = await main(argv);
