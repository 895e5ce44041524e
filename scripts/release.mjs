#!/usr/bin/env node
// `npm run release`: builds once, then writes into release/ the npm tarball, the Chrome Web Store zip, the Firefox
// package (.zip and the same bytes as .xpi), the sources zip AMO asks for, and SHA256SUMS over all of them.
// `--skip-build` packages the outputs already built (npm test builds them before its e2e step).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles } from './lib/zip.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'release');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const { name, version } = pkg;

function run(cmd, args, capture = false) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    console.error(`release: ${cmd} ${args.join(' ')} failed (${r.error ? r.error.message : `exit ${r.status}`})`);
    process.exit(1);
  }
  return r.stdout ?? '';
}

/** Every file under `dir`, sorted, as archive entries relative to `dir`. */
function filesOf(dir, rel = '') {
  const out = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesOf(dir, r));
    else if (e.isFile()) out.push({ name: r, data: readFileSync(path.join(dir, r)) });
  }
  return out;
}

function checkManifest(target) {
  const file = path.join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(file)) {
    console.error(`release: ${file} is missing; run without --skip-build`);
    process.exit(1);
  }
  const v = JSON.parse(readFileSync(file, 'utf8')).version;
  if (v !== version) {
    console.error(`release: ${target} manifest says version ${v}, package.json ${version}; rebuild`);
    process.exit(1);
  }
}

if (!process.argv.includes('--skip-build')) run(NPM, ['run', '--silent', 'build']);
checkManifest('chrome-mv3');
checkManifest('firefox-mv3');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const written = [];
const write = (file, data) => {
  writeFileSync(path.join(OUT, file), data);
  written.push(file);
};

const chrome = zipFiles(filesOf(path.join(ROOT, '.output', 'chrome-mv3')));
write(`${name}-${version}-chrome.zip`, chrome);
const firefox = zipFiles(filesOf(path.join(ROOT, '.output', 'firefox-mv3')));
write(`${name}-${version}-firefox.zip`, firefox);
write(`${name}-${version}-firefox.xpi`, firefox);

// AMO's sources: the files git tracks or would track (so a release from a work tree matches what was built).
const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], true)
  .split('\0')
  .filter(Boolean);
const sources = [...new Set(listed)]
  .sort()
  .filter((f) => existsSync(path.join(ROOT, f)) && statSync(path.join(ROOT, f)).isFile());
write(
  `${name}-${version}-sources.zip`,
  zipFiles(sources.map((f) => ({ name: `${name}-${version}/${f}`, data: readFileSync(path.join(ROOT, f)) }))),
);

// The outputs were just built (or checked above): prepack would only build them again.
const packed = JSON.parse(run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', OUT], true));
written.push(packed[0].filename);

const sums = written.map(
  (f) =>
    `${createHash('sha256')
      .update(readFileSync(path.join(OUT, f)))
      .digest('hex')}  ${f}`,
);
writeFileSync(path.join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
for (const f of written) console.log(`release/${f}  ${(statSync(path.join(OUT, f)).size / 1024).toFixed(0)} KiB`);
console.log(`release/SHA256SUMS  (${written.length} files, version ${version})`);
