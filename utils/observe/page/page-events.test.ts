import { describe, expect, it } from 'vitest';

type Entries = Array<[string, string]>;
const entries = (...e: Entries): Entries => e;
import { MAX_NAME, MAX_RAW, MAX_URL, MAX_VALUE } from './contract.ts';
import { fromMainWorld, parseCookieString } from './from-main-world.ts';
import { validatePageEvent } from './page-events.ts';
import { diffStorage, noteStorageWrite, type StoredValue } from './storage-diff.ts';

const FRAME = 'https://www.shop.example/page';
const NOW = 1_700_000_000_000;

describe('validatePageEvent', () => {
  const valid: Array<[string, unknown, unknown]> = [
    [
      'document.cookie write',
      {
        k: 'page-cookie',
        t: NOW - 5,
        api: 'document.cookie',
        name: '_ga',
        value: 'GA1.1.1',
        raw: '_ga=GA1.1.1; path=/',
        script: 'https://www.googletagmanager.com/gtag/js?id=G-1',
      },
      {
        k: 'page-cookie',
        t: NOW - 5,
        api: 'document.cookie',
        name: '_ga',
        value: 'GA1.1.1',
        raw: '_ga=GA1.1.1; path=/',
        frameUrl: FRAME,
        script: 'https://www.googletagmanager.com/gtag/js?id=G-1',
      },
    ],
    [
      'cookieStore write without script',
      { k: 'page-cookie', t: 1, api: 'cookieStore', name: 'a', value: 'b', raw: '' },
      { k: 'page-cookie', t: 1, api: 'cookieStore', name: 'a', value: 'b', raw: '', frameUrl: FRAME },
    ],
    [
      'localStorage write: origin from the frame URL, not from the event',
      {
        k: 'page-storage',
        t: 2,
        api: 'localStorage',
        origin: 'https://evil.example',
        key: 'k',
        value: 'v',
        valueLength: 1,
        script: 'blob:https://www.shop.example/uuid',
      },
      {
        k: 'page-storage',
        t: 2,
        api: 'localStorage',
        origin: 'https://www.shop.example',
        key: 'k',
        value: 'v',
        valueLength: 1,
        frameUrl: FRAME,
        script: 'blob:https://www.shop.example/uuid',
      },
    ],
    [
      'indexedDB open, data: script',
      {
        k: 'page-storage',
        t: 2,
        api: 'indexedDB',
        key: 'firebase-heartbeat-database',
        value: '',
        valueLength: 0,
        script: 'data:text/javascript,1',
      },
      {
        k: 'page-storage',
        t: 2,
        api: 'indexedDB',
        origin: 'https://www.shop.example',
        key: 'firebase-heartbeat-database',
        value: '',
        valueLength: 0,
        frameUrl: FRAME,
        script: 'data:text/javascript,1',
      },
    ],
    [
      'beacon',
      { k: 'page-beacon', t: 3, url: 'https://collect.tracker.example/b?x=1', bytes: 120 },
      { k: 'page-beacon', t: 3, url: 'https://collect.tracker.example/b?x=1', bytes: 120, frameUrl: FRAME },
    ],
    [
      'beacon with unknown size',
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 'lots' },
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: -1, frameUrl: FRAME },
    ],
    [
      'a time in the future is clamped to now',
      { k: 'page-beacon', t: NOW + 10_000_000, url: 'https://c.example/', bytes: 0 },
      { k: 'page-beacon', t: NOW, url: 'https://c.example/', bytes: 0, frameUrl: FRAME },
    ],
    [
      'a script of another scheme is dropped, the event kept',
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 0, script: 'chrome-extension://abc/x.js' },
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: FRAME },
    ],
    [
      'resource seen by Resource Timing, fragment dropped (the browser sends none)',
      { k: 'page-resource', t: 4, url: 'https://api.example/a?b=1#frag', initiator: 'fetch' },
      { k: 'page-resource', t: 4, url: 'https://api.example/a?b=1', initiator: 'fetch', frameUrl: FRAME },
    ],
    [
      'resource with an odd initiator type',
      { k: 'page-resource', t: 4, url: 'https://api.example/', initiator: 'no such <type>' },
      { k: 'page-resource', t: 4, url: 'https://api.example/', initiator: 'other', frameUrl: FRAME },
    ],
    [
      'resource Resource Timing saw with no time and no response, and a CSP block (the isolated world’s fields)',
      { k: 'page-resource', t: 4, url: 'https://api.example/', initiator: 'other', empty: true, csp: 'img-src' },
      {
        k: 'page-resource',
        t: 4,
        url: 'https://api.example/',
        initiator: 'other',
        frameUrl: FRAME,
        empty: true,
        csp: 'img-src',
      },
    ],
    [
      'resource with an odd CSP directive or empty flag: dropped, the event kept',
      { k: 'page-resource', t: 4, url: 'https://api.example/', initiator: 'img', empty: 1, csp: 'img-src <x>' },
      { k: 'page-resource', t: 4, url: 'https://api.example/', initiator: 'img', frameUrl: FRAME },
    ],
    [
      'a frameUrl in the event is ignored',
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: 'https://spoof.example/' },
      { k: 'page-beacon', t: 3, url: 'https://c.example/', bytes: 0, frameUrl: FRAME },
    ],
  ];
  it.each(valid)('%s', (_name, raw, expected) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toEqual(expected);
  });

  const invalid: Array<[string, unknown]> = [
    ['null', null],
    ['string', '{"k":"page-beacon"}'],
    ['array', [1, 2]],
    ['unknown kind', { k: 'request', t: 1, url: 'https://a.example/' }],
    ['browser cookie kind', { k: 'cookie', t: 1, name: 'a', value: 'b' }],
    ['missing time', { k: 'page-beacon', url: 'https://a.example/', bytes: 1 }],
    ['NaN time', { k: 'page-beacon', t: Number.NaN, url: 'https://a.example/', bytes: 1 }],
    ['negative time', { k: 'page-beacon', t: -1, url: 'https://a.example/', bytes: 1 }],
    ['string time', { k: 'page-beacon', t: '1', url: 'https://a.example/', bytes: 1 }],
    ['unknown cookie api', { k: 'page-cookie', t: 1, api: 'http', name: 'a', value: 'b', raw: 'a=b' }],
    ['cookie name not a string', { k: 'page-cookie', t: 1, api: 'document.cookie', name: 1, value: 'b', raw: 'a=b' }],
    ['cookie without raw', { k: 'page-cookie', t: 1, api: 'document.cookie', name: 'a', value: 'b' }],
    ['unknown storage api', { k: 'page-storage', t: 1, api: 'webSQL', key: 'a', value: 'b', valueLength: 1 }],
    [
      'storage value not a string',
      { k: 'page-storage', t: 1, api: 'localStorage', key: 'a', value: { x: 1 }, valueLength: 1 },
    ],
    [
      'resource of a data: URL (webRequest never sees one)',
      { k: 'page-resource', t: 1, url: 'data:image/gif;base64,R0lGOD', initiator: 'img' },
    ],
    ['resource without initiator', { k: 'page-resource', t: 1, url: 'https://api.example/' }],
    ['beacon to javascript:', { k: 'page-beacon', t: 1, url: 'javascript:alert(1)', bytes: 1 }],
    ['beacon to a relative URL', { k: 'page-beacon', t: 1, url: '/collect', bytes: 1 }],
    ['script of the wrong type', { k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, script: 42 }],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toBeNull();
  });

  it('caps names, values, raw strings and URLs and keeps the real value length', () => {
    const big = 'x'.repeat(100_000);
    const c = validatePageEvent(
      { k: 'page-cookie', t: 1, api: 'document.cookie', name: big, value: big, raw: big },
      FRAME,
      NOW,
    );
    expect(c && c.k === 'page-cookie' ? [c.name.length, c.value.length, c.raw.length] : null).toEqual([
      MAX_NAME,
      MAX_VALUE,
      MAX_RAW,
    ]);
    const s = validatePageEvent(
      { k: 'page-storage', t: 1, api: 'sessionStorage', key: big, value: big, valueLength: big.length },
      FRAME,
      NOW,
    );
    expect(s && s.k === 'page-storage' ? [s.key.length, s.value.length, s.valueLength] : null).toEqual([
      MAX_NAME,
      MAX_VALUE,
      100_000,
    ]);
    const b = validatePageEvent({ k: 'page-beacon', t: 1, url: `https://a.example/?q=${big}`, bytes: 1 }, FRAME, NOW);
    expect(b && b.k === 'page-beacon' ? b.url.length : null).toBe(MAX_URL);
  });

  it('never trusts a valueLength shorter than the value itself', () => {
    const s = validatePageEvent(
      { k: 'page-storage', t: 1, api: 'localStorage', key: 'k', value: 'abcdef', valueLength: 2 },
      FRAME,
      NOW,
    );
    expect(s && s.k === 'page-storage' ? s.valueLength : null).toBe(6);
  });

  it('takes the reported origin only when the frame URL has none (about:blank)', () => {
    const ev = {
      k: 'page-storage',
      t: 1,
      api: 'localStorage',
      origin: 'https://www.shop.example',
      key: 'k',
      value: 'v',
      valueLength: 1,
    };
    const s = validatePageEvent(ev, 'about:blank', NOW);
    expect(s && s.k === 'page-storage' ? s.origin : null).toBe('https://www.shop.example');
    const bad = validatePageEvent({ ...ev, origin: 'https://www.shop.example/path' }, 'about:blank', NOW);
    expect(bad && bad.k === 'page-storage' ? bad.origin : null).toBe('null');
  });

  it("keeps the record's key order: the event's own fields, the frame, then script, attribution and the extras", () => {
    const keys = (raw: unknown): string[] => Object.keys(validatePageEvent(raw, FRAME, NOW) ?? {});
    const script = 'https://cdn.example/t.js';
    const who = { script, attribution: 'confident' };
    expect(
      keys({
        attribution: 'confident',
        k: 'page-cookie',
        t: 1,
        api: 'document.cookie',
        name: 'a',
        value: 'b',
        raw: 'a=b',
        script,
      }),
    ).toEqual(['k', 't', 'api', 'name', 'value', 'raw', 'frameUrl', 'script', 'attribution']);
    expect(
      keys({
        seenBy: 'hook',
        ...who,
        k: 'page-storage',
        t: 1,
        api: 'localStorage',
        key: 'k',
        value: 'v',
        valueLength: 1,
      }),
    ).toEqual([
      'k',
      't',
      'api',
      'origin',
      'key',
      'value',
      'valueLength',
      'frameUrl',
      'script',
      'attribution',
      'seenBy',
    ]);
    expect(keys({ api: 'fetch', ...who, k: 'page-beacon', t: 1, url: 'https://c.example/', bytes: 1 })).toEqual([
      'k',
      't',
      'url',
      'bytes',
      'frameUrl',
      'script',
      'attribution',
      'api',
    ]);
    // A script of another scheme is dropped and its attribution becomes 'unknown', in the same place.
    const dropped = validatePageEvent(
      {
        k: 'page-beacon',
        t: 1,
        url: 'https://c.example/',
        bytes: 1,
        script: 'chrome-extension://x/y.js',
        attribution: 'confident',
        api: 'fetch',
      },
      FRAME,
      NOW,
    );
    expect(dropped && Object.entries(dropped)).toEqual([
      ['k', 'page-beacon'],
      ['t', 1],
      ['url', 'https://c.example/'],
      ['bytes', 1],
      ['frameUrl', FRAME],
      ['attribution', 'unknown'],
      ['api', 'fetch'],
    ]);
  });

  it('survives hostile objects', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
      },
    );
    expect(validatePageEvent(trap, FRAME, NOW)).toBeNull();
    const getter = {
      k: 'page-beacon',
      t: 1,
      get url(): string {
        throw new Error('boom');
      },
    };
    expect(validatePageEvent(getter, FRAME, NOW)).toBeNull();
    expect(
      validatePageEvent({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1 }, 42 as unknown as string, NOW),
    ).toEqual({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, frameUrl: '' });
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

describe('page-listing-cut', () => {
  it("keeps a known kind with the frame's origin; anything else is dropped", () => {
    const cut = { k: 'page-listing-cut', t: 1, api: 'cacheStorage', origin: 'https://evil.example' };
    expect(validatePageEvent(cut, FRAME, NOW)).toEqual({
      k: 'page-listing-cut',
      t: 1,
      api: 'cacheStorage',
      origin: 'https://www.shop.example',
      frameUrl: FRAME,
    });
    expect(validatePageEvent({ ...cut, api: 'localStorage' }, FRAME, NOW)).toBeNull();
    expect(validatePageEvent(cut, 'about:blank', NOW)).toMatchObject({ origin: 'https://evil.example' });
  });
});

describe('seenBy of storage writes (issue 15.6)', () => {
  const write = { k: 'page-storage', t: 1, api: 'indexedDB', key: 'db', value: '', valueLength: 0 };
  it('the main world cannot claim a poll: its storage events are always seen by a hook', () => {
    expect(
      validatePageEvent(fromMainWorld({ ...write, seenBy: 'poll' }, [], 'https://a.example'), FRAME, NOW),
    ).toMatchObject({ seenBy: 'hook' });
  });
  it("keeps the isolated world's 'poll' and drops anything else", () => {
    expect(validatePageEvent({ ...write, seenBy: 'poll' }, FRAME, NOW)).toMatchObject({ seenBy: 'poll' });
    expect(validatePageEvent({ ...write, seenBy: 'magic' }, FRAME, NOW)).not.toHaveProperty('seenBy');
    expect(validatePageEvent(write, FRAME, NOW)).not.toHaveProperty('seenBy');
  });
});

describe('fromMainWorld', () => {
  const SELF = 'chrome-extension://abc/';
  const stack = `Error\n    at h (${SELF}content-scripts/main-world.js:1:1)\n    at t (https://cdn.tracker.example/t.js:1:2)`;

  it('turns the stack into the script and the cookie string into name and value', () => {
    const raw = {
      k: 'page-cookie',
      t: 1,
      api: 'document.cookie',
      raw: '_fbp=fb.1.2; path=/',
      stack,
      name: 'spoof',
      junk: 1,
    };
    expect(fromMainWorld(raw, [SELF], 'https://www.shop.example')).toEqual({
      k: 'page-cookie',
      t: 1,
      api: 'document.cookie',
      raw: '_fbp=fb.1.2; path=/',
      name: '_fbp',
      value: 'fb.1.2',
      script: 'https://cdn.tracker.example/t.js',
      attribution: 'unknown', // a stack without our formatter's kind: the page may have shaped it
    });
  });

  it('keeps exactly its listed fields, in their order, whatever order and extras the page sends', () => {
    const kept = ['k', 't', 'api', 'name', 'value', 'raw', 'key', 'valueLength', 'url', 'bytes', 'tcString'];
    const more = ['eventStatus', 'cmpId', 'cmpVersion', 'gdprApplies', 'gppString'];
    const extras = ['frameUrl', 'origin', 'seenBy', 'script', 'attribution', 'top', 'junk', 'constructor'];
    const raw: Record<string, unknown> = {};
    for (const k of [...extras, ...more, ...kept].reverse()) raw[k] = k === 'k' ? 'page-beacon' : k + '!';
    const out = fromMainWorld(raw, [SELF], 'https://www.shop.example') as Record<string, unknown>;
    expect(Object.entries(out)).toEqual([...kept, ...more].map((k) => [k, raw[k]]));
    // An inherited field counts as sent (`in`), as it always did.
    const child: Record<string, unknown> = Object.create({ url: 'https://c.example/' }) as Record<string, unknown>;
    child.k = 'page-beacon';
    expect(fromMainWorld(child, [SELF], 'https://www.shop.example')).toEqual({
      k: 'page-beacon',
      url: 'https://c.example/',
    });
  });

  it('states how far the attribution can be trusted: only our call-site formatter is confident, and not for page-named frames', () => {
    const of = (s: string, stackKind?: string): unknown => {
      const out = fromMainWorld(
        {
          k: 'page-storage',
          t: 1,
          api: 'localStorage',
          key: 'k',
          value: 'v',
          valueLength: 1,
          stack: s,
          ...(stackKind ? { stackKind } : {}),
        },
        [SELF],
        'o',
      );
      return [Reflect.get(out as object, 'script'), Reflect.get(out as object, 'attribution')];
    };
    const T = 'https://cdn.tracker.example/t.js';
    expect(of(stack, 'callsites')).toEqual([T, 'confident']);
    expect(
      of(
        `Error\n    at ${SELF}content-scripts/main-world.js:1:1\n    at named-by-page (https://www.shop.example/app.js:1:2)\n    at ${T}:3:4`,
        'callsites',
      ),
    ).toEqual(['https://www.shop.example/app.js', 'named-by-page']);
    // The marker means nothing in text the engine or the page formatted.
    expect(of('Error\n    at named-by-page (https://www.shop.example/app.js:1:2)', 'engine')).toEqual([
      'https://www.shop.example/app.js',
      'unverified',
    ]);
    expect(of(stack, 'engine')).toEqual([T, 'unverified']);
    expect(of(stack, 'page')).toEqual([T, 'unknown']);
    expect(of(stack, 'forged')).toEqual([T, 'unknown']);
    expect(of('', 'callsites')).toEqual([undefined, 'unknown']);
    // Validated: a script dropped as not http(s) leaves the attribution unknown.
    const ev = validatePageEvent(
      { k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, script: 'chrome://x', attribution: 'confident' },
      FRAME,
      NOW,
    );
    expect(ev).toMatchObject({ attribution: 'unknown' });
    expect(ev && 'script' in ev).toBe(false);
    expect(
      validatePageEvent(
        { k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, script: T, attribution: 'sure' },
        FRAME,
        NOW,
      ),
    ).not.toHaveProperty('attribution');
  });

  it('sets the storage origin from the isolated world and passes non-objects through', () => {
    const out = fromMainWorld(
      { k: 'page-storage', t: 1, api: 'localStorage', key: 'k', value: 'v', valueLength: 1, origin: 'x' },
      [],
      'https://a.example',
    );
    expect(out).toEqual({
      k: 'page-storage',
      t: 1,
      api: 'localStorage',
      key: 'k',
      value: 'v',
      valueLength: 1,
      origin: 'https://a.example',
      seenBy: 'hook',
    });
    expect(fromMainWorld('x', [], 'o')).toBe('x');
    expect(validatePageEvent(fromMainWorld(null, [], 'o'), FRAME, NOW)).toBeNull();
  });

  it('an unresolvable stack means no script', () => {
    const out = fromMainWorld(
      { k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, stack: 'garbage' },
      [],
      'o',
    );
    expect(out).toEqual({ k: 'page-beacon', t: 1, url: 'https://a.example/', bytes: 1, attribution: 'unknown' });
  });
});

describe('diffStorage', () => {
  it('reports keys that appear or change, once, and not the ones a hooked write announced', () => {
    const known = new Map<string, StoredValue>();
    expect(diffStorage(known, entries(['a', '1'], ['b', '2']))).toEqual([
      { key: 'a', value: '1', valueLength: 1 },
      { key: 'b', value: '2', valueLength: 1 },
    ]);
    expect(diffStorage(known, entries(['a', '1'], ['b', '2']))).toEqual([]);
    noteStorageWrite(known, 'c', '3', 1);
    expect(diffStorage(known, entries(['a', '1'], ['b', '22'], ['c', '3']))).toEqual([
      { key: 'b', value: '22', valueLength: 2 },
    ]);
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
    expect(changed.map((c) => [c.key.length, c.value.length, c.valueLength])).toEqual([
      [MAX_NAME, MAX_VALUE, MAX_VALUE + 11],
    ]);
  });

  it('skips entries of the wrong type', () => {
    const known = new Map<string, StoredValue>();
    expect(
      diffStorage(known, [
        [1, 'a'],
        ['b', null],
      ] as unknown as Array<[string, string]>),
    ).toEqual([]);
  });
});

describe('validatePageEvent: consent signals', () => {
  const TC = 'CQA1bcAQA1bcAAGABCENBKFgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA';
  const GPP = 'DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA';
  const valid: Array<[string, unknown, unknown]> = [
    [
      'TCF listener event with all fields',
      {
        k: 'page-tcf',
        t: 5,
        tcString: TC,
        eventStatus: 'useractioncomplete',
        cmpId: 28,
        cmpVersion: 7,
        gdprApplies: true,
      },
      {
        k: 'page-tcf',
        t: 5,
        tcString: TC,
        eventStatus: 'useractioncomplete',
        cmpId: 28,
        cmpVersion: 7,
        gdprApplies: true,
        frameUrl: FRAME,
      },
    ],
    [
      'TCF getTCData, GDPR not applying: empty TC string, optional fields of the wrong type and extra fields dropped',
      {
        k: 'page-tcf',
        t: 5,
        tcString: '',
        eventStatus: 'getTCData',
        cmpId: '28',
        cmpVersion: 1.5,
        gdprApplies: 'false',
        purpose: { consents: {} },
        frameUrl: 'https://spoof.example/',
      },
      { k: 'page-tcf', t: 5, tcString: '', eventStatus: 'getTCData', frameUrl: FRAME },
    ],
    [
      'consent mode default: values rebuilt, other types and oversize keys dropped, strings capped',
      {
        k: 'page-consent-mode',
        t: 6,
        args: [
          'consent',
          'default',
          {
            ad_storage: 'denied',
            wait_for_update: 500,
            region: ['DE', 1, { x: 1 }],
            nested: { a: 1 },
            flag: true,
            ['k'.repeat(65)]: 'x',
            long: 'v'.repeat(300),
          },
        ],
        extra: 1,
      },
      {
        k: 'page-consent-mode',
        t: 6,
        args: [
          'consent',
          'default',
          { ad_storage: 'denied', wait_for_update: 500, region: ['DE', 1], long: 'v'.repeat(256) },
        ],
        frameUrl: FRAME,
      },
    ],
    [
      'consent mode update with an empty object',
      { k: 'page-consent-mode', t: 6, args: ['consent', 'update', {}] },
      { k: 'page-consent-mode', t: 6, args: ['consent', 'update', {}], frameUrl: FRAME },
    ],
    [
      'GPP: sections filtered to integers',
      { k: 'page-gpp', t: 7, gppString: GPP, sections: [7, '8', 2.5, -1, -2, 99_999], x: 1 },
      { k: 'page-gpp', t: 7, gppString: GPP, sections: [7, -1], frameUrl: FRAME },
    ],
    [
      'CMP globals: only known names, once each',
      { k: 'page-cmp', t: 8, globals: ['OneTrust', 'evilName', 'OneTrust', 3, 'Cookiebot'] },
      { k: 'page-cmp', t: 8, globals: ['OneTrust', 'Cookiebot'], frameUrl: FRAME },
    ],
    [
      'CMP globals: an empty list (they went away)',
      { k: 'page-cmp', t: 8, globals: [] },
      { k: 'page-cmp', t: 8, globals: [], frameUrl: FRAME },
    ],
  ];
  it.each(valid)('%s', (_name, raw, expected) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toEqual(expected);
  });

  const invalid: Array<[string, unknown]> = [
    ['TC string not a string', { k: 'page-tcf', t: 1, tcString: 42, eventStatus: 'tcloaded' }],
    ['TC string oversize', { k: 'page-tcf', t: 1, tcString: 'A'.repeat(16 * 1024 + 1), eventStatus: 'tcloaded' }],
    ['TC string with markup', { k: 'page-tcf', t: 1, tcString: '<img src=x>', eventStatus: 'tcloaded' }],
    ['unknown TCF status', { k: 'page-tcf', t: 1, tcString: TC, eventStatus: 'consented' }],
    ['missing TCF status', { k: 'page-tcf', t: 1, tcString: TC }],
    ['consent mode: not consent', { k: 'page-consent-mode', t: 1, args: ['config', 'G-1', {}] }],
    ['consent mode: unknown action', { k: 'page-consent-mode', t: 1, args: ['consent', 'get', {}] }],
    ['consent mode: params not an object', { k: 'page-consent-mode', t: 1, args: ['consent', 'default', 'denied'] }],
    ['consent mode: params an array', { k: 'page-consent-mode', t: 1, args: ['consent', 'default', ['denied']] }],
    ['consent mode: extra argument', { k: 'page-consent-mode', t: 1, args: ['consent', 'default', {}, 'x'] }],
    ['consent mode: args not an array', { k: 'page-consent-mode', t: 1, args: '["consent","default",{}]' }],
    [
      'consent mode: oversize after rebuilding',
      {
        k: 'page-consent-mode',
        t: 1,
        args: [
          'consent',
          'default',
          Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'.repeat(250)])),
        ],
      },
    ],
    ['GPP string not a string', { k: 'page-gpp', t: 1, gppString: null, sections: [] }],
    ['GPP string oversize', { k: 'page-gpp', t: 1, gppString: 'A'.repeat(16 * 1024 + 1), sections: [] }],
    ['GPP string with spaces', { k: 'page-gpp', t: 1, gppString: 'DBA BMA', sections: [] }],
    ['GPP sections not an array', { k: 'page-gpp', t: 1, gppString: GPP, sections: '7' }],
    ['CMP globals not an array', { k: 'page-cmp', t: 1, globals: 'OneTrust' }],
    ['consent event without time', { k: 'page-cmp', globals: [] }],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(validatePageEvent(raw, FRAME, NOW)).toBeNull();
  });

  it('a parameter named __proto__ cannot change the prototype of the rebuilt object', () => {
    const ev = validatePageEvent(
      {
        k: 'page-consent-mode',
        t: 1,
        args: JSON.parse('["consent","default",{"__proto__":"x","ad_storage":"denied"}]'),
      },
      FRAME,
      NOW,
    );
    const params = ev && ev.k === 'page-consent-mode' ? ev.args[2] : null;
    expect(params).toEqual({ ad_storage: 'denied' });
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });
});

describe('fromMainWorld: consent signals', () => {
  it('parses the lists that cross the bridge as text', () => {
    expect(
      fromMainWorld(
        { k: 'page-consent-mode', t: 1, args: '["consent","update",{"ad_storage":"granted"}]', stack: 'x' },
        [],
        'o',
      ),
    ).toEqual({ k: 'page-consent-mode', t: 1, args: ['consent', 'update', { ad_storage: 'granted' }] });
    expect(fromMainWorld({ k: 'page-gpp', t: 1, gppString: 'DBABMA', sections: '[7,-1]' }, [], 'o')).toEqual({
      k: 'page-gpp',
      t: 1,
      gppString: 'DBABMA',
      sections: [7, -1],
    });
    expect(fromMainWorld({ k: 'page-cmp', t: 1, globals: 'OneTrust,Cookiebot' }, [], 'o')).toEqual({
      k: 'page-cmp',
      t: 1,
      globals: ['OneTrust', 'Cookiebot'],
    });
    expect(fromMainWorld({ k: 'page-cmp', t: 1, globals: '' }, [], 'o')).toEqual({ k: 'page-cmp', t: 1, globals: [] });
    expect(
      fromMainWorld(
        {
          k: 'page-tcf',
          t: 1,
          tcString: 'A',
          eventStatus: 'tcloaded',
          cmpId: 1,
          cmpVersion: 2,
          gdprApplies: false,
          junk: 1,
        },
        [],
        'o',
      ),
    ).toEqual({
      k: 'page-tcf',
      t: 1,
      tcString: 'A',
      eventStatus: 'tcloaded',
      cmpId: 1,
      cmpVersion: 2,
      gdprApplies: false,
    });
  });

  it('broken or oversize text becomes an event the validator rejects', () => {
    for (const raw of [
      { k: 'page-consent-mode', t: 1, args: '["consent",' },
      { k: 'page-consent-mode', t: 1, args: `["consent","default",{"a":"${'x'.repeat(9000)}"}]` },
      { k: 'page-gpp', t: 1, gppString: 'A', sections: 'nope' },
      { k: 'page-cmp', t: 1, globals: 42 },
    ]) {
      expect(validatePageEvent(fromMainWorld(raw, [], 'o'), FRAME, NOW)).toBeNull();
    }
  });
});

describe('a CSP block or Resource Timing entry from the main world', () => {
  it('cannot be sent: the bridge carries no initiator, csp or empty field (only our isolated world reports them)', () => {
    const raw = { k: 'page-resource', t: 4, url: 'https://t.example/p', initiator: 'img', csp: 'img-src', empty: true };
    expect(validatePageEvent(fromMainWorld(raw, [], 'https://www.shop.example'), FRAME, NOW)).toBeNull();
  });
});
