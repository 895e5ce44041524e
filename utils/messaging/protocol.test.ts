import { describe, expect, it } from 'vitest';
import {
  acceptsPortSender,
  acceptsSender,
  asAnswerLanded,
  asMessage,
  asTabMessage,
  isFullRequest,
  recordPortOf,
  type Message,
} from './protocol.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('asMessage', () => {
  it.each([
    [{ type: 'ping' }, { type: 'ping' }],
    [
      { type: 'get-record', tabId: 3 },
      { type: 'get-record', tabId: 3 },
    ],
    [{ type: 'get-record', tabId: '3' }, null],
    [{ type: 'get-record', tabId: 1.5 }, null],
    [
      { type: 'consent-action', tabId: 3, action: 'reject' },
      { type: 'consent-action', tabId: 3, action: 'reject' },
    ],
    [{ type: 'consent-action', tabId: 3, action: 'maybe' }, null],
    [
      { type: 'clean-audit', tabId: 4 },
      { type: 'clean-audit', tabId: 4 },
    ],
    [
      { type: 'form-test', tabId: 4, submit: true },
      { type: 'form-test', tabId: 4 },
    ],
    [{ type: 'form-test' }, null],
    [
      { type: 'page-events', events: [1, 2] },
      { type: 'page-events', events: [1, 2] },
    ],
    [{ type: 'page-events', events: 'x' }, null],
    [
      { type: 'page-events', events: [], batch: { doc: '0123456789abcdef', id: 3 } },
      { type: 'page-events', events: [], batch: { doc: '0123456789abcdef', id: 3 } },
    ],
    // A batch id that is not one: the events are kept, without it.
    [
      { type: 'page-events', events: [1], batch: { doc: '0123456789abcdef', id: 0 } },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'page-events', events: [1], batch: { doc: '0123456789abcdef', id: 1.5 } },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'page-events', events: [1], batch: { doc: '0123456789abcdef', id: 2 ** 60 } },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'page-events', events: [1], batch: { doc: '0:0123456789abcdef', id: 1 } },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'page-events', events: [1], batch: { doc: 'x'.repeat(16), id: 1 } },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'page-events', events: [1], batch: 7 },
      { type: 'page-events', events: [1] },
    ],
    [
      { type: 'autoconsent', msg: { type: 'init' } },
      { type: 'autoconsent', msg: { type: 'init' } },
    ],
    [{ type: 'start-autoconsent' }, { type: 'start-autoconsent' }],
    [{ type: 'start-autoconsent', files: ['/evil.js'] }, { type: 'start-autoconsent' }],
    [{ type: 'evil' }, null],
    [null, null],
    ['ping', null],
  ])('%j', (raw, want) => expect(asMessage(raw)).toEqual(want));
});

describe('asTabMessage', () => {
  it.each([
    [
      { type: 'button-fallback', action: 'accept' },
      { type: 'button-fallback', action: 'accept' },
    ],
    [
      { type: 'button-fallback', action: 'reject', probe: true },
      { type: 'button-fallback', action: 'reject', probe: true },
    ],
    [
      { type: 'button-fallback', action: 'reject', probe: 'yes' },
      { type: 'button-fallback', action: 'reject' },
    ],
    [{ type: 'button-fallback', action: 'all' }, null],
    [
      { type: 'autoconsent-bg', msg: 1 },
      { type: 'autoconsent-bg', msg: 1 },
    ],
    [{ type: 'other' }, null],
  ])('%j', (raw, want) => expect(asTabMessage(raw)).toEqual(want));
});

describe('acceptsSender', () => {
  const ping: Message = { type: 'ping' };
  const pageEvents: Message = { type: 'page-events', events: [] };
  const formTest: Message = { type: 'form-test', tabId: 4 };
  it.each([
    ['our popup', ping, { id: ID, url: `${ORIGIN}popup.html` }, true],
    [
      'another extension',
      ping,
      { id: 'otherotherotherotherotherotherot', url: 'chrome-extension://other/popup.html' },
      false,
    ],
    [
      'our content script asking for a record (a page could drive it)',
      ping,
      { id: ID, url: 'https://evil.example/', tab: { id: 4 } },
      false,
    ],
    [
      'a content script asking to type into a form (a page could drive it)',
      formTest,
      { id: ID, url: 'https://evil.example/', tab: { id: 4 } },
      false,
    ],
    ['our popup asking for a form test', formTest, { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['our content script with page events', pageEvents, { id: ID, url: 'https://shop.example/', tab: { id: 4 } }, true],
    ['page events without a tab', pageEvents, { id: ID, url: `${ORIGIN}popup.html` }, false],
    ['no id at all (web page)', pageEvents, { url: 'https://evil.example/', tab: { id: 4 } }, false],
    [
      'our recorder asking for autoconsent in its frame',
      { type: 'start-autoconsent' } as Message,
      { id: ID, url: 'https://shop.example/', tab: { id: 4 } },
      true,
    ],
    [
      'autoconsent asked for without a tab',
      { type: 'start-autoconsent' } as Message,
      { id: ID, url: `${ORIGIN}popup.html` },
      false,
    ],
  ])('%s', (_name, msg, sender, want) => expect(acceptsSender(msg, sender, ID, ORIGIN)).toBe(want));
});

describe('acceptsPortSender (issue 15.11)', () => {
  it.each([
    ['our popup', { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['our report page in a tab', { id: ID, url: `${ORIGIN}report.html?tab=3`, tab: { id: 9 } }, true],
    [
      'our content script in another tab (a page could drive it)',
      { id: ID, url: 'https://evil.example/', tab: { id: 4 } },
      false,
    ],
    [
      'another extension',
      { id: 'otherotherotherotherotherotherot', url: 'chrome-extension://other/popup.html' },
      false,
    ],
    ['no sender', undefined, false],
  ])('%s', (_name, sender, want) => expect(acceptsPortSender(sender, ID, ORIGIN)).toBe(want));
});

describe('user-gesture (issue 15.1)', () => {
  it('is a content-script message with a finite time', () => {
    expect(asMessage({ type: 'user-gesture', t: 1_700_000_000_000 })).toEqual({
      type: 'user-gesture',
      t: 1_700_000_000_000,
    });
    expect(asMessage({ type: 'user-gesture', t: 'now' })).toBeNull();
    expect(asMessage({ type: 'user-gesture', t: Number.NaN })).toBeNull();
    const msg: Message = { type: 'user-gesture', t: 1 };
    expect(acceptsSender(msg, { id: ID, url: 'https://shop.example/', tab: { id: 4 } }, ID, ORIGIN)).toBe(true);
    expect(acceptsSender(msg, { id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
  });
});

describe('record port names', () => {
  it.each([
    ['record:12', { tabId: 12, first: false }],
    ['record:12:first', { tabId: 12, first: true }],
    ['record:0', { tabId: 0, first: false }],
    ['record:', null],
    ['record::first', null],
    ['record:-1', null],
    ['record:1.5', null],
    ['record:12:firstx', null],
    ['record:x:first', null],
    ['other:12', null],
  ])('%s', (name, want) => expect(recordPortOf(name)).toEqual(want));

  it('the full request', () => {
    expect(isFullRequest({ type: 'full' })).toBe(true);
    for (const x of [null, 'full', { type: 'record' }, {}]) expect(isFullRequest(x)).toBe(false);
  });
});

describe('reported answer clicks (the Firefox CLI)', () => {
  const page = { id: ID, url: 'https://shop.example/', tab: { id: 4 } };
  const ours = { id: ID, url: `${ORIGIN}popup.html` };

  it('consent-action keeps reportClicks only when it is true', () => {
    expect(asMessage({ type: 'consent-action', tabId: 1, action: 'reject', reportClicks: true })).toEqual({
      type: 'consent-action',
      tabId: 1,
      action: 'reject',
      reportClicks: true,
    });
    expect(asMessage({ type: 'consent-action', tabId: 1, action: 'reject', reportClicks: 'yes' })).toEqual({
      type: 'consent-action',
      tabId: 1,
      action: 'reject',
    });
  });

  it('a click is a finite point or a short reason, from a content script only', () => {
    expect(asMessage({ type: 'answer-click', at: { x: 1.5, y: 2 } })).toEqual({
      type: 'answer-click',
      at: { x: 1.5, y: 2 },
    });
    expect(asMessage({ type: 'answer-click', at: 'x'.repeat(99) })).toEqual({
      type: 'answer-click',
      at: 'x'.repeat(40),
    });
    expect(asMessage({ type: 'answer-click', at: { x: Number.POSITIVE_INFINITY, y: 2 } })).toBeNull();
    expect(asMessage({ type: 'answer-click', at: { x: '1', y: 2 } })).toBeNull();
    const click: Message = { type: 'answer-click', at: { x: 1, y: 1 } };
    expect(acceptsSender(click, page, ID, ORIGIN)).toBe(true);
    expect(acceptsSender(click, ours, ID, ORIGIN)).toBe(false);
  });

  it("a landing is on or elsewhere, told by a content script; asked for by the CLI's page only", () => {
    expect(asMessage({ type: 'answer-landing', landing: 'elsewhere' })).toEqual({
      type: 'answer-landing',
      landing: 'elsewhere',
    });
    expect(asMessage({ type: 'answer-landing', landing: 'unseen' })).toBeNull();
    expect(asMessage({ type: 'answer-landed', tabId: 4 })).toEqual({ type: 'answer-landed', tabId: 4 });
    expect(asMessage({ type: 'answer-landed', tabId: '4' })).toBeNull();
    const tell: Message = { type: 'answer-landing', landing: 'on' };
    expect(acceptsSender(tell, page, ID, ORIGIN)).toBe(true);
    expect(acceptsSender(tell, ours, ID, ORIGIN)).toBe(false);
    const asked: Message = { type: 'answer-landed', tabId: 4 };
    expect(acceptsSender(asked, ours, ID, ORIGIN)).toBe(true);
    expect(acceptsSender(asked, page, ID, ORIGIN)).toBe(false);
  });

  it('where a click landed is read from a reply only when it is one (gone only where allowed)', () => {
    expect(asAnswerLanded({ landed: 'elsewhere', retried: true }, false)).toEqual({
      landed: 'elsewhere',
      retried: true,
    });
    // Only a click elsewhere is retried.
    expect(asAnswerLanded({ landed: 'on', retried: true }, false)).toEqual({ landed: 'on', retried: false });
    expect(asAnswerLanded({ landed: 'gone', retried: false }, false)).toBeNull();
    expect(asAnswerLanded({ landed: 'gone', retried: false }, true)).toEqual({ landed: 'gone', retried: false });
    expect(asAnswerLanded({ landed: null }, true)).toBeNull();
    expect(asAnswerLanded({ landed: 'on' }, true)).toBeNull();
    expect(asAnswerLanded('on', true)).toBeNull();
  });

  it('the landing ask is a tab message of its own', () => {
    expect(asTabMessage({ type: 'answer-landed' })).toEqual({ type: 'answer-landed' });
  });

  it('only an extension page takes the clicks or asks for them to be reported', () => {
    const take: Message = { type: 'take-answer-clicks', tabId: 4, stop: true };
    expect(asMessage({ type: 'take-answer-clicks', tabId: 4, stop: true })).toEqual(take);
    expect(acceptsSender(take, ours, ID, ORIGIN)).toBe(true);
    expect(acceptsSender(take, page, ID, ORIGIN)).toBe(false);
    const ask: Message = { type: 'consent-action', tabId: 4, action: 'reject', reportClicks: true };
    expect(acceptsSender(ask, page, ID, ORIGIN)).toBe(false);
  });

  it('report-clicks is a tab message with a boolean', () => {
    expect(asTabMessage({ type: 'report-clicks', on: true })).toEqual({ type: 'report-clicks', on: true });
    expect(asTabMessage({ type: 'report-clicks', on: 'yes' })).toBeNull();
  });
});
