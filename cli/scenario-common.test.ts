import { describe, expect, it } from 'vitest';
import {
  answerAfterLostReply,
  answerOf,
  errorLine,
  leftSite,
  LostReply,
  lostReply,
  notAudited,
  siteOfUrl,
} from './scenario-common.ts';
import { newPage, type PageRecord } from '../utils/record/page-record.ts';

describe('leftSite', () => {
  it.each<[string, string, string | null]>([
    ['https://www.shop.example/a', 'https://www.shop.example/b', null],
    ['https://www.shop.example/', 'https://shop.example/', null],
    ['https://www.shop.example/', 'https://checkout.shop.example/pay', null],
    [
      'https://www.shop.example/',
      'https://www.other.example/',
      'the page went to a different site: https://www.other.example/',
    ],
    ['https://a.github.io/', 'https://b.github.io/', 'the page went to a different site: https://b.github.io/'],
    ['https://www.shop.example/', 'about:blank', 'the page went to a different site: about:blank'],
    [
      'https://www.shop.example/',
      'chrome-error://chromewebdata/',
      'the page went to a different site: chrome-error://chromewebdata/',
    ],
  ])('%s → %s', (asked, final, want) => {
    expect(leftSite(asked, final)).toBe(want);
  });

  it('site of odd URLs: null instead of a throw', () => {
    expect(siteOfUrl('not a url')).toBeNull();
    expect(siteOfUrl('https://[::1]:8080/')).toBe('::1');
  });
});

describe('notAudited', () => {
  it.each<[number | null, string, string | null]>([
    [200, 'https://www.shop.example/b', null],
    [null, 'https://www.shop.example/', null],
    [404, 'https://www.shop.example/', 'the page answered HTTP 404: not audited'],
    [500, 'https://www.other.example/', 'the page answered HTTP 500: not audited'],
    [200, 'https://www.other.example/', 'the page went to a different site: https://www.other.example/'],
    [399, 'about:blank', 'the page went to a different site: about:blank'],
  ])('HTTP %s at %s', (status, final, want) => {
    expect(notAudited('https://www.shop.example/a', status, final)).toBe(want);
  });
});

describe('errorLine and answerOf (both engines)', () => {
  it('keeps the first line of an error, without the call log or the page.goto prefix', () => {
    expect(
      errorLine(new Error('page.goto: net::ERR_NAME_NOT_RESOLVED at https://x.example/\nCall log:\n  - nav')),
    ).toBe('net::ERR_NAME_NOT_RESOLVED at https://x.example/');
    expect(errorLine('  NS_ERROR_UNKNOWN_HOST  \nmore')).toBe('NS_ERROR_UNKNOWN_HOST');
    expect(errorLine({ toString: () => 'odd' })).toBe('odd');
  });

  it('reads the background answer, and says an odd one as not started', () => {
    expect(answerOf({ started: true, detail: 'cmp x' })).toEqual({ started: true, detail: 'cmp x' });
    expect(answerOf({ started: false })).toEqual({ started: false, detail: '' });
    expect(answerOf('nope')).toEqual({ started: false, detail: 'unexpected answer from the background: "nope"' });
    expect(answerOf(undefined).detail).toBe('unexpected answer from the background: undefined');
  });
});

describe('answerAfterLostReply', () => {
  const askedAt = 1_000_000;
  const lost = new LostReply(new Error('Target page, context or browser has been closed'));
  const withChoice = (action: 'accept' | 'reject', at: number): PageRecord => {
    const r = newPage(1, 'https://www.shop.example/', askedAt - 2_000);
    r.consent.choice = { action, at, source: 'automation', via: 'autoconsent:Complianz banner' };
    return r;
  };

  it('a lost reply is told from any reply of the background, even one with the same fields', () => {
    expect(lostReply(lost)).toBe(true);
    expect(lostReply({ started: false, detail: lost.detail })).toBe(false);
    expect(answerOf(lost)).toEqual({ started: false, detail: lost.detail });
  });

  it('the choice recorded after the ask turns the lost reply into an answer, and says so', async () => {
    const got = await answerAfterLostReply(async () => withChoice('reject', askedAt + 1_234), 'reject', askedAt, lost);
    expect(got.started).toBe(true);
    expect(got.detail).toBe(
      `${lost.detail}; the extension recorded the reject choice at +1234 ms after it was asked (via autoconsent:Complianz banner)`,
    );
  });

  it('no choice, the other choice, or one from before the ask: the failure stands', async () => {
    const records: Array<PageRecord | null> = [
      null,
      newPage(1, 'https://www.shop.example/', askedAt),
      withChoice('accept', askedAt + 10),
      withChoice('reject', askedAt - 5_000),
    ];
    for (const r of records) {
      const got = await answerAfterLostReply(async () => r, 'reject', askedAt, lost, 300);
      expect(got).toBe(lost);
    }
  });

  it('a record that cannot be read is no answer', async () => {
    const got = await answerAfterLostReply(() => Promise.reject(new Error('gone')), 'accept', askedAt, lost, 300);
    expect(got).toBe(lost);
  });
});
