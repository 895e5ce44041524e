#!/usr/bin/env node
// Popup first-render phases as bench part 5 takes them (one popup page reused by `goto`, POPUP_MARKS at document
// start), for one or more builds side by side, opens interleaved: navigation timing (document response, DOM
// interactive), the port's connect, its first message (the first screen) and second (the
// record), the mutation that shows the cookie rows and the frame after it (the judged figure), and the verdict.
// Usage: node scripts/probe-popup-phases.mjs <extDir> [<extDir> ...] (OPENS=n opens per block, default 12; BLOCKS=n
// blocks of freshly launched browsers, default 1: browsers differ from launch to launch). Needs `npm run build:cli`.
import { loadavg } from 'node:os';
import { openBigPage, POPUP_MARKS } from './bench-big-tab.mjs';
import { startDemoServer } from './lib/demo-server.mjs';

const dirs = process.argv.slice(2);
if (!dirs.length) throw new Error('usage: probe-popup-phases.mjs <extDir> [<extDir> ...]');
const N = Number(process.env.OPENS ?? 12);
const BLOCKS = Number(process.env.BLOCKS ?? 1);
const { extensionPage, findTabId, launchAuditBrowser, waitForRecord } = await import('../dist/cli/browser.mjs');
const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const launchOpts = { hostRules: server.hostRules, extraArgs: args, ignoreCertificateErrors: true };

// Wraps runtime.connect (first and second message) and marks the mutation that first shows the cookie rows.
const MARKS = () => {
  const m = (globalThis.__phases = {});
  const rt = globalThis.chrome?.runtime;
  if (rt?.connect) {
    const connect = rt.connect.bind(rt);
    rt.connect = (...a) => {
      m.connect ??= performance.now();
      const port = connect(...a);
      port.onMessage.addListener(() => {
        if (m.first === undefined) m.first = performance.now();
        else m.second ??= performance.now();
      });
      return port;
    };
  }
  new MutationObserver((_, obs) => {
    if (!document.body?.textContent?.includes('big_c')) return;
    obs.disconnect();
    m.dom = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

async function setUp(dir) {
  const b = await launchAuditBrowser({ ...launchOpts, extensionDir: dir });
  const tabId = await openBigPage(b, { extensionPage, findTabId, waitForRecord });
  await waitForRecord(
    b.context,
    b.extensionId,
    tabId,
    (r) => r.requests.length >= 5000 && r.cookies.length >= 500,
    60_000,
  );
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 760, height: 600 });
  await popup.addInitScript(POPUP_MARKS);
  await popup.addInitScript(MARKS);
  return { b, tabId, popup };
}

async function open({ b, tabId, popup }) {
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => globalThis.__benchMarks?.verdict != null, null, { timeout: 30_000 });
  return popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ...globalThis.__phases,
      docResponse: nav.responseEnd,
      interactive: nav.domInteractive,
      loaded: nav.loadEventStart,
      rows: globalThis.__benchMarks.rows,
      verdict: globalThis.__benchMarks.verdict,
    };
  });
}

const load0 = loadavg()[0].toFixed(1);
const builds = dirs.map((dir) => ({ dir, res: [] }));
for (let block = 0; block < BLOCKS; block++) {
  for (const x of builds) Object.assign(x, await setUp(x.dir));
  for (let i = 0; i < N + 1; i++) {
    for (const x of [...builds].sort(() => Math.random() - 0.5)) {
      const r = await open(x);
      if (i > 0) x.res.push(r); // the first open compiles cold
    }
  }
  for (const x of builds) await x.b.close();
}
const med = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const keys = ['docResponse', 'interactive', 'connect', 'first', 'dom', 'rows', 'second', 'loaded', 'verdict'];
console.log(
  `load ${load0} -> ${loadavg()[0].toFixed(1)}; ${BLOCKS} x ${N} opens each; medians, ms from navigation start`,
);
console.log(['phase'.padEnd(12), ...builds.map((x, i) => `#${i}`.padStart(8)), '  paired #1-#0'].join(''));
for (const k of keys) {
  const cols = builds.map((x) =>
    med(x.res.map((r) => r[k]))
      .toFixed(1)
      .padStart(8),
  );
  const d = builds.length > 1 ? med(builds[0].res.map((a, i) => builds[1].res[i]?.[k] - a[k])).toFixed(1) : '';
  console.log([k.padEnd(12), ...cols, `  ${d}`].join(''));
}
for (const [i, x] of builds.entries()) console.log(`#${i} ${x.dir}`);
await server.close();
