// Issue 15.4: a page that floods cookies and storage cannot erase the tracker request that follows, and the record says
// how much it dropped.
import { describe, expect, it } from 'vitest';
import { openHostile, settledRecord, useHarness } from './helpers.ts';

const h = useHarness();

describe('hostile page: storage flood', () => {
  it('keeps the tracker request after the flood and marks the record as truncated', async () => {
    const { page, tabId } = await openHostile(h, 'flood.html', { clearCookies: true, timeoutMs: 60_000 });
    const r = await settledRecord(
      h,
      tabId,
      (rec) => rec.requests.some((q) => q.url.includes('cid=after-flood')) && (rec.truncated?.pageEvents ?? 0) > 0,
      60_000,
    );
    expect(r.requests.some((q) => q.url.includes('cid=after-flood'))).toBe(true);
    expect(r.truncated!.pageEvents).toBeGreaterThan(0);
    expect(r.errors.find((e) => e.where === 'budget')?.message).toMatch(/not kept/);
    await page.close();
  }, 120_000);
});
