import { describe, expect, it } from 'vitest';
import { iceServer, preconnectOrigin } from './connection-events.ts';
import { validatePageEvent } from './page-events.ts';

const PAGE = 'https://www.shop.example/';

describe('ICE server URLs from the page', () => {
  it.each<[string, string, string]>([
    ['stun:stun.example', 'stun:stun.example:3478', 'stun.example'],
    ['STUN:Stun.Example:19302', 'stun:stun.example:19302', 'stun.example'],
    ['stuns:stun.example', 'stuns:stun.example:5349', 'stun.example'],
    ['turns:turn.example?transport=TCP', 'turns:turn.example:5349?transport=tcp', 'turn.example'],
    ['turn:turn.example:80?transport=udp&x=1', 'turn:turn.example:80?transport=udp', 'turn.example'],
    ['stun:stun.example?transport=tcp', 'stun:stun.example:3478', 'stun.example'],
    // The old TURN form with a user name (a credential): dropped, never kept.
    ['turn:alice:secret@turn.example', 'turn:turn.example:3478', 'turn.example'],
    ['stun://stun.example:3479', 'stun:stun.example:3479', 'stun.example'],
    ['stun:[2001:DB8::1]:3478', 'stun:[2001:db8::1]:3478', '2001:db8::1'],
    ['stun:127.0.0.1:40000', 'stun:127.0.0.1:40000', '127.0.0.1'],
    ['stun:bücher.example', 'stun:xn--bcher-kva.example:3478', 'xn--bcher-kva.example'],
  ])('%s -> %s', (raw, url, host) => {
    expect(iceServer(raw)).toEqual({ url, host });
  });

  it.each(['', 'stun:', 'http://stun.example', 'stun:stun.example:0', 'stun:stun.example:99999', 'stun:a b'])(
    'rejects %j',
    (raw) => {
      expect(iceServer(raw)).toBeNull();
    },
  );

  it('rejects a path, a fragment and a URL over the cap', () => {
    expect(iceServer('stun:stun.example/x')).toBeNull();
    expect(iceServer('stun:stun.example#x')).toBeNull();
    expect(iceServer(`stun:${'a'.repeat(9000)}.example`)).toBeNull();
  });
});

describe('preconnect origins', () => {
  it('keep the origin of an http(s) URL only', () => {
    expect(preconnectOrigin('https://T.example/path?q=1')).toEqual({ url: 'https://t.example', host: 't.example' });
    expect(preconnectOrigin('http://t.example:8080/')).toEqual({ url: 'http://t.example:8080', host: 't.example' });
    expect(preconnectOrigin('javascript:alert(1)')).toBeNull();
    expect(preconnectOrigin('not a url')).toBeNull();
  });
});

describe('page-connection events', () => {
  it('are rebuilt from their parts, with the script of the stack', () => {
    const raw = {
      k: 'page-connection',
      t: 5,
      api: 'webrtc',
      url: 'turn:u:p@turn.example',
      host: 'forged.example',
      script: 'https://cdn.example/rtc.js',
      attribution: 'confident',
      extra: 'dropped',
    };
    expect(validatePageEvent(raw, PAGE, 10)).toEqual({
      k: 'page-connection',
      t: 5,
      api: 'webrtc',
      url: 'turn:turn.example:3478',
      host: 'turn.example',
      frameUrl: PAGE,
      script: 'https://cdn.example/rtc.js',
      attribution: 'confident',
    });
  });

  it('drop an unknown api, a bad URL and an ICE URL sent as a preconnect', () => {
    const base = { k: 'page-connection', t: 1 };
    expect(validatePageEvent({ ...base, api: 'websocket', url: 'stun:a.example' }, PAGE, 10)).toBeNull();
    expect(validatePageEvent({ ...base, api: 'webrtc', url: 'https://a.example/' }, PAGE, 10)).toBeNull();
    expect(validatePageEvent({ ...base, api: 'preconnect', url: 'stun:a.example' }, PAGE, 10)).toBeNull();
    expect(validatePageEvent({ ...base, api: 'webrtc', url: 42 }, PAGE, 10)).toBeNull();
  });
});
