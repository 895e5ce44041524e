// The worker's lazily loaded form-test engine (Chrome) is the engine the bundled build runs: nothing is loaded until a
// test starts, then the canaries, the scan of the tab's requests and its listeners are the engine's own.
import { describe, expect, it } from 'vitest';
import { standInScript } from '../support/lazy-script.ts';
import * as engine from '../../entrypoints/background/form-test-engine.ts';
import { canariesFor, watchTab, type FormTestApi } from '../../entrypoints/background/form-test-engine-lazy.ts';
import type { AuditEvent } from '../../utils/observe/events.ts';

// Chrome's worker imports /form-test-engine.js (entrypoints/form-test-engine.ts), which defines the global; here the
// same effect.
const importScripts = standInScript('/form-test-engine.js', 'consentAuditorFormTest', engine);

/** A webRequest whose listeners the test calls itself. */
function fakeApi() {
  const listeners = { body: new Set<(d: unknown) => void>(), headers: new Set<(d: unknown) => void>() };
  const event = (set: Set<(d: unknown) => void>) => ({
    addListener: (f: (d: unknown) => void) => set.add(f),
    removeListener: (f: (d: unknown) => void) => set.delete(f),
  });
  const api = {
    webRequest: { onBeforeRequest: event(listeners.body), onBeforeSendHeaders: event(listeners.headers) },
    scripting: {},
  } as unknown as FormTestApi;
  return { api, listeners };
}

describe('form-test-engine-lazy', () => {
  it('loads nothing until a test starts', () => {
    expect(importScripts).not.toHaveBeenCalled();
  });

  it("scans the tab's requests for the canaries as the engine does, and stops its listeners", async () => {
    const canaries = canariesFor('shop.test');
    expect(canaries.email).toMatch(/^ca-[a-z]{10}@shop\.test$/);
    const { api, listeners } = fakeApi();
    const pushed: AuditEvent[] = [];
    const t = 1_000;
    const watching = await watchTab(api, 7, canaries, t, (events) => pushed.push(...events));
    expect(listeners.body.size).toBe(1);
    expect(listeners.headers.size).toBe(1);
    const url = `https://tracker.adnet.test/p?em=${encodeURIComponent(canaries.email)}`;
    for (const f of listeners.body)
      f({ requestId: '1', url, method: 'GET', type: 'image', timeStamp: t + 5, requestBody: null });
    expect(pushed).toEqual([expect.objectContaining({ k: 'form-leak', field: 'email', where: 'url' })]);
    // The tab's own navigation is not a copy made while typing.
    for (const f of listeners.body)
      f({ requestId: '2', url, method: 'GET', type: 'main_frame', timeStamp: t + 6, requestBody: null });
    expect(pushed).toHaveLength(1);
    watching.stop();
    expect(listeners.body.size + listeners.headers.size).toBe(0);
    // Imported once, on first use, and kept.
    expect(importScripts.mock.calls).toEqual([['/form-test-engine.js']]);
  });
});
