// Recipient chains built from the shipped data tables (data/companies.ts, data/transfer-evidence.ts, data/dpf-evidence.ts).
import { describe, expect, it } from 'vitest';
import { COMPANIES } from '../../data/companies.ts';
import { recipientChainText } from './recipient-text.ts';
import { recipientModel, worstBasis } from './recipients.ts';
import { transferStatus } from './transfer-status.ts';

function shipped(id: string) {
  const company = COMPANIES.find((c) => c.id === id);
  if (!company) throw new Error(`no company ${id} in data/companies.ts`);
  return company;
}

describe('OpenX: EEA controller whose data reaches its US group affiliate', () => {
  const openx = shipped('openx');
  const model = recipientModel(openx);

  it('names OpenX Poland as the EEA controller and OpenX Technologies (US, DPF-certified) as the recipient', () => {
    expect(openx).toMatchObject({ name: 'OpenX Poland Sp. z o.o.', country: 'PL' });
    expect(model.recipients.map((r) => [r.entity, r.country, r.role, r.dpf])).toEqual([
      ['OpenX Poland Sp. z o.o.', 'PL', 'contracting', null],
      ['OpenX Technologies, Inc.', 'US', 'affiliate', true],
    ]);
    expect(model.destinations).toEqual([
      expect.objectContaining({ country: 'US', recipients: ['OpenX Technologies, Inc.'], basis: 'dpf', dpf: true }),
    ]);
    expect(model.transferCountries).toEqual(['US']);
    expect(model.dpf).toBe(true);
  });

  it('states the third-country transfer to the US recipient under the DPF in both languages, never "EEA only"', () => {
    for (const lang of ['en', 'de'] as const) {
      const chain = recipientChainText(model, lang);
      expect(chain).toContain('OpenX Poland Sp. z o.o. (PL');
      expect(chain).toContain('OpenX Technologies, Inc. (US)');
      expect(chain).toMatch(/DPF/);
      const assessment = transferStatus(
        {
          companyCountry: model.country,
          companyDpfCertified: null,
          serverCountry: 'PL',
          recipients: { basis: worstBasis(model.destinations), text: chain },
        },
        lang,
      );
      expect(assessment.basis).toBe('dpf');
      expect(assessment.recipients).toBe(chain);
      expect(assessment.explanation).toContain('OpenX Technologies, Inc.');
    }
  });
});
