import { describe, expect, it } from 'vitest';
import type { DpfEvidence } from '../../data/dpf-evidence.ts';
import type { TransferEvidence } from '../../data/transfer-evidence.ts';
import type { Company } from '../../data/types.ts';
import { recipientChainText } from './recipient-text.ts';
import { dpfOf, recipientIndex, recipientModel, worstBasis, type EvidenceTables } from './recipients.ts';

const SRC = 'https://example.test/source';
const DAY = '2026-12-01';

function company(id: string, name: string, country: string, extra: Partial<Company> = {}): Company {
  return { id, name, brand: name, country, source: SRC, checked: DAY, ...extra };
}

function dpf(entity: string, certified: boolean): DpfEvidence {
  return {
    entity,
    certified,
    source: `https://www.dataprivacyframework.gov/participant/${entity.length}`,
    checked: DAY,
  };
}

const GOOGLE_IE = company('google-ireland', 'Google Ireland Limited', 'IE', {
  parent: 'Google LLC',
  parentCountry: 'US',
});
const EU_ONLY = company('eu-analytics', 'EU Analytics GmbH', 'DE');
const SWISS = company('swiss-stats', 'Swiss Stats AG', 'CH');
const US_UNKNOWN = company('us-pixel', 'Pixel Corp.', 'US');
const US_NO = company('us-no', 'No DPF Inc.', 'US');
const CN = company('cn-ads', 'Ads Co. Ltd.', 'CN');
const WITH_SUBS = company('eu-chat', 'Chat SAS', 'FR');

const TABLES: EvidenceTables = {
  dpf: {
    'Google LLC': dpf('Google LLC', true),
    'No DPF Inc.': dpf('No DPF Inc.', false),
    'Hosting LLC': dpf('Hosting LLC', true),
  },
  transfers: {
    'eu-chat': {
      recipients: [{ entity: 'Hosting LLC', country: 'US', role: 'sub-processor', source: SRC, checked: DAY }],
      transferCountries: [
        { country: 'US', source: SRC, checked: DAY },
        { country: 'IN', source: SRC, checked: DAY },
      ],
    } satisfies TransferEvidence,
    'eu-analytics': { recipients: [], transferCountries: [] },
  },
};

describe('recipientModel', () => {
  it('EU subsidiary with a certified US parent: a third-country transfer to the US covered by the DPF, never "EEA ok"', () => {
    const m = recipientModel(GOOGLE_IE, TABLES);
    expect(m).toMatchObject({
      entity: 'Google Ireland Limited',
      country: 'IE',
      parent: 'Google LLC',
      parentCountry: 'US',
      transferCountries: ['US'],
      dpf: true,
    });
    expect(m.destinations).toEqual([
      {
        country: 'US',
        recipients: ['Google LLC'],
        basis: 'dpf',
        decision: expect.objectContaining({ date: '2023-07-10' }),
        dpf: true,
        dpfSources: [TABLES.dpf['Google LLC']?.source],
        dpfChecked: [TABLES.dpf['Google LLC']?.checked],
      },
    ]);
    expect(m.recipients.map((r) => [r.entity, r.country, r.role])).toEqual([
      ['Google Ireland Limited', 'IE', 'contracting'],
      ['Google LLC', 'US', 'parent'],
    ]);
  });

  it('the same subsidiary with an empty DPF table: US parent "not known", not "not certified"', () => {
    const m = recipientModel(GOOGLE_IE, { dpf: {}, transfers: {} });
    expect(m).toMatchObject({ transferCountries: ['US'], dpf: null });
    expect(m.destinations[0]).toMatchObject({ basis: 'not-known', dpf: null });
  });

  it('EU company with no transfers documented: no destination, dpf null', () => {
    const m = recipientModel(EU_ONLY, TABLES);
    expect(m).toMatchObject({
      transferCountries: [],
      destinations: [],
      dpf: null,
      parent: null,
      parentCountry: null,
      researched: true,
    });
    expect(worstBasis(m.destinations)).toBeNull();
  });

  it('adequacy country: listed as a destination with the adequacy basis and decision date', () => {
    const m = recipientModel(SWISS, TABLES);
    expect(m.transferCountries).toEqual(['CH']);
    expect(m.destinations[0]).toMatchObject({ basis: 'adequacy', decision: { date: '2000-07-26' }, dpf: null });
    expect(worstBasis(m.destinations)).toBe('adequacy');
  });

  it('US company without an evidence entry: dpf null and basis not-known', () => {
    const m = recipientModel(US_UNKNOWN, TABLES);
    expect(m).toMatchObject({ transferCountries: ['US'], dpf: null });
    expect(m.destinations[0]).toMatchObject({ basis: 'not-known', recipients: ['Pixel Corp.'] });
  });

  it('US company a source says is not certified: dpf false and no basis', () => {
    const m = recipientModel(US_NO, TABLES);
    expect(m).toMatchObject({ dpf: false, transferCountries: ['US'] });
    expect(worstBasis(m.destinations)).toBe('none');
  });

  it('third country without adequacy: no basis known', () => {
    expect(recipientModel(CN, TABLES).destinations).toEqual([
      expect.objectContaining({ country: 'CN', basis: 'none', decision: null }),
    ]);
  });

  it('EU company with documented sub-processors and transfer countries from TRANSFER_EVIDENCE', () => {
    const m = recipientModel(WITH_SUBS, TABLES);
    expect(m.transferCountries).toEqual(['IN', 'US']);
    expect(m.destinations.find((d) => d.country === 'US')).toMatchObject({ recipients: ['Hosting LLC'], basis: 'dpf' });
    expect(m.destinations.find((d) => d.country === 'IN')).toMatchObject({ recipients: [], basis: 'none' });
    expect(m.dpf).toBe(true);
    expect(worstBasis(m.destinations)).toBe('none');
  });

  it('bad table content and odd names do not invent a status', () => {
    const broken = {
      dpf: { 'Pixel Corp.': { entity: 'Pixel Corp.', certified: 'yes' } as unknown as DpfEvidence },
      transfers: {},
    };
    expect(recipientModel(US_UNKNOWN, broken).dpf).toBeNull();
    expect(dpfOf('constructor', {})).toBeNull();
    expect(dpfOf(undefined, TABLES.dpf)).toBeNull();
    const odd = recipientModel(company('odd', 'Odd', 'ZZ', { parent: 'Parent', parentCountry: '??' }), TABLES);
    expect(odd).toMatchObject({ transferCountries: [], parentCountry: null });
  });

  it('recipientIndex memoises per company id', () => {
    const index = recipientIndex(TABLES);
    expect(index(GOOGLE_IE)).toBe(index(GOOGLE_IE));
  });
});

describe('recipientChainText', () => {
  it('names the EU seat, the US processor and the DPF basis in English and German', () => {
    const m = recipientModel(GOOGLE_IE, TABLES);
    expect(recipientChainText(m, 'en')).toBe(
      'Google Ireland Limited (IE, EEA) → data processed by Google LLC (US): third-country transfer, covered by the EU-US DPF ' +
        '(Google LLC certified, adequacy decision of 10 July 2023); name it in the privacy notice (Art. 13(1)(f) GDPR)',
    );
    expect(recipientChainText(m, 'de')).toBe(
      'Google Ireland Limited (IE, EWR) → Daten verarbeitet von Google LLC (US): Drittlandübermittlung, abgedeckt durch das EU-US DPF ' +
        '(Google LLC zertifiziert, Angemessenheitsbeschluss vom 10. Juli 2023); in der Datenschutzerklärung nennen (Art. 13 Abs. 1 lit. f DSGVO)',
    );
  });

  it('says "not known" for an unverified US entity, never "not certified"', () => {
    const en = recipientChainText(recipientModel(US_UNKNOWN, TABLES), 'en');
    expect(en).toBe(
      'Pixel Corp. (US): third-country transfer, EU-US DPF certification of Pixel Corp. not known, so no basis is confirmed; ' +
        'name it in the privacy notice (Art. 13(1)(f) GDPR)',
    );
    expect(en).not.toMatch(/not certified/);
    expect(recipientChainText(recipientModel(US_UNKNOWN, TABLES), 'de')).toContain(
      'Zertifizierung von Pixel Corp. nach dem EU-US DPF nicht bekannt',
    );
  });

  it('words dpf false, adequacy, third countries and several destinations', () => {
    expect(recipientChainText(recipientModel(US_NO, TABLES))).toContain(
      'No DPF Inc. not certified under the EU-US DPF',
    );
    expect(recipientChainText(recipientModel(SWISS, TABLES))).toBe(
      'Swiss Stats AG (CH, EU adequacy decision of 26 July 2000): third-country transfer, covered by the EU adequacy decision of 26 July 2000; ' +
        'name it in the privacy notice (Art. 13(1)(f) GDPR)',
    );
    const multi = recipientChainText(recipientModel(WITH_SUBS, TABLES));
    expect(multi).toMatch(
      /^Chat SAS \(FR, EEA\) → data processed by recipients in IN, Hosting LLC \(US\): third-country transfer, to IN no EU adequacy decision for IN/,
    );
    expect(multi).toContain('to US covered by the EU-US DPF (Hosting LLC certified');
    expect(recipientChainText(recipientModel(EU_ONLY, TABLES), 'de')).toBe(
      'EU Analytics GmbH (DE, EWR): kein Empfänger außerhalb von EU/EWR dokumentiert',
    );
    expect(recipientChainText(recipientModel(EU_ONLY, { dpf: {}, transfers: {} }))).toContain(
      'further recipients not researched',
    );
  });
});
