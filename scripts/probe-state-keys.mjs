#!/usr/bin/env node
// Bench part 4's stored-state row, taken apart: the big page (5,000 requests, 500 cookies) in the extension built at
// <dir>, then storage.session's bytes (getBytesInUse(null)) and its keys grouped by prefix (up to the first ':' or
// digit run), with each group's JSON size. Needs `npm run build:cli`.
//   node scripts/probe-state-keys.mjs [dir = .output/chrome-mv3] [settle ms = 12000]
import { startDemoServer } from './lib/demo-server.mjs';
import { launchBigTab } from './lib/big-tab-browser.mjs';

const dir = process.argv[2] ?? '.output/chrome-mv3';
const settleMs = Number(process.argv[3] ?? 12_000);
const server = await startDemoServer();
const { b, api } = await launchBigTab(dir, server);
try {
  const ext = await api.extensionPage(b.context, b.extensionId);
  const read = () =>
    ext.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      const groups = {};
      for (const [k, v] of Object.entries(all)) {
        const prefix = k.replace(/^([a-z0-9-]+:?)(.*)$/i, (_, p) => p).replace(/\d+/g, 'N');
        const g = (groups[prefix] ??= { keys: 0, bytes: 0 });
        g.keys++;
        g.bytes += k.length + JSON.stringify(v).length;
      }
      return { inUse: await chrome.storage.session.getBytesInUse(null), groups };
    });
  const show = (label, r) => {
    console.log(`${label}: getBytesInUse ${(r.inUse / 2 ** 20).toFixed(3)} MB (${r.inUse} B)`);
    for (const [p, g] of Object.entries(r.groups).sort((x, y) => y[1].bytes - x[1].bytes))
      console.log(`  ${p.padEnd(24)} ${String(g.keys).padStart(6)} keys ${String(g.bytes).padStart(10)} B`);
  };
  show('at the record', await read());
  await new Promise((r) => setTimeout(r, settleMs));
  show(`after ${settleMs / 1000} s`, await read());
} finally {
  await b.close();
  await server.close();
}
