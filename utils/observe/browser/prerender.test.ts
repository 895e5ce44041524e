import { describe, expect, it } from 'vitest';
import { PrerenderedDocuments, type LifecycleDetails } from './prerender.ts';

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
});
