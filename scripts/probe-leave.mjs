#!/usr/bin/env node
// Leave-step probe (issue 16, bench part 7): when does what a page sends as it is left reach the extension's record,
// against the CLI's own view of the leave? Per round, one audit browser as the CLI starts it loads each page, waits, then
// goes to about:blank as cli/leave.ts does, while the tab's record is polled every few ms (Worker.evaluate, as the
// CLI) and the context's request events are logged. Times in ms from the goto('about:blank') call: the goto's return,
// Playwright's request / requestfinished events of the page's requests started after it, the record's first poll
// holding each of them, and holding it finished (status or error). Usage:
//   node scripts/probe-leave.mjs [rounds] [url...]   (needs `npm run build:chrome` and `npm run build:cli`)
import { loadavg } from 'node:os';
import path from 'node:path';
import { startDemoServer } from './lib/demo-server.mjs';

const [nArg, ...urlArgs] = process.argv.slice(2);
const ROUNDS = Number(nArg ?? 5);
const URLS = urlArgs.length ? urlArgs : ['https://www.shop.test/kinds/close.html'];
const POLL_MS = 5;
const { claimParkedTabInWorker, getRecord, launchAuditBrowser, messageThroughWorker, parkTab, pingInWorker } =
  await import('../dist/cli/browser.mjs');
const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function round(url) {
  const b = await launchAuditBrowser({
    extensionDir: path.resolve('.output/chrome-mv3'),
    hostRules: server.hostRules,
    extraArgs: args,
    ignoreCertificateErrors: true,
    warmupUrl: null,
  });
  try {
    const { context, extensionId } = b;
    messageThroughWorker(context);
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    const marker = await parkTab(page);
    for (let i = 0; i < 100 && (await pingInWorker(context, extensionId).catch(() => null))?.ready !== true; i++)
      await sleep(100);
    const tabId = await claimParkedTabInWorker(context, extensionId, marker);
    await page.goto(url, { waitUntil: 'load' });
    await sleep(1500);
    const before = new Set(
      ((await getRecord(context, extensionId, tabId)) ?? { requests: [] }).requests.map((q) => q.id),
    );
    const t0 = performance.now();
    const epoch0 = Date.now();
    const seen = new Map();
    const at = () => Math.round(performance.now() - t0);
    const row = (u) => seen.get(u) ?? seen.set(u, {}).get(u);
    context.on('request', (r) => /^https?:/.test(r.url()) && (row(r.url()).pwStart ??= at()));
    context.on('requestfinished', (r) => /^https?:/.test(r.url()) && (row(r.url()).pwEnd ??= at()));
    context.on('requestfailed', (r) => /^https?:/.test(r.url()) && (row(r.url()).pwEnd ??= at()));
    let committed = null;
    page.on('framenavigated', (f) => f === page.mainFrame() && f.url() === 'about:blank' && (committed ??= at()));
    let gotoDone = null;
    const leaving = page.goto('about:blank', { timeout: 5000 }).then(() => (gotoDone = at()));
    const until = performance.now() + 3000;
    const polls = [];
    while (performance.now() < until) {
      const sent = at();
      const r = await getRecord(context, extensionId, tabId).catch(() => null);
      const now = at();
      polls.push(`${sent}-${now}:${r ? r.requests.length : 'x'}`);
      for (const q of r?.requests ?? []) {
        if (before.has(q.id)) continue;
        const x = row(q.url);
        x.rec ??= now;
        x.recT ??= q.t - epoch0;
        if (q.status !== undefined || q.error !== undefined) x.recEnd ??= now;
        x.type = q.type;
      }
      await sleep(POLL_MS);
    }
    await leaving;
    return { committed, gotoDone, seen, polls };
  } finally {
    await b.close();
  }
}

for (let r = 0; r < ROUNDS; r++) {
  for (const url of URLS) {
    const load = loadavg()[0].toFixed(1);
    const { committed, gotoDone, seen, polls } = await round(url);
    console.log(`round ${r} load ${load} ${url}: commit ${committed} goto ${gotoDone}`);
    if (process.env.POLLS) console.log(`  polls ${polls.slice(0, 40).join(' ')}`);
    for (const [u, x] of seen) {
      console.log(
        `  ${u.slice(0, 110)} type=${x.type ?? '-'} pw ${x.pwStart ?? '-'}..${x.pwEnd ?? '-'} rec t=${x.recT ?? '-'} in ${x.rec ?? '-'} done ${x.recEnd ?? '-'}`,
      );
    }
  }
}
await server.close();
