import { describe, expect, it } from 'vitest';
import { SessionMirror, type MirrorArea } from '../../record/session-mirror.ts';
import { PRERENDER_KEY_PREFIX, PrerenderedDocuments, type LifecycleDetails } from './prerender.ts';

const SHOP = 'https://www.shop.test/kinds';
/** The details Chromium 156 gave for kinds/prerender-go.html (a headless run without DevTools on the tab). */
const req = (
  type: string,
  url: string,
  frameId: number,
  documentId: string | undefined,
  documentLifecycle: string,
  tabId = 7,
): LifecycleDetails => ({ tabId, type, url, frameId, documentId, documentLifecycle, frameType: 'outermost_frame' });

describe('PrerenderedDocuments', () => {
  it('names the prerendered page at its first request once shown, not before, and only once', () => {
    const p = new PrerenderedDocuments();
    const seen = [
      req('main_frame', `${SHOP}/prerender-go.html`, 0, undefined, 'active'),
      req('main_frame', `${SHOP}/activated.html`, 0, 'SHOWN-DOC', 'active'), // the speculation's prefetch
      req('main_frame', `${SHOP}/activated.html`, 6, undefined, 'prerender'),
      req('image', 'https://tracker.adnet.test/pixel.gif?uid=prerendering', 6, 'PRE-DOC', 'prerender'),
      req('image', 'https://www.shop.test/logo.png', 0, 'SHOWN-DOC', 'active'),
      req('image', 'https://www.facebook.com/tr?id=1&ev=PageView&shown=1', 0, 'PRE-DOC', 'active'),
      req('image', 'https://www.facebook.com/tr?id=1&ev=PageView&again=1', 0, 'PRE-DOC', 'active'),
    ].map((d) => p.shown(d));
    expect(seen).toEqual([null, null, null, null, null, `${SHOP}/activated.html`, null]);
  });

  // A failing run of test/e2e/prerender.test.ts (Chromium 156, 2026-12-07): the prerender's pixel, asked for by its
  // HTML before the browser had committed the document, carried another documentId than the page once shown.
  const commit = (url: string, frameId: number, documentId: string, documentLifecycle: string, tabId = 7) => ({
    tabId,
    url,
    frameId,
    documentId,
    documentLifecycle,
    frameType: 'outermost_frame',
  });
  const early = [
    req('main_frame', `${SHOP}/prerender-go.html`, 0, undefined, 'active'),
    req('main_frame', `${SHOP}/activated.html`, 0, 'ASKING-DOC', 'active'), // the speculation's prefetch
    req('main_frame', `${SHOP}/activated.html`, 6, undefined, 'prerender'),
    req('image', 'https://tracker.adnet.test/pixel.gif?uid=prerendering', 6, 'EARLIER-DOC', 'prerender'),
  ];
  const fb = req('image', 'https://www.facebook.com/tr?id=1&ev=PageView&shown=1', 0, 'SHOWN-DOC', 'active');

  it('names the shown page from its commit when its requests while prerendered carried another documentId', () => {
    const p = new PrerenderedDocuments();
    early.forEach((d) => p.shown(d));
    expect(p.committed(commit(`${SHOP}/activated.html`, 6, 'SHOWN-DOC', 'prerender'))).toBeNull();
    // Activation: Chrome commits the same document in frame 0; it starts the record, and only once.
    expect(p.committed(commit(`${SHOP}/activated.html`, 0, 'SHOWN-DOC', 'active'))).toBe(`${SHOP}/activated.html`);
    expect(p.shown(fb)).toBeNull();
    // Every id learnt for it went with it: the earlier document's id names nothing any more.
    expect(p.shown(req('image', `${SHOP}/x.gif`, 0, 'EARLIER-DOC', 'active'))).toBeNull();
  });

  it("names it at its first request if that comes before the activation's commit; without the commit, not at all", () => {
    const p = new PrerenderedDocuments();
    early.forEach((d) => p.shown(d));
    p.committed(commit(`${SHOP}/activated.html`, 6, 'SHOWN-DOC', 'prerender'));
    expect(p.shown(fb)).toBe(`${SHOP}/activated.html`);
    expect(p.committed(commit(`${SHOP}/activated.html`, 0, 'SHOWN-DOC', 'active'))).toBeNull();
    // The same requests without webNavigation: the pixel's id is not the shown page's, so nothing is named (the bug).
    const q = new PrerenderedDocuments();
    expect([...early, fb].map((d) => q.shown(d))).toEqual([null, null, null, null, null]);
  });

  it('a commit in another tab, of a sub frame, or a normal navigation in frame 0 names nothing', () => {
    const p = new PrerenderedDocuments();
    p.committed(commit(`${SHOP}/activated.html`, 6, 'D1', 'prerender'));
    expect(p.committed(commit(`${SHOP}/activated.html`, 0, 'D1', 'active', 8))).toBeNull();
    expect(p.committed({ ...commit(`${SHOP}/a.html`, 0, 'D1', 'active'), frameType: 'sub_frame' })).toBeNull();
    expect(p.committed(commit(`${SHOP}/other.html`, 0, 'D2', 'active'))).toBeNull();
    expect(p.committed(commit(`${SHOP}/activated.html`, 0, 'D1', 'active'))).toBe(`${SHOP}/activated.html`);
    p.committed(commit(`${SHOP}/activated.html`, 6, 'D3', 'prerender'));
    p.forgetTab(7);
    expect(p.committed(commit(`${SHOP}/activated.html`, 0, 'D3', 'active'))).toBeNull();
  });

  it('takes the URL after redirects, and keeps tabs apart; a closed tab is forgotten', () => {
    const p = new PrerenderedDocuments();
    p.shown(req('main_frame', `${SHOP}/r`, 6, undefined, 'prerender'));
    p.shown(req('main_frame', `${SHOP}/landing.html`, 6, undefined, 'prerender'));
    p.shown(req('script', `${SHOP}/a.js`, 6, 'D1', 'prerender'));
    p.shown(req('main_frame', `${SHOP}/other.html`, 6, undefined, 'prerender', 8));
    p.shown(req('script', `${SHOP}/b.js`, 6, 'D2', 'prerender', 8));
    expect(p.shown(req('image', `${SHOP}/x.gif`, 0, 'D1', 'active', 8))).toBeNull();
    expect(p.shown(req('image', `${SHOP}/x.gif`, 0, 'D1', 'active'))).toBe(`${SHOP}/landing.html`);
    p.forgetTab(8);
    expect(p.shown(req('image', `${SHOP}/y.gif`, 0, 'D2', 'active', 8))).toBeNull();
  });

  it('ignores a frame inside the prerender, and Firefox (no lifecycle)', () => {
    const p = new PrerenderedDocuments();
    p.shown(req('sub_frame', 'https://ads.example/f.html', 9, undefined, 'prerender'));
    p.shown({ ...req('image', 'https://ads.example/p.gif', 9, 'F1', 'prerender'), frameType: 'sub_frame' });
    expect(p.shown(req('image', 'https://ads.example/q.gif', 0, 'F1', 'active'))).toBeNull();
    const ff: LifecycleDetails = { tabId: 7, type: 'image', url: 'https://x.example/', frameId: 0 };
    expect(p.shown(ff)).toBeNull();
  });

  describe('across a worker stop (session storage)', () => {
    /** The worker's mirror (index.ts) over `area`. */
    const mirrored = (area: MirrorArea): SessionMirror => new SessionMirror(area, PRERENDER_KEY_PREFIX);
    /** A session area over a plain object, as storage.session holds it between two workers. */
    const sessionArea = (): MirrorArea & { all: Record<string, unknown> } => {
      const all: Record<string, unknown> = {};
      return {
        all,
        set: async (items) => void Object.assign(all, structuredClone(items)),
        remove: async (keys) => keys.forEach((k) => delete all[k]),
      };
    };

    it('a prerender learnt before the stop names the shown page after it; its key goes once shown', async () => {
      const area = sessionArea();
      const before = new PrerenderedDocuments(mirrored(area), () => 1000);
      early.forEach((d) => before.shown(d));
      before.committed(commit(`${SHOP}/activated.html`, 6, 'SHOWN-DOC', 'prerender'));
      await before.settled();
      expect(area.all).toEqual({
        [`${PRERENDER_KEY_PREFIX}EARLIER-DOC`]: [7, `${SHOP}/activated.html`, 1000],
        [`${PRERENDER_KEY_PREFIX}SHOWN-DOC`]: [7, `${SHOP}/activated.html`, 1000],
      });
      const after = new PrerenderedDocuments(mirrored(area));
      after.restore({ ...area.all });
      expect(after.committed(commit(`${SHOP}/activated.html`, 0, 'SHOWN-DOC', 'active'))).toBe(
        `${SHOP}/activated.html`,
      );
      expect(after.shown(fb)).toBeNull();
      await after.settled();
      expect(area.all).toEqual({});
      // Without the restore (the worker before this mirror) the shown page was not named.
      expect(
        new PrerenderedDocuments().committed(commit(`${SHOP}/activated.html`, 0, 'SHOWN-DOC', 'active')),
      ).toBeNull();
    });

    it("a closed tab's keys go; malformed entries are dropped, not trusted; oldest go first past the cap", async () => {
      const area = sessionArea();
      let now = 0;
      const p = new PrerenderedDocuments(mirrored(area), () => ++now);
      p.committed(commit(`${SHOP}/a.html`, 6, 'A', 'prerender', 7));
      p.committed(commit(`${SHOP}/b.html`, 6, 'B', 'prerender', 8));
      p.forgetTab(7);
      await p.settled();
      expect(Object.keys(area.all)).toEqual([`${PRERENDER_KEY_PREFIX}B`]);
      const stored = {
        ...area.all,
        [`${PRERENDER_KEY_PREFIX}BAD1`]: [-1, `${SHOP}/x.html`, 5],
        [`${PRERENDER_KEY_PREFIX}BAD2`]: { tabId: 8, url: `${SHOP}/x.html` },
        'ca1-form:8': 'not ours',
      };
      Object.assign(area.all, stored);
      const q = new PrerenderedDocuments(mirrored(area));
      q.restore(stored);
      await q.settled();
      expect(Object.keys(area.all).sort()).toEqual(['ca1-form:8', `${PRERENDER_KEY_PREFIX}B`]);
      expect(q.committed(commit(`${SHOP}/x.html`, 0, 'BAD1', 'active', 8))).toBeNull();
      expect(q.committed(commit(`${SHOP}/b.html`, 0, 'B', 'active', 8))).toBe(`${SHOP}/b.html`);
      // The cap: 200 kept, the oldest (by the time stored) removed from storage too.
      const r = new PrerenderedDocuments(mirrored(area), () => ++now);
      for (let i = 0; i < 201; i++) r.committed(commit(`${SHOP}/p${i}.html`, 6, `P${i}`, 'prerender', 9));
      await r.settled();
      const kept = Object.keys(area.all).filter((k) => k.startsWith(`${PRERENDER_KEY_PREFIX}P`));
      expect(kept).toHaveLength(200);
      expect(kept).not.toContain(`${PRERENDER_KEY_PREFIX}P0`);
    });
  });
});
