import { describe, expect, it } from 'vitest';
import { cookie, req } from '../../test/support/view-records.ts';
import {
  cookieConfirmation,
  cookieFlagParts,
  initiatorParts,
  pageReportedOnly,
  relTime,
  statusParts,
} from './entry-labels.ts';

describe('relTime', () => {
  it.each([
    [1000, 1000, '+0 ms'],
    [1350, 1000, '+350 ms'],
    [2250, 1000, '+1.25 s'],
    [13_000, 1000, '+12.0 s'],
    [1000 + 125_000, 1000, '+2 min 05 s'],
    [1000 + 3_780_000, 1000, '+1 h 03 min'],
    [500, 1000, '−500 ms'],
    [Number.NaN, 1000, '?'],
    [Number.POSITIVE_INFINITY, 0, '?'],
  ])('relTime(%s, %s) = %s', (t, start, want) => {
    expect(relTime(t, start)).toBe(want);
  });

  it.each([
    [2250, '+1,25 s'],
    [13_000, '+12,0 s'],
    [1350, '+350 ms'],
    [1000 + 125_000, '+2 min 05 s'],
  ])('German: relTime(%s, 1000, de) = %s', (t, want) => {
    expect(relTime(t, 1000, 'de')).toBe(want);
  });
});

describe('row labels', () => {
  it.each([
    [{ status: 200 }, { kind: 'status', status: 200, fromCache: false }],
    [
      { status: 304, fromCache: true },
      { kind: 'status', status: 304, fromCache: true },
    ],
    [
      { status: 302, redirectTo: 'https://b/' },
      { kind: 'redirect', status: 302 },
    ],
    [{ redirectTo: 'https://b/' }, { kind: 'redirect', status: null }],
    [
      { error: 'net::ERR_BLOCKED_BY_CLIENT', status: 200 },
      { kind: 'error', error: 'net::ERR_BLOCKED_BY_CLIENT' },
    ],
    [{}, { kind: 'pending' }],
  ])('statusParts %j', (over, want) => {
    expect(statusParts(req({ url: 'https://a/', host: 'a', site: 'a', ...over }))).toEqual(want);
  });

  it.each([
    [{ initiator: 'https://www.shop.example' }, [{ kind: 'from', url: 'https://www.shop.example' }]],
    [{ initiator: 'script:https://cdn/x.js' }, [{ kind: 'script', url: 'https://cdn/x.js' }]],
    [{ frameId: 3, frameUrl: 'https://f.example/' }, [{ kind: 'frame', url: 'https://f.example/' }]],
    [{ type: 'sub_frame' as const, frameId: 3, frameUrl: 'https://top/' }, [{ kind: 'inside', url: 'https://top/' }]],
    [{ viaWorker: true }, [{ kind: 'worker' }]],
    [{}, []],
  ])('initiatorParts %j', (over, want) => {
    expect(initiatorParts(req({ url: 'https://a/', host: 'a', site: 'a', ...over }))).toEqual(want);
  });

  it.each([
    [
      { httpOnly: true, secure: true, sameSite: 'no_restriction', session: true },
      [
        { kind: 'attr', text: 'HttpOnly' },
        { kind: 'attr', text: 'Secure' },
        { kind: 'attr', text: 'SameSite=no_restriction' },
        { kind: 'session' },
      ],
    ],
    [
      { sameSite: 'unspecified', session: false, expires: Date.UTC(2030, 0, 2) },
      [{ kind: 'expires', date: '2030-01-02' }],
    ],
    [{ removed: true }, [{ kind: 'removed' }]],
    [{}, []],
  ])('cookieFlagParts %j', (over, want) => {
    expect(cookieFlagParts(cookie({ name: 'a', domain: 'a', ...over }))).toEqual(want);
  });

  it('parts combine, for the popup to word in its language', () => {
    const r = req({
      url: 'https://a/',
      host: 'a',
      site: 'a',
      initiator: 'script:https://cdn/x.js',
      viaWorker: true,
      status: 302,
      redirectTo: 'https://b/',
    });
    expect(initiatorParts(r)).toEqual([{ kind: 'script', url: 'https://cdn/x.js' }, { kind: 'worker' }]);
    expect(statusParts(r)).toEqual({ kind: 'redirect', status: 302 });
    expect(statusParts(req({ url: 'https://a/', host: 'a', site: 'a', status: 200, fromCache: true }))).toEqual({
      kind: 'status',
      status: 200,
      fromCache: true,
    });
    expect(
      cookieFlagParts(cookie({ name: 'a', domain: 'a', secure: true, expires: Date.UTC(2030, 0, 2), removed: true })),
    ).toEqual([{ kind: 'attr', text: 'Secure' }, { kind: 'expires', date: '2030-01-02' }, { kind: 'removed' }]);
  });

  it('an expiry date survives absurd values', () => {
    const expires = (ms: number): unknown => cookieFlagParts(cookie({ name: 'a', domain: 'a', expires: ms }));
    expect(expires(1e20)).toEqual([{ kind: 'expires', date: '?' }]);
    expect(expires(0)).toEqual([{ kind: 'expires', date: '1970-01-01' }]);
  });

  it.each([
    [['browser'], 'browser'],
    [['page', 'browser'], 'browser'],
    [['page'], 'page'],
    [[], 'header'],
  ] as const)('cookieConfirmation %j -> %s', (confirmedBy, want) => {
    expect(cookieConfirmation(cookie({ name: 'a', domain: 'a', confirmedBy: [...confirmedBy] }))).toBe(want);
  });

  it('pageReportedOnly', () => {
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: ['page'] }))).toBe(true);
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: [] }))).toBe(true);
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: ['page', 'browser'] }))).toBe(false);
  });
});
