#!/usr/bin/env node
// Writes public/data/THIRD-PARTY-LICENSES.txt: the licence text of every package bundled into the extension and the CLI
// (MIT and MPL-2.0 ask for their notices to travel with copies), from the installed packages, so versions always match.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// What the builds bundle (see NOTICE.md); playwright-core is installed by npm, not bundled.
const BUNDLED = [
  '@duckduckgo/autoconsent',
  'webextension-polyfill',
  '@wxt-dev/webextension-polyfill',
  '@wxt-dev/browser',
  'wxt',
  'preact',
  'tldts',
  'tldts-core',
  '@iabtcf/core',
  'third-party-web',
  'ajv',
  'fast-deep-equal',
  'json-schema-traverse',
  'fast-uri',
];
const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'license.md'];

const parts = [];
for (const name of BUNDLED) {
  const dir = path.join(ROOT, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = LICENCE_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f));
  // A package without a licence file is named with the licence its package.json states.
  const text = file
    ? readFileSync(file, 'utf8').trim()
    : `(no licence file in the package; package.json states "${pkg.license}")`;
  parts.push(
    `${'='.repeat(78)}\n${name}@${pkg.version} (${pkg.license})${pkg.homepage ? ` ${pkg.homepage}` : ''}\n${'='.repeat(78)}\n\n${text}\n`,
  );
}
mkdirSync(path.join(ROOT, 'public', 'data'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'public', 'data', 'THIRD-PARTY-LICENSES.txt'),
  `Licences of the third-party packages bundled into Consent Auditor's extension and CLI.\nSee NOTICE.md for where each one is used.\n\n${parts.join('\n')}`,
);
console.log(`third-party licences: ${BUNDLED.length} packages -> public/data/THIRD-PARTY-LICENSES.txt`);
