import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from './md5.ts';

describe('md5Hex', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
  ])('RFC 1321 vector %j', (input, want) => {
    expect(md5Hex(input)).toBe(want);
  });

  it('agrees with node:crypto on every length around the block and padding edges, and on non-ASCII text', () => {
    for (let n = 0; n < 140; n++) {
      const s = 'x'.repeat(n);
      expect(md5Hex(s)).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
    }
    for (const s of ['Jürgen Größe', '名前@例え.jp', '\u{1F600} emoji', 'ca-abc@example.de']) {
      expect(md5Hex(s)).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
    }
  });
});
