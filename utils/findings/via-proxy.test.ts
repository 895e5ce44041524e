// A response that came through a proxy (Firefox's proxyInfo) carries the proxy's address: the analysis must never read
// that address's country as the server's (a proxy in Germany would make a US tracker's server read "EU/EEA").
import { describe, expect, it } from 'vitest';
import { fromBeforeRedirect, fromBeforeRequest } from '../observe/browser/adapter.ts';
import { contextOf, fixtureKnowledge, START, TAB, Visit } from '../../test/support/findings.ts';
import { analyze } from './analyze.ts';
import { thirdParties } from './third-parties.ts';

// Registry countries verified in utils/knowledge/ip-country.test.ts.
const DE_IP = '81.169.145.1';
// FIXTURE_EVIDENCE: www.google.com/ads is Google Ireland's (IE, recipients covered by the DPF), /maps Google LLC's (US).
const ADS = 'https://www.google.com/ads/ga-audiences';
const MAPS = 'https://www.google.com/maps/embed?pb=1';

describe('a response through a proxy: the server location is not known', () => {
  it('near: the same request without a proxy reads its address (DE, EEA: "ok")', () => {
    const v = new Visit().req(ADS, 100, { ip: DE_IP });
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'ok', server: 'eea', serverCountry: 'DE' });
  });

  it('through a proxy the proxy\'s German address is no EEA server: "not known (proxy)", never "ok"', () => {
    const v = new Visit().req(ADS, 100, { ip: DE_IP, proxy: 'http' });
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', server: 'unknown', serverCountry: null });
    expect(tp?.transfer.explanation).toContain("server location not known (proxy): the address seen is the proxy's");
    expect(tp?.servers).toEqual([{ ip: DE_IP, country: null, kind: 'proxy' }]);
    expect(tp?.serverCountries).toEqual([]);
  });

  it('a proxyInfo of type "direct" is no proxy: the address is read', () => {
    const v = new Visit().req(ADS, 100, { ip: DE_IP, proxy: 'direct' });
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'ok', serverCountry: 'DE' });
  });

  it('the requests, their evidence and the transfer finding say "not known (proxy)"; the company side stays', () => {
    const v = new Visit().req(MAPS, 100, { ip: DE_IP, proxy: 'socks' });
    const a = analyze(v.record(), fixtureKnowledge(), { lang: 'en' });
    const maps = a.requests.find((r) => r.url === MAPS);
    expect(maps).toMatchObject({ serverIp: DE_IP, serverCountry: null, viaProxy: true });
    expect(maps?.tracker).toMatchObject({ company: 'Google LLC', companyCountry: 'US' });
    // The page itself was not proxied in this visit: its request keeps its country and has no mark.
    expect(a.requests.find((r) => r.url === 'https://www.shop.example/')).not.toHaveProperty('viaProxy');
    const f = a.findings.find((x) => x.rule === 'third-country-transfer' && x.subject.host === 'google.com');
    expect(f?.evidence.notes.join('\n')).toContain(`${DE_IP} not known (proxy)`);
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'request', serverCountry: null, viaProxy: true });
  });

  it('in German', () => {
    const v = new Visit().req(ADS, 100, { ip: DE_IP, proxy: 'http' });
    const [tp] = thirdParties(contextOf(v, { lang: 'de' }, fixtureKnowledge()));
    expect(tp?.transfer.explanation).toContain('Serverstandort nicht bekannt (Proxy)');
  });

  it('the record keeps the mark on a redirect hop and on the response', () => {
    const v = new Visit();
    const url = 'https://www.google.com/ads/r';
    v.events.push(
      ...fromBeforeRequest({ requestId: 'x', url, type: 'image', tabId: TAB, frameId: 0, timeStamp: START + 50 }),
      ...fromBeforeRedirect({
        requestId: 'x',
        url,
        redirectUrl: `${url}2`,
        statusCode: 302,
        ip: DE_IP,
        proxyInfo: { type: 'http' },
        tabId: TAB,
        timeStamp: START + 60,
      }),
    );
    const entry = v.record().requests.find((r) => r.url === url);
    expect(entry).toMatchObject({ ip: DE_IP, proxied: true });
  });
});
