import { describe, expect, it } from 'vitest';

type Entries = Array<[string, string]>;
const entries = (...e: Entries): Entries => e;
import { MAX_NAME, MAX_RAW, MAX_URL, MAX_VALUE } from './contract.ts';
import {
  diffStorage, fromMainWorld, noteStorageWrite, parseCookieString, validatePageEvent, type StoredValue,
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
    ['resource seen by Resource Timing, fragment dropped (the browser sends none)',
      { k: 'pres', t: 4, url: 'https://api.example/a?b=1#frag', initiator: 'fetch' },
      { k: 'pres', t: 4, url: 'https://api.example/a?b=1', initiator: 'fetch', frameUrl: FRAME }],
    ['resource with an odd initiator type',
      { k: 'pres', t: 4, url: 'https://api.example/', initiator: 'no such <type>' },
      { k: 'pres', t: 4, url: 'https://api.example/', initiator: 'other', frameUrl: FRAME }],
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
    ['resource of a data: URL (webRequest never sees one)', { k: 'pres', t: 1, url: 'data:image/gif;base64,R0lGOD', initiator: 'img' }],
    ['resource without initiator', { k: 'pres', t: 1, url: 'https://api.example/' }],
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

describe('validatePageEvent: consent signals', () => {
  const TC = 'CQA1bcAQA1bcAAGABCENBKFgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA';
  const GPP = 'DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA';
  const valid: Array<[string, unknown, unknown]> = [
    ['TCF listener event with all fields',
      { k: 'ptcf', t: 5, tcString: TC, eventStatus: 'useractioncomplete', cmpId: 28, cmpVersion: 7, gdprApplies: true },
      { k: 'ptcf', t: 5, tcString: TC, eventStatus: 'useractioncomplete', cmpId: 28, cmpVersion: 7, gdprApplies: true, frameUrl: FRAME }],
    ['TCF getTCData, GDPR not applying: empty TC string, optional fields of the wrong type and extra fields dropped',
      { k: 'ptcf', t: 5, tcString: '', eventStatus: 'getTCData', cmpId: '28', cmpVersion: 1.5, gdprApplies: 'false', purpose: { consents: {} }, frameUrl: 'https://spoof.example/' },
      { k: 'ptcf', t: 5, tcString: '', eventStatus: 'getTCData', frameUrl: FRAME }],
    ['consent mode default: values rebuilt, other types and oversize keys dropped, strings capped',
      { k: 'pgcm', t: 6, args: ['consent', 'default', { ad_storage: 'denied', wait_for_update: 500, region: ['DE', 1, { x: 1 }], nested: { a: 1 }, flag: true, ['k'.repeat(65)]: 'x', long: 'v'.repeat(300) }], extra: 1 },
      { k: 'pgcm', t: 6, args: ['consent', 'default', { ad_storage: 'denied', wait_for_update: 500, region: ['DE', 1], long: 'v'.repeat(256) }], frameUrl: FRAME }],
    ['consent mode update with an empty object',
      { k: 'pgcm', t: 6, args: ['consent', 'update', {}] },
      { k: 'pgcm', t: 6, args: ['consent', 'update', {}], frameUrl: FRAME }],
    ['GPP: sections filtered to integers',
      { k: 'pgpp', t: 7, gppString: GPP, sections: [7, '8', 2.5, -1, -2, 99_999], x: 1 },
      { k: 'pgpp', t: 7, gppString: GPP, sections: [7, -1], frameUrl: FRAME }],
    ['CMP globals: only known names, once each',
      { k: 'pcmp', t: 8, globals: ['OneTrust', 'evilName', 'OneTrust', 3, 'Cookiebot'] },
      { k: 'pcmp', t: 8, globals: ['OneTrust', 'Cookiebot'], frameUrl: FRAME }],
    ['CMP globals: an empty list (they went away)',
      { k: 'pcmp', t: 8, globals: [] },
      { k: 'pcmp', t: 8, globals: [], frameUrl: FRAME }],
  ];
  it.each(valid)('%s', (_name, raw, expected) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toEqual(expected);
  });

  const invalid: Array<[string, unknown]> = [
    ['TC string not a string', { k: 'ptcf', t: 1, tcString: 42, eventStatus: 'tcloaded' }],
    ['TC string oversize', { k: 'ptcf', t: 1, tcString: 'A'.repeat(16 * 1024 + 1), eventStatus: 'tcloaded' }],
    ['TC string with markup', { k: 'ptcf', t: 1, tcString: '<img src=x>', eventStatus: 'tcloaded' }],
    ['unknown TCF status', { k: 'ptcf', t: 1, tcString: TC, eventStatus: 'consented' }],
    ['missing TCF status', { k: 'ptcf', t: 1, tcString: TC }],
    ['consent mode: not consent', { k: 'pgcm', t: 1, args: ['config', 'G-1', {}] }],
    ['consent mode: unknown action', { k: 'pgcm', t: 1, args: ['consent', 'get', {}] }],
    ['consent mode: params not an object', { k: 'pgcm', t: 1, args: ['consent', 'default', 'denied'] }],
    ['consent mode: params an array', { k: 'pgcm', t: 1, args: ['consent', 'default', ['denied']] }],
    ['consent mode: extra argument', { k: 'pgcm', t: 1, args: ['consent', 'default', {}, 'x'] }],
    ['consent mode: args not an array', { k: 'pgcm', t: 1, args: '["consent","default",{}]' }],
    ['consent mode: oversize after rebuilding', { k: 'pgcm', t: 1, args: ['consent', 'default', Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'.repeat(250)]))] }],
    ['GPP string not a string', { k: 'pgpp', t: 1, gppString: null, sections: [] }],
    ['GPP string oversize', { k: 'pgpp', t: 1, gppString: 'A'.repeat(16 * 1024 + 1), sections: [] }],
    ['GPP string with spaces', { k: 'pgpp', t: 1, gppString: 'DBA BMA', sections: [] }],
    ['GPP sections not an array', { k: 'pgpp', t: 1, gppString: GPP, sections: '7' }],
    ['CMP globals not an array', { k: 'pcmp', t: 1, globals: 'OneTrust' }],
    ['consent event without time', { k: 'pcmp', globals: [] }],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toBeNull();
  });

  it('a parameter named __proto__ cannot change the prototype of the rebuilt object', () => {
    const ev = validatePageEvent({ k: 'pgcm', t: 1, args: JSON.parse('["consent","default",{"__proto__":"x","ad_storage":"denied"}]') }, FRAME, NOW);
    const params = ev && ev.k === 'pgcm' ? ev.args[2] : null;
    expect(params).toEqual({ ad_storage: 'denied' });
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });
});

describe('fromMainWorld: consent signals', () => {
  it('parses the lists that cross the bridge as text', () => {
    expect(fromMainWorld({ k: 'pgcm', t: 1, args: '["consent","update",{"ad_storage":"granted"}]', stack: 'x' }, [], 'o'))
      .toEqual({ k: 'pgcm', t: 1, args: ['consent', 'update', { ad_storage: 'granted' }] });
    expect(fromMainWorld({ k: 'pgpp', t: 1, gppString: 'DBABMA', sections: '[7,-1]' }, [], 'o')).toEqual({ k: 'pgpp', t: 1, gppString: 'DBABMA', sections: [7, -1] });
    expect(fromMainWorld({ k: 'pcmp', t: 1, globals: 'OneTrust,Cookiebot' }, [], 'o')).toEqual({ k: 'pcmp', t: 1, globals: ['OneTrust', 'Cookiebot'] });
    expect(fromMainWorld({ k: 'pcmp', t: 1, globals: '' }, [], 'o')).toEqual({ k: 'pcmp', t: 1, globals: [] });
    expect(fromMainWorld({ k: 'ptcf', t: 1, tcString: 'A', eventStatus: 'tcloaded', cmpId: 1, cmpVersion: 2, gdprApplies: false, junk: 1 }, [], 'o'))
      .toEqual({ k: 'ptcf', t: 1, tcString: 'A', eventStatus: 'tcloaded', cmpId: 1, cmpVersion: 2, gdprApplies: false });
  });

  it('broken or oversize text becomes an event the validator rejects', () => {
    for (const raw of [
      { k: 'pgcm', t: 1, args: '["consent",' }, { k: 'pgcm', t: 1, args: `["consent","default",{"a":"${'x'.repeat(9000)}"}]` },
      { k: 'pgpp', t: 1, gppString: 'A', sections: 'nope' }, { k: 'pcmp', t: 1, globals: 42 },
    ]) {
      expect(validatePageEvent(fromMainWorld(raw, [], 'o'), FRAME, NOW)).toBeNull();
    }
  });
});
