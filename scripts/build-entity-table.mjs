#!/usr/bin/env node
// Compiles third-party-web's entity list (MIT, HTTP Archive) into data/generated/third-party-web.json: only the fields the
// naming layer reads (name, company, category, domains, totalOccurrences), so the bundles carry ~half the package's bytes.
// Decoder and validation: utils/knowledge/entity-table.ts. Nothing is fetched at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = 'third-party-web';
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve(`${PKG}/package.json`));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const raw = JSON.parse(readFileSync(join(pkgDir, 'dist', 'entities.json'), 'utf8'));
if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${PKG}: dist/entities.json is not a non-empty array`);

const categories = [];
const entities = [];
for (const e of raw) {
  if (typeof e?.name !== 'string' || typeof e.category !== 'string' || !Array.isArray(e.domains))
    throw new Error(`${PKG}: bad entity ${JSON.stringify(e).slice(0, 120)}`);
  let cat = categories.indexOf(e.category);
  if (cat < 0) cat = categories.push(e.category) - 1;
  // company is left out when it equals the name (third-party-web's own convention); 0 keeps that short.
  const company = typeof e.company === 'string' && e.company !== e.name ? e.company : 0;
  const occurrences = Number(e.totalOccurrences) || 0;
  entities.push([e.name, company, cat, e.domains.filter((d) => typeof d === 'string'), occurrences]);
}

const table = {
  package: pkg.name,
  version: pkg.version,
  licence: pkg.license,
  repository: 'https://github.com/patrickhulce/third-party-web',
  categories,
  entities,
};
const text = JSON.stringify(table);
const outDir = join(root, 'data', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'third-party-web.json'), text + '\n');
console.log(
  `third-party-web.json: ${entities.length} entities, ${categories.length} categories, ${text.length} bytes (from ${PKG} ${pkg.version})`,
);
