// English and German texts of server-side collectors: the transfer statement and the server-side-collector-transfer
// finding (beside the rule, as session-replay-texts.ts, so the shared text table stays untouched). The titles end in
// the onward sentence of onward-text.ts ({onward}), the one every other surface shows.
import { fillTemplate } from '../i18n/text.ts';
import type { Lang } from '../i18n/lang.ts';

const STATEMENT = {
  en: {
    lead: 'Server-side collector: the browser sent {service} hits to {host} ({servers}); server side: {status}.',
    forwards:
      "The site's server may forward them on: {chain}. Onward transfer to {countries} likely; not visible from the browser. The vendor's set-up: {how} ({source}).",
    forwardsEea:
      "The site's server may forward them on: {chain}. Not visible from the browser. The vendor's set-up: {how} ({source}).",
    notKnown: 'Onward recipients not known: {how} ({source}); not visible from the browser.',
    noServer: 'no server address recorded',
    eea: 'registered in {countries}, EU/EEA',
    adequate: 'registered in {countries}, outside the EU/EEA with an adequacy decision',
    us: 'registered in {countries}, covered only for DPF-certified recipients (not known here)',
    'third-country': 'registered in {countries}, outside the EU/EEA without an adequacy decision',
    unknown: 'location not known',
  },
  de: {
    lead: 'Serverseitiger Collector: Der Browser schickte Aufrufe von {service} an {host} ({servers}); Serverseite: {status}.',
    forwards:
      'Der Server der Website kann sie weiterleiten: {chain}. Weiterübermittlung nach {countries} wahrscheinlich; vom Browser aus nicht sichtbar. Einrichtung laut Anbieter: {how} ({source}).',
    forwardsEea:
      'Der Server der Website kann sie weiterleiten: {chain}. Vom Browser aus nicht sichtbar. Einrichtung laut Anbieter: {how} ({source}).',
    notKnown: 'Weitere Empfänger nicht bekannt: {how} ({source}); vom Browser aus nicht sichtbar.',
    noServer: 'keine Serveradresse aufgezeichnet',
    eea: 'registriert in {countries}, EU/EWR',
    adequate: 'registriert in {countries}, außerhalb von EU/EWR mit Angemessenheitsbeschluss',
    us: 'registriert in {countries}, nur für DPF-zertifizierte Empfänger abgedeckt (hier nicht bekannt)',
    'third-country': 'registriert in {countries}, außerhalb von EU/EWR ohne Angemessenheitsbeschluss',
    unknown: 'Ort nicht bekannt',
  },
} as const;

export type StatementKey = keyof (typeof STATEMENT)['en'];

export function statementText(lang: Lang, key: StatementKey, vars: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(STATEMENT[lang === 'de' ? 'de' : 'en'][key], vars, lang);
}

interface T {
  title: string;
  explanation: string;
  fix: string;
}

const FIX_EN =
  'Ask the site operator which recipients the server-side container forwards to; document the transfer basis (adequacy decision, DPF certification or standard contractual clauses) and name the recipients in the privacy notice (GDPR Art. 13(1)(f)).';
const FIX_DE =
  'Fragen Sie den Seitenbetreiber, an welche Empfänger der serverseitige Container weiterleitet; dokumentieren Sie die Grundlage der Übermittlung (Angemessenheitsbeschluss, DPF-Zertifizierung oder Standardvertragsklauseln) und nennen Sie die Empfänger in der Datenschutzerklärung (Art. 13 Abs. 1 lit. f DSGVO).';

const FINDING: Readonly<Record<'forwards' | 'not-known', Readonly<Record<Lang, T>>>> = {
  forwards: {
    en: {
      title: 'Server-side collector on {host}: {onward}',
      explanation:
        "The page sends {service} hits, with the visitor's IP address and identifiers, to {host}: a server of the site or a proxy, recognised by the request's signature. The browser cannot see where that server sends them next; by the vendor's set-up it forwards them to {company}, which would be a transfer to {countries} under GDPR Chapter V. This audit cannot confirm it, so the onward transfer is undecided (not known), not absent. {statement}",
      fix: FIX_EN,
    },
    de: {
      title: 'Serverseitiger Collector auf {host}: {onward}',
      explanation:
        'Die Seite schickt Aufrufe von {service} mit der IP-Adresse und Kennungen des Besuchers an {host}: einen Server der Website oder einen Proxy, erkannt an der Signatur der Anfrage. Wohin dieser Server sie weiterschickt, sieht der Browser nicht; nach der Einrichtung des Anbieters leitet er sie an {company} weiter, eine Übermittlung nach {countries} im Sinne von Kapitel V DSGVO. Dieser Audit kann das nicht bestätigen: Die Weiterübermittlung ist offen (nicht bekannt), nicht ausgeschlossen. {statement}',
      fix: FIX_DE,
    },
  },
  'not-known': {
    en: {
      title: 'Server-side collector on {host}: {onward}',
      explanation:
        "The page sends {service} hits, with the visitor's identifiers, to {host}, recognised by the request's signature. Whether the data stays with the site operator or goes on to a hosting provider or other recipients cannot be seen from the browser. {statement}",
      fix: FIX_EN,
    },
    de: {
      title: 'Serverseitiger Collector auf {host}: {onward}',
      explanation:
        'Die Seite schickt Aufrufe von {service} mit Kennungen des Besuchers an {host}, erkannt an der Signatur der Anfrage. Ob die Daten beim Seitenbetreiber bleiben oder an einen Hoster oder weitere Empfänger gehen, ist vom Browser aus nicht sichtbar. {statement}',
      fix: FIX_DE,
    },
  },
};

export function serverSideFindingText(
  lang: Lang,
  kind: 'forwards' | 'not-known',
  vars: Readonly<Record<string, string>>,
): T {
  const t = FINDING[kind][lang === 'de' ? 'de' : 'en'];
  const fill = (s: string): string => fillTemplate(s, vars, lang);
  return { title: fill(t.title), explanation: fill(t.explanation), fix: fill(t.fix) };
}
