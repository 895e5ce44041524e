// Issue 15.8 in Firefox, the stack half of test/e2e/hostile-hooks.test.ts with the Firefox build: no page function or
// getter the probes call sees a moz-extension:// frame below it. (The page's toString checks expect V8's "set cookie"
// names for native accessors, which Firefox prints without the prefix: that part is Chromium's test only.)
import { describe, expect, it } from 'vitest';
import { SHOP } from '../e2e/helpers.ts';
import { DETECT_HOOKS_CALLED } from '../support/detect-hooks.ts';
import { openTab, settledRecord, useFirefox } from './helpers.ts';

const h = useFirefox();

describe('Firefox: a hostile page that looks for our frames in its stack (15.8)', () => {
  it('the probes call every page function and getter there, and none of them sees our frames', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/hostile/detect-hooks.html`);
    await page.waitForFunction(() => document.body.dataset.done === '1', { timeout: 20_000 });
    const seen = await page.evaluate(() => ({ ...document.body.dataset }));
    expect(seen.stackFound).toBe('nothing');
    // They were called (else "nothing" proves nothing).
    expect(seen.called?.split(',')).toEqual(DETECT_HOOKS_CALLED);
    const r = await settledRecord(h, tabId, (rec) => rec.requests.some((q) => q.url.includes('/hostile/hooks-')));
    expect(r.requests.some((q) => q.url.includes('/hostile/hooks-stack.gif'))).toBe(false);
    await page.close();
  });
});
