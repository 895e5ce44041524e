import { describe, expect, it } from 'vitest';
import { requestBodyOf, type ScanBody } from './request-body.ts';

const enc = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;
const text = (r: ScanBody): string => (typeof r.body === 'string' ? r.body : new TextDecoder().decode(r.body));

describe('requestBodyOf', () => {
  it('joins parsed form fields as name=value lines', () => {
    expect(requestBodyOf({ formData: { email: ['ca-x@shop.test'], tags: ['a', 'b'] } })).toEqual({
      body: 'email=ca-x@shop.test\ntags=a\ntags=b',
      bytes: 32,
      truncated: false,
    });
  });

  it('hands one raw chunk over as its bytes, not copied', () => {
    const buf = enc('{"em":"ca-x@shop.test"}');
    const r = requestBodyOf({ raw: [{ bytes: buf }] });
    expect(r.body).toBeInstanceOf(Uint8Array);
    expect((r.body as Uint8Array).buffer).toBe(buf);
    expect(text(r)).toBe('{"em":"ca-x@shop.test"}');
    expect(r).toMatchObject({ bytes: 23, truncated: false });
  });

  it('joins raw chunks in order as the request sent them (a value split over two chunks stays whole), file parts and empty chunks skipped', () => {
    const r = requestBodyOf({
      raw: [
        { bytes: new Uint8Array(0).buffer },
        { bytes: enc('{"em":"ca-x@sh') },
        { file: '/tmp/x' },
        { bytes: new TextEncoder().encode('op.test ä"}') },
      ],
    });
    expect(text(r)).toBe('{"em":"ca-x@shop.test ä"}');
    expect(r.truncated).toBe(false);
  });

  it('a character split over two chunks decodes whole', () => {
    const a = new TextEncoder().encode('xä');
    const r = requestBodyOf({ raw: [{ bytes: a.subarray(0, 2) }, { bytes: a.subarray(2) }] });
    expect(text(r)).toBe('xä');
  });

  it('form fields and raw bytes together become one text', () => {
    expect(requestBodyOf({ formData: { a: ['1'] }, raw: [{ bytes: enc('b=2') }] }).body).toBe('a=1\nb=2');
  });

  it('broken UTF-8 is kept as bytes (the scanner decodes it to U+FFFD), never an exception', () => {
    const r = requestBodyOf({ raw: [{ bytes: new Uint8Array([0x61, 0xff, 0x62]).buffer }] });
    expect(text(r)).toBe('a\uFFFDb');
  });

  it('scans a huge body only up to the cap and says so', () => {
    const r = requestBodyOf({ raw: [{ bytes: new Uint8Array(2_000_000).fill(0x61).buffer }] }, 1000);
    expect(text(r).length).toBe(1000);
    expect(r.truncated).toBe(true);
    const two = requestBodyOf({ raw: [{ bytes: enc('a'.repeat(600)) }, { bytes: enc('b'.repeat(600)) }] }, 1000);
    expect(text(two)).toBe('a'.repeat(600) + 'b'.repeat(400));
    expect(two).toMatchObject({ bytes: 1000, truncated: true });
  });

  it('absent, errored or odd bodies are empty', () => {
    expect(requestBodyOf(undefined).body).toBe('');
    expect(requestBodyOf({ error: 'Unknown error' }).body).toBe('');
    expect(
      requestBodyOf({
        raw: [{ bytes: 'nope' as unknown as ArrayBuffer }],
        formData: { a: 'x' as unknown as string[] },
      }).body,
    ).toBe('a=x');
  });
});
