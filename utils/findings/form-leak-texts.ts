// English and German texts of the form-leak findings (kept beside
// their builder so the shared text table stays untouched).
import { fillTemplate } from '../i18n/text.ts';
import type { Lang } from '../i18n/lang.ts';

type Key = 'leak' | 'leak-after-consent' | 'non-eu' | 'stored' | 'stored-named';
interface T {
  title: string;
  explanation: string;
  fix: string;
}

const EN: Record<Key, T> = {
  stored: {
    title: 'Form data stored before submission: {field} ({encoding}) in {store}',
    explanation:
      "The {field} typed into the form was stored as {encoding} in {store} before the form was submitted, written by or for {company} ({host}). Whatever is stored there can be read and sent later by any script on the page. Storing on the visitor's device needs consent under Art. 5(3) ePrivacy Directive / § 25 TDDDG unless strictly necessary, and a hashed e-mail address is still personal data. {transfer}",
    fix: 'Load the script that stores the input only after consent, or do not keep form input in cookies or web storage at all.',
  },
  // The wording of writer-texts.ts: a name the page chose is shown, never taken as the company's word.
  'stored-named': {
    title: 'Form data stored before submission by code the page named after {company}: {field} ({encoding}) in {store}',
    explanation:
      "The {field} typed into the form was stored as {encoding} in {store} before the form was submitted, by code named {script}. That name belongs to {company} ({host}), but nothing the browser reported confirms that a script of {company} wrote it: a page can give any of its code any name (//# sourceURL=) or shape the stack it is read from. So this is not counted as a copy held for {company}. Whatever is stored there can be read and sent later by any script on the page, and storing on the visitor's device needs consent under Art. 5(3) ePrivacy Directive / § 25 TDDDG unless strictly necessary.",
    fix: 'Find the code on the page that carries the name {script} (an inline script or eval with a //# sourceURL= comment). Run the code that stores the input only after consent, or do not keep form input in cookies or web storage at all.',
  },
  leak: {
    title: 'Form data sent to {host} before submission: {field} ({encoding})',
    explanation:
      'The {field} typed into the form reached {company} ({host}) before the form was submitted and without consent, as {encoding}. Hashing does not anonymise: a hashed e-mail address is personal data (Art. 4(1) GDPR) and is used to match the visitor across sites. Reading input before submission also needs consent under Art. 5(3) ePrivacy Directive / § 25 TDDDG. {transfer}',
    fix: 'Stop the script that reads the form field (often "enhanced conversions", "advanced matching" or a marketing tag listening to blur/change events) until the visitor consents, or remove it from form pages.',
  },
  'leak-after-consent': {
    title: 'Form data sent to {host} before submission (after consent): {field} ({encoding})',
    explanation:
      'The {field} typed into the form reached {company} ({host}) before the form was submitted, as {encoding}. The visitor had consented, but a person typing is not yet sending: check that the consent text names this use of form input. {transfer}',
    fix: 'Send form data to marketing services only after submission, and name the service and the use in the consent banner and privacy notice.',
  },
  'non-eu': {
    title: 'Submitted form data goes outside the EEA: {host}',
    explanation:
      'On submission the {field} went to {company} ({host}). {transfer} A transfer outside the EEA needs a basis under Chapter V (Art. 44-49) GDPR.',
    fix: 'Use a recipient in the EEA, or document the transfer basis (adequacy decision, EU-US Data Privacy Framework certification, standard contractual clauses) in the privacy notice.',
  },
};

const DE: Record<Key, T> = {
  stored: {
    title: 'Formulardaten vor dem Absenden gespeichert: {field} ({encoding}) in {store}',
    explanation:
      'Die ins Formular getippte Angabe „{field}“ wurde vor dem Absenden als {encoding} in {store} gespeichert, geschrieben von oder für {company} ({host}). Was dort liegt, kann jedes Skript der Seite lesen und später senden. Speichern im Endgerät braucht eine Einwilligung nach § 25 TDDDG / Art. 5 Abs. 3 ePrivacy-Richtlinie, sofern es nicht unbedingt erforderlich ist; eine gehashte E-Mail-Adresse bleibt ein personenbezogenes Datum. {transfer}',
    fix: 'Das Skript, das die Eingabe speichert, erst nach der Einwilligung laden, oder Formulareingaben gar nicht in Cookies oder im Web Storage ablegen.',
  },
  'stored-named': {
    title:
      'Formulardaten vor dem Absenden gespeichert, von Code, den die Seite nach {company} benannt hat: {field} ({encoding}) in {store}',
    explanation:
      'Die ins Formular getippte Angabe „{field}“ wurde vor dem Absenden als {encoding} in {store} gespeichert, von Code mit dem Namen {script}. Der Name gehört zu {company} ({host}), aber nichts, was der Browser gemeldet hat, bestätigt, dass ein Skript von {company} sie geschrieben hat: Eine Seite kann jedem ihrer Codeteile jeden Namen geben (//# sourceURL=) oder den Stack formen, aus dem er gelesen wird. Daher wird dies nicht als Kopie für {company} gezählt. Was dort liegt, kann jedes Skript der Seite lesen und später senden, und Speichern im Endgerät braucht eine Einwilligung nach § 25 TDDDG / Art. 5 Abs. 3 ePrivacy-Richtlinie, sofern es nicht unbedingt erforderlich ist.',
    fix: 'Suchen Sie den Code der Seite, der den Namen {script} trägt (ein Inline-Skript oder eval mit einem //# sourceURL=-Kommentar). Den Code, der die Eingabe speichert, erst nach der Einwilligung ausführen, oder Formulareingaben gar nicht in Cookies oder im Web Storage ablegen.',
  },
  leak: {
    title: 'Formulardaten vor dem Absenden an {host} gesendet: {field} ({encoding})',
    explanation:
      'Die ins Formular getippte Angabe „{field}“ ging vor dem Absenden und ohne Einwilligung als {encoding} an {company} ({host}). Hashen anonymisiert nicht: eine gehashte E-Mail-Adresse ist ein personenbezogenes Datum (Art. 4 Nr. 1 DSGVO) und dient dem Wiedererkennen über Websites hinweg. Das Auslesen von Eingaben vor dem Absenden braucht zudem eine Einwilligung nach § 25 TDDDG / Art. 5 Abs. 3 ePrivacy-Richtlinie. {transfer}',
    fix: 'Das Skript, das das Formularfeld liest (oft „Enhanced Conversions“, „Advanced Matching“ oder ein Marketing-Tag auf blur/change), erst nach der Einwilligung laden oder auf Formularseiten entfernen.',
  },
  'leak-after-consent': {
    title: 'Formulardaten vor dem Absenden an {host} gesendet (nach Einwilligung): {field} ({encoding})',
    explanation:
      'Die ins Formular getippte Angabe „{field}“ ging vor dem Absenden als {encoding} an {company} ({host}). Eine Einwilligung lag vor, aber wer tippt, sendet noch nicht: prüfen Sie, ob der Einwilligungstext diese Nutzung von Formulareingaben nennt. {transfer}',
    fix: 'Formulardaten erst nach dem Absenden an Marketing-Dienste geben und Dienst und Zweck im Banner und in der Datenschutzerklärung nennen.',
  },
  'non-eu': {
    title: 'Abgesendete Formulardaten gehen aus dem EWR hinaus: {host}',
    explanation:
      'Beim Absenden ging die Angabe „{field}“ an {company} ({host}). {transfer} Eine Übermittlung aus dem EWR hinaus braucht eine Grundlage nach Kapitel V (Art. 44-49) DSGVO.',
    fix: 'Einen Empfänger im EWR nutzen oder die Grundlage der Übermittlung (Angemessenheitsbeschluss, Zertifizierung nach dem EU-US Data Privacy Framework, Standardvertragsklauseln) in der Datenschutzerklärung nennen.',
  },
};

const FIELD: Record<Lang, Record<string, string>> = {
  en: { email: 'e-mail address', phone: 'phone number', name: 'name', text: 'message text' },
  de: { email: 'E-Mail-Adresse', phone: 'Telefonnummer', name: 'Name', text: 'Nachrichtentext' },
};

export function formLeakText(key: Key, lang: Lang, vars: Record<string, string>): T {
  const t = (lang === 'de' ? DE : EN)[key];
  const v = { ...vars, field: FIELD[lang][vars.field ?? ''] ?? vars.field ?? '' };
  return {
    title: fillTemplate(t.title, v, lang),
    explanation: fillTemplate(t.explanation, v, lang),
    fix: fillTemplate(t.fix, v, lang),
  };
}

export const UNKNOWN_COMPANY: Record<Lang, string> = {
  en: 'a company not in our dataset',
  de: 'ein Unternehmen, das nicht in unseren Daten steht',
};
