#!/usr/bin/env node
// Where the cookie page's renderer time goes before its load event (issue 20): loads bench/cookies.html in one headless
// Chromium per build, interleaved in random order, with a CDP CPU profile of the page's renderer (every world of its
// main thread) from before the navigation to SETTLE ms after the load event, and sums the samples up to the load event
// (Page.lifecycleEvent's timestamp, the profile's clock) by function and by kind (our main-world script, the recorder,
// the page, V8's GC, "(program)"). Not a test and not the bench: a probe to compare builds. Needs `npm run build:cli`.
//   BUILDS=dirA,dirB [ROUNDS=10] [SETTLE=300] [TOP=25] [PAGE=/bench/cookies.html] node scripts/probe-cookie-profile.mjs
import { readFileSync } from 'node:fs';
import { startDemoServer } from './lib/demo-server.mjs';

const { launchAuditBrowser } = await import('../dist/cli/browser.mjs');
const env = process.env;
const ROUNDS = Number(env.ROUNDS ?? 10);
const SETTLE = Number(env.SETTLE ?? 300);
const TOP = Number(env.TOP ?? 25);
/** Function names whose sampled call paths are printed as rows of their own ('STACK ...'). */
const STACKS = (env.STACKS ?? '').split(',').filter(Boolean);
if (!env.BUILDS)
  throw new Error(
    'BUILDS=dirA,dirB is required (a build named "none" runs without an extension; one named "floor" has no warm-up)',
  );
const builds = Object.fromEntries(env.BUILDS.split(',').map((d) => [d.split('/').pop(), d]));

/** Self time (ms) per sample key, split at `cut` (µs, the profile's clock): before and after. */
function split(profile, cut) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const chain = (id) => {
    const out = [];
    for (let p = id; p !== undefined && out.length < 12; p = parent.get(p)) {
      const f = byId.get(p).callFrame;
      out.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`);
    }
    return out.join(' < ');
  };
  const before = new Map();
  const after = new Map();
  let t = profile.startTime;
  for (let k = 0; k < profile.samples.length; k++) {
    t += profile.timeDeltas[k];
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const f = byId.get(profile.samples[k]).callFrame;
    const file = f.url.split('/').pop() || '';
    const key = `${f.functionName || '(anon)'} ${file}${f.url ? ':' + f.lineNumber : ''}`;
    const kind = f.url.startsWith('chrome-extension://')
      ? file
      : f.url
        ? 'page'
        : f.functionName.startsWith('(')
          ? f.functionName
          : 'native';
    const m = t <= cut ? before : after;
    if (STACKS.includes(f.functionName)) {
      const c = 'STACK ' + chain(profile.samples[k]);
      m.set(c, (m.get(c) ?? 0) + dt);
    }
    m.set(key, (m.get(key) ?? 0) + dt);
    m.set('#' + kind, (m.get('#' + kind) ?? 0) + dt);
  }
  return { before, after };
}

const server = await startDemoServer();
const args = ['--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
const br = {};
for (const [n, d] of Object.entries(builds))
  br[n] = await launchAuditBrowser({
    hostRules: server.hostRules,
    extraArgs: args,
    ignoreCertificateErrors: true,
    ...(n === 'none' ? {} : { extensionDir: d }),
    ...(n === 'none' || n === 'floor' ? { warmupUrl: null } : {}),
  });
const res = Object.fromEntries(Object.keys(builds).map((n) => [n, { before: [], after: [], load: [] }]));
const url = `https://www.shop.test${env.PAGE ?? '/bench/cookies.html'}`;
for (let r = -2; r < ROUNDS; r++) {
  for (const n of Object.keys(builds).sort(() => Math.random() - 0.5)) {
    const ctx = br[n].context;
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    if (r === -2) await page.goto(url, { waitUntil: 'load' }); // the page's renderer, kept for later loads
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    let loadAt = 0;
    cdp.on('Page.lifecycleEvent', (e) => {
      if (e.name === 'load') loadAt = e.timestamp * 1e6;
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await page.waitForTimeout(SETTLE);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    if (r < 0 || !loadAt) continue;
    const s = split(profile, loadAt);
    res[n].before.push(s.before);
    res[n].after.push(s.after);
    res[n].load.push(load);
  }
}
for (const b of Object.values(br)) await b.close();
await server.close?.();

const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const keysOf = (maps) => new Set(maps.flatMap((m) => [...m.keys()]));
console.log(`${ROUNDS} rounds, settle ${SETTLE} ms; load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const [n, v] of Object.entries(res)) {
  console.log(`\n== ${n}: load event median ${med(v.load).toFixed(1)} ms`);
  for (const part of ['before', 'after']) {
    const maps = v[part];
    const rows = [...keysOf(maps)].map((k) => [
      k,
      med(maps.map((m) => m.get(k) ?? 0)),
      maps.reduce((a, m) => a + (m.get(k) ?? 0), 0) / maps.length,
    ]);
    const kinds = rows.filter(([k]) => k.startsWith('#')).sort((a, b) => b[2] - a[2]);
    console.log(`-- ${part} the load event, by kind (median / mean ms):`);
    console.log('   ' + kinds.map(([k, m, a]) => `${k.slice(1)} ${m.toFixed(1)}/${a.toFixed(1)}`).join('  '));
    for (const [k, m, a] of rows
      .filter(([k]) => !k.startsWith('#'))
      .sort((a, b) => b[2] - a[2])
      .slice(0, TOP))
      console.log(`   ${a.toFixed(2).padStart(7)} ${m.toFixed(2).padStart(7)}  ${k}`);
  }
}
process.exit(0);
