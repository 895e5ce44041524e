import { describe, expect, it } from 'vitest';
import { frameHostOf, parseUrl } from './url.ts';

describe('frameHostOf (the frame URL of a cookie write, parsed once per frame)', () => {
  it("answers what parseUrl's host is, whatever order the URLs come in", () => {
    const urls = [
      'https://www.shop.test/a',
      'https://www.shop.test/a',
      'https://ads.example/frame.html',
      '',
      'not a url',
      'https://www.shop.test/a',
      'http://[::1]:8080/x',
      'about:blank',
      'https://ads.example/frame.html',
    ];
    for (const url of urls) expect(frameHostOf(url), url).toBe(parseUrl(url)?.host ?? '');
  });
});
