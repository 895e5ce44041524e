import { describe, expect, it } from 'vitest';
import type { FormCheckbox } from '../types.ts';
import { buildContext } from '../context.ts';
import { contextOf, realKnowledge, START, Visit } from '../../../test/support/findings.ts';
import { isConsentLabel, precheckedConsentCheckbox } from './prechecked-consent-checkbox.ts';

const box = (label: string, checkedByDefault: boolean, name?: string): FormCheckbox => ({
  t: START + 900, label, checkedByDefault, frameUrl: 'https://www.shop.example/checkout', ...(name ? { name } : {}),
});

describe('prechecked-consent-checkbox', () => {
  it.each<[string, FormCheckbox[], string[]]>([
    ['pre-ticked newsletter box', [box('Yes, send me the newsletter with offers', true, 'newsletter')],
      ['prechecked-consent-checkbox:page:newsletter@https://www.shop.example/checkout']],
    ['pre-ticked German advertising consent', [box('Ich willige in den Erhalt von Werbung per E-Mail ein', true)], [
      'prechecked-consent-checkbox:page:Ich willige in den Erhalt von Werbung per E-Mail ein@https://www.shop.example/checkout']],
    ['near: the same box left unticked', [box('Yes, send me the newsletter', false, 'newsletter')], []],
    ['near: a pre-ticked "remember me"', [box('Remember me on this device', true, 'remember')], []],
  ])('%s', (_name, forms, ids) => {
    expect(precheckedConsentCheckbox.run(contextOf(new Visit(), { forms })).map((f) => f.id)).toEqual(ids);
  });

  it('cites Planet49 and shows the label', () => {
    const [f] = precheckedConsentCheckbox.run(contextOf(new Visit(), { forms: [box('Newsletter abonnieren', true, 'nl')] }));
    expect(f).toMatchObject({ severity: 'warning', subject: { kind: 'page', name: 'nl' } });
    expect(f?.explanation).toContain('C-673/17');
    expect(f?.evidence.items[0]).toEqual({ kind: 'form', label: 'Newsletter abonnieren', name: 'nl', frameUrl: 'https://www.shop.example/checkout', t: 900 });
  });

  it('reads record.forms when present, skipping malformed items', () => {
    const forms: unknown[] = [null, 'x', { label: 'newsletter', checkedByDefault: 'yes' }, box('Newsletter', true, 'nl')];
    const record = Object.assign(new Visit().record(), { forms });
    expect(precheckedConsentCheckbox.run(buildContext(record, realKnowledge())).map((f) => f.subject.name)).toEqual(['nl']);
    expect(isConsentLabel('x'.repeat(100_000))).toBe(false);
  });
});
