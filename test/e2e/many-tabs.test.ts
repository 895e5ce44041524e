// Issue 8, "nothing lost": ten tabs audited at once keep separate, complete records; a closed tab frees its state.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionPage } from '../../cli/browser/index.ts';
import { openTab, recordOf, settledRecord, useHarness } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

const h = useHarness();

describe('ten tabs at once', () => {
  it('each tab has its own complete record, and closing a tab removes its state', async () => {
    const tabs: Array<{ n: number; page: Page; tabId: number }> = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const { page, tabId } = await openTab(h, `https://site${i + 1}.test/`);
        tabs.push({ n: i + 1, page, tabId });
      }),
    );
    expect(new Set(tabs.map((t) => t.tabId)).size).toBe(10);
    for (const { n, tabId } of tabs) {
      const r = await settledRecord(
        h,
        tabId,
        (rec) =>
          rec.requests.filter((q) => q.url.includes(`/api/site${n}/`)).length === 5 &&
          rec.cookies.some((c) => c.name === `site${n}_pref`) &&
          rec.storage.some((s) => s.key === `site${n}_key`) &&
          rec.requests.some((q) => q.url.endsWith(`uid=site${n}`)),
      );
      expect(r.site).toBe(`site${n}.test`);
      expect(r.cookies.map((c) => c.name).sort()).toEqual(
        expect.arrayContaining([`site${n}_pref`, `site${n}_session`]),
      );
      // Nothing of another tab's site leaks into this record.
      const others = (s: string) => /site\d+/.exec(s)?.[0];
      for (const q of r.requests) if (others(q.url)) expect(others(q.url)).toBe(`site${n}`);
      for (const c of r.cookies) if (c.name.startsWith('site')) expect(c.name.startsWith(`site${n}_`)).toBe(true);
      for (const s of r.storage) expect(s.key.startsWith(`site${n}_`)).toBe(true);
    }
    const closing = tabs[0]!;
    await closing.page.close();
    const ext = await extensionPage(h.context, h.extensionId);
    await expect.poll(async () => recordOf(h, closing.tabId), { timeout: 5000 }).toBeNull();
    const keys = Object.keys(await ext.evaluate(() => chrome.storage.session.get(null)));
    expect(keys.filter((k) => k.startsWith(`ca1:${closing.tabId}:`))).toEqual([]);
    expect(keys.some((k) => k.startsWith(`ca1:${tabs[1]!.tabId}:`))).toBe(true);
  });
});
