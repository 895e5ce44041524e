import { describe, expect, it } from 'vitest';
import { contextOf, fixtureKnowledge, noEvidenceKnowledge, START, TAB, Visit } from '../../test/support/findings.ts';
import { fromBeforeRedirect, fromBeforeRequest, fromResponseStarted } from '../observe/browser/adapter.ts';
import { thirdCountryTransfer } from './rules/third-country-transfer.ts';
import { thirdParties } from './third-parties.ts';

// Registry countries verified in utils/knowledge/ip-country.test.ts (Google's IPv6 block reads IE).
const IE_IP6 = '2a00:1450:4001:82b::200e';
const US_IP = '8.8.8.8';
const DE_IP = '81.169.145.1';

// Hosts that no own tracker matches but third-party-web files under an entity data/entities.ts maps to a company of
// data/companies.ts: 2mdn.net -> Google/Doubleclick Ads -> Google Ireland Limited (parent Google LLC, US);
// fbsbx.com -> Facebook -> Meta Platforms Ireland Limited (parent Meta Platforms, Inc., US).
describe('transfer company of a host only third-party-web names', () => {
  it('an IE subsidiary of a US parent on an IE server is a third-country transfer, never "company unknown"', () => {
    const v = new Visit().req('https://s0.2mdn.net/ads/studio/x.js', 100, { ip: IE_IP6 });
    const ctx = contextOf(v, {}, fixtureKnowledge());
    const tp = thirdParties(ctx).find((t) => t.site === '2mdn.net');
    expect(tp?.company).toMatchObject({ name: 'Google Ireland Limited', country: 'IE', source: 'third-party-web' });
    expect(tp?.transfer).toMatchObject({ companyCountry: 'IE', serverCountry: 'IE', basis: 'dpf' });
    expect(tp?.transfer.recipients).toContain('data processed by Google LLC (US)');
    const [f] = thirdCountryTransfer.run(ctx);
    expect([f?.id, f?.severity]).toEqual(['third-country-transfer:transfer:2mdn.net', 'info']);
    expect(f?.title).toBe('Google Ireland Limited (2mdn.net): third-country transfer to US, covered by EU-US DPF');
    expect(f?.evidence.notes[0]).toMatch(/^Company side: Google Ireland Limited \(Google\/Doubleclick Ads\), seat IE/);
  });

  it('without DPF evidence the US parent makes it a warning ("not known"), not silence', () => {
    const v = new Visit().req('https://static.xx.fbsbx.com/x.js', 100, { ip: DE_IP });
    const ctx = contextOf(v, {}, noEvidenceKnowledge());
    const tp = thirdParties(ctx).find((t) => t.site === 'fbsbx.com');
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', basis: 'not-known', companyCountry: 'IE' });
    const [f] = thirdCountryTransfer.run(ctx);
    expect([f?.id, f?.severity]).toEqual(['third-country-transfer:transfer:fbsbx.com', 'warning']);
  });

  it('near: a host no layer names keeps "company not known" (EEA server: no finding)', () => {
    const v = new Visit().req('https://cdn.unknown-widget.example/w.js', 100, { ip: DE_IP });
    const ctx = contextOf(v, {}, fixtureKnowledge());
    expect(thirdParties(ctx)[0]?.transfer).toMatchObject({ verdict: 'unknown', companyCountry: null });
    expect(thirdCountryTransfer.run(ctx)).toEqual([]);
  });

  it('near: a tenant of a hosting platform it names (blogspot.com: Blogger, hosting) keeps "company not known"', () => {
    const v = new Visit().req('https://tenant.blogspot.com/feeds/x', 100, { ip: DE_IP });
    const tp = thirdParties(contextOf(v, {}, fixtureKnowledge())).find((t) => t.site === 'tenant.blogspot.com');
    expect(tp?.company).toMatchObject({ name: 'Google Ireland Limited', service: 'Blogger' });
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', companyCountry: null });
  });

  it('near: an own tracker keeps its own company (the names layer is asked only when no tracker matched)', () => {
    const v = new Visit().req('https://tr.snapchat.com/p', 100, { type: 'ping', ip: US_IP });
    const tp = thirdParties(contextOf(v, {}, fixtureKnowledge()))[0];
    expect(tp?.transfer).toMatchObject({ verdict: 'needs-safeguards', companyCountry: 'US' });
  });
});

// A redirect chain is one request in the browser: each hop must keep the address of the server that answered it.
describe('server place of each hop of a redirect chain', () => {
  it('the EEA first hop does not lend its address to the US last hop (nor the reverse)', () => {
    const v = new Visit();
    const hop = { requestId: 'rd', tabId: TAB, frameId: 0, type: 'image' };
    v.events.push(
      ...fromBeforeRequest({ ...hop, url: 'https://r.eu-redirect.example/r?to=us', timeStamp: START + 100 }),
      ...fromBeforeRedirect({
        ...hop,
        url: 'https://r.eu-redirect.example/r?to=us',
        redirectUrl: 'https://tr.snapchat.com/p',
        statusCode: 302,
        ip: DE_IP,
        timeStamp: START + 101,
      }),
      ...fromBeforeRequest({ ...hop, url: 'https://tr.snapchat.com/p', timeStamp: START + 102 }),
      fromResponseStarted({
        ...hop,
        url: 'https://tr.snapchat.com/p',
        statusCode: 200,
        ip: US_IP,
        timeStamp: START + 103,
      }),
    );
    const ctx = contextOf(v, {}, fixtureKnowledge());
    const rows = ctx.requests
      .filter((r) => r.out.thirdParty)
      .map((r) => [r.out.host, r.out.serverIp, r.out.serverCountry]);
    expect(rows).toEqual([
      ['r.eu-redirect.example', DE_IP, 'DE'],
      ['tr.snapchat.com', US_IP, 'US'],
    ]);
    const snap = thirdParties(ctx).find((t) => t.site === 'snapchat.com');
    expect(snap?.transfer).toMatchObject({ verdict: 'needs-safeguards', serverCountry: 'US' });
  });
});
