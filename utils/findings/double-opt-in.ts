// Double opt-in hint (issue 17): after `--forms submit` sent a newsletter form, does the page say a confirmation e-mail
// was sent, and did the form's data go straight to a marketing-automation service? A hint (info), never a verdict:
// the e-mail itself cannot be seen from here.
import type { FormLeak } from '../knowledge/canary/leak.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Lang } from '../i18n/lang.ts';
import { findingId, makeEvidence } from './finding.ts';
import type { Finding } from './types.ts';

/**
 * Phrases that say a confirmation e-mail was sent (EN/DE); each
 * needs the mail or the confirming act, not "confirmation" alone.
 */
const CONFIRMATION: readonly RegExp[] = [
  /\bconfirmation (?:e-?mail|mail|link|message)\b/i,
  /\bconfirm (?:your|the) (?:e-?mail|subscription|sign-?up|registration|address)\b/i,
  /\b(?:check|look in) your (?:inbox|e-?mail|mailbox)\b/i,
  /\b(?:we(?:'ve| have)? )?sent (?:you )?(?:an? )?(?:e-?mail|mail|link)\b[^.]{0,80}\bconfirm/i,
  /\bBestätigungs-?(?:E-?Mail|Mail|Link)\b/i,
  /\bbitte bestätigen\b[^.]{0,60}\b(?:Anmeldung|E-?Mail|Mail|Adresse|Link|Abonnement|Newsletter)/i,
  /\b(?:Anmeldung|E-?Mail-Adresse|Abonnement) (?:zu |noch )?bestätigen\b/i,
  /\bPostfach\b[^.]{0,60}\bbestätig/i,
];

/** Texts of a form that make it a newsletter sign-up (its labels, button, surrounding text). */
// "Anmelden" alone is also a log-in button: not enough.
const NEWSLETTER = /\b(?:newsletter|subscribe|sign up for (?:our )?(?:e-?mails|updates|offers)|abonnieren)\b/i;

const MAX_TEXT = 20_000;

/** The first confirmation phrase in the page text, as written; null when there is none. */
export function confirmationPhrase(pageText: string): string | null {
  const text = typeof pageText === 'string' ? pageText.slice(0, MAX_TEXT).replace(/\s+/g, ' ') : '';
  for (const re of CONFIRMATION) {
    const m = re.exec(text);
    if (m) return m[0].slice(0, 200);
  }
  return null;
}

export function isNewsletterForm(formText: string): boolean {
  return typeof formText === 'string' && NEWSLETTER.test(formText.slice(0, MAX_TEXT));
}

/** Marketing-automation services (knowledge layer category) that received the submitted form's data. */
export function marketingAutomationRecipients(leaks: readonly FormLeak[], knowledge: Knowledge): string[] {
  const names = new Set<string>();
  for (const l of leaks) {
    if (!l.afterSubmit) continue;
    const m = knowledge.trackers.match(l.host);
    if (m?.tracker.category === 'marketing-automation') names.add(`${m.tracker.name} (${l.host})`);
  }
  return Array.from(names);
}

const T = {
  en: {
    yes: 'Double opt-in: the page says a confirmation e-mail was sent',
    no: 'Double opt-in: the page does not say a confirmation e-mail was sent',
    explanation:
      'After the newsletter form was submitted, the page {said}. In German practice a newsletter needs double opt-in (a confirmation e-mail whose link the person clicks) to prove consent (§ 7 UWG, Art. 7(1) GDPR). {ma}',
    saidYes: 'says: "{phrase}"',
    saidNo: 'does not mention a confirmation e-mail',
    maYes:
      "The form's data went straight to a marketing-automation service: {names}; check that it sends nothing but the confirmation e-mail before the link is clicked.",
    maNo: "No marketing-automation service known to this tool received the form's data.",
    fix: 'Send a confirmation e-mail with a link and add the address to the list only after the link is clicked; say so on the page after submission.',
  },
  de: {
    yes: 'Double-Opt-in: Die Seite sagt, dass eine Bestätigungs-E-Mail gesendet wurde',
    no: 'Double-Opt-in: Die Seite sagt nicht, dass eine Bestätigungs-E-Mail gesendet wurde',
    explanation:
      'Nach dem Absenden des Newsletter-Formulars {said}. Nach deutscher Praxis braucht ein Newsletter ein Double-Opt-in (eine Bestätigungs-E-Mail, deren Link die Person anklickt), um die Einwilligung nachzuweisen (§ 7 UWG, Art. 7 Abs. 1 DSGVO). {ma}',
    saidYes: 'sagt die Seite: „{phrase}“',
    saidNo: 'erwähnt die Seite keine Bestätigungs-E-Mail',
    maYes:
      'Die Formulardaten gingen direkt an einen Marketing-Automation-Dienst: {names}; prüfen, dass er vor dem Klick auf den Link nur die Bestätigungs-E-Mail sendet.',
    maNo: 'Kein diesem Werkzeug bekannter Marketing-Automation-Dienst erhielt die Formulardaten.',
    fix: 'Eine Bestätigungs-E-Mail mit Link senden und die Adresse erst nach dem Klick in die Liste aufnehmen; das nach dem Absenden auf der Seite sagen.',
  },
} as const;

export interface DoubleOptInInput {
  pageText: string;
  formText: string;
  pageUrl: string;
  leaks: readonly FormLeak[];
}

/** The hint as an info finding, or null when the submitted form was no newsletter form. */
export function doubleOptInFinding(input: DoubleOptInInput, knowledge: Knowledge, lang: Lang = 'en'): Finding | null {
  if (!isNewsletterForm(input.formText)) return null;
  const t = T[lang === 'de' ? 'de' : 'en'];
  const phrase = confirmationPhrase(input.pageText);
  const ma = marketingAutomationRecipients(input.leaks, knowledge);
  const said = phrase ? t.saidYes.replace('{phrase}', phrase) : t.saidNo;
  const maText = ma.length ? t.maYes.replace('{names}', ma.join(', ')) : t.maNo;
  const subject = { kind: 'page' as const, name: 'double-opt-in' };
  return {
    id: findingId('double-opt-in-hint', subject, 'page'),
    rule: 'double-opt-in-hint',
    severity: 'info',
    title: phrase ? t.yes : t.no,
    explanation: t.explanation.replace('{said}', said).replace('{ma}', maText),
    fix: t.fix,
    subject,
    evidence: makeEvidence([], 0, [
      `confirmationText: ${phrase ?? 'none'}`,
      `marketingAutomation: ${ma.length ? ma.join(', ') : 'none'}`,
      `page: ${input.pageUrl}`,
    ]),
  };
}
