import { describe, expect, it } from 'vitest';
import { thirdParties } from '../third-parties.ts';
import {
  contextOf,
  fixtureKnowledge,
  noEvidenceKnowledge,
  realIpTable,
  realKnowledge,
  Visit,
} from '../../../test/support/findings.ts';
import { createKnowledge } from '../../knowledge/knowledge.ts';
import { thirdCountryTransfer } from './third-country-transfer.ts';

// Registry countries verified in utils/knowledge/ip-country.test.ts.
const US_IP = '8.8.8.8';
const BR_IP = '200.160.2.3';
const DE_IP = '81.169.145.1';
const IE_IP6 = '2a00:1450:4001:82b::200e';

const ga = (v: Visit): Visit =>
  v.req('https://www.google-analytics.com/g/collect?v=2', 100, { type: 'ping', ip: IE_IP6 });
const snap = (v: Visit): Visit => v.req('https://tr.snapchat.com/p', 100, { type: 'ping', ip: US_IP });

// FIXTURE_EVIDENCE (test/support/findings.ts): Google LLC and Meta Platforms, Inc. certified, Snap Inc. not; 'none' uses empty evidence tables.
describe('third-country-transfer', () => {
  it.each<[string, (v: Visit) => Visit, 'fixture' | 'none', Array<[string, string]>]>([
    [
      'US company a source says is not certified (fixture Snap Inc.): violation',
      snap,
      'fixture',
      [['third-country-transfer:transfer:snapchat.com', 'violation']],
    ],
    [
      'US company with no DPF evidence: warning',
      snap,
      'none',
      [['third-country-transfer:transfer:snapchat.com', 'warning']],
    ],
    [
      'IE subsidiary, certified US parent, IE server (Google Analytics): info',
      ga,
      'fixture',
      [['third-country-transfer:transfer:google-analytics.com', 'info']],
    ],
    [
      'IE subsidiary, US parent not in the DPF table: warning',
      ga,
      'none',
      [['third-country-transfer:transfer:google-analytics.com', 'warning']],
    ],
    [
      'unknown company, server registered in a third country (BR): warning',
      (v) => v.req('https://cdn.unknown-widget.example/w.js', 100, { ip: BR_IP }),
      'none',
      [['third-country-transfer:transfer:unknown-widget.example', 'warning']],
    ],
    [
      'EU company without a recipient outside the EEA, server registered in the US, its DPF status not known: warning',
      (v) => v.req('https://static.criteo.net/js/ld.js', 100, { ip: US_IP }),
      'fixture',
      [['third-country-transfer:transfer:criteo.net', 'warning']],
    ],
    [
      'unknown company, server registered in the US: warning, as for any third country',
      (v) => v.req('https://cdn.unknown-widget.example/w.js', 100, { ip: US_IP }),
      'none',
      [['third-country-transfer:transfer:unknown-widget.example', 'warning']],
    ],
    [
      'near: EU company without a recipient outside the EEA, EEA server (Criteo)',
      (v) => v.req('https://static.criteo.net/js/ld.js', 100, { ip: DE_IP }),
      'fixture',
      [],
    ],
    [
      'near: unknown company, server in the EEA (DE)',
      (v) => v.req('https://cdn.unknown-widget.example/w.js', 100, { ip: DE_IP }),
      'none',
      [],
    ],
    [
      'near: first-party host on a US server',
      (v) => v.req('https://static.shop.example/app.js', 100, { ip: US_IP }),
      'none',
      [],
    ],
  ])('%s', (_name, build, tables, expected) => {
    const k = tables === 'fixture' ? fixtureKnowledge() : noEvidenceKnowledge();
    expect(thirdCountryTransfer.run(contextOf(build(new Visit()), {}, k)).map((f) => [f.id, f.severity])).toEqual(
      expected,
    );
  });

  it('names the IE seat, the US processor and the DPF basis, never "EU/EEA ok" (English and German)', () => {
    const [en] = thirdCountryTransfer.run(contextOf(ga(new Visit()), { lang: 'en' }, fixtureKnowledge()));
    expect(en?.title).toBe(
      'Google Ireland Limited (google-analytics.com): third-country transfer to US, covered by EU-US DPF',
    );
    expect(en?.explanation).toContain(
      'Google Ireland Limited (IE, EEA) → data processed by Google LLC (US): third-country transfer, covered by the EU-US DPF ' +
        '(Google LLC certified, adequacy decision of 10 July 2023); name it in the privacy notice (Art. 13(1)(f) GDPR).',
    );
    expect(en?.explanation).toContain('Company in IE (EEA); server registered in IE (EEA).');
    expect(en?.evidence.notes).toContain(
      'Destination US: recipients Google LLC; basis EU-US DPF certification; DPF certified ' +
        '(source: https://www.dataprivacyframework.gov/fixture/Google%20LLC, read 2026-12-01).',
    );
    const [de] = thirdCountryTransfer.run(contextOf(ga(new Visit()), { lang: 'de' }, fixtureKnowledge()));
    expect(de?.title).toBe(
      'Google Ireland Limited (google-analytics.com): Drittlandübermittlung nach US, abgedeckt durch EU-US DPF',
    );
    expect(de?.explanation).toContain(
      'Google Ireland Limited (IE, EWR) → Daten verarbeitet von Google LLC (US): Drittlandübermittlung, abgedeckt durch das EU-US DPF ' +
        '(Google LLC zertifiziert, Angemessenheitsbeschluss vom 10. Juli 2023)',
    );
    expect(de?.explanation).toContain('Unternehmenssitz IE (EWR); Server registriert in IE (EWR).');
  });

  it('says "not known" for a US recipient without DPF evidence, never "not certified"', () => {
    // Yahoo EMEA Limited (IE) with its US parent Yahoo Inc., which has no entry in data/dpf-evidence.ts.
    const yahoo = (v: Visit): Visit => v.req('https://analytics.yahoo.com/p', 100, { type: 'ping', ip: US_IP });
    const [f] = thirdCountryTransfer.run(contextOf(yahoo(new Visit()), {}, realKnowledge()));
    expect(f?.title).toBe('Yahoo EMEA Limited (yahoo.com): third-country transfer to US, DPF certification not known');
    expect(f?.explanation).toContain('EU-US DPF certification of Yahoo Inc. not known');
    expect(`${f?.title} ${f?.explanation} ${f?.evidence.notes.join(' ')}`).not.toMatch(/not certified/);
    const [de] = thirdCountryTransfer.run(contextOf(yahoo(new Visit()), { lang: 'de' }, realKnowledge()));
    expect(de?.title).toBe(
      'Yahoo EMEA Limited (yahoo.com): Drittlandübermittlung nach US, DPF-Zertifizierung nicht bekannt',
    );
    expect(`${de?.title} ${de?.explanation}`).not.toMatch(/nicht zertifiziert/);
  });

  it('covers Google Analytics by the DPF with the shipped evidence (Google LLC certified, cited source)', () => {
    const [f] = thirdCountryTransfer.run(contextOf(ga(new Visit()), {}, realKnowledge()));
    expect(f).toMatchObject({
      severity: 'info',
      title: 'Google Ireland Limited (google-analytics.com): third-country transfer to US, covered by EU-US DPF',
    });
    expect(f?.evidence.notes.join(' ')).toContain('https://business.safety.google/adscontrollerterms/');
  });

  it('says which side is the company and which the server, with the registry caveat', () => {
    const v = snap(new Visit()).choice('accept', 3000);
    const [f] = thirdCountryTransfer.run(contextOf(v, {}, fixtureKnowledge()));
    expect(f).toMatchObject({
      severity: 'violation',
      subject: { kind: 'transfer', host: 'snapchat.com', name: 'Snap Inc.' },
    });
    expect(f?.title).toBe(
      'Snap Inc. (snapchat.com): third-country transfer to US without an adequacy decision or DPF certification',
    );
    expect(f?.evidence.notes[0]).toMatch(
      /^Company side: Snap Inc\. \(Snap Pixel\), seat US, DPF not certified → us-not-certified/,
    );
    expect(f?.evidence.notes[1]).toMatch(/^Server side: US \(8\.8\.8\.8 US\)/);
    expect(f?.evidence.notes.join(' ')).toContain('1 of these requests happened before the consent choice');
    expect(f?.evidence.notes.join(' ')).toContain('registered');
    expect(f?.explanation).toContain('Art. 46');
  });

  it('keeps the assessment on the third party: seat and server in the EEA, the US parent as a destination', () => {
    const [tp] = thirdParties(contextOf(ga(new Visit()), {}, fixtureKnowledge()));
    expect(tp?.transfer).toMatchObject({
      verdict: 'ok',
      basis: 'dpf',
      company: 'eea',
      server: 'eea',
      companyCountry: 'IE',
      serverCountry: 'IE',
    });
    expect(tp?.tracker).toMatchObject({
      company: 'Google Ireland Limited',
      companyCountry: 'IE',
      parentCountry: 'US',
      transferCountries: ['US'],
      dpf: true,
    });
    expect(tp?.parentNote).toMatch(/Google LLC.*United States.*Data Privacy Framework/);
    const [unknown] = thirdParties(contextOf(ga(new Visit()), {}, noEvidenceKnowledge()));
    expect(unknown?.transfer).toMatchObject({ verdict: 'unknown', basis: 'not-known' });
    expect(unknown?.tracker).toMatchObject({ parentCountry: 'US', transferCountries: ['US'], dpf: null });
  });

  it('an EU company with a documented recipient in an adequacy country (TRANSFER_EVIDENCE): info, with the decision date', () => {
    const src = 'https://www.criteo.com/privacy/';
    const k = createKnowledge({
      ipTable: realIpTable(),
      evidence: {
        dpf: {},
        transfers: {
          criteo: {
            recipients: [
              { entity: 'Criteo Schweiz AG', country: 'CH', role: 'affiliate', source: src, checked: '2026-12-01' },
            ],
            transferCountries: [],
          },
        },
      },
    });
    const v = new Visit().req('https://static.criteo.net/js/ld.js', 100, { ip: DE_IP });
    const [f] = thirdCountryTransfer.run(contextOf(v, {}, k));
    expect(f).toMatchObject({
      severity: 'info',
      title: 'Criteo SA (criteo.net): third-country transfer to CH, covered by an EU adequacy decision',
    });
    expect(f?.explanation).toContain(
      'Criteo SA (FR, EEA) → data processed by Criteo Schweiz AG (CH): third-country transfer, covered by the EU adequacy decision of 26 July 2000',
    );
    expect(f?.evidence.notes).toContain('Destination CH: recipients Criteo Schweiz AG; basis adequacy decision.');
    const [de] = thirdCountryTransfer.run(contextOf(v, { lang: 'de' }, k));
    expect(de?.title).toBe(
      'Criteo SA (criteo.net): Drittlandübermittlung nach CH, abgedeckt durch einen Angemessenheitsbeschluss der EU',
    );
    expect(de?.evidence.notes.join(' ')).toContain('Grundlage Angemessenheitsbeschluss');
  });
});
