// Issue 8, "nothing forged": a page that replaces the hooked APIs and fakes the bridge cannot hide its real
// cookies, storage and requests, and its forgeries do not appear as browser evidence.
import { describe, expect, it } from 'vitest';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

describe('hostile page', () => {
  it('still shows every real cookie, storage write and request', async () => {
    const { tabId } = await openTab(h, `${SHOP}/hostile.html`);
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        rec.cookies.some((c) => c.name === 'adnet_uid') &&
        rec.storage.some((s) => s.key === 'hostile_direct') &&
        rec.cookies.some((c) => c.name === 'hostile_script_cookie'),
    );
    const cookie = r.cookies.find((c) => c.name === 'hostile_script_cookie');
    expect(cookie).toMatchObject({ party: 'first' });
    expect(cookie!.confirmedBy).toContain('browser');
    expect(r.cookies.find((c) => c.name === 'adnet_uid')).toMatchObject({ setBy: 'http', party: 'third' });
    expect(r.storage.map((s) => s.key)).toEqual(expect.arrayContaining(['hostile_direct', 'hostile_setitem']));
    const urls = r.requests.map((q) => q.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SHOP}/hostile.html`,
        `${SHOP}/api/hostile`,
        'https://tracker.adnet.test/pixel.gif?uid=hostile',
      ]),
    );
    // Forgeries: nothing named by the fake bridge messages, and the garbage TCF answer is not taken as a consent string.
    expect(r.cookies.map((c) => c.name)).not.toContain('forged_cookie');
    expect(r.consent.tcf.every((x) => typeof x.tcString === 'string')).toBe(true);
    // A faked Error must not attribute the write to an innocent script.
    expect(r.cookies.map((c) => c.script ?? '')).not.toContain('https://innocent.example/ok.js');
  });
});
