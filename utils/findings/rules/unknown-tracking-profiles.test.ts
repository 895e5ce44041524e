// The unknown-tracking heuristic with the CLI's comparison of fresh profiles: a per-visitor id the shape rule misses
// is found, a random-looking value the same in every profile stays a warning with a note, known trackers stay.
import { describe, expect, it } from 'vitest';
import { realKnowledge, START, Visit } from '../../../test/support/findings.ts';
import { analyze } from '../analyze.ts';
import { compareProfiles, type ProfileVerdict } from '../profile-compare.ts';
import { verdictText } from '../profile-notes.ts';
import type { Finding } from '../types.ts';

const SCENARIOS = ['none', 'reject', 'accept'];
const IDS = ['k3x9q2mz', 'p81vdw0c', 'z7m4tq1e'];
const LONG = 'c0ffee5a1b2c3d4e5f60718293a4b5c6';
const PX = 'https://px.unknown-metrics.example/c.gif';
const APP = 'https://www.shop.example/app.js';

type Fill = (v: Visit, i: number) => Visit;

/** The findings of the first scenario: alone, and with the other profiles compared. */
function findings(fill: Fill, profiles = 3, lang: 'en' | 'de' = 'en'): { alone: Finding[]; compared: Finding[] } {
  const records = SCENARIOS.slice(0, profiles).map((scenario, i) => ({
    scenario,
    record: fill(new Visit(), i).record(),
  }));
  const view = compareProfiles(records).get('none')!;
  const k = realKnowledge();
  return {
    alone: analyze(records[0]!.record, k, { lang }).findings,
    compared: analyze(records[0]!.record, k, { lang, profiles: view }).findings,
  };
}

const unknown = (fs: Finding[]): Finding | undefined => fs.find((f) => f.rule === 'unknown-third-party-tracking');

const shortId: Fill = (v, i) =>
  v.storage('mx_vid', IDS[i]!, 100, { script: APP }).req(`${PX}?v=${IDS[i]}&e=view`, 200, { type: 'image' });
const longConstant: Fill = (v) => v.req(`${PX}?k=${LONG}&e=view`, 200, { type: 'image' });
const gaCookie: Fill = (v, i) =>
  v
    .req('https://www.googletagmanager.com/gtag/js?id=G-8KX2QZ7LMW', 50)
    .scriptCookie('_ga', `GA1.1.${[1234567890, 987654321, 555123987][i]}.${START / 1000}`, 100, APP);

describe('unknown-third-party-tracking across fresh profiles', () => {
  it('finds a short per-visitor id the shape rule misses', () => {
    const { alone, compared } = findings(shortId);
    expect(unknown(alone)).toBeUndefined();
    const f = unknown(compared);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence.notes).toContain(
      'image request with a per-visitor id in parameter "v" (value differs between the fresh profiles of scenarios none, reject and accept)',
    );
  });

  it('keeps a random-looking value the same in every profile a warning, and says why it may still be an id', () => {
    // One machine runs every profile: a fingerprint-derived id is the same in all, so a hostile page must not be able
    // to turn its finding into information by deriving its id from the browser instead of storing one.
    const { alone, compared } = findings(longConstant);
    expect(unknown(alone)?.severity).toBe('warning');
    const f = unknown(compared);
    expect(f?.severity).toBe('warning');
    expect(f?.title).toBe(unknown(alone)?.title);
    expect(f?.evidence.notes).toEqual([
      ...(unknown(alone)?.evidence.notes ?? []),
      'parameter "k": same value in all 3 fresh profiles of this run: not a per-visitor id here, though it could be derived from this machine (IP address or fingerprint)',
    ]);
  });

  it('keeps a finding whose other reasons still stand a warning, and says both', () => {
    const { compared } = findings((v, i) => shortId(longConstant(v, i), i));
    const f = unknown(compared);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence.notes.join('\n')).toMatch(/per-visitor id in parameter "v"[\s\S]*parameter "k": same value/);
  });

  it('changes nothing when only one scenario recorded the page', () => {
    for (const fill of [shortId, longConstant, gaCookie]) {
      const { alone, compared } = findings(fill, 1);
      expect(compared).toEqual(alone);
    }
  });

  it('strengthens a known tracker finding whose cookie differs, and never downgrades one', () => {
    const { alone, compared } = findings(gaCookie);
    const before = alone.find((f) => f.id.includes('_ga'));
    const after = compared.find((f) => f.id.includes('_ga'));
    expect(before).toBeDefined();
    expect(after?.severity).toBe(before?.severity);
    expect(after?.evidence.notes).toContain(
      'cookie _ga (shop.example): value differs between the fresh profiles of scenarios none, reject and accept',
    );
    // The tag's account id is the same in every profile: a known tracker's finding keeps its severity all the same.
    const tag = (fs: Finding[]) => fs.filter((f) => f.rule === 'tracking-request-before-choice');
    expect(tag(compared).map((f) => [f.id, f.severity])).toEqual(tag(alone).map((f) => [f.id, f.severity]));
  });

  it('says each verdict in both languages', () => {
    const thirdPartyCookie: Fill = (v, i) => v.cookie('mx', '.unknown-metrics.example', IDS[i]!, 100);
    const said = (lang: 'en' | 'de'): string =>
      [shortId, longConstant, thirdPartyCookie]
        .flatMap((fill) => findings(fill, 3, lang).compared.flatMap((f) => f.evidence.notes))
        .join('\n');
    expect(said('en')).toMatch(/third-party cookie mx holds a per-visitor id \(value differs/);
    const de = said('de');
    expect(de).toMatch(/image-Anfrage mit einer Kennung je Besucher in Parameter "v" \(Wert unterscheidet sich/);
    expect(de).toMatch(/Parameter "k": gleicher Wert in allen 3 frischen Profilen dieses Laufs/);
    expect(de).toMatch(/Drittanbieter-Cookie mx enthält eine Kennung je Besucher/);
  });

  it.each<[string, ProfileVerdict, string, string]>([
    [
      'a value that does not look random',
      { kind: 'same', scenarios: SCENARIOS, random: false },
      'same value in all 3 fresh profiles: a constant, not a visitor id',
      'gleicher Wert in allen 3 frischen Profilen: eine Konstante, keine Besucherkennung',
    ],
    [
      'two scenarios that differ',
      { kind: 'differs', scenarios: ['none', 'accept'] },
      'value differs between the fresh profiles of scenarios none and accept',
      'Wert unterscheidet sich zwischen den frischen Profilen der Szenarien none und accept',
    ],
  ])('words %s', (_name, v, en, de) => {
    expect([verdictText('en', v), verdictText('de', v)]).toEqual([en, de]);
  });
});
