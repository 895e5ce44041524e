// English and German texts of session-replay-before-consent (beside its rule, as form-leak-texts.ts, so the shared
// text table stays untouched).
import { fillTemplate } from '../i18n/text.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FindingText } from './texts.ts';

const TEXTS: Record<Lang, FindingText> = {
  en: {
    title: 'Session replay runs before consent: {tracker} ({host})',
    explanation:
      '{tracker} ({company}) records what visitors do on the page, mouse, clicks, page content and, unless masked, what they type into form fields, and it ran {when}. {masking} Whatever the masking, recording a visit needs consent under Art. 5(3) ePrivacy Directive / § 25 TDDDG; "Leaky Forms" (USENIX Security 2022) found session-replay scripts collecting passwords on 52 sites.',
    fix: "Load {tracker} only after the visitor consents to it, and keep form fields masked (check the service's input-masking setting for this site).",
  },
  de: {
    title: 'Session-Replay läuft vor der Einwilligung: {tracker} ({host})',
    explanation:
      '{tracker} ({company}) zeichnet auf, was Besucher auf der Seite tun, Maus, Klicks, Seiteninhalt und, wenn nicht maskiert, was sie in Formularfelder tippen, und lief {when}. {masking} Unabhängig von der Maskierung braucht das Aufzeichnen eines Besuchs eine Einwilligung nach § 25 TDDDG / Art. 5 Abs. 3 ePrivacy-Richtlinie; „Leaky Forms“ (USENIX Security 2022) fand Session-Replay-Skripte, die auf 52 Websites Passwörter erfassten.',
    fix: '{tracker} erst nach der Einwilligung laden und Formularfelder maskiert lassen (die Maskierungs-Einstellung des Dienstes für diese Website prüfen).',
  },
};

const WHEN: Record<Lang, Record<'before-choice' | 'after-reject', string>> = {
  en: {
    'before-choice': 'before the visitor answered the consent banner',
    'after-reject': 'after the visitor rejected',
  },
  de: {
    'before-choice': 'bevor der Besucher das Einwilligungsbanner beantwortet hatte',
    'after-reject': 'nachdem der Besucher abgelehnt hatte',
  },
};

export const MASKING_NOT_KNOWN: Record<Lang, string> = {
  en: 'Whether it masks form input by default is not known to this tool (no vendor documentation found).',
  de: 'Ob der Dienst Formulareingaben standardmäßig maskiert, ist diesem Werkzeug nicht bekannt (keine Herstellerdokumentation gefunden).',
};

export function sessionReplayText(
  lang: Lang,
  phase: 'before-choice' | 'after-reject',
  vars: Record<string, string>,
): FindingText {
  const t = TEXTS[lang];
  const v = { ...vars, when: WHEN[lang][phase] };
  return {
    title: fillTemplate(t.title, v, lang),
    explanation: fillTemplate(t.explanation, v, lang),
    fix: fillTemplate(t.fix, v, lang),
  };
}
