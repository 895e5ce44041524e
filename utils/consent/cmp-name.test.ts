import { describe, expect, it } from 'vitest';
import { detectCmps } from './cmp-detect.ts';
import { nameCmp } from './cmp-name.ts';

const none = { scriptUrls: [], cookies: [], storage: [], globals: [] };

describe('nameCmp', () => {
  it("names the CMP from the project's data, never from the autoconsent rule that answered its banner", () => {
    // Osano's open-source cookieconsent, whose banner autoconsent's "Complianz optin" rule happens to match.
    const detections = detectCmps({
      ...none,
      cookies: [{ name: 'cookieconsent_status', value: 'deny' }],
      globals: ['cookieconsent'],
    });
    expect(nameCmp({ detections, tcfCmpIds: [], bannerRules: ['Complianz optin'] })).toEqual({
      id: 'osano-cookieconsent',
      name: 'Cookie Consent by Osano (open source)',
      basis: 'data',
    });
  });

  it("Orest Bida's CookieConsent by its cc_cookie and script, not Cookiebot (whose cookie is CookieConsent)", () => {
    const detections = detectCmps({
      ...none,
      scriptUrls: ['https://www.shop.example/js/cookieconsent.umd.js'],
      cookies: [{ name: 'cc_cookie', value: '{}' }],
    });
    expect(nameCmp({ detections, tcfCmpIds: [], bannerRules: ['cookieconsent3'] })?.id).toBe('orestbida-cookieconsent');
    expect(detectCmps({ ...none, cookies: [{ name: 'CookieConsent', value: '-1' }] }).map((d) => d.cmpId)).toEqual([
      'cookiebot',
    ]);
  });

  it('a TCF CMP id the data knows names that CMP; an unknown one is said to be unknown', () => {
    expect(
      nameCmp({ detections: detectCmps({ ...none, tcfCmpIds: [28] }), tcfCmpIds: [28], bannerRules: [] })?.name,
    ).toBe('OneTrust');
    expect(nameCmp({ detections: [], tcfCmpIds: [4242], bannerRules: ['some rule'] })).toEqual({
      id: 'tcf:4242',
      name: "TCF CMP id 4242, not in this tool's CMP data",
      basis: 'tcf',
    });
  });

  it('falls back to the banner rule, said as such, and to null when nothing was seen', () => {
    expect(nameCmp({ detections: [], tcfCmpIds: [], bannerRules: ['', 'Complianz optin'] })).toEqual({
      id: 'autoconsent:Complianz optin',
      name: 'banner found by autoconsent rule "Complianz optin" (CMP not identified)',
      basis: 'banner',
    });
    expect(nameCmp({ detections: [], tcfCmpIds: [0, -1], bannerRules: [] })).toBeNull();
  });
});
