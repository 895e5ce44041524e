// Issue 15.5: a page cannot launder a tracker's writes as its own, nor make us name a script it chose.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvBody } from '../../utils/export/csv.ts';
import { buildScenarioReport } from '../../utils/export/report-build.ts';
import { analyze, createKnowledge } from '../../utils/findings/index.ts';
import { loadIpTable } from '../../utils/knowledge/ip-country.ts';
import { openTab, settledRecord, SHOP, startHarness, type Harness } from './helpers.ts';

const TRACKER_JS = 'https://tracker.adnet.test/hostile/attribution.js';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('hostile page: laundered and framed attribution', () => {
  it('names the tracker for its own writes, marks page-given names, and never names the script a poisoned stack offers', async () => {
    await h.context.clearCookies();
    const { page, tabId } = await openTab(h, `${SHOP}/hostile/attribution.html`);
    await page.waitForFunction(() => document.body.dataset.done === '1');
    const names = ['_ga', '_fbp', '_uetsid', '_uetvid'];
    const r = await settledRecord(h, tabId, (rec) => names.every((n) => rec.cookies.some((c) => c.name === n && c.attribution !== undefined))
      && rec.storage.some((s) => s.key === 'adnet_uid'));
    const cookie = (n: string) => r.cookies.find((c) => c.name === n && c.refused === undefined);
    // The first-party pre-write of _ga lends nothing to the tracker's later write.
    expect(cookie('_ga'), JSON.stringify(r.cookies)).toMatchObject({ value: 'GA1.1.tracker.1700000000', script: TRACKER_JS, attribution: 'confident' });
    expect(r.storage.find((s) => s.key === 'adnet_uid')).toMatchObject({ script: TRACKER_JS, attribution: 'confident' });
    // A //# sourceURL name is kept but marked.
    expect(cookie('_fbp')).toMatchObject({ script: 'https://cdn.shop.test/app.js', attribution: 'named-by-page' });
    // Polluted Object.prototype.stack, a forging prepareStackTrace and a zero limit: the real caller, confidently.
    expect(cookie('_uetsid')).toMatchObject({ script: TRACKER_JS, attribution: 'confident' });
    // A locked forging prepareStackTrace: whatever it names, we are not confident of it.
    expect(cookie('_uetvid')!.attribution).toBe('unknown');
    for (const c of r.cookies) if (c.script?.includes('framed.js')) expect(c.attribution).toBe('unknown');

    // The exports say how far each attribution goes.
    const analysis = analyze(r, createKnowledge({ ipTable: loadIpTable(readFileSync('public/data/ip-country.bin')) }));
    const report = buildScenarioReport({ consent: 'none', record: r, analysis, startedAt: r.startedAt, finishedAt: Date.now() });
    expect(report.cookies.find((c) => c.name === '_fbp')).toMatchObject({ script: 'https://cdn.shop.test/app.js', attribution: 'named-by-page' });
    expect(report.storage.find((s) => s.key === 'adnet_uid')?.attribution).toBe('confident');
    const csv = csvBody('csv-cookies', [report]);
    expect(csv.split('\n')[0]).toContain('script,attribution');
    expect(csv).toMatch(/_fbp,.*https:\/\/cdn\.shop\.test\/app\.js,named-by-page,/);
    await page.close();
  });
});
