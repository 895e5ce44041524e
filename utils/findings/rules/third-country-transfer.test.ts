import { describe, expect, it } from 'vitest';
import { thirdParties } from '../third-parties.ts';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { thirdCountryTransfer } from './third-country-transfer.ts';

// Registry countries verified in utils/ip-country.test.ts.
const US_IP = '8.8.8.8';
const BR_IP = '200.160.2.3';
const DE_IP = '81.169.145.1';
const IE_IP6 = '2a00:1450:4001:82b::200e';

describe('third-country-transfer', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    ['US company without DPF certification (Snap Inc.)', (v) => v.req('https://tr.snapchat.com/p', 100, { type: 'ping', ip: US_IP }),
      ['third-country-transfer:transfer:snapchat.com']],
    ['unknown company, server registered in a third country (BR)', (v) => v.req('https://cdn.unknown-widget.example/w.js', 100, { ip: BR_IP }),
      ['third-country-transfer:transfer:unknown-widget.example']],
    ['near: IE company with a DPF-certified US parent, IE server (Google Analytics)', (v) => v.req('https://www.google-analytics.com/analytics.js', 100, { ip: IE_IP6 }), []],
    ['near: unknown company, server in the EEA (DE)', (v) => v.req('https://cdn.unknown-widget.example/w.js', 100, { ip: DE_IP }), []],
    ['near: first-party host on a US server', (v) => v.req('https://static.shop.example/app.js', 100, { ip: US_IP }), []],
  ])('%s', (_name, build, ids) => {
    expect(thirdCountryTransfer.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('says which side is the company and which the server, with the registry caveat', () => {
    const v = new Visit().req('https://tr.snapchat.com/p', 100, { type: 'ping', ip: US_IP }).choice('accept', 3000);
    const [f] = thirdCountryTransfer.run(contextOf(v));
    expect(f).toMatchObject({ severity: 'warning', subject: { kind: 'transfer', host: 'snapchat.com', name: 'Snap Inc.' } });
    expect(f?.evidence.notes[0]).toMatch(/^Company side: Snap Inc\. \(Snap Pixel\), seat US, DPF not certified → us-not-certified/);
    expect(f?.evidence.notes[1]).toMatch(/^Server side: US \(8\.8\.8\.8 US\)/);
    expect(f?.evidence.notes.join(' ')).toContain('1 of these requests happened before the consent choice');
    expect(f?.evidence.notes.join(' ')).toContain('registered');
    expect(f?.explanation).toContain('Art. 44-49');
  });

  it('keeps the US parent of an IE company as information on the third party, not as a finding', () => {
    const ctx = contextOf(new Visit().req('https://www.google-analytics.com/analytics.js', 100, { ip: IE_IP6 }));
    const [tp] = thirdParties(ctx);
    expect(tp?.transfer).toMatchObject({ verdict: 'ok', company: 'eea', server: 'eea', companyCountry: 'IE', serverCountry: 'IE' });
    expect(tp?.tracker).toMatchObject({ company: 'Google Ireland Limited', companyCountry: 'IE', parentCountry: 'US', dpf: true });
    expect(tp?.parentNote).toMatch(/Google LLC.*United States.*not a violation/);
  });
});
