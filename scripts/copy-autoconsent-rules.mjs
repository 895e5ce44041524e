#!/usr/bin/env node
// Ships autoconsent's JSON rules as an extension file, loaded by the background on the first banner (not on every wake).
// Its MPL-2.0 licence text and the project's notices travel with it into every build.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const src = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
const licence = path.join(path.dirname(src), '..', 'LICENSE');
mkdirSync('public/data', { recursive: true });
copyFileSync(src, 'public/data/autoconsent-rules.json');
copyFileSync(licence, 'public/data/autoconsent-LICENSE.txt');
copyFileSync('NOTICE.md', 'public/data/NOTICE.md');
console.log(`autoconsent rules: ${src} -> public/data/autoconsent-rules.json (+ autoconsent-LICENSE.txt, NOTICE.md)`);
