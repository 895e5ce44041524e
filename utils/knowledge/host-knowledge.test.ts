import { describe, expect, it } from 'vitest';
import { COMPANIES } from '../../data/index.ts';
import { hostKnowledge, type HostSlot } from './host-knowledge.ts';
import type { IpCountry } from './ip-country.ts';
import { recipientIndex } from './recipients.ts';
import { defaultTrackerMatcher } from './tracker-match.ts';

const trackers = defaultTrackerMatcher();
const recipients = recipientIndex();
/** A stand-in table that counts its lookups and answers by the last digit, so a wrong memo shows. */
function countingTable() {
  const asked: string[] = [];
  const lookup = (ip: string): IpCountry => {
    asked.push(ip);
    return Object.freeze({ country: ip.endsWith('1') ? 'DE' : 'US', kind: 'public' as const });
  };
  return { asked, lookup };
}
const slot = (host: string): HostSlot => ({ host, memo: null });
const HOSTS = ['www.google-analytics.com', 'connect.facebook.net', 'cdn.unknown-host.example', 'www.shop.example', ''];

describe('hostKnowledge', () => {
  it('answers what the tracker matcher and the recipient index answer, for trackers and other hosts', () => {
    const { lookup } = countingTable();
    const hk = hostKnowledge({ trackers, recipients, ipLookup: lookup });
    let matched = 0;
    for (const host of HOSTS) {
      const k = hk.of(slot(host));
      const m = trackers.match(host);
      expect(k.match, host).toBe(m);
      expect(k.recipients, host).toBe(m ? recipients(m.company) : null);
      if (m) matched++;
    }
    expect(matched).toBeGreaterThanOrEqual(2);
  });

  it('computes once per slot, and replaces a memo it did not make', () => {
    const { lookup } = countingTable();
    const hk = hostKnowledge({ trackers, recipients, ipLookup: lookup });
    const other = hostKnowledge({ trackers, recipients, ipLookup: lookup });
    const s = slot('www.google-analytics.com');
    const k = hk.of(s);
    expect(s.memo).toBe(k);
    expect(hk.of(s)).toBe(k);
    // Another lookup's memo (or anything else) is not trusted: it is recomputed with this lookup's sources.
    const theirs = other.of(s);
    expect(theirs).not.toBe(k);
    s.memo = { match: null, recipients: null, ipText: '1.1.1.1', ip: { country: 'XX', kind: 'public' } };
    const again = hk.of(s);
    expect(again.match).toBe(trackers.match('www.google-analytics.com'));
    expect(hk.ipOf(again, '1.1.1.1')?.country).toBe('DE');
  });

  it('gives the table’s answer for every address, asking the table again only when the address changes', () => {
    const { asked, lookup } = countingTable();
    const hk = hostKnowledge({ trackers, recipients, ipLookup: lookup });
    const k = hk.of(slot('connect.facebook.net'));
    const seq = ['157.240.0.1', '157.240.0.1', '2a03:2880::2', '2a03:2880::2', '157.240.0.1'];
    const answers = seq.map((ip) => hk.ipOf(k, ip));
    expect(answers.map((a) => a?.country)).toEqual(['DE', 'DE', 'US', 'US', 'DE']);
    expect(asked).toEqual(['157.240.0.1', '2a03:2880::2', '157.240.0.1']);
    // A fresh string with the same text is the same address.
    const text = ['157', '240', '0', '1'].join('.');
    expect(hk.ipOf(k, text)).toBe(answers[4]);
    expect(asked).toHaveLength(3);
  });

  it('answers null for the country without a table', () => {
    const hk = hostKnowledge({ trackers, recipients, ipLookup: null });
    const k = hk.of(slot('www.google-analytics.com'));
    expect(hk.ipOf(k, '8.8.8.8')).toBeNull();
    expect(k.match?.company).toBe(COMPANIES.find((c) => c.id === k.match?.company.id));
  });
});
