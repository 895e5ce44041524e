// Rule 8: form checkboxes asking for consent that are ticked by default (input: optional record.forms / options.forms).
// Planet49 (CJEU C-673/17): a pre-ticked box is no consent.
// Marketing, newsletter and data-sharing boxes are violations;
// boxes that speak of consent without saying what for are warnings.
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

/** Labels naming a purpose that needs consent (EN/DE): newsletter and advertising, data use and sharing. */
const PURPOSE_LABEL =
  /newsletter|werbung|werbe|marketing|promotion|angebote|offers|agree to receive|personali[sz]|partner|datennutzung|weitergabe|data (use|processing|sharing)|share my (data|information)|profil/i;
/**
 * Labels that speak of consent or agreement without naming a
 * purpose; terms-of-service acknowledgements are not consent.
 */
const CONSENT_LABEL = /consent|einwillig|zustimm|einverstanden/i;
const MAX_LABEL_SCAN = 1000;

export type CheckboxPurpose = 'purpose' | 'unclear' | null;

/** What a pre-ticked box with this label asks for: a named consent purpose, consent without a purpose, or nothing. */
export function checkboxPurpose(label: string): CheckboxPurpose {
  const text = label.slice(0, MAX_LABEL_SCAN);
  if (PURPOSE_LABEL.test(text)) return 'purpose';
  return CONSENT_LABEL.test(text) ? 'unclear' : null;
}

export function isConsentLabel(label: string): boolean {
  return checkboxPurpose(label) !== null;
}

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const box of ctx.forms) {
    const purpose = box.checkedByDefault ? checkboxPurpose(box.label) : null;
    if (purpose === null) continue;
    const label = box.label.trim().replace(/\s+/g, ' ').slice(0, 120);
    const id = typeof box.id === 'string' && box.id !== '' ? box.id.slice(0, 256) : undefined;
    const key = `${box.name ?? id ?? label}@${box.formAction ?? box.frameUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      makeFinding(ctx, {
        rule: 'prechecked-consent-checkbox',
        severity: purpose === 'purpose' ? 'violation' : 'warning',
        text: purpose === 'purpose' ? 'prechecked-consent-checkbox' : 'prechecked-consent-checkbox:unclear',
        vars: { label },
        subject: { kind: 'page', name: box.name ?? id ?? label, ...(id ? { id } : {}), label },
        idKey: key,
        items: [{ kind: 'form', label, name: box.name ?? null, frameUrl: box.frameUrl, t: ctx.rel(box.t) }],
        notes: box.formAction ? [phrase(ctx.lang, 'formAction', { action: box.formAction })] : [],
      }),
    );
  }
  return out;
}

export const precheckedConsentCheckbox: Rule = { id: 'prechecked-consent-checkbox', run };
