import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BackgroundTimeoutError, pickTab, sendToBackground } from './extension.ts';

describe('pickTab', () => {
  const tabs = [
    { id: 3, url: 'https://a.test/', pendingUrl: '' },
    { id: 7, url: 'https://a.test/#x', pendingUrl: '' },
    { id: 5, url: 'about:blank', pendingUrl: 'https://b.test/page' },
    { id: -1, url: 'https://c.test/', pendingUrl: '' },
  ];

  it('an exact URL wins over one that differs in the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/')).toBe(3);
  });
  it('else the newest tab equal without the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/#other')).toBe(7);
  });
  it('a tab still loading is found by its pending URL', () => {
    expect(pickTab(tabs, 'https://b.test/page')).toBe(5);
  });
  it('no tab, or only tabs without an id: null', () => {
    expect(pickTab(tabs, 'https://d.test/')).toBeNull();
    expect(pickTab(tabs, 'https://c.test/')).toBeNull();
  });
});

describe('sendToBackground', () => {
  /** A context whose extension page answers with `evaluate` (the stand-in for runtime.sendMessage). */
  function contextAnswering(evaluate: () => Promise<unknown>): BrowserContext {
    const page = { goto: async () => null, isClosed: () => false, evaluate };
    return { newPage: async () => page } as unknown as BrowserContext;
  }

  it('a background that never answers: a clear error naming the message, after the timeout', async () => {
    const stalled = contextAnswering(() => new Promise(() => {}));
    const err = await sendToBackground(stalled, 'x', { type: 'get-record', tabId: 3 }, 50).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BackgroundTimeoutError);
    expect((err as Error).message).toBe(
      "the extension's background did not answer 'get-record' within 50 ms: not audited",
    );
  });
  it('an answer in time is returned as it is', async () => {
    const ok = contextAnswering(async () => ({ ready: true }));
    expect(await sendToBackground(ok, 'x', { type: 'ping' }, 1_000)).toEqual({ ready: true });
  });
  it('a failure of the page is passed on, not turned into a timeout', async () => {
    const broken = contextAnswering(async () => {
      throw new Error('Target closed');
    });
    await expect(sendToBackground(broken, 'x', { type: 'ping' }, 1_000)).rejects.toThrow('Target closed');
  });
});
