import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, Visit } from '../test/support/findings.ts';
import { siteSets } from './view-marks.ts';

// Registry countries verified in utils/knowledge/ip-country.test.ts.
const DE_IP = '81.169.145.1';
const US_IP = '8.8.8.8';

function nonEuSites(v: Visit): string[] {
  return [...siteSets(analyze(v.record(), realKnowledge())).nonEu].sort();
}

// The "non-EU only" filter must not hide a recipient whose place is not known: hidden reads as EU/EEA.
describe('non-EU only keeps what is outside the EU/EEA or not known', () => {
  it('keeps a company nobody knows, even on an EEA server', () => {
    expect(nonEuSites(new Visit().req('https://cdn.unknown-widget.example/w.js', 100, { ip: DE_IP }))).toEqual([
      'unknown-widget.example',
    ]);
  });

  it('keeps a known EEA company whose servers have no registry country (no address, private address)', () => {
    const v = new Visit()
      .req('https://static.criteo.net/js/ld.js', 100)
      .req('https://widget.trustpilot.com/x.js', 110, { ip: '10.0.0.8' });
    expect(nonEuSites(v)).toEqual(['criteo.net', 'trustpilot.com']);
  });

  it('near: an EEA company on an EEA server is left out; a US company on a US server is kept', () => {
    const v = new Visit()
      .req('https://static.criteo.net/js/ld.js', 100, { ip: DE_IP })
      .req('https://tr.snapchat.com/p', 110, { type: 'ping', ip: US_IP });
    expect(nonEuSites(v)).toEqual(['snapchat.com']);
  });
});
