// Texts of the third-country-transfer finding, one variant per Chapter V basis, kept apart so texts.ts stays readable.
// Same shape as FindingText in texts.ts (not imported: texts.ts imports this file).
interface FindingText {
  title: string;
  explanation: string;
  fix: string;
}
import { countryLegal } from '../../data/countries.ts';
import { longDate } from '../knowledge/transfer-status.ts';
import type { Lang } from './types.ts';

// The DPF decision's date comes from data/countries.ts, so the texts follow the data.
const DPF_DATE = countryLegal('US')?.decision?.date ?? '';
const DPF_DATE_EN = longDate(DPF_DATE, 'en');
const DPF_DATE_DE = longDate(DPF_DATE, 'de');

export type TransferTextKey =
  | 'third-country-transfer'
  | 'third-country-transfer:no-basis'
  | 'third-country-transfer:not-known'
  | 'third-country-transfer:covered';

const NOTICE_FIX_EN =
  'name every recipient and third country in your privacy notice with the basis of the transfer (GDPR Art. 13(1)(f))';
const NOTICE_FIX_DE =
  'nennen Sie jeden Empfänger und jedes Drittland mit der Grundlage der Übermittlung in der Datenschutzerklärung (Art. 13 Abs. 1 lit. f DSGVO)';

export const TRANSFER_FINDING_TEXTS: Readonly<Record<TransferTextKey, Readonly<Record<Lang, FindingText>>>> = {
  // Seat or server outside the EEA without a known company (or
  // without documented recipients): safeguards cannot be seen.
  'third-country-transfer': {
    en: {
      title: 'Personal data goes to {site} outside the EU/EEA without an adequacy decision',
      explanation:
        "Every request to {site} sends the visitor's IP address, which is personal data. {transfer} A transfer to a country without an adequacy decision, or to a US company not certified under the EU-US Data Privacy Framework, is only lawful with safeguards under GDPR Chapter V (Art. 44-49), usually standard contractual clauses plus a transfer impact assessment (Art. 46), or a derogation (Art. 49). Whether such safeguards exist cannot be seen from outside, so this is a warning for you to check, not a proven violation.",
      fix: 'Check the contract with the provider (DPA with standard contractual clauses and a transfer impact assessment), prefer an EU-hosted alternative or EU endpoint, and list the transfer in your privacy notice (GDPR Art. 13(1)(f)).',
    },
    de: {
      title: 'Personenbezogene Daten gehen an {site} außerhalb von EU/EWR ohne Angemessenheitsbeschluss',
      explanation:
        'Jede Anfrage an {site} übermittelt die IP-Adresse des Besuchers, ein personenbezogenes Datum. {transfer} Eine Übermittlung in ein Land ohne Angemessenheitsbeschluss oder an ein US-Unternehmen ohne Zertifizierung nach dem EU-US Data Privacy Framework ist nur mit Garantien nach Kapitel V DSGVO (Art. 44-49) zulässig, meist Standardvertragsklauseln mit Transfer Impact Assessment (Art. 46), oder mit einer Ausnahme (Art. 49). Ob solche Garantien bestehen, ist von außen nicht sichtbar: ein Hinweis zur Prüfung, kein nachgewiesener Verstoß.',
      fix: 'Prüfen Sie den Vertrag mit dem Anbieter (AVV mit Standardvertragsklauseln und Transfer Impact Assessment), bevorzugen Sie eine EU-gehostete Alternative oder einen EU-Endpunkt und nennen Sie die Übermittlung in der Datenschutzerklärung (Art. 13 Abs. 1 lit. f DSGVO).',
    },
  },
  'third-country-transfer:no-basis': {
    en: {
      title:
        '{company} ({site}): third-country transfer to {countries} without an adequacy decision or DPF certification',
      explanation:
        "Every request to {site} sends the visitor's IP address, which is personal data. {transfer} No adequacy decision covers this destination and no EU-US Data Privacy Framework certification is on record, so the transfer is only lawful with safeguards under GDPR Chapter V (Art. 46, usually standard contractual clauses plus a transfer impact assessment) or a derogation (Art. 49).",
      fix:
        'Use the service only with standard contractual clauses and a transfer impact assessment in the contract, or replace it with a provider that keeps the data in the EU/EEA; ' +
        NOTICE_FIX_EN +
        '.',
    },
    de: {
      title:
        '{company} ({site}): Drittlandübermittlung nach {countries} ohne Angemessenheitsbeschluss oder DPF-Zertifizierung',
      explanation:
        'Jede Anfrage an {site} übermittelt die IP-Adresse des Besuchers, ein personenbezogenes Datum. {transfer} Für dieses Ziel gibt es keinen Angemessenheitsbeschluss und keine belegte Zertifizierung nach dem EU-US Data Privacy Framework: Die Übermittlung ist nur mit Garantien nach Kapitel V DSGVO (Art. 46, meist Standardvertragsklauseln mit Transfer Impact Assessment) oder mit einer Ausnahme (Art. 49) zulässig.',
      fix:
        'Nutzen Sie den Dienst nur mit Standardvertragsklauseln und Transfer Impact Assessment im Vertrag oder ersetzen Sie ihn durch einen Anbieter, der die Daten in EU/EWR hält; ' +
        NOTICE_FIX_DE +
        '.',
    },
  },
  'third-country-transfer:not-known': {
    en: {
      title: '{company} ({site}): third-country transfer to {countries}, DPF certification not known',
      explanation:
        "Every request to {site} sends the visitor's IP address, which is personal data. {transfer} The audit's data has no verified entry for the US recipient on the EU-US Data Privacy Framework list: its certification is not known (unverified, which says nothing about whether it is certified). Certified, the transfer is covered by the adequacy decision of " +
        DPF_DATE_EN +
        '; otherwise it needs safeguards under GDPR Chapter V (Art. 46) or a derogation (Art. 49).',
      fix:
        'Look the US recipient up on the Data Privacy Framework list (dataprivacyframework.gov) and keep the result with your records; without an active certification, use standard contractual clauses; ' +
        NOTICE_FIX_EN +
        '.',
    },
    de: {
      title: '{company} ({site}): Drittlandübermittlung nach {countries}, DPF-Zertifizierung nicht bekannt',
      explanation:
        'Jede Anfrage an {site} übermittelt die IP-Adresse des Besuchers, ein personenbezogenes Datum. {transfer} Die Daten des Audits enthalten für den US-Empfänger keinen geprüften Eintrag auf der Liste des EU-US Data Privacy Framework: Seine Zertifizierung ist nicht bekannt (ungeprüft, was nichts darüber sagt, ob er zertifiziert ist). Ist er zertifiziert, deckt der Angemessenheitsbeschluss vom ' +
        DPF_DATE_DE +
        ' die Übermittlung; sonst braucht sie Garantien nach Kapitel V DSGVO (Art. 46) oder eine Ausnahme (Art. 49).',
      fix:
        'Suchen Sie den US-Empfänger auf der Data-Privacy-Framework-Liste (dataprivacyframework.gov) und legen Sie das Ergebnis zu Ihren Unterlagen; ohne aktive Zertifizierung nutzen Sie Standardvertragsklauseln; ' +
        NOTICE_FIX_DE +
        '.',
    },
  },
  'third-country-transfer:covered': {
    en: {
      title: '{company} ({site}): third-country transfer to {countries}, covered by {basis}',
      explanation:
        "Every request to {site} sends the visitor's IP address, which is personal data. {transfer} The destination is covered by an adequacy decision (for the US: the EU-US Data Privacy Framework, for certified organisations only), so no further Chapter V safeguards are needed; the transfer still has to be disclosed.",
      fix: 'Keep the basis on record and ' + NOTICE_FIX_EN + '.',
    },
    de: {
      title: '{company} ({site}): Drittlandübermittlung nach {countries}, abgedeckt durch {basis}',
      explanation:
        'Jede Anfrage an {site} übermittelt die IP-Adresse des Besuchers, ein personenbezogenes Datum. {transfer} Das Ziel ist durch einen Angemessenheitsbeschluss abgedeckt (für die USA: das EU-US Data Privacy Framework, nur für zertifizierte Organisationen), weitere Garantien nach Kapitel V sind nicht nötig; die Übermittlung ist dennoch offenzulegen.',
      fix: 'Dokumentieren Sie die Grundlage und ' + NOTICE_FIX_DE + '.',
    },
  },
};
