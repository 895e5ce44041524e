#!/usr/bin/env node
// Ships autoconsent's JSON rules as an extension file, loaded by the background on the first banner (not on every wake).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const src = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
mkdirSync('public/data', { recursive: true });
copyFileSync(src, 'public/data/autoconsent-rules.json');
console.log(`autoconsent rules: ${src} -> public/data/autoconsent-rules.json`);
