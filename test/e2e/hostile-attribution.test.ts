// Issue 15.5: a page cannot launder a tracker's writes as its own, nor make us name a script it chose.
import { describe, expect, it } from 'vitest';
import { csvBody } from '../../utils/export/csv.ts';
import { analyze } from '../../utils/findings/index.ts';
import { liveScenario, openHostile, settledRecord, extensionKnowledge, useHarness } from './helpers.ts';

const TRACKER_JS = 'https://tracker.adnet.test/hostile/attribution.js';
const GTAG_JS = 'https://www.googletagmanager.com/gtag/js';
const h = useHarness();

describe('hostile page: laundered and framed attribution', () => {
  it('names the tracker for its own writes, marks page-given names, and never names the script a poisoned stack offers', async () => {
    const { page, tabId } = await openHostile(h, 'attribution.html', { clearCookies: true });
    const names = ['_ga', '_fbp', '_uetsid', '_uetvid'];
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        names.every((n) => rec.cookies.some((c) => c.name === n && c.attribution !== undefined)) &&
        rec.storage.some((s) => s.key === 'adnet_uid'),
    );
    const cookie = (n: string) => r.cookies.find((c) => c.name === n && c.refused === undefined);
    // The first-party pre-write of _ga lends nothing to the tracker's later write.
    expect(cookie('_ga'), JSON.stringify(r.cookies)).toMatchObject({
      value: 'GA1.1.tracker.1700000000',
      script: TRACKER_JS,
      attribution: 'confident',
    });
    expect(r.storage.find((s) => s.key === 'adnet_uid')).toMatchObject({
      script: TRACKER_JS,
      attribution: 'confident',
    });
    // A //# sourceURL name is kept but marked.
    expect(cookie('_fbp')).toMatchObject({ script: 'https://cdn.shop.test/app.js', attribution: 'named-by-page' });
    // Polluted Object.prototype.stack, a forging prepareStackTrace and a zero limit: the real caller, confidently.
    expect(cookie('_uetsid')).toMatchObject({ script: TRACKER_JS, attribution: 'confident' });
    // A locked forging prepareStackTrace: whatever it names, we are not confident of it.
    expect(cookie('_uetvid')!.attribution).toBe('unknown');
    for (const c of r.cookies) if (c.script?.includes('framed.js')) expect(c.attribution).toBe('unknown');

    // The exports say how far each attribution goes.
    const analysis = analyze(r, extensionKnowledge());
    const report = liveScenario(r, analysis);
    expect(report.cookies.find((c) => c.name === '_fbp')).toMatchObject({
      script: 'https://cdn.shop.test/app.js',
      attribution: 'named-by-page',
    });
    expect(report.storage.find((s) => s.key === 'adnet_uid')?.attribution).toBe('confident');
    const csv = csvBody('csv-cookies', [report]);
    expect(csv.split('\n')[0]).toContain('script,attribution');
    expect(csv).toMatch(/_fbp,.*https:\/\/cdn\.shop\.test\/app\.js,named-by-page,/);
    await page.close();
  });

  it('a page that names its own code after gtag.js cannot frame Google: its writes are warnings, the real gtag.js write stays a violation', async () => {
    const { page, tabId } = await openHostile(h, 'framed.html', { clearCookies: true });
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        ['shop_pref', '_ga'].every((n) =>
          rec.cookies.some(
            (c) => c.name === n && c.attribution !== undefined && (c.confirmedBy ?? []).includes('browser'),
          ),
        ) && rec.storage.some((s) => s.key === 'shop_state'),
    );
    expect(r.cookies.find((c) => c.name === 'shop_pref')).toMatchObject({
      script: GTAG_JS,
      attribution: 'named-by-page',
    });
    expect(r.storage.find((s) => s.key === 'shop_state')).toMatchObject({
      script: GTAG_JS,
      attribution: 'named-by-page',
    });

    const analysis = analyze(r, extensionKnowledge());
    const storageFindings = analysis.findings.filter((f) => f.rule === 'tracking-storage-before-choice');
    const of = (name: string) => storageFindings.filter((f) => f.subject.name === name);
    expect(
      of('shop_pref').map((f) => f.severity),
      JSON.stringify(storageFindings.map((f) => f.id)),
    ).toEqual(['warning']);
    expect(of('shop_state').map((f) => f.severity)).toEqual(['warning']);
    expect(of('shop_state')[0]?.title).toContain('by code the page named after Google');
    expect(of('shop_state')[0]?.evidence.scripts).toEqual([]);
    // The real gtag.js (served from www.googletagmanager.com) still writes _ga as Google's, confidently.
    const ga = of('_ga');
    expect(ga.map((f) => f.severity)).toEqual(['violation']);
    expect(ga[0]?.evidence.items[0]).toMatchObject({ kind: 'cookie', attribution: 'confident' });
    expect(ga[0]?.evidence.scripts.some((s) => s.startsWith(`${GTAG_JS}?id=G-DEMO`))).toBe(true);

    // The JSON report carries the attribution on the finding's evidence item.
    const report = liveScenario(r, analysis);
    const named = report.findings.find((f) => f.subject.name === 'shop_state');
    expect(named?.evidence.items[0]).toMatchObject({ kind: 'storage', script: GTAG_JS, attribution: 'named-by-page' });
    await page.close();
  });
});
