import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../data/countries.ts';
import {
  REGISTRY_CAVEAT,
  TRANSFER_TEXTS,
  transferStatus,
  type PlaceStatus,
  type TransferInput,
  type TransferVerdict,
} from './transfer-status.ts';

const input = (
  companyCountry: string | null,
  companyDpfCertified: boolean | null,
  serverCountry: string | null,
  serverKind?: TransferInput['serverKind'],
): TransferInput =>
  serverKind === undefined
    ? { companyCountry, companyDpfCertified, serverCountry }
    : { companyCountry, companyDpfCertified, serverCountry, serverKind };

describe('transferStatus', () => {
  it.each<[string, TransferInput, PlaceStatus, PlaceStatus, TransferVerdict]>([
    ['EEA company, EEA server', input('DE', null, 'IE', 'public'), 'eea', 'eea', 'ok'],
    ['lower-case codes', input('fr', null, 'nl'), 'eea', 'eea', 'ok'],
    ['adequate company, EEA server', input('CH', null, 'DE'), 'adequate', 'eea', 'ok'],
    ['EEA company, adequate server', input('SE', null, 'GB'), 'eea', 'adequate', 'ok'],
    ['US certified, EEA server', input('US', true, 'IE', 'public'), 'us-dpf', 'eea', 'ok'],
    ['US certified, US server', input('US', true, 'US'), 'us-dpf', 'us-dpf', 'ok'],
    ['US not certified, EEA server', input('US', false, 'DE'), 'us-not-certified', 'eea', 'needs-safeguards'],
    [
      'US not certified, US server',
      input('US', false, 'US'),
      'us-not-certified',
      'us-not-certified',
      'needs-safeguards',
    ],
    ['US certification unknown', input('US', null, 'DE'), 'unknown', 'eea', 'unknown'],
    ['EEA company, US server, certification unknown', input('IE', null, 'US'), 'eea', 'unknown', 'unknown'],
    ['EEA company, US server of a certified group', input('IE', true, 'US'), 'eea', 'us-dpf', 'ok'],
    ['third-country company', input('CN', null, 'DE'), 'third-country', 'eea', 'needs-safeguards'],
    ['EEA company, third-country server', input('DE', null, 'SG'), 'eea', 'third-country', 'needs-safeguards'],
    [
      'DPF flag is irrelevant outside the US',
      input('CN', true, 'CN'),
      'third-country',
      'third-country',
      'needs-safeguards',
    ],
    ['unknown company, EEA server', input(null, null, 'DE'), 'unknown', 'eea', 'unknown'],
    ['unknown company, third-country server', input(null, null, 'RU'), 'unknown', 'third-country', 'needs-safeguards'],
    ['EEA company, no server country', input('DE', null, null), 'eea', 'unknown', 'unknown'],
    ['garbage codes', input('XX', null, 'Germany'), 'unknown', 'unknown', 'unknown'],
    [
      'private server address overrides a passed country',
      input('DE', null, 'DE', 'private'),
      'eea',
      'unknown',
      'unknown',
    ],
    ['loopback server', input('DE', null, null, 'loopback'), 'eea', 'unknown', 'unknown'],
    ['invalid server address', input('DE', null, null, 'invalid'), 'eea', 'unknown', 'unknown'],
    ['public address not in the data', input('DE', null, null, 'public'), 'eea', 'unknown', 'unknown'],
    ['UK alias', input('UK', null, 'GB'), 'adequate', 'adequate', 'ok'],
  ])('%s', (_, given, company, server, verdict) => {
    const got = transferStatus(given);
    expect({ company: got.company, server: got.server, verdict: got.verdict }).toEqual({ company, server, verdict });
    expect(got.caveat).toBe(REGISTRY_CAVEAT);
    expect(got.explanation).not.toMatch(/\n/);
  });

  it.each<[TransferInput, string]>([
    [
      input('US', true, 'IE', 'public'),
      'Company in US, certified under the EU-US Data Privacy Framework (adequacy decision of 10 July 2023); server registered in IE (EEA). No Chapter V safeguards needed.',
    ],
    [
      input('US', false, 'US'),
      'Company in US, not certified under the EU-US Data Privacy Framework; server registered in US, without Data Privacy Framework certification. Transfer needs Art. 46 GDPR safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
    ],
    [
      input('CA', null, 'CH'),
      'Company in CA, covered by an EU adequacy decision of 20 December 2001, for commercial organisations subject to PIPEDA; server registered in CH (EU adequacy decision of 26 July 2000). No Chapter V safeguards needed.',
    ],
    [
      input('CN', null, null, 'private'),
      'Company in CN, a third country without an EU adequacy decision; server address is private (no registry country). Transfer needs Art. 46 GDPR safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
    ],
    [
      input(null, null, null),
      "Company location unknown; server location unknown. Transfer status cannot be decided: the company's seat is not known.",
    ],
    [
      input('US', null, 'US'),
      'Company in US, Data Privacy Framework certification not known; server registered in US, Data Privacy Framework certification not known. Transfer status cannot be decided: whether the company is certified under the EU-US Data Privacy Framework is not known (check its entry on the DPF list).',
    ],
    [
      // The demo's loopback server: the note names the missing fact instead of a bare "cannot be decided".
      input('DE', null, null, 'loopback'),
      "Company in DE (EEA); server address is loopback (no registry country). The server's location is not known; judged on the company and its documented recipients alone, no further Chapter V safeguards are needed.",
    ],
    [
      input('US', null, 'SG'),
      'Company in US, Data Privacy Framework certification not known; server registered in SG, a third country without an EU adequacy decision. Transfer needs Art. 46 GDPR safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
    ],
  ])('explains %j', (given, want) => {
    expect(transferStatus(given).explanation).toBe(want);
  });

  it('names an unknown recipient basis as the missing fact', () => {
    const given = { ...input('IE', null, 'IE'), recipients: { basis: 'not-known' as const, text: 'X → Y (US)' } };
    expect(transferStatus(given).explanation).toBe(
      'X → Y (US). Company in IE (EEA); server registered in IE (EEA). Transfer status cannot be decided: the legal basis for a documented recipient outside the EEA is not known.',
    );
  });

  it('returns normalised country codes', () => {
    expect(transferStatus(input(' us ', true, 'el'))).toMatchObject({ companyCountry: 'US', serverCountry: 'GR' });
    expect(transferStatus(input('??', true, 'DE', 'reserved'))).toMatchObject({
      companyCountry: null,
      serverCountry: null,
    });
  });

  it('never throws on malformed input from untyped callers', () => {
    for (const bad of [null, undefined, {}, { companyCountry: 42, companyDpfCertified: 'yes', serverCountry: [] }]) {
      const got = Reflect.apply(transferStatus, undefined, [bad]);
      expect(got).toMatchObject({ company: 'unknown', server: 'unknown', verdict: 'unknown', caveat: REGISTRY_CAVEAT });
    }
  });

  it('ignores an unrecognised server kind', () => {
    const got = Reflect.apply(transferStatus, undefined, [
      { companyCountry: 'DE', companyDpfCertified: null, serverCountry: 'AT', serverKind: 'weird' },
    ]);
    expect(got).toMatchObject({ company: 'eea', server: 'eea', verdict: 'ok' });
    expect(got.explanation).toContain('server registered in AT (EEA)');
  });

  it('states the anycast caveat', () => {
    expect(REGISTRY_CAVEAT).toMatch(/registered/);
    expect(REGISTRY_CAVEAT).toMatch(/anycast/);
  });
});

describe('transferStatus in German', () => {
  it.each<[TransferInput, string]>([
    [
      input('US', true, 'IE', 'public'),
      'Unternehmenssitz US, zertifiziert nach dem EU-US Data Privacy Framework (Angemessenheitsbeschluss vom 10. Juli 2023); Server registriert in IE (EWR). Keine Garantien nach Kapitel V DSGVO nötig.',
    ],
    [
      input('US', false, 'US'),
      'Unternehmenssitz US, nicht nach dem EU-US Data Privacy Framework zertifiziert; Server registriert in US, ohne Zertifizierung nach dem Data Privacy Framework. Die Übermittlung braucht Garantien nach Art. 46 DSGVO (z. B. Standardvertragsklauseln) oder eine Ausnahme nach Art. 49 DSGVO.',
    ],
    [
      input('CA', null, 'CH'),
      'Unternehmenssitz CA, abgedeckt durch einen Angemessenheitsbeschluss der EU vom 20. Dezember 2001 für gewerbliche Organisationen, die dem PIPEDA unterliegen; Server registriert in CH (Angemessenheitsbeschluss der EU vom 26. Juli 2000). Keine Garantien nach Kapitel V DSGVO nötig.',
    ],
    [
      input('CN', null, null, 'private'),
      'Unternehmenssitz CN, ein Drittland ohne Angemessenheitsbeschluss der EU; Serveradresse ist privat (kein Registry-Land). Die Übermittlung braucht Garantien nach Art. 46 DSGVO (z. B. Standardvertragsklauseln) oder eine Ausnahme nach Art. 49 DSGVO.',
    ],
    [
      input(null, null, null),
      'Sitz des Unternehmens unbekannt; Serverstandort unbekannt. Ob die Übermittlung Garantien braucht, lässt sich nicht entscheiden: Der Sitz des Unternehmens ist unbekannt.',
    ],
    [
      input('DE', null, null, 'invalid'),
      'Unternehmenssitz DE (EWR); Serveradresse ungültig. Der Serverstandort ist unbekannt; allein nach dem Unternehmen und seinen dokumentierten Empfängern beurteilt, sind keine weiteren Garantien nach Kapitel V DSGVO nötig.',
    ],
    [
      input('US', null, 'SG'),
      'Unternehmenssitz US, Zertifizierung nach dem Data Privacy Framework unbekannt; Server registriert in SG, ein Drittland ohne Angemessenheitsbeschluss der EU. Die Übermittlung braucht Garantien nach Art. 46 DSGVO (z. B. Standardvertragsklauseln) oder eine Ausnahme nach Art. 49 DSGVO.',
    ],
  ])('explains %j', (given, want) => {
    const de = transferStatus(given, 'de');
    expect(de.explanation).toBe(want);
    expect(de.caveat).toMatch(/^Das Serverland ist das Land, in dem der IP-Adressblock registriert ist/);
    // Only the wording depends on the language.
    const en = transferStatus(given);
    expect({ ...de, explanation: '', caveat: '' }).toEqual({ ...en, explanation: '', caveat: '' });
  });

  it('has a German wording for every adequacy decision with a narrower scope', () => {
    const scoped = COUNTRIES.filter((c) => c.decision?.scope);
    expect(scoped.length).toBeGreaterThan(0);
    for (const c of scoped) {
      const text = transferStatus(input(c.code, true, 'DE'), 'de').explanation;
      expect(text, c.code).not.toContain(c.decision?.scope ?? '');
    }
  });

  it('German has every English text, with the same placeholders', () => {
    const ph = (s: string): string[] => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] ?? '').sort();
    const de = new Map(Object.entries(TRANSFER_TEXTS.de));
    expect([...de.keys()].sort()).toEqual(Object.keys(TRANSFER_TEXTS.en).sort());
    for (const [k, en] of Object.entries(TRANSFER_TEXTS.en)) expect(ph(de.get(k) ?? ''), k).toEqual(ph(en));
  });

  it('falls back to English for a language it does not have', () => {
    const got = Reflect.apply(transferStatus, undefined, [input('US', false, 'US'), 'fr']);
    expect(got).toEqual(transferStatus(input('US', false, 'US')));
  });
});
