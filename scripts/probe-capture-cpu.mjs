#!/usr/bin/env node
// The cookie page's main-thread CPU per load with each checkout's main-world code (issue 20, bench part 2): the main
// world (`startMainWorld`) of each checkout bundled by esbuild into a page script of its own URL, then the 1,000
// top-level document.cookie writes of bench/cookies.html. Main-thread CPU from CDP `Performance.getMetrics`
// (`ThreadTime`, `ScriptDuration` in thread ticks) from before the navigation to the load event: at load averages of
// 20-40 the loop's wall time is 3-5 x its CPU and moves with the other processes, the thread's CPU much less. Loads
// alternate in random order, a fresh tab each; paired differences against the first checkout. `INSPECTOR=1` drives
// Chromium through Playwright, which enables the `Runtime` domain as the bench and the CLI do (V8 then captures every
// stack for the inspector as well); `INSPECTOR=0` speaks CDP over a pipe without it, as a visitor's browser runs.
// A checkout named `none` loads no script. `EXTENSIONS=dirA,dirB` instead compares built extensions (one headless
// Chromium each, raw CDP, so `INSPECTOR=0`): the page then loads no script of its own and the content scripts run as a
// visitor's browser runs them. `AFTER=ms` also reports the main thread's CPU and script time from the load event to ms
// after it (with EXTENSIONS: the crossing of the queued reports, the isolated world's parse and messages, autoconsent's
// start; a checkout's page script has no isolated world to cross to), which the bench's row does not time. Not a test
// and not the bench: a probe to compare builds.
//   CHECKOUTS=dirA,dirB[,none] [ROUNDS=20] [INSPECTOR=1] [N=1000] [AFTER=0] node scripts/probe-capture-cpu.mjs
//   EXTENSIONS=extA,extB [ROUNDS=20] [N=1000] [AFTER=0] node scripts/probe-capture-cpu.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { cdpPipe } from './lib/cdp-pipe.mjs';

const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 20);
const N = Number(env.N ?? 1000);
const AFTER = Number(env.AFTER ?? 0);
const EXTENSIONS = env.EXTENSIONS?.split(',').map((d) => resolve(d));
const INSPECTOR = !EXTENSIONS && env.INSPECTOR !== '0';
const CHROME = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!env.CHECKOUTS && !EXTENSIONS) throw new Error('CHECKOUTS=dirA,dirB[,none] or EXTENSIONS=extA,extB is required');
const dirs = EXTENSIONS ?? env.CHECKOUTS.split(',');
const names = dirs.map((d, k) => `${k}-${d === 'none' ? 'none' : d.split('/').filter(Boolean).pop()}`);

const scripts = {};
for (const [k, d] of dirs.entries()) {
  if (d === 'none' || EXTENSIONS) continue;
  const out = await build({
    stdin: {
      contents: "import { startMainWorld } from './utils/observe/page/install.ts'; startMainWorld(window);",
      resolveDir: resolve(d),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  scripts[names[k]] = out.outputFiles[0].text;
}
const page = (name) =>
  `<!doctype html><html><body>${scripts[name] ? `<script src="/main-world/${name}.js"></script>` : ''}<script>
  const run = Math.random().toString(36).slice(2, 8);
  for (let i = 0; i < ${N}; i++) document.cookie = \`loop_c\${i % 50}=\${run}\${i}; path=/\`;
</script></body></html>`;
const server = http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  const m = /^\/main-world\/(.*)\.js$/.exec(u.pathname);
  res.writeHead(200, { 'content-type': m ? 'text/javascript' : 'text/html' });
  res.end(m ? scripts[m[1]] : page(u.searchParams.get('b')));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

/** The metrics AFTER ms after the load event's (`m1`), or those again without AFTER. */
const after = async (metrics, m1) => {
  if (AFTER <= 0) return m1;
  await new Promise((ok) => setTimeout(ok, AFTER));
  return metrics();
};

/**
 * One load in a fresh tab: main-thread CPU and script time (ms) from before the navigation to the load event, then
 * from the load event to AFTER ms after it.
 */
let load;
let close;
if (EXTENSIONS) {
  const browsers = Object.fromEntries(
    await Promise.all(names.map(async (n, k) => [n, await rawChromium([`--load-extension=${dirs[k]}`])])),
  );
  load = (url, name) => browsers[name].load(url);
  close = () => Promise.all(Object.values(browsers).map((b) => b.close()));
} else if (INSPECTOR) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  const ctx = await browser.newContext();
  load = async (url) => {
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    const m0 = await metrics();
    await p.goto(url, { waitUntil: 'load' });
    const m1 = await metrics();
    const m2 = await after(metrics, m1);
    await p.close();
    return [
      m1.ThreadTime - m0.ThreadTime,
      m1.ScriptDuration - m0.ScriptDuration,
      m2.ThreadTime - m1.ThreadTime,
      m2.ScriptDuration - m1.ScriptDuration,
    ].map((s) => s * 1000);
  };
  close = () => browser.close();
} else {
  ({ load, close } = await rawChromium([]));
}

/** A headless Chromium driven over a CDP pipe, no Runtime domain enabled. */
async function rawChromium(extraArgs) {
  const profile = mkdtempSync(join(tmpdir(), 'probe-capture-'));
  const chrome = spawn(
    CHROME,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      ...extraArgs,
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [toChrome, fromChrome] = [chrome.stdio[3], chrome.stdio[4]];
  const { send, listeners } = cdpPipe(toChrome, fromChrome);
  if (extraArgs.length) await new Promise((ok) => setTimeout(ok, 1500)); // the extension's worker and scripts register
  const loadRaw = async (url) => {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId); // the load event; no Runtime domain
    await send('Performance.enable', { timeDomain: 'threadTicks' }, sessionId);
    const metrics = async () =>
      Object.fromEntries((await send('Performance.getMetrics', {}, sessionId)).metrics.map((x) => [x.name, x.value]));
    const m0 = await metrics();
    const loaded = new Promise((ok) => {
      const on = (msg) => {
        if (msg.sessionId !== sessionId || msg.method !== 'Page.loadEventFired') return;
        listeners.delete(on);
        ok();
      };
      listeners.add(on);
    });
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    const m1 = await metrics();
    const m2 = await after(metrics, m1);
    await send('Target.closeTarget', { targetId });
    return [
      m1.ThreadTime - m0.ThreadTime,
      m1.ScriptDuration - m0.ScriptDuration,
      m2.ThreadTime - m1.ThreadTime,
      m2.ScriptDuration - m1.ScriptDuration,
    ].map((s) => s * 1000);
  };
  const closeRaw = async () => {
    const exited = new Promise((ok) => chrome.once('exit', ok));
    chrome.kill();
    await exited;
    await new Promise((ok) => setTimeout(ok, 500)); // its child processes may still write into the profile
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a leftover temporary profile is not worth failing the run for (ENOTEMPTY while a child still writes)
    }
  };
  return { load: loadRaw, close: closeRaw };
}

const cpu = Object.fromEntries(names.map((n) => [n, []]));
const script = Object.fromEntries(names.map((n) => [n, []]));
const cpuAfter = Object.fromEntries(names.map((n) => [n, []]));
const scriptAfter = Object.fromEntries(names.map((n) => [n, []]));
for (let r = -2; r < ROUNDS; r++) {
  for (const n of [...names].sort(() => Math.random() - 0.5)) {
    const [c, s, ca, sa] = await load(`${base}?b=${n}&r=${r}`, n);
    if (r < 0) continue; // warm-up rounds
    cpu[n].push(c);
    script[n].push(s);
    cpuAfter[n].push(ca);
    scriptAfter[n].push(sa);
  }
}
await close();
server.close();

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const at = (xs, f) => sorted(xs)[Math.floor(xs.length * f)];
console.log(
  `${ROUNDS} rounds, ${N} writes, ${INSPECTOR ? 'Playwright (Runtime domain on)' : 'raw CDP (no Runtime domain)'}` +
    `${EXTENSIONS ? ', extensions' : ''}; ` +
    `load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
for (const [label, table] of [
  ['main-thread CPU', cpu],
  ['script', script],
  ...(AFTER > 0
    ? [
        [`CPU +${AFTER} ms`, cpuAfter],
        [`script +${AFTER} ms`, scriptAfter],
      ]
    : []),
]) {
  for (const n of names) {
    const xs = table[n];
    const d = xs.map((x, k) => x - table[names[0]][k]);
    console.log(
      `${label.padEnd(16)} ${n.padEnd(24)} median ${at(xs, 0.5).toFixed(2)} q1 ${at(xs, 0.25).toFixed(2)} ms; ` +
        `paired vs ${names[0]} ${at(d, 0.5).toFixed(2)} (q1 ${at(d, 0.25).toFixed(2)}, q3 ${at(d, 0.75).toFixed(2)})`,
    );
  }
}
process.exit(0);
