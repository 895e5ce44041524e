// Issue 15.8, the in-page half: a page that looks for the extension's hooks (toString, name and length of the hooked
// functions and of toString itself, an accessor on dataLayer) finds nothing, so it loads its tracker and the record has it.
import { describe, expect, it } from 'vitest';
import { DETECT_HOOKS_CALLED as CALLED } from '../support/detect-hooks.ts';
import { openHostile, settledRecord, useHarness } from './helpers.ts';

const h = useHarness();

describe('hostile page: looks for our page hooks and cloaks', () => {
  it('detects none of them, so its tracker loads and is recorded', async () => {
    const { page, tabId } = await openHostile(h, 'detect-hooks.html', { timeoutMs: 20_000 });
    const found = await page.evaluate(() => document.body.dataset.found);
    // The assertion message names each check that gave us away.
    expect(found).toBe('nothing');
    const r = await settledRecord(h, tabId, (rec) => rec.requests.some((q) => q.url.includes('tid=G-HOOKS')));
    expect(
      r.requests.some((q) => q.url.includes('tid=G-HOOKS')),
      JSON.stringify(r.requests.map((q) => q.url)),
    ).toBe(true);
    expect(r.requests.some((q) => q.url.includes('/hostile/hooks-detected.gif'))).toBe(false);
    // Page functions the probes call (__tcfapi, __gpp, a dataLayer push we wrap) and getters of the objects they hand
    // us run from a clean stack: none of them sees our extension frames (reported apart by the fixture).
    const stackFound = await page.evaluate(() => document.body.dataset.stackFound);
    expect(stackFound).toBe('nothing');
    // They were called (else "nothing" proves nothing): by the probes, and the entry getter by the page's push too.
    const called = await page.evaluate(() => document.body.dataset.called);
    expect(called?.split(',')).toEqual(CALLED);
    expect(r.requests.some((q) => q.url.includes('/hostile/hooks-stack.gif'))).toBe(false);
    await page.close();
  });
});
