// English and German texts of blocked-tracker-attempt (beside its rule, as session-replay-texts.ts, so the shared text
// table stays untouched).
import { fillTemplate } from '../i18n/text.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FindingText } from './texts.ts';

const TEXTS: Record<Lang, FindingText> = {
  en: {
    title: 'The page tried to load {tracker} ({host}) {when}; the browser did not send it',
    explanation:
      "The page asked for {count} request(s) to {host}, which belongs to {tracker} ({company}), {when}, and the browser stopped each before it left ({reasons}). Nothing reached {host}, so this is no tracking by itself: but the tag is still in the page before consent, and only the block (the page's own Content Security Policy, a name with no address) kept it from running.",
    fix: 'Remove the tag from the page until the visitor consents (tag manager consent trigger, or let the consent manager unblock it), rather than relying on the block.',
  },
  de: {
    title: 'Die Seite wollte {tracker} ({host}) {when} laden; der Browser hat es nicht gesendet',
    explanation:
      'Die Seite hat {count} Anfrage(n) an {host} gestellt, das zu {tracker} ({company}) gehört, {when}, und der Browser hat jede vor dem Senden gestoppt ({reasons}). Nichts hat {host} erreicht, das ist also für sich kein Tracking: Das Tag steht aber vor der Einwilligung in der Seite, und nur die Sperre (die eigene Content Security Policy der Seite, ein Name ohne Adresse) hat es aufgehalten.',
    fix: 'Nehmen Sie das Tag bis zur Einwilligung aus der Seite (Consent-Trigger im Tag-Manager, oder Freigabe durch den Consent-Manager), statt sich auf die Sperre zu verlassen.',
  },
};

const WHEN: Record<Lang, Record<'before-choice' | 'after-reject', string>> = {
  en: { 'before-choice': 'before the consent choice', 'after-reject': 'after the visitor rejected' },
  de: { 'before-choice': 'vor der Einwilligungsentscheidung', 'after-reject': 'nach der Ablehnung' },
};

export function blockedAttemptText(
  lang: Lang,
  phase: 'before-choice' | 'after-reject',
  vars: { tracker: string; host: string; company: string; count: number; reasons: string },
): FindingText {
  const t = TEXTS[lang];
  const all = { ...vars, when: WHEN[lang][phase] };
  return {
    title: fillTemplate(t.title, all, lang),
    explanation: fillTemplate(t.explanation, all, lang),
    fix: fillTemplate(t.fix, all, lang),
  };
}
