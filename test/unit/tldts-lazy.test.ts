// The worker's lazily loaded tldts answers as the tldts every other part of the product imports.
import * as tldts from 'tldts';
import { parse as eager } from 'tldts';
import { describe, expect, it } from 'vitest';
import { standInScript } from '../support/lazy-script.ts';
import { parse } from '../../entrypoints/background/tldts-lazy.ts';

// Chrome's worker imports /tldts.js (entrypoints/tldts.ts), which defines `consentAuditorTldts`; here the same effect.
const importScripts = standInScript('/tldts.js', 'consentAuditorTldts', tldts);

const HOSTS = [
  'www.shop.test',
  'a.b.example.co.uk',
  'foo.github.io',
  'x.s3.amazonaws.com',
  'xn--bcher-kva.example',
  'localhost',
  '192.168.0.1',
  '::1',
  'city.kawasaki.jp',
  'www.city.kawasaki.jp',
  'a.b.c.d.e.blogspot.com',
  '',
  'no-dot',
  '.leading.example.com',
];

describe('tldts-lazy', () => {
  it('parses every host as tldts does, with the options the product uses', () => {
    for (const host of HOSTS) {
      const opts = { allowPrivateDomains: true, extractHostname: false } as const;
      expect(parse(host, opts), host).toEqual(eager(host, opts));
      expect(parse(host), host).toEqual(eager(host));
    }
    // Imported once, on first use, and kept.
    expect(importScripts.mock.calls).toEqual([['/tldts.js']]);
  });
});
