import { describe, expect, it } from 'vitest';
import { requestBodyText } from './request-body.ts';

const enc = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('requestBodyText', () => {
  it('joins parsed form fields as name=value lines', () => {
    expect(requestBodyText({ formData: { email: ['ca-x@shop.test'], tags: ['a', 'b'] } })).toEqual({
      text: 'email=ca-x@shop.test\ntags=a\ntags=b',
      bytes: 32,
      truncated: false,
    });
  });

  it('decodes raw chunks as UTF-8, several chunks in order, file parts skipped', () => {
    const r = requestBodyText({
      raw: [{ bytes: enc('{"em":"') }, { file: '/tmp/x' }, { bytes: new TextEncoder().encode('ä"}') }],
    });
    expect(r.text).toBe('{"em":"\nä"}');
    expect(r.truncated).toBe(false);
  });

  it('broken UTF-8 becomes U+FFFD, never an exception', () => {
    expect(requestBodyText({ raw: [{ bytes: new Uint8Array([0x61, 0xff, 0x62]).buffer }] }).text).toBe('a\uFFFDb');
  });

  it('scans a huge body only up to the cap and says so', () => {
    const r = requestBodyText({ raw: [{ bytes: new Uint8Array(2_000_000).fill(0x61).buffer }] }, 1000);
    expect(r.text.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });

  it('absent, errored or odd bodies are empty', () => {
    expect(requestBodyText(undefined).text).toBe('');
    expect(requestBodyText({ error: 'Unknown error' }).text).toBe('');
    expect(
      requestBodyText({
        raw: [{ bytes: 'nope' as unknown as ArrayBuffer }],
        formData: { a: 'x' as unknown as string[] },
      }).text,
    ).toBe('a=x');
  });
});
