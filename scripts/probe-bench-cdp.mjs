#!/usr/bin/env node
// What the bench's page rows send over DevTools (issue 20, part 2): one raw-pipe browser with the built extension, as
// `scripts/bench.mjs` launches it, loads the cookie page ROUNDS times; prints every command sent with its session and
// time relative to that load's navigation, each load time and when the worker had stored the page's 1,000 reports,
// and fails if the audited page's session was sent anything but `Page.navigate` between a navigation and its load
// event (Runtime.enable above all). Not a test and not the bench: a probe. Needs `npm run build:chrome && npm run
// build:cli`.   [ROUNDS=3] [EXT=.output/chrome-mv3] node scripts/probe-bench-cdp.mjs
import { startDemoServer } from './lib/demo-server.mjs';
import { launchRawChromium, playwrightArgv } from './lib/raw-chromium.mjs';
import { reportsStoredExpression } from './lib/reports-stored.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const EXT = process.env.EXT ?? '.output/chrome-mv3';
const { launchAuditBrowser, openProfile } = await import('../dist/cli/browser.mjs');
const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const options = { hostRules: server.hostRules, extraArgs: args, ignoreCertificateErrors: true, extensionDir: EXT };
const { executable, argv } = await playwrightArgv(launchAuditBrowser, options);
const b = await launchRawChromium({ executable, argv, openProfile, warmupUrl: 'https://www.shop.test/warmup.html' });
let failed = false;
try {
  const url = 'https://www.shop.test/bench/cookies.html';
  for (let r = 0; r < ROUNDS; r++) {
    const from = b.traffic.length;
    const l = await b.load(url, (since) =>
      b.helper.evaluate(reportsStoredExpression({ since, want: 1000, timeoutMs: 5000 })),
    );
    const s = l.after;
    const t0 = b.traffic[from].t;
    console.log(`load ${r}: load event ${l.loadMs.toFixed(1)} ms; reports stored ${JSON.stringify(s)}`);
    console.log(`  after it: ${s.storedAt === null ? 'never' : `${(s.storedAt - l.loadAt).toFixed(1)} ms`}`);
    for (const x of b.traffic.slice(from))
      console.log(`  +${(x.t - t0).toFixed(1).padStart(7)} ms  ${(x.session ?? 'browser').slice(0, 8)}  ${x.method}`);
  }
  const enables = b.traffic.filter((x) => /\.enable$/.test(x.method)).map((x) => x.method);
  console.log(`domains enabled in the whole run: ${enables.join(', ')}`);
  if (enables.some((m) => m !== 'Page.enable')) failed = true;
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  await b.close();
  await server.close();
}
console.log(
  failed ? 'FAILED' : 'ok: no Runtime, Debugger, Network or Log domain enabled; loads timed before any evaluate',
);
process.exit(failed ? 1 : 0);
