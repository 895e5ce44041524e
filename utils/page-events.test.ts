import { describe, expect, it } from 'vitest';

type Entries = Array<[string, string]>;
const entries = (...e: Entries): Entries => e;
import {
  diffStorage, fromMainWorld, MAX_NAME, MAX_RAW, MAX_URL, MAX_VALUE, noteStorageWrite, parseCookieString, validatePageEvent,
  type StoredValue,
} from './page-events.ts';

const FRAME = 'https://www.shop.example/page';
const NOW = 1_700_000_000_000;

describe('validatePageEvent', () => {
  const valid: Array<[string, unknown, unknown]> = [
    ['document.cookie write',
      { k: 'pcookie', t: NOW - 5, api: 'document.cookie', name: '_ga', value: 'GA1.1.1', raw: '_ga=GA1.1.1; path=/', script: 'https://www.googletagmanager.com/gtag/js?id=G-1' },
      { k: 'pcookie', t: NOW - 5, api: 'document.cookie', name: '_ga', value: 'GA1.1.1', raw: '_ga=GA1.1.1; path=/', frameUrl: FRAME, script: 'https://www.googletagmanager.com/gtag/js?id=G-1' }],
    ['cookieStore write without script',
      { k: 'pcookie', t: 1, api: 'cookieStore', name: 'a', value: 'b', raw: '' },
      { k: 'pcookie', t: 1, api: 'cookieStore', name: 'a', value: 'b', raw: '', frameUrl: FRAME }],
    ['localStorage write: origin from the frame URL, not from the event',
      { k: 'pstorage', t: 2, api: 'localStorage', origin: 'https://evil.example', key: 'k', value: 'v', valueLength: 1, script: 'blob:https://www.shop.example/uuid' },
      { k: 'pstorage', t: 2, api: 'localStorage', origin: 'https://www.shop.example', key: 'k', value: 'v', valueLength: 1, frameUrl: FRAME, script: 'blob:https://www.shop.example/uuid' }],
    ['indexedDB open, data: script',
      { k: 'pstorage', t: 2, api: 'indexedDB', key: 'firebase-heartbeat-database', value: '', valueLength: 0, script: 'data:text/javascript,1' },
      { k: 'pstorage', t: 2, api: 'indexedDB', origin: 'https://www.shop.example', key: 'firebase-heartbeat-database', value: '', valueLength: 0, frameUrl: FRAME, script: 'data:text/javascript,1' }],
    ['beacon',
      { k: 'pbeacon', t: 3, url: 'https://collect.tracker.example/b?x=1', bytes: 120 },
      { k: 'pbeacon', t: 3, url: 'https://collect.tracker.example/b?x=1', bytes: 120, frameUrl: FRAME }],
    ['beacon with unknown size',
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: 'lots' },
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: -1, frameUrl: FRAME }],
    ['a time in the future is clamped to now',
      { k: 'pbeacon', t: NOW + 10_000_000, url: 'https://c.example/', bytes: 0 },
      { k: 'pbeacon', t: NOW, url: 'https://c.example/', bytes: 0, frameUrl: FRAME }],
    ['a script of another scheme is dropped, the event kept',
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: 0, script: 'chrome-extension://abc/x.js' },
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: FRAME }],
    ['a frameUrl in the event is ignored',
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: 'https://spoof.example/' },
      { k: 'pbeacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: FRAME }],
  ];
  it.each(valid)('%s', (_name, raw, expected) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toEqual(expected);
  });

  const invalid: Array<[string, unknown]> = [
    ['null', null],
    ['string', '{"k":"pbeacon"}'],
    ['array', [1, 2]],
    ['unknown kind', { k: 'req', t: 1, url: 'https://a.example/' }],
    ['browser cookie kind', { k: 'cookie', t: 1, name: 'a', value: 'b' }],
    ['missing time', { k: 'pbeacon', url: 'https://a.example/', bytes: 1 }],
    ['NaN time', { k: 'pbeacon', t: Number.NaN, url: 'https://a.example/', bytes: 1 }],
    ['negative time', { k: 'pbeacon', t: -1, url: 'https://a.example/', bytes: 1 }],
    ['string time', { k: 'pbeacon', t: '1', url: 'https://a.example/', bytes: 1 }],
    ['unknown cookie api', { k: 'pcookie', t: 1, api: 'http', name: 'a', value: 'b', raw: 'a=b' }],
    ['cookie name not a string', { k: 'pcookie', t: 1, api: 'document.cookie', name: 1, value: 'b', raw: 'a=b' }],
    ['cookie without raw', { k: 'pcookie', t: 1, api: 'document.cookie', name: 'a', value: 'b' }],
    ['unknown storage api', { k: 'pstorage', t: 1, api: 'webSQL', key: 'a', value: 'b', valueLength: 1 }],
    ['storage value not a string', { k: 'pstorage', t: 1, api: 'localStorage', key: 'a', value: { x: 1 }, valueLength: 1 }],
    ['beacon to javascript:', { k: 'pbeacon', t: 1, url: 'javascript:alert(1)', bytes: 1 }],
    ['beacon to a relative URL', { k: 'pbeacon', t: 1, url: '/collect', bytes: 1 }],
    ['script of the wrong type', { k: 'pbeacon', t: 1, url: 'https://a.example/', bytes: 1, script: 42 }],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toBeNull();
  });

  it('caps names, values, raw strings and URLs and keeps the real value length', () => {
    const big = 'x'.repeat(100_000);
    const c = validatePageEvent({ k: 'pcookie', t: 1, api: 'document.cookie', name: big, value: big, raw: big }, FRAME, NOW);
    expect(c && c.k === 'pcookie' ? [c.name.length, c.value.length, c.raw.length] : null).toEqual([MAX_NAME, MAX_VALUE, MAX_RAW]);
    const s = validatePageEvent({ k: 'pstorage', t: 1, api: 'sessionStorage', key: big, value: big, valueLength: big.length }, FRAME, NOW);
    expect(s && s.k === 'pstorage' ? [s.key.length, s.value.length, s.valueLength] : null).toEqual([MAX_NAME, MAX_VALUE, 100_000]);
    const b = validatePageEvent({ k: 'pbeacon', t: 1, url: `https://a.example/?q=${big}`, bytes: 1 }, FRAME, NOW);
    expect(b && b.k === 'pbeacon' ? b.url.length : null).toBe(MAX_URL);
  });

  it('never trusts a valueLength shorter than the value itself', () => {
    const s = validatePageEvent({ k: 'pstorage', t: 1, api: 'localStorage', key: 'k', value: 'abcdef', valueLength: 2 }, FRAME, NOW);
    expect(s && s.k === 'pstorage' ? s.valueLength : null).toBe(6);
  });

  it('takes the reported origin only when the frame URL has none (about:blank)', () => {
    const ev = { k: 'pstorage', t: 1, api: 'localStorage', origin: 'https://www.shop.example', key: 'k', value: 'v', valueLength: 1 };
    const s = validatePageEvent(ev, 'about:blank', NOW);
    expect(s && s.k === 'pstorage' ? s.origin : null).toBe('https://www.shop.example');
    const bad = validatePageEvent({ ...ev, origin: 'https://www.shop.example/path' }, 'about:blank', NOW);
    expect(bad && bad.k === 'pstorage' ? bad.origin : null).toBe('null');
  });

  it('survives hostile objects', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
    expect(validatePageEvent(trap, FRAME, NOW)).toBeNull();
    const getter = { k: 'pbeacon', t: 1, get url(): string { throw new Error('boom'); } };
    expect(validatePageEvent(getter, FRAME, NOW)).toBeNull();
    expect(validatePageEvent({ k: 'pbeacon', t: 1, url: 'https://a.example/', bytes: 1 }, 42 as unknown as string, NOW))
      .toEqual({ k: 'pbeacon', t: 1, url: 'https://a.example/', bytes: 1, frameUrl: '' });
  });
});

describe('parseCookieString', () => {
  it.each([
    ['a=b', 'a', 'b'],
    [' _ga = GA1.2.3 ; path=/; max-age=3600', '_ga', 'GA1.2.3'],
    ['token=a=b=c; Secure', 'token', 'a=b=c'],
    ['lonely', '', 'lonely'],
    ['=v', '', 'v'],
    ['', '', ''],
    [';a=b', '', ''],
  ])('%j', (raw, name, value) => {
    expect(parseCookieString(raw)).toEqual({ name, value });
  });
});

describe('fromMainWorld', () => {
  const SELF = 'chrome-extension://abc/';
  const stack = `Error\n    at h (${SELF}content-scripts/main-world.js:1:1)\n    at t (https://cdn.tracker.example/t.js:1:2)`;

  it('turns the stack into the script and the cookie string into name and value', () => {
    const raw = { k: 'pcookie', t: 1, api: 'document.cookie', raw: '_fbp=fb.1.2; path=/', stack, name: 'spoof', junk: 1 };
    expect(fromMainWorld(raw, [SELF], 'https://www.shop.example')).toEqual({
      k: 'pcookie', t: 1, api: 'document.cookie', raw: '_fbp=fb.1.2; path=/', name: '_fbp', value: 'fb.1.2', script: 'https://cdn.tracker.example/t.js',
    });
  });

  it('sets the storage origin from the isolated world and passes non-objects through', () => {
    const out = fromMainWorld({ k: 'pstorage', t: 1, api: 'localStorage', key: 'k', value: 'v', valueLength: 1, origin: 'x' }, [], 'https://a.example');
    expect(out).toEqual({ k: 'pstorage', t: 1, api: 'localStorage', key: 'k', value: 'v', valueLength: 1, origin: 'https://a.example' });
    expect(fromMainWorld('x', [], 'o')).toBe('x');
    expect(validatePageEvent(fromMainWorld(null, [], 'o'), FRAME, NOW)).toBeNull();
  });

  it('an unresolvable stack means no script', () => {
    const out = fromMainWorld({ k: 'pbeacon', t: 1, url: 'https://a.example/', bytes: 1, stack: 'garbage' }, [], 'o');
    expect(out).toEqual({ k: 'pbeacon', t: 1, url: 'https://a.example/', bytes: 1 });
  });
});

describe('diffStorage', () => {
  it('reports keys that appear or change, once, and not the ones a hooked write announced', () => {
    const known = new Map<string, StoredValue>();
    expect(diffStorage(known, entries(['a', '1'], ['b', '2']))).toEqual([
      { key: 'a', value: '1', valueLength: 1 }, { key: 'b', value: '2', valueLength: 1 },
    ]);
    expect(diffStorage(known, entries(['a', '1'], ['b', '2']))).toEqual([]);
    noteStorageWrite(known, 'c', '3', 1);
    expect(diffStorage(known, entries(['a', '1'], ['b', '22'], ['c', '3']))).toEqual([{ key: 'b', value: '22', valueLength: 2 }]);
  });

  it('a removed key that comes back is reported again', () => {
    const known = new Map<string, StoredValue>();
    diffStorage(known, entries(['a', '1']));
    expect(diffStorage(known, entries())).toEqual([]);
    expect(diffStorage(known, entries(['a', '1']))).toEqual([{ key: 'a', value: '1', valueLength: 1 }]);
  });

  it('compares long values by length and capped head, like the hooked events', () => {
    const known = new Map<string, StoredValue>();
    const long = 'y'.repeat(MAX_VALUE + 10);
    noteStorageWrite(known, 'k'.repeat(MAX_NAME + 5), long.slice(0, MAX_VALUE), long.length);
    expect(diffStorage(known, entries(['k'.repeat(MAX_NAME + 5), long]))).toEqual([]);
    const changed = diffStorage(known, entries(['k'.repeat(MAX_NAME + 5), long + 'z']));
    expect(changed.map((c) => [c.key.length, c.value.length, c.valueLength])).toEqual([[MAX_NAME, MAX_VALUE, MAX_VALUE + 11]]);
  });

  it('skips entries of the wrong type', () => {
    const known = new Map<string, StoredValue>();
    expect(diffStorage(known, [[1, 'a'], ['b', null]] as unknown as Array<[string, string]>)).toEqual([]);
  });
});
