import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromErrorOccurred } from '../observe/browser/adapter.ts';
import { contextOf, fixtureKnowledge, START, TAB, Visit } from '../../test/support/findings.ts';
import { thirdParties } from './third-parties.ts';

// Registry country verified in utils/knowledge/ip-country.test.ts.
const DE_IP = '81.169.145.1';

/** A request the browser started that ended in an error: no response, so no server address. */
function failed(v: Visit, requestId: string, url: string, t: number): Visit {
  v.events.push(
    ...fromBeforeRequest({ requestId, url, type: 'ping', tabId: TAB, frameId: 0, timeStamp: START + t }),
    fromErrorOccurred({ requestId, url, tabId: TAB, timeStamp: START + t + 1, error: 'net::ERR_ABORTED' }),
  );
  return v;
}

// FIXTURE_EVIDENCE: Google LLC certified. www.google.com/ads is Google Ireland's (IE), /maps Google LLC's (US).
describe('third party transfer verdict: requests without a server address', () => {
  const adsWithIp = (v: Visit): Visit => v.req('https://www.google.com/ads/ga-audiences', 100, { ip: DE_IP });

  it('a located request of one company does not vouch for another company reached without an address', () => {
    const v = adsWithIp(new Visit()).req('https://www.google.com/maps/embed?pb=1', 200, { type: 'sub_frame' });
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.site).toBe('google.com');
    // Google LLC (US) with no server address: "not known", never the other request's EEA "ok".
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', companyCountry: 'US', serverCountry: null });
    expect(tp?.transfer.explanation).toContain('server location unknown');
  });

  it('a request that never got a response (aborted beacon) keeps its company in the verdict', () => {
    const v = failed(adsWithIp(new Visit()), 'b1', 'https://maps.google.com/maps/gen_204?x=1', 300);
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', companyCountry: 'US', serverCountry: null });
  });

  it('near: a repeat of a located host and company without an address (HTTP cache) keeps the located verdict', () => {
    const v = adsWithIp(new Visit()).req('https://www.google.com/ads/ga-audiences?2', 200);
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'ok', companyCountry: 'IE', serverCountry: 'DE' });
  });

  it('near: with no address anywhere the server side reads "not known", never EU/EEA', () => {
    const v = new Visit().req('https://www.google.com/ads/ga-audiences', 100);
    const [tp] = thirdParties(contextOf(v, {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({ verdict: 'unknown', server: 'unknown', serverCountry: null });
    expect(tp?.servers).toEqual([]);
  });
});

// Registry country verified in utils/knowledge/ip-country.test.ts.
const US_IP = '8.8.8.8';

describe('third party transfer verdict: what the page writes in the URL does not set it', () => {
  it.each<[string, string, string, string, object]>([
    [
      'user info naming an EEA tracker host: the real host is the recipient',
      'https://static.criteo.net@tr.snapchat.com/p',
      US_IP,
      'snapchat.com',
      { verdict: 'needs-safeguards', companyCountry: 'US' },
    ],
    [
      'an odd port and upper case change nothing',
      'https://TR.SNAPCHAT.COM:8443/p',
      US_IP,
      'snapchat.com',
      { verdict: 'needs-safeguards', companyCountry: 'US' },
    ],
    [
      'an EEA tracker name as a subdomain of another site is that site, company not known',
      'https://static.criteo.net.cdn-eu.example/p',
      DE_IP,
      'cdn-eu.example',
      { verdict: 'unknown', companyCountry: null, serverCountry: 'DE' },
    ],
    [
      'a Cyrillic look-alike of an EEA tracker host (punycode) is not that tracker',
      'https://static.crit\u0435o.net/p',
      DE_IP,
      'xn--crito-2we.net',
      { verdict: 'unknown', companyCountry: null },
    ],
  ])('%s', (_name, url, ip, site, transfer) => {
    const v = new Visit().req(url, 100, { type: 'ping', ip });
    const tp = thirdParties(contextOf(v, {}, fixtureKnowledge())).find((t) => t.site === site);
    expect(tp?.transfer).toMatchObject(transfer);
  });
});
