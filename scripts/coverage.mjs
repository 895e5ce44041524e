#!/usr/bin/env node
// `npm run coverage`: share of HTTP Archive's third-party occurrences (third-party-web totalOccurrences) that the project
// names with a company, and with the company's country: own trackers alone vs. own + third-party-web + data/entities.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// `--missing <category>`: list every entity of that category still without a country (the research list).
const argAt = process.argv.indexOf('--missing');
const missingCategory = argAt >= 0 ? process.argv[argAt + 1] : undefined;
if (argAt >= 0 && (missingCategory === undefined || missingCategory.startsWith('-'))) {
  console.error('usage: npm run coverage -- --missing <category>');
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve('third-party-web/package.json'));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const raw = JSON.parse(readFileSync(join(pkgDir, 'dist', 'entities.json'), 'utf8'));
const opts = { root, configFile: false, logLevel: 'error' };
const { module: cov } = await runnerImport(join(root, 'utils/knowledge/entity-coverage.ts'), opts);
const { module: naming } = await runnerImport(join(root, 'utils/knowledge/entity-naming.ts'), opts);

const report = cov.computeCoverage(
  raw,
  naming.defaultHostNamer(),
  missingCategory === undefined ? Number(process.env.COVERAGE_MISSING ?? 25) : Infinity,
  missingCategory,
);
if (missingCategory !== undefined) {
  const list = report.missing.filter((m) => m.category === missingCategory);
  const cat = report.byCategory.find((c) => c.category === missingCategory);
  if (!cat) {
    console.error(`unknown category ${missingCategory}: ${report.byCategory.map((c) => c.category).join(', ')}`);
    process.exit(2);
  }
  console.log(`${missingCategory}: ${cat.country.toFixed(1)} % with a country; ${list.length} entities without one`);
  for (const m of list) console.log(`  ${m.occurrences}\t${m.name}`);
  process.exit(0);
}
const GOALS = { named: 99.5, country: 98, category: 97 };
const p = (x) => `${x.toFixed(1)} %`;
const rows = [['category', 'entities', 'occurrences', 'named (own)', 'country (own)', 'named (all)', 'country (all)']];
for (const c of report.byCategory)
  rows.push([
    c.category,
    String(c.entities),
    String(c.occurrences),
    p(c.ownNamed),
    p(c.ownCountry),
    p(c.named),
    p(c.country),
  ]);
const t = report.total;
rows.push([
  '**all**',
  String(t.entities),
  String(t.occurrences),
  p(t.ownNamed),
  p(t.ownCountry),
  p(t.named),
  p(t.country),
]);

console.log(
  `Coverage of HTTP Archive third-party occurrences (third-party-web ${version}, weighted by totalOccurrences)`,
);
console.log('own = data/trackers.ts alone; all = own + third-party-web + data/entities.ts\n');
console.log(`| ${rows[0].join(' | ')} |\n|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
for (const r of rows.slice(1)) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\nEntities with the company's country for every host: ${t.entitiesCountry} of ${t.entities} (own trackers alone: ${t.entitiesOwnCountry}).`,
);
const low = report.byCategory.filter((c) => c.country < GOALS.category).map((c) => `${c.category} ${p(c.country)}`);
console.log(
  `Goals: named >= ${GOALS.named} %: ${t.named >= GOALS.named ? 'met' : 'NOT met'} (${p(t.named)}); ` +
    `country >= ${GOALS.country} %: ${t.country >= GOALS.country ? 'met' : 'NOT met'} (${p(t.country)}); ` +
    `every category country >= ${GOALS.category} %: ${low.length === 0 ? 'met' : `NOT met (${low.join(', ')})`}`,
);
// By how much each unmet goal falls short, in occurrences: what the next research has to verify.
const short = (occ, pct, goal) => Math.ceil((occ * (goal - pct)) / 100);
const gaps = [
  ...report.byCategory
    .filter((c) => c.country < GOALS.category)
    .map((c) => [c.category, c.occurrences, c.country, GOALS.category]),
];
if (t.country < GOALS.country) gaps.unshift(['all', t.occurrences, t.country, GOALS.country]);
for (const [name, occ, pct, goal] of gaps) {
  console.log(
    `  ${name}: ${short(occ, pct, goal)} more occurrences need a verified country (${Math.round((occ * (100 - pct)) / 100)} have none)`,
  );
}
if (report.missing.length > 0) {
  console.log('\nHeaviest entities without a country (occurrences not covered):');
  for (const m of report.missing) console.log(`  ${m.occurrences}\t${m.category}\t${m.name}`);
}

// EU-US DPF status of the heaviest US or US-parent recipients (data/dpf-evidence.ts; no entry = not known).
const { module: ranking } = await runnerImport(join(root, 'utils/knowledge/us-recipient-ranking.ts'), opts);
const { module: dpfData } = await runnerImport(join(root, 'data/dpf-evidence.ts'), opts);
const us = ranking.rankUsRecipients(raw, naming.defaultHostNamer(), dpfData.DPF_EVIDENCE, 100);
const usWeight = us.top.reduce((s, t) => s + t.occurrences, 0);
const knownWeight = us.top.filter((t) => t.dpf !== null).reduce((s, t) => s + t.occurrences, 0);
// Checked = a status on record, or the vendor's own page read without a DPF statement (DPF_CHECKED_NOT_KNOWN).
const readNoStatement = new Set(dpfData.DPF_CHECKED_NOT_KNOWN.map((n) => n.entity));
const checked = us.top.filter((t) => t.dpf !== null || readNoStatement.has(t.entity)).length;
console.log(
  `\nDPF known for ${us.certified + us.notCertified} of the ${us.top.length} heaviest US/US-parent companies ` +
    `(certified ${us.certified}, not certified ${us.notCertified}, not known ${us.notKnown}), ${checked} checked, ` +
    `${p(usWeight > 0 ? (100 * knownWeight) / usWeight : 0)} of their occurrences known.`,
);
const statusOf = (t) => t.dpf ?? (readNoStatement.has(t.entity) ? 'not known (checked)' : 'not known');
if (process.env.COVERAGE_DPF)
  for (const [i, t] of us.top.entries()) console.log(`  ${i + 1}\t${t.occurrences}\t${statusOf(t)}\t${t.entity}`);
