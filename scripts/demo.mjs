#!/usr/bin/env node
// `npm run demo`: serve the bundled demo shop, open it in Chromium with the built extension, print what was recorded
// and write demo-report.json. Usage: node scripts/demo.mjs [--headed] [--keep-open] [--page /trackers.html]
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRecord, launchAuditBrowser } from '../dist/cli/browser.mjs';
import { startDemoServer } from './lib/demo-server.mjs';

/** Chromium refuses its sandbox to root: the demo (local pages only) opts out there, explicitly and saying so (issue 15.12). */
const DEMO_SANDBOX = process.getuid?.() !== 0;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const REPORT_FILE = path.join(ROOT, 'demo-report.json');
const SETTLE_MS = 3000;

/** @typedef {import('../utils/record/record.ts').PageRecord} PageRecord */

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = { headed: false, keepOpen: false, page: '/' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headed') opts.headed = true;
    else if (a === '--keep-open') opts.keepOpen = true;
    else if (a === '--page' && argv[i + 1]?.startsWith('/')) opts.page = argv[++i] ?? '/';
    else if (a?.startsWith('--page=/')) opts.page = a.slice('--page='.length);
    else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run demo -- [--headed] [--keep-open] [--page /trackers.html]');
      process.exit(0);
    } else {
      console.error(`Unknown option: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

/** @param {string} s @param {number} n */
const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** @param {string} url */
function short(url) {
  try {
    const u = new URL(url);
    const p = u.pathname + u.search;
    return u.host + (p.length > 60 ? p.slice(0, 57) + '...' : p);
  } catch {
    return url.slice(0, 80);
  }
}

/** @param {PageRecord} record */
function summary(record) {
  const out = [];
  out.push(`Page: ${record.url}  (first party: ${record.site})`);
  if (record.redirects.length)
    out.push(`Redirects: ${record.redirects.map((r) => `${short(r.from)} -${r.status}-> ${short(r.to)}`).join(', ')}`);

  /** @type {Map<string, PageRecord['requests']>} */
  const bySite = new Map();
  for (const r of record.requests) {
    const list = bySite.get(r.site || r.host) ?? [];
    list.push(r);
    bySite.set(r.site || r.host, list);
  }
  out.push('', `Requests: ${record.requests.length} to ${bySite.size} site(s)`);
  for (const [site, list] of bySite) {
    out.push(`  ${pad(site, 24)} ${pad(list[0]?.party ?? '', 6)} ${list.length} request(s)`);
    for (const r of list)
      out.push(`      ${pad(r.type, 12)} ${pad(String(r.status ?? r.error ?? '-'), 4)} ${short(r.url)}`);
  }

  out.push('', `Cookies: ${record.cookies.length}`);
  for (const c of record.cookies) {
    const by =
      c.setBy === 'http'
        ? `http${c.setByUrl ? ` (${short(c.setByUrl)})` : ''}`
        : c.setBy === 'script'
          ? `script${c.script ? ` (${short(c.script)})` : ''}`
          : c.setBy;
    out.push(
      `  ${pad(c.name, 16)} ${pad(c.domain, 22)} ${pad(c.party, 6)} set by ${by}${c.removed ? ' [removed]' : ''}`,
    );
  }

  out.push('', `Storage writes: ${record.storage.length}`);
  for (const s of record.storage) {
    out.push(
      `  ${pad(s.kind, 15)} ${pad(s.key, 16)} ${pad(s.origin, 28)} ${pad(s.party, 6)}${s.script ? ` by ${short(s.script)}` : ''}`,
    );
  }

  const beacons = record.requests.filter((r) => r.type === 'ping' || r.type === 'beacon');
  out.push('', `Beacons: ${beacons.length}`);
  for (const b of beacons) {
    const by = b.initiator?.startsWith('script:') ? ` by ${short(b.initiator.slice('script:'.length))}` : '';
    out.push(`  ${pad(b.party, 6)} ${short(b.url)}${by}`);
  }
  if (record.errors.length) {
    out.push('', `Recording errors: ${record.errors.length}`);
    for (const e of record.errors) out.push(`  ${e.where}: ${e.message}`);
  }
  return out.join('\n');
}

/**
 * The main job as a QA engineer runs it: the headless CLI audits the demo pages in every consent scenario and writes
 * the report a consultant hands on (JSON, HTML, JUnit).
 * @param {string} hostRules
 */
async function auditWithCli(hostRules) {
  console.log('\n=== consent-auditor scan: the demo pages, each unanswered, rejected and accepted\n');
  if (!DEMO_SANDBOX)
    console.log(
      '(running as root: the demo passes --no-sandbox to the CLI; the reports say so. Run as a normal user to keep the sandbox.)\n',
    );
  const { spawn } = await import('node:child_process');
  // Asynchronous: the demo server answering the CLI's browser lives in this process.
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'consent-auditor.mjs'),
      'scan',
      'https://www.shop.test/',
      'https://www.shop.test/consent/gcm.html',
      'https://www.shop.test/trackers.html',
      '--wait',
      '2500',
      '--fail-on',
      'never',
      `--chromium-arg=--host-resolver-rules=${hostRules}`,
      '--chromium-arg=--ignore-certificate-errors',
      '--json',
      'demo-audit.json',
      '--html',
      'demo-audit.html',
      '--junit',
      'demo-audit.junit.xml',
      ...(DEMO_SANDBOX ? [] : ['--no-sandbox']),
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`consent-auditor scan exited with ${code}`);
  console.log('\nAudit report: demo-audit.json (schema/report.schema.json), demo-audit.html, demo-audit.junit.xml');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(
      `The extension is not built: ${path.relative(ROOT, EXTENSION_DIR)}/manifest.json is missing.\nRun \`npm run build:chrome\` (or \`npm run demo\`, which builds first).`,
    );
    process.exit(1);
  }
  const server = await startDemoServer();
  /** @type {Awaited<ReturnType<typeof launchAuditBrowser>> | undefined} */
  let browser;
  const cleanup = async () => {
    await browser?.close();
    await server.close();
  };
  try {
    browser = await launchAuditBrowser({
      extensionDir: EXTENSION_DIR,
      hostRules: server.hostRules,
      headless: !opts.headed,
      ignoreCertificateErrors: true,
      sandbox: DEMO_SANDBOX,
    });
    const { context, extensionId } = browser;
    if (!extensionId) throw new Error('the extension did not start');
    const url = new URL(opts.page, 'https://www.shop.test/').href;
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const record = await getRecord(context, extensionId, page);
    if (!record) throw new Error(`the extension has no record for ${url}`);
    console.log(summary(record));
    await writeFile(
      REPORT_FILE,
      JSON.stringify({ generatedAt: new Date().toISOString(), url, record, serverLog: server.log }, null, 2) + '\n',
    );
    console.log(`\nFull record written to ${path.relative(process.cwd(), REPORT_FILE) || REPORT_FILE}`);
    if (!opts.keepOpen) await auditWithCli(server.hostRules);
    if (opts.keepOpen) {
      console.log('Browser kept open: close it or press Ctrl+C to quit.');
      await page.bringToFront();
      await new Promise((resolve) => {
        context.once('close', resolve);
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
