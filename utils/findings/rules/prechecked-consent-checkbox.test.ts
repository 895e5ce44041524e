import { describe, expect, it } from 'vitest';
import type { FormCheckbox } from '../types.ts';
import { buildContext } from '../context.ts';
import { contextOf, realKnowledge, START, Visit } from '../../../test/support/findings.ts';
import { checkboxPurpose, isConsentLabel, precheckedConsentCheckbox } from './prechecked-consent-checkbox.ts';

const box = (label: string, checkedByDefault: boolean, name?: string, id?: string): FormCheckbox => ({
  t: START + 900,
  label,
  checkedByDefault,
  frameUrl: 'https://www.shop.example/checkout',
  ...(name ? { name } : {}),
  ...(id ? { id } : {}),
});

describe('prechecked-consent-checkbox', () => {
  it.each<[string, FormCheckbox[], Array<[string, string]>]>([
    [
      'pre-ticked newsletter box: violation',
      [box('Yes, send me the newsletter with offers', true, 'newsletter')],
      [['prechecked-consent-checkbox:page:newsletter@https://www.shop.example/checkout', 'violation']],
    ],
    [
      'pre-ticked German advertising consent: violation',
      [box('Ich willige in den Erhalt von Werbung per E-Mail ein', true)],
      [
        [
          'prechecked-consent-checkbox:page:Ich willige in den Erhalt von Werbung per E-Mail ein@https://www.shop.example/checkout',
          'violation',
        ],
      ],
    ],
    [
      'pre-ticked data sharing with partners: violation',
      [box('Share my data with selected partners', true, undefined, 'share')],
      [['prechecked-consent-checkbox:page:share@https://www.shop.example/checkout', 'violation']],
    ],
    [
      'pre-ticked box that says "I consent" without a purpose: warning',
      [box('I consent.', true, 'c1')],
      [['prechecked-consent-checkbox:page:c1@https://www.shop.example/checkout', 'warning']],
    ],
    ['near: the same newsletter box left unticked', [box('Yes, send me the newsletter', false, 'newsletter')], []],
    ['near: a pre-ticked "remember me"', [box('Remember me on this device', true, 'remember')], []],
    ['near: a pre-ticked terms acknowledgement', [box('I have read the terms and conditions', true, 'terms')], []],
  ])('%s', (_name, forms, expected) => {
    expect(precheckedConsentCheckbox.run(contextOf(new Visit(), { forms })).map((f) => [f.id, f.severity])).toEqual(
      expected,
    );
  });

  it("cites Planet49; the subject carries the element's id, name and label text", () => {
    const [f] = precheckedConsentCheckbox.run(
      contextOf(new Visit(), { forms: [box('Newsletter abonnieren', true, 'nl', 'newsletter-optin')] }),
    );
    expect(f).toMatchObject({
      severity: 'violation',
      subject: { kind: 'page', name: 'nl', id: 'newsletter-optin', label: 'Newsletter abonnieren' },
    });
    expect(f?.explanation).toContain('C-673/17');
    expect(f?.evidence.items[0]).toEqual({
      kind: 'form',
      label: 'Newsletter abonnieren',
      name: 'nl',
      frameUrl: 'https://www.shop.example/checkout',
      t: 900,
    });
    const [unclear] = precheckedConsentCheckbox.run(
      contextOf(new Visit(), { forms: [box('Ich bin einverstanden', true)] }),
    );
    expect(unclear?.title).toBe('Checkbox "Ich bin einverstanden" is ticked by default and may ask for consent');
  });

  it('reads record.forms when present, skipping malformed items', () => {
    const forms: unknown[] = [
      null,
      'x',
      { label: 'newsletter', checkedByDefault: 'yes' },
      box('Newsletter', true, 'nl'),
      { ...box('Newsletter 2', true), id: 42 },
    ];
    const record = Object.assign(new Visit().record(), { forms });
    expect(precheckedConsentCheckbox.run(buildContext(record, realKnowledge())).map((f) => f.subject)).toEqual([
      { kind: 'page', name: 'nl', label: 'Newsletter' },
      { kind: 'page', name: 'Newsletter 2', label: 'Newsletter 2' },
    ]);
    expect(isConsentLabel('x'.repeat(100_000))).toBe(false);
    expect(checkboxPurpose('consent '.repeat(20_000))).toBe('unclear');
  });
});
