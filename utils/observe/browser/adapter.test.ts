import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted, type RawRequestDetails } from './adapter.ts';

const base: RawRequestDetails = {
  requestId: '42',
  url: 'https://cdn.example/a.js',
  method: 'POST',
  type: 'script',
  tabId: 3,
  frameId: 2,
  parentFrameId: 0,
  timeStamp: 1234.4,
};

describe('adapter: webRequest details to events', () => {
  it('keeps every method and kind as webRequest names it (shared strings for the usual ones change no value)', () => {
    const methodAndType = (d: Partial<RawRequestDetails>): [string, string] => {
      const ev = fromBeforeRequest({ ...base, ...d })[0]!;
      if (ev.k !== 'request') throw new Error(ev.k);
      return [ev.method, ev.type];
    };
    // Fresh copies, as the browser hands each event its own strings.
    const own = (s: string): string => [...s].join('');
    expect(methodAndType({ method: own('GET'), type: own('xmlhttprequest') })).toEqual(['GET', 'xmlhttprequest']);
    expect(methodAndType({ method: own('PROPFIND'), type: own('beacon') })).toEqual(['PROPFIND', 'ping']);
    expect(methodAndType({ method: undefined, type: undefined })).toEqual(['GET', 'other']);
    expect(methodAndType({ method: 'get', type: 'imageset' })).toEqual(['get', 'image']);
    expect(methodAndType({ method: 'POST', type: 'toString' })).toEqual(['POST', 'other']);
  });

  it('makes request events with the optional fields in one key order, whichever are present', () => {
    const keys = (d: RawRequestDetails, viaWorker = false) => Object.keys(fromBeforeRequest(d, viaWorker)[0]!);
    const fixed = ['k', 't', 'requestId', 'url', 'method', 'type', 'frameId', 'parentFrameId'];
    expect(keys(base)).toEqual(fixed);
    expect(keys({ ...base, initiator: 'https://shop.example' })).toEqual([...fixed, 'initiator']);
    expect(keys({ ...base, initiator: 'https://shop.example' }, true)).toEqual([...fixed, 'initiator', 'viaWorker']);
    expect(keys({ ...base, documentUrl: 'https://shop.example/p', originUrl: 'https://shop.example/p' })).toEqual([
      ...fixed,
      'frameUrl',
      'initiator',
    ]);
    expect(keys({ ...base, documentUrl: 'https://shop.example/p' }, true)).toEqual([...fixed, 'frameUrl', 'viaWorker']);
    expect(fromBeforeRequest({ ...base, initiator: 'https://shop.example' })[0]).toEqual({
      k: 'request',
      t: 1234,
      requestId: '42',
      url: 'https://cdn.example/a.js',
      method: 'POST',
      type: 'script',
      frameId: 2,
      parentFrameId: 0,
      initiator: 'https://shop.example',
    });
  });

  it('makes response events with the address last when there is one', () => {
    const withIp = fromResponseStarted({ ...base, statusCode: 204, ip: '192.0.2.1', fromCache: true });
    expect(Object.keys(withIp)).toEqual(['k', 't', 'requestId', 'url', 'status', 'fromCache', 'setCookies', 'ip']);
    expect(withIp).toMatchObject({ status: 204, fromCache: true, ip: '192.0.2.1', setCookies: [] });
    const without = fromResponseStarted({ ...base, statusCode: 200 });
    expect(Object.keys(without)).toEqual(['k', 't', 'requestId', 'url', 'status', 'fromCache', 'setCookies']);
    expect(without).toMatchObject({ status: 200, fromCache: false });
  });

  it('starts a page at a main-frame request, but not at one the shown document made (speculation rules)', () => {
    const main = { ...base, type: 'main_frame', frameId: 0, parentFrameId: -1, url: 'https://shop.example/next' };
    expect(fromBeforeRequest(main).map((e) => e.k)).toEqual(['nav', 'request']);
    expect(fromBeforeRequest({ ...main, initiator: 'https://shop.example' }).map((e) => e.k)).toEqual([
      'nav',
      'request',
    ]);
    // Chrome's prefetch of a speculation rule: frame 0, active, with the requesting document's id and no initiator.
    const prefetch = fromBeforeRequest({ ...main, documentId: 'AD985191139BFBA86AB85A484399FFDC' });
    expect(prefetch).toEqual([
      {
        k: 'request',
        t: 1234,
        requestId: '42',
        url: 'https://shop.example/next',
        method: 'POST',
        type: 'main_frame',
        frameId: 0,
        parentFrameId: -1,
      },
    ]);
  });
});
