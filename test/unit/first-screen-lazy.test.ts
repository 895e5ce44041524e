// The worker's lazily loaded first screen (Chrome) is the one the bundled build makes: nothing is loaded until a popup's
// first connect asks for a screen, then the push is first-screen.ts's own, and the cache keeps working as it does.
import { describe, expect, it } from 'vitest';
import { standInScript } from '../support/lazy-script.ts';
import * as screen from '../../entrypoints/background/first-screen-cache.ts';
import { FirstScreenCache } from '../../entrypoints/background/first-screen-lazy.ts';
import { firstScreenPush } from '../../utils/view/first-screen.ts';
import { fromBeforeRequest } from '../../utils/observe/browser/adapter.ts';
import { RecordBuilder } from '../../utils/record/record.ts';
import { navigation } from '../support/raw-events.ts';

// Chrome's worker imports /first-screen.js (entrypoints/first-screen.ts), which defines the global; here the same effect.
const importScripts = standInScript('/first-screen.js', 'consentAuditorFirstScreen', screen);

describe('first-screen-lazy', () => {
  it('loads nothing until the first push', () => {
    new FirstScreenCache();
    expect(importScripts).not.toHaveBeenCalled();
  });

  it("pushes first-screen.ts's screen, the same one while the record is unchanged, and imports the script once", () => {
    const cache = new FirstScreenCache();
    const b = new RecordBuilder(7);
    expect(cache.push(b)).toBeNull();
    expect(importScripts.mock.calls).toEqual([['/first-screen.js']]);
    for (const ev of navigation('https://www.shop.test/', 7, 1000)) b.apply(ev);
    for (const ev of fromBeforeRequest({
      requestId: 'r1',
      url: 'https://t.adnet.test/p.gif',
      type: 'image',
      tabId: 7,
      frameId: 0,
      timeStamp: 1010,
    }))
      b.apply(ev);
    const push = cache.push(b);
    const record = b.record;
    if (!record) throw new Error('the builder has a record');
    expect(push).toEqual(firstScreenPush(record));
    expect(push?.screen.view.counts.requests).toBe(2);
    expect(cache.push(b)).toBe(push);
    expect(new FirstScreenCache().push(b)).toEqual(push);
    expect(importScripts.mock.calls).toEqual([['/first-screen.js']]);
  });
});
