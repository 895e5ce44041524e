// Issue 15.4: a page that floods cookies cannot erase its tracker requests or the note that events were dropped.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../observe/events.ts';
import { floodPageCookie, floodStoredCookie } from '../../test/support/raw-events.ts';
import { MemoryArea, numberedRequests, settle } from '../../test/support/session-area.ts';
import { TabBudget } from './tab-budget.ts';
import { TabStore } from './tab-store.ts';

const TAB = 5;
const request = numberedRequests('image');
const req = (url: string, type?: string): AuditEvent[] => request(TAB, url, type);
const small = () => new TabBudget({ pageEvents: 100_000, tab: 200_000, requests: 300_000 });

describe('per-tab storage budget', () => {
  it('drops page reports first, then cookie events, keeps requests, and says how many were dropped', async () => {
    const area = new MemoryArea();
    const s = new TabStore(area, () => {}, Date.now, undefined, 1_000_000, 1000, small());
    s.push(TAB, req('https://www.site.test/', 'main_frame'));
    for (let i = 0; i < 100; i++) s.push(TAB, [floodPageCookie(i), floodStoredCookie(i)]);
    s.push(TAB, req('https://tracker.example/pixel.gif?after-flood'));
    await s.settled();
    const r = s.builder(TAB)!.record!;
    expect(r.requests.map((q) => q.url)).toContain('https://tracker.example/pixel.gif?after-flood');
    expect(r.truncated).toMatchObject({ pageEvents: expect.any(Number), browserEvents: expect.any(Number) });
    const kept = r.cookies.length;
    expect(r.truncated!.pageEvents).toBeGreaterThan(50);
    expect(r.truncated!.browserEvents).toBeGreaterThan(0);
    expect(kept).toBeLessThan(100);
    expect(r.errors.find((e) => e.where === 'budget')?.message).toMatch(/not kept/);
    // The stored log stays within the budgets (plus the navigation and the markers).
    expect(area.bytes()).toBeLessThan(260_000);

    // After a worker restart, the tracker request and the marker are still there.
    const again = new TabStore(area, () => {}, Date.now, undefined, 1_000_000, 1000, small());
    await again.ready;
    const r2 = again.builder(TAB)!.record!;
    expect(r2.requests.map((q) => q.url)).toContain('https://tracker.example/pixel.gif?after-flood');
    expect(r2.truncated!.pageEvents + r2.truncated!.browserEvents).toBeGreaterThan(0);
    expect(r2.truncated!.pageEvents + r2.truncated!.browserEvents).toBeLessThanOrEqual(
      r.truncated!.pageEvents + r.truncated!.browserEvents,
    );
    expect(r2.cookies.length).toBe(kept);
  });

  it('a new page in the tab starts with a fresh budget', async () => {
    const s = new TabStore(new MemoryArea(), () => {}, Date.now, undefined, 1_000_000, 1000, small());
    s.push(TAB, req('https://www.site.test/', 'main_frame'));
    for (let i = 0; i < 100; i++) s.push(TAB, [floodPageCookie(i)]);
    await settle();
    s.push(TAB, req('https://www.site.test/next', 'main_frame'));
    s.push(TAB, [floodPageCookie(1)]);
    await s.settled();
    const r = s.builder(TAB)!.record!;
    expect(r.url).toBe('https://www.site.test/next');
    expect(r.truncated ?? null).toBeNull();
    expect(r.cookies.map((c) => c.name)).toEqual(['flood1']);
  });

  it('an ordinary page stays far below the budgets', () => {
    const b = new TabBudget();
    for (let i = 0; i < 5000; i++)
      for (const ev of req(`https://cdn.site.test/asset-${i}.js?v=${'a'.repeat(100)}`, 'script'))
        expect(b.admit(TAB, ev)).toBe(true);
    expect(b.dropped(TAB)).toBe(0);
  });
});
