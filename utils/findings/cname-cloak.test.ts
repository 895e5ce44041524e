// The Firefox popup's path: browser.dns.resolve's canonical name as the CNAME lookup of the shared matching.
import { describe, expect, it } from 'vitest';
import { analyze } from './index.ts';
import { fixtureKnowledge, Visit } from '../../test/support/findings.ts';
import { applyCnameCloaks, canonicalNameLookup, findCnameCloaks } from './cname-cloak.ts';

/** What Firefox's dns.resolve(host, ['canonical_name']) answers: the end of the chain, or the host itself. */
const CANONICAL: Readonly<Record<string, string>> = {
  'metrics.shop.example': 'shop.example.sc.omtrdc.net.',
  'cdn.shop.example': 'd111111abcdef8.cloudfront.net',
  'www.shop.example': 'www.shop.example',
};

const page = (): Visit =>
  new Visit()
    .req('https://metrics.shop.example/b/ss/shop/1/JS-2.22.0?mid=123', 200, { type: 'image', ip: '81.169.145.1' })
    .req('https://cdn.shop.example/app.js', 100)
    .req('https://www.shop.example/api/cart', 300, { type: 'xmlhttprequest' });

describe('canonicalNameLookup (browser.dns.resolve)', () => {
  const asked: string[] = [];
  const dns = canonicalNameLookup(async (host) => {
    asked.push(host);
    if (host === 'broken.shop.example') throw new Error('NS_ERROR_UNKNOWN_HOST');
    return { canonicalName: CANONICAL[host] ?? host };
  });

  it('the canonical name is a one-step chain; the host itself or a failure is none', async () => {
    expect(await dns.resolveCname('metrics.shop.example')).toEqual(['shop.example.sc.omtrdc.net']);
    expect(await dns.resolveCname('www.shop.example')).toEqual([]);
    await expect(dns.resolveCname('broken.shop.example')).rejects.toThrow();
  });

  it('finds the tracker behind a first-party host, and the analysis shows the host as that tracker', async () => {
    const k = fixtureKnowledge();
    const record = page().record();
    const cloaks = await findCnameCloaks(record, k.trackers, dns);
    expect(cloaks.map((c) => [c.host, c.target, c.tracker])).toEqual([
      ['metrics.shop.example', 'shop.example.sc.omtrdc.net', 'Adobe Analytics'],
    ]);
    const seen = applyCnameCloaks(record, k, cloaks);
    expect(analyze(seen.record, seen.knowledge).requests.find((r) => r.host === 'metrics.shop.example')).toMatchObject({
      thirdParty: true,
      tracker: { name: 'Adobe Analytics' },
    });
    expect(asked).toContain('cdn.shop.example');
  });
});
