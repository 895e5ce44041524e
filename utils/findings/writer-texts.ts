// Texts of the warning for a write that only a page-chosen writer name ties to a tracker (attribution.ts), kept apart
// so texts.ts stays short. Same shape as FindingText in texts.ts (not imported: texts.ts imports this file).
interface FindingText {
  title: string;
  explanation: string;
  fix: string;
}
import type { Lang } from './types.ts';

export type WriterTextKey = 'tracking-storage-before-choice:named' | 'tracking-after-reject:named';

const EPRIVACY = 'ePrivacy Directive Art. 5(3), in Germany § 25 TDDDG';
const EPRIVACY_DE = 'Art. 5 Abs. 3 ePrivacy-Richtlinie, in Deutschland § 25 TDDDG';

const WHY_EN =
  'That name belongs to {tracker}, but nothing the browser reported confirms that a script of {tracker} wrote it: a page can give any of its code any name (//# sourceURL=) or shape the stack it is read from. So this is not counted as a tracker write.';
const WHY_DE =
  'Der Name gehört zu {tracker}, aber nichts, was der Browser gemeldet hat, bestätigt, dass ein Skript von {tracker} ihn geschrieben hat: Eine Seite kann jedem ihrer Codeteile jeden Namen geben (//# sourceURL=) oder den Stack formen, aus dem er gelesen wird. Daher wird dies nicht als Tracker-Schreibvorgang gezählt.';
const FIX_EN =
  'Find the code on the page that carries the name {script} (an inline script or eval with a //# sourceURL= comment). If it is tracker code, run it only after consent and from its real address; if it is not, remove the misleading name.';
const FIX_DE =
  'Suchen Sie den Code der Seite, der den Namen {script} trägt (ein Inline-Skript oder eval mit einem //# sourceURL=-Kommentar). Ist es Tracker-Code, führen Sie ihn erst nach Einwilligung und von seiner echten Adresse aus; andernfalls entfernen Sie den irreführenden Namen.';

export const WRITER_FINDING_TEXTS: Readonly<Record<WriterTextKey, Readonly<Record<Lang, FindingText>>>> = {
  'tracking-storage-before-choice:named': {
    en: {
      title: '{store} was written before the consent choice by code the page named after {tracker}',
      explanation: `Before the banner was answered, {store} was written by code named {script}. ${WHY_EN} If it is {tracker}'s code all the same, storing it before consent needs prior consent under ${EPRIVACY}.`,
      fix: FIX_EN,
    },
    de: {
      title:
        '{store} wurde vor der Einwilligungsentscheidung von Code geschrieben, den die Seite nach {tracker} benannt hat',
      explanation: `Bevor das Banner beantwortet wurde, wurde {store} von Code mit dem Namen {script} geschrieben. ${WHY_DE} Ist es dennoch Code von {tracker}, braucht die Speicherung vor der Entscheidung eine vorherige Einwilligung nach ${EPRIVACY_DE}.`,
      fix: FIX_DE,
    },
  },
  'tracking-after-reject:named': {
    en: {
      title: '{store} was written after the visitor rejected, by code the page named after {tracker}',
      explanation: `After the visitor rejected tracking, {store} was written by code named {script}. ${WHY_EN} If it is {tracker}'s code all the same, it stores information on the device against the visitor's refusal (${EPRIVACY}).`,
      fix: FIX_EN,
    },
    de: {
      title: '{store} wurde nach der Ablehnung von Code geschrieben, den die Seite nach {tracker} benannt hat',
      explanation: `Nachdem der Besucher das Tracking abgelehnt hat, wurde {store} von Code mit dem Namen {script} geschrieben. ${WHY_DE} Ist es dennoch Code von {tracker}, speichert er entgegen der Ablehnung Informationen auf dem Endgerät (${EPRIVACY_DE}).`,
      fix: FIX_DE,
    },
  },
};
