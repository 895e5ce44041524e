// Rule 8: form checkboxes asking for consent that are ticked by default (input: optional record.forms / options.forms).
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

/** Labels that ask for consent (EN/DE): newsletter, advertising, data use; terms-of-service acknowledgements are not consent. */
const CONSENT_LABEL = /newsletter|consent|einwillig|werbung|werbe|marketing|promotion|angebote|offers|agree to receive|zustimm|einverstanden|datennutzung|data (use|processing)|personali[sz]|partner/i;

export function isConsentLabel(label: string): boolean {
  return CONSENT_LABEL.test(label.slice(0, 1000));
}

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const box of ctx.forms) {
    if (!box.checkedByDefault || !isConsentLabel(box.label)) continue;
    const label = box.label.trim().replace(/\s+/g, ' ').slice(0, 120);
    const key = `${box.name ?? label}@${box.formAction ?? box.frameUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(makeFinding(ctx, {
      rule: 'prechecked-consent-checkbox', severity: 'warning', text: 'prechecked-consent-checkbox', vars: { label },
      subject: { kind: 'page', name: box.name ?? label }, idKey: key,
      items: [{ kind: 'form', label, name: box.name ?? null, frameUrl: box.frameUrl, t: ctx.rel(box.t) }],
      notes: box.formAction ? [phrase(ctx.lang, 'formAction', { action: box.formAction })] : [],
    }));
  }
  return out;
}

export const precheckedConsentCheckbox: Rule = { id: 'prechecked-consent-checkbox', run };
