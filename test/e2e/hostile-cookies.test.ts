// Issue 15.2/15.3: writes the browser refuses neither change browser evidence nor count as stored cookies.
import { describe, expect, it } from 'vitest';
import { csvBody } from '../../utils/export/csv.ts';
import { analyze } from '../../utils/findings/index.ts';
import { liveScenario, openHostile, settledRecord, SHOP, extensionKnowledge, useHarness } from './helpers.ts';

const h = useHarness();

describe('hostile page: refused cookie writes', () => {
  it('keeps the browser-confirmed _ga and shows the refused writes as attempts, not violations', async () => {
    const { page, tabId } = await openHostile(h, 'cookies.html', { clearCookies: true });
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        ['_ga', '__Host-trk', 'IDE'].every((n) =>
          rec.cookies.some((c) => c.name === n && c.confirmedBy.includes('page')),
        ) && rec.cookies.some((c) => c.name === '_ga' && c.confirmedBy.includes('browser')),
    );
    // What the browser really holds: the page's refused writes changed nothing.
    const jar = await h.context.cookies(SHOP);
    expect(jar.find((c) => c.name === '_ga')?.value).toBe('GA1.1.424242.1700000000');
    expect(jar.map((c) => c.name)).not.toContain('__Host-trk');

    const real = r.cookies.find((c) => c.name === '_ga' && c.refused === undefined)!;
    expect(real, JSON.stringify(r.cookies)).toMatchObject({ value: 'GA1.1.424242.1700000000', removed: false });
    expect(real.confirmedBy).toContain('browser');
    for (const name of ['__Host-trk', 'IDE']) {
      const attempt = r.cookies.find((c) => c.name === name)!;
      expect(attempt.confirmedBy).toEqual(['page']);
      expect(attempt.refused).toBeTruthy();
    }

    const analysis = analyze(r, extensionKnowledge());
    const violations = analysis.findings
      .filter((f) => f.rule === 'tracking-storage-before-choice')
      .map((f) => f.subject.name);
    expect(violations).toContain('_ga');
    expect(violations).not.toContain('IDE');
    expect(violations).not.toContain('__Host-trk');

    // The exports say which cookies the browser confirmed.
    const report = liveScenario(r, analysis);
    expect(report.cookies.find((c) => c.name === '_ga' && c.stored)?.confirmedBy).toContain('browser');
    expect(report.cookies.find((c) => c.name === 'IDE')).toMatchObject({ confirmedBy: ['page'], stored: false });
    const csv = csvBody('csv-cookies', [report]);
    expect(csv.split('\n')[0]).toContain('confirmed_by');
    expect(csv).toMatch(/IDE.*,page,false/);
    await page.close();
  });
});
