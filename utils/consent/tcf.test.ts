import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { GVL, TCModel, TCString } from '@iabtcf/core';
import type { Vendor } from '@iabtcf/core';
import { decodeTcString, isTcError, TC_MAX_INPUT, TC_VENDOR_CAP } from './tcf.ts';
import type { TcDecoded, TcError } from './tcf.ts';

// The encoder refuses to run without a GVL; a minimal in-memory vendor list is enough.
function vendor(id: number): Vendor {
  return {
    id,
    name: `Vendor ${id}`,
    purposes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    legIntPurposes: [],
    flexiblePurposes: [],
    specialPurposes: [],
    features: [],
    specialFeatures: [],
    policyUrl: '',
    usesCookies: true,
    cookieMaxAgeSeconds: null,
    cookieRefresh: false,
    usesNonCookieAccess: false,
  };
}

function buildGvl(vendorIds: number[]): GVL {
  const purposes: Record<string, { id: number; name: string; description: string; descriptionLegal: string }> = {};
  for (let i = 1; i <= 11; i++) purposes[String(i)] = { id: i, name: `P${i}`, description: '', descriptionLegal: '' };
  const vendors: Record<string, Vendor> = {};
  for (const id of vendorIds) vendors[String(id)] = vendor(id);
  return new GVL({
    gvlSpecificationVersion: 3,
    vendorListVersion: 50,
    tcfPolicyVersion: 4,
    lastUpdated: '2024-01-01T00:00:00Z',
    purposes,
    specialPurposes: {},
    features: {},
    specialFeatures: {
      '1': { id: 1, name: 'SF1', description: '', descriptionLegal: '' },
      '2': { id: 2, name: 'SF2', description: '', descriptionLegal: '' },
    },
    stacks: {},
    vendors,
  });
}

interface EncodeOpts {
  purposes: number[];
  vendors: number[];
  li?: number[];
  sf?: number[];
  gvlVendors?: number[];
}

function encode(o: EncodeOpts): string {
  const m = new TCModel(buildGvl(o.gvlVendors ?? [1, 2, 755]));
  m.cmpId = 10;
  m.cmpVersion = 2;
  m.consentScreen = 1;
  m.consentLanguage = 'EN';
  m.created = new Date('2024-05-01T10:00:00Z');
  m.lastUpdated = new Date('2024-05-02T10:00:00Z');
  m.purposeConsents.set(o.purposes);
  m.purposeLegitimateInterests.set(o.li ?? []);
  m.specialFeatureOptins.set(o.sf ?? []);
  m.vendorConsents.set(o.vendors);
  return TCString.encode(m);
}

function ok(r: TcDecoded | TcError): TcDecoded {
  if (isTcError(r)) throw new Error(`expected decoded, got ${r.kind}: ${r.error}`);
  return r;
}

function err(r: TcDecoded | TcError): TcError {
  if (!isTcError(r)) throw new Error('expected an error');
  return r;
}

const ALL10 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('decodeTcString: strings made with the @iabtcf/core encoder', () => {
  it('accept-all', () => {
    const d = ok(decodeTcString(encode({ purposes: ALL10, vendors: [1, 2, 755], sf: [1] })));
    expect(d.version).toBe(2);
    expect(d.cmpId).toBe(10);
    expect(d.cmpVersion).toBe(2);
    expect(d.consentLanguage).toBe('EN');
    expect(d.created).toBe('2024-05-01T10:00:00.000Z');
    expect(d.lastUpdated).toBe('2024-05-02T10:00:00.000Z');
    expect(d.vendorListVersion).toBe(50);
    expect(d.policyVersion).toBe(4);
    expect(d.purposeConsents).toEqual(ALL10);
    expect(d.vendorConsents).toEqual([1, 2, 755]);
    expect(d.vendorConsentCount).toBe(3);
    expect(d.specialFeatureOptins).toEqual([1]);
    expect(d.anyConsent).toBe(true);
    expect(d.looksLikeAcceptAll).toBe(true);
    expect(d.looksLikeRejectAll).toBe(false);
  });

  it('reject-all keeps legitimate interest but no consent', () => {
    const d = ok(decodeTcString(encode({ purposes: [], vendors: [], li: [2, 7] })));
    expect(d.purposeConsents).toEqual([]);
    expect(d.purposeLegitimateInterests).toEqual([2, 7]);
    expect(d.anyConsent).toBe(false);
    expect(d.looksLikeRejectAll).toBe(true);
    expect(d.looksLikeAcceptAll).toBe(false);
  });

  it('partial', () => {
    const d = ok(decodeTcString(encode({ purposes: [1, 7, 8], vendors: [755] })));
    expect(d.purposeConsents).toEqual([1, 7, 8]);
    expect(d.anyConsent).toBe(true);
    expect(d.looksLikeAcceptAll).toBe(false);
    expect(d.looksLikeRejectAll).toBe(false);
  });

  it('caps a huge vendor list and keeps the count', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => i + 1);
    const d = ok(decodeTcString(encode({ purposes: ALL10, vendors: ids, gvlVendors: ids })));
    expect(d.vendorConsentCount).toBe(3000);
    expect(d.vendorConsents).toHaveLength(TC_VENDOR_CAP);
    expect(d.vendorConsentsTruncated).toBe(true);
  });

  it('truncated strings (cut in the middle) are reported as truncated', () => {
    const s = encode({ purposes: ALL10, vendors: [1, 2, 755] });
    for (const cut of [20, 30, 40]) expect(err(decodeTcString(s.slice(0, cut))).kind).toBe('truncated');
  });

  it('a malformed trailing segment still yields the core, with a warning', () => {
    const core = encode({ purposes: [1], vendors: [] }).split('.')[0] ?? '';
    const d = ok(decodeTcString(`${core}.!!`));
    expect(d.purposeConsents).toEqual([1]);
    expect(d.warning).toMatch(/later segments ignored/);
  });
});

describe('decodeTcString: literal strings', () => {
  it.each([
    // Encoded once with @iabtcf/core 1.5.6 (cmp 10, purposes 1-10, vendors 1, 2, 755, disclosed-vendors segment).
    {
      s: 'CP99LpAP99LpAAKACBENAyEAAP_AAAAAAAAAF5wAoAAgAEAvMAAAAAAA.IF5wAoAAgAEAvMAA',
      cmpId: 10,
      purposes: ALL10,
      vendors: [1, 2, 755],
      accept: true,
    },
    // Example from the lib_tcstring README (github.com/advancedSTORE/lib_tcstring), CMP 27.
    {
      s: 'COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA',
      cmpId: 27,
      purposes: [1, 2, 3],
      vendors: [2, 6, 8],
      accept: false,
    },
    // Public TCF v2.0 example string circulating in TCF tooling docs, CMP 675.
    { s: 'COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA', cmpId: 675, purposes: [2, 10], vendors: [], accept: false },
  ])('$s', ({ s, cmpId, purposes, vendors, accept }) => {
    const d = ok(decodeTcString(s));
    expect(d.cmpId).toBe(cmpId);
    expect(d.purposeConsents).toEqual(purposes);
    expect(d.vendorConsents).toEqual(vendors);
    expect(d.looksLikeAcceptAll).toBe(accept);
  });

  it('recognises a TCF v1 string (IAB v1 example) as v1', () => {
    const e = err(decodeTcString('BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA'));
    expect(e.kind).toBe('v1');
  });
});

describe('decodeTcString: bad input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'garbage'],
    ['!!!', 'garbage'],
    ['aGVsbG8gd29ybGQ', 'garbage'],
    ['Zm9vYmFy.Zm9v', 'garbage'],
    ['....', 'garbage'],
    ['x'.repeat(1000), 'garbage'],
    ['A', 'garbage'],
    // v2 header with cmpId 0, which the library rejects as an invalid field.
    ['COw4XqLOw4XqLAAAAAENAXCAAAAAAAAAAAAAAAAAAAAA', 'garbage'],
  ])('%j -> %s', (s, kind) => {
    expect(err(decodeTcString(s)).kind).toBe(kind);
  });

  it('rejects huge input without decoding it', () => {
    expect(err(decodeTcString('C'.repeat(TC_MAX_INPUT + 1))).kind).toBe('too-long');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeTcString(s);
        expect(isTcError(r) || r.version === 2).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on base64url-looking strings or mutated valid strings', () => {
    const valid = encode({ purposes: [1, 2], vendors: [2] });
    const b64 = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'.split('')),
      maxLength: 200,
    });
    fc.assert(
      fc.property(b64, fc.nat(), (noise, pos) => {
        const i = pos % valid.length;
        const mutated = valid.slice(0, i) + noise.slice(0, 3) + valid.slice(i + 1);
        for (const s of [noise, `C${noise}`, mutated]) {
          const r = decodeTcString(s);
          expect(typeof r).toBe('object');
        }
      }),
      { numRuns: 500 },
    );
  });
});
