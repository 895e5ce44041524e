import { describe, expect, it } from 'vitest';
import { normaliseUrl, parseUrlList } from './arg-values.ts';

describe('URLs', () => {
  it.each<[string, string | null]>([
    ['https://www.shop.example', 'https://www.shop.example/'],
    ['shop.example/path?q=1', 'https://shop.example/path?q=1'],
    ['HTTP://SHOP.EXAMPLE/A', 'http://shop.example/A'],
    ['file:///etc/passwd', null],
    ['data:text/html,hi', null],
    ['', null],
    ['https://', null],
  ])('normaliseUrl(%j) = %j', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it('reads a --urls file: comments and blank lines skipped, bad lines reported by number', () => {
    expect(parseUrlList('# shops\nhttps://a.example/\n\n  b.example  # second\r\nftp://x\n')).toEqual({
      urls: ['https://a.example/', 'https://b.example/'],
      errors: ['line 5: not an http(s) URL: ftp://x'],
    });
  });
});
