// The words of the transfer assessment (utils/knowledge/transfer-status.ts) in each language, and its date format.
import type { Lang } from '../i18n/lang.ts';

const EN_TEXTS = {
  caveat:
    'The server country is where the IP address block is registered (regional internet registry data), not necessarily where the machine stands: anycast networks and CDNs answer from many countries under one address.',
  adequacyAny: 'an EU adequacy decision',
  adequacyOf: 'EU adequacy decision of {date}',
  adequacyOfFor: 'EU adequacy decision of {date}, for {scope}',
  companyUnknown: 'Company location unknown',
  companyIn: 'Company in {code}',
  companyEea: '{where} (EEA)',
  companyAdequate: '{where}, covered by an {adequacy}',
  companyDpf: '{where}, certified under the EU-US Data Privacy Framework (adequacy decision of {date})',
  companyNotCertified: '{where}, not certified under the EU-US Data Privacy Framework',
  thirdCountry: '{where}, a third country without an EU adequacy decision',
  dpfNotKnown: '{where}, Data Privacy Framework certification not known',
  serverInvalid: 'server address not valid',
  serverKind: 'server address is {kind} (no registry country)',
  serverUnknown: 'server location unknown',
  serverProxy: "server location not known (proxy): the address seen is the proxy's, not the server's",
  serverIn: 'server registered in {code}',
  serverEea: '{where} (EEA)',
  serverAdequate: '{where} ({adequacy})',
  serverDpf: "{where} (covered through the company's Data Privacy Framework certification)",
  serverNotCertified: '{where}, without Data Privacy Framework certification',
  explanation: '{company}; {server}. {verdict}',
  withRecipients: '{recipients}. {company}; {server}. {verdict}',
  ok: 'No Chapter V safeguards needed.',
  'needs-safeguards':
    'Transfer needs Art. 46 GDPR safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
  unknownCompany: "Transfer status cannot be decided: the company's seat is not known.",
  unknownDpf:
    'Transfer status cannot be decided: whether the company is certified under the EU-US Data Privacy Framework is not known (check its entry on the DPF list).',
  unknownRecipient:
    'Transfer status cannot be decided: the legal basis for a documented recipient outside the EEA is not known.',
  unknownServer:
    "The server's location is not known; judged on the company and its documented recipients alone, no further Chapter V safeguards are needed.",
} as const;

export type TextKey = keyof typeof EN_TEXTS;

// Typed against the English keys: a missing or extra key is a compile error.
const DE_TEXTS: Readonly<Record<TextKey, string>> = {
  caveat:
    'Das Serverland ist das Land, in dem der IP-Adressblock registriert ist (Daten der regionalen Internet-Registrys), nicht unbedingt der Standort des Rechners: Anycast-Netze und CDNs antworten unter einer Adresse aus vielen Ländern.',
  adequacyAny: 'Angemessenheitsbeschluss der EU',
  adequacyOf: 'Angemessenheitsbeschluss der EU vom {date}',
  adequacyOfFor: 'Angemessenheitsbeschluss der EU vom {date} für {scope}',
  companyUnknown: 'Sitz des Unternehmens unbekannt',
  companyIn: 'Unternehmenssitz {code}',
  companyEea: '{where} (EWR)',
  companyAdequate: '{where}, abgedeckt durch einen {adequacy}',
  companyDpf: '{where}, zertifiziert nach dem EU-US Data Privacy Framework (Angemessenheitsbeschluss vom {date})',
  companyNotCertified: '{where}, nicht nach dem EU-US Data Privacy Framework zertifiziert',
  thirdCountry: '{where}, ein Drittland ohne Angemessenheitsbeschluss der EU',
  dpfNotKnown: '{where}, Zertifizierung nach dem Data Privacy Framework unbekannt',
  serverInvalid: 'Serveradresse ungültig',
  serverKind: 'Serveradresse ist {kind} (kein Registry-Land)',
  serverUnknown: 'Serverstandort unbekannt',
  serverProxy: 'Serverstandort nicht bekannt (Proxy): die gesehene Adresse ist die des Proxys, nicht die des Servers',
  serverIn: 'Server registriert in {code}',
  serverEea: '{where} (EWR)',
  serverAdequate: '{where} ({adequacy})',
  serverDpf: '{where} (abgedeckt durch die Zertifizierung des Unternehmens nach dem Data Privacy Framework)',
  serverNotCertified: '{where}, ohne Zertifizierung nach dem Data Privacy Framework',
  explanation: '{company}; {server}. {verdict}',
  withRecipients: '{recipients}. {company}; {server}. {verdict}',
  ok: 'Keine Garantien nach Kapitel V DSGVO nötig.',
  'needs-safeguards':
    'Die Übermittlung braucht Garantien nach Art. 46 DSGVO (z. B. Standardvertragsklauseln) oder eine Ausnahme nach Art. 49 DSGVO.',
  unknownCompany:
    'Ob die Übermittlung Garantien braucht, lässt sich nicht entscheiden: Der Sitz des Unternehmens ist unbekannt.',
  unknownDpf:
    'Ob die Übermittlung Garantien braucht, lässt sich nicht entscheiden: Ob das Unternehmen nach dem EU-US Data Privacy Framework zertifiziert ist, ist nicht bekannt (Eintrag in der DPF-Liste prüfen).',
  unknownRecipient:
    'Ob die Übermittlung Garantien braucht, lässt sich nicht entscheiden: Die Rechtsgrundlage für einen dokumentierten Empfänger außerhalb des EWR ist nicht bekannt.',
  unknownServer:
    'Der Serverstandort ist unbekannt; allein nach dem Unternehmen und seinen dokumentierten Empfängern beurteilt, sind keine weiteren Garantien nach Kapitel V DSGVO nötig.',
};

export const TRANSFER_TEXTS: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { en: EN_TEXTS, de: DE_TEXTS };

export const REGISTRY_CAVEAT: string = EN_TEXTS.caveat;

/** Who an adequacy decision covers, in German, by country (data/countries.ts holds the English scope). */
export const DE_SCOPES: Readonly<Record<string, string>> = {
  CA: 'gewerbliche Organisationen, die dem PIPEDA unterliegen',
  FO: 'Empfänger, die dem färöischen Gesetz über die Verarbeitung personenbezogener Daten unterliegen',
  IL: 'automatisierte Verarbeitung personenbezogener Daten',
  JP: 'Unternehmen, die dem APPI unterliegen, mit den ergänzenden Vorschriften',
  UY: 'automatisierte Verarbeitung personenbezogener Daten',
  KR: 'Stellen, die dem Personal Information Protection Act unterliegen',
  US: 'nur nach dem EU-US Data Privacy Framework zertifizierte Organisationen',
};

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/** "2023-07-10" → "10 July 2023" / "10. Juli 2023", written out to stay independent of the runtime's locale data. */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return lang === 'de' ? `${Number(m[3])}. ${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}
