// Chapter V GDPR view of one recipient: where the company sits and where its server's address block is registered.
import { countryLegal, type CountryLegal } from '../../data/countries.ts';
import { fillTemplate } from '../i18n/text.ts';
import { ipKindLabel } from './ip-kind-labels.ts';
import type { IpKind } from './ip-country.ts';
import type { Lang } from '../i18n/lang.ts';
import type { TransferBasis } from './recipients.ts';

export type PlaceStatus = 'eea' | 'adequate' | 'us-dpf' | 'us-not-certified' | 'third-country' | 'unknown';
export type TransferVerdict = 'ok' | 'needs-safeguards' | 'unknown';

export interface TransferInput {
  /** ISO code of the recipient company's seat. */
  companyCountry: string | null;
  /** Whether the company is on the EU-US Data Privacy Framework list; null when not known. */
  companyDpfCertified: boolean | null;
  /** Registry country of the server IP (utils/knowledge/ip-country.ts). */
  serverCountry: string | null;
  serverKind?: IpKind;
  /** The recipient chain (utils/knowledge/recipients.ts): worst basis over its destinations and its sentence. */
  recipients?: { basis: TransferBasis | null; text: string } | null;
}

export interface TransferAssessment {
  company: PlaceStatus;
  server: PlaceStatus;
  verdict: TransferVerdict;
  /** Normalised ISO codes, null when unknown or not a country. */
  companyCountry: string | null;
  serverCountry: string | null;
  /** Worst Chapter V basis over the documented recipients outside the EEA; null when none is documented. */
  basis: TransferBasis | null;
  /**
   * The recipient chain in words (contracting entity → processors,
   * basis per destination); null without a known company.
   */
  recipients: string | null;
  explanation: string;
  caveat: string;
}

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
    "Only the company's side could be judged, and it needs no Chapter V safeguards: the server's location is not known.",
} as const;

type TextKey = keyof typeof EN_TEXTS;

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
    'Beurteilt werden konnte nur die Seite des Unternehmens, und sie braucht keine Garantien nach Kapitel V DSGVO: Der Serverstandort ist unbekannt.',
};

export const TRANSFER_TEXTS: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { en: EN_TEXTS, de: DE_TEXTS };

export const REGISTRY_CAVEAT: string = EN_TEXTS.caveat;

/** Who an adequacy decision covers, in German, by country (data/countries.ts holds the English scope). */
const DE_SCOPES: Readonly<Record<string, string>> = {
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

const SAFE: ReadonlySet<PlaceStatus> = new Set<PlaceStatus>(['eea', 'adequate', 'us-dpf']);
const UNSAFE: ReadonlySet<PlaceStatus> = new Set<PlaceStatus>(['us-not-certified', 'third-country']);

// The DPF covers certified organisations, so a US server counts through the recipient company's certification.
function placeStatus(legal: CountryLegal | null, dpf: boolean | null): PlaceStatus {
  if (!legal) return 'unknown';
  switch (legal.status) {
    case 'eea':
      return 'eea';
    case 'adequate':
      return 'adequate';
    case 'adequate-dpf-only':
      return dpf === true ? 'us-dpf' : dpf === false ? 'us-not-certified' : 'unknown';
    case 'third-country':
      return 'third-country';
  }
}

/** Fills the transfer text `key` in `lang`. */
function text(lang: Lang, key: TextKey, vars: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(TRANSFER_TEXTS[lang][key], vars, lang);
}

export function adequacyText(legal: CountryLegal, lang: Lang): string {
  const d = legal.decision;
  if (!d) return text(lang, 'adequacyAny');
  const date = longDate(d.date, lang);
  if (!d.scope) return text(lang, 'adequacyOf', { date });
  // A scope added to the data without a German wording is shown as written rather than dropped.
  const scope = lang === 'de' ? (DE_SCOPES[legal.code] ?? d.scope) : d.scope;
  return text(lang, 'adequacyOfFor', { date, scope });
}

function companyText(status: PlaceStatus, legal: CountryLegal | null, lang: Lang): string {
  if (!legal) return text(lang, 'companyUnknown');
  const where = text(lang, 'companyIn', { code: legal.code });
  switch (status) {
    case 'eea':
      return text(lang, 'companyEea', { where });
    case 'adequate':
      return text(lang, 'companyAdequate', { where, adequacy: adequacyText(legal, lang) });
    case 'us-dpf':
      return text(lang, 'companyDpf', { where, date: longDate(legal.decision?.date ?? '', lang) });
    case 'us-not-certified':
      return text(lang, 'companyNotCertified', { where });
    case 'third-country':
      return text(lang, 'thirdCountry', { where });
    case 'unknown':
      return text(lang, 'dpfNotKnown', { where });
  }
}

function serverText(status: PlaceStatus, legal: CountryLegal | null, kind: IpKind | undefined, lang: Lang): string {
  if (kind !== undefined && kind !== 'public') {
    return kind === 'invalid'
      ? text(lang, 'serverInvalid')
      : text(lang, 'serverKind', { kind: ipKindLabel(kind, lang) });
  }
  if (!legal) return text(lang, 'serverUnknown');
  const where = text(lang, 'serverIn', { code: legal.code });
  switch (status) {
    case 'eea':
      return text(lang, 'serverEea', { where });
    case 'adequate':
      return text(lang, 'serverAdequate', { where, adequacy: adequacyText(legal, lang) });
    case 'us-dpf':
      return text(lang, 'serverDpf', { where });
    case 'us-not-certified':
      return text(lang, 'serverNotCertified', { where });
    case 'third-country':
      return text(lang, 'thirdCountry', { where });
    case 'unknown':
      return text(lang, 'dpfNotKnown', { where });
  }
}

// A recipient without a basis makes the transfer need safeguards even when seat and server are in the EEA.
function verdictOf(company: PlaceStatus, server: PlaceStatus, basis: TransferBasis | null): TransferVerdict {
  if (UNSAFE.has(company) || UNSAFE.has(server) || basis === 'none') return 'needs-safeguards';
  if (SAFE.has(company) && SAFE.has(server) && basis !== 'not-known') return 'ok';
  return 'unknown';
}

// Says which fact is missing, so that a reader knows what to check (a loopback server is not a company problem).
function undecidedKey(
  companyLegal: CountryLegal | null,
  company: PlaceStatus,
  serverLegal: CountryLegal | null,
  basis: TransferBasis | null,
): TextKey {
  if (!companyLegal) return 'unknownCompany';
  if (company === 'unknown') return 'unknownDpf';
  if (basis === 'not-known') return 'unknownRecipient';
  if (!serverLegal) return 'unknownServer';
  return 'unknownDpf';
}

const BASES: ReadonlySet<unknown> = new Set<TransferBasis>(['adequacy', 'dpf', 'none', 'not-known']);

const IP_KINDS: ReadonlySet<unknown> = new Set<IpKind>([
  'public',
  'private',
  'loopback',
  'link-local',
  'reserved',
  'invalid',
]);

function isIpKind(kind: unknown): kind is IpKind {
  return IP_KINDS.has(kind);
}

/**
 * Separate status for the recipient company and the server location,
 * plus an overall verdict, worded in `lang`. Never throws.
 */
export function transferStatus(input: TransferInput, lang: Lang = 'en'): TransferAssessment {
  const l: Lang = lang === 'de' ? 'de' : 'en';
  const dpf = typeof input?.companyDpfCertified === 'boolean' ? input.companyDpfCertified : null;
  const kind = isIpKind(input?.serverKind) ? input.serverKind : undefined;
  const companyLegal = countryLegal(input?.companyCountry);
  // A non-public server address has no registry country, whatever the caller passed.
  const serverLegal = kind === undefined || kind === 'public' ? countryLegal(input?.serverCountry) : null;
  const company = placeStatus(companyLegal, dpf);
  const server = placeStatus(serverLegal, dpf);
  const chain = input?.recipients && typeof input.recipients.text === 'string' ? input.recipients : null;
  const basis = chain && BASES.has(chain.basis) ? chain.basis : null;
  const verdict = verdictOf(company, server, basis);
  const parts = {
    company: companyText(company, companyLegal, l),
    server: serverText(server, serverLegal, kind, l),
    verdict: text(l, verdict === 'unknown' ? undecidedKey(companyLegal, company, serverLegal, basis) : verdict),
  };
  return {
    company,
    server,
    verdict,
    companyCountry: companyLegal?.code ?? null,
    serverCountry: serverLegal?.code ?? null,
    basis,
    recipients: chain?.text ?? null,
    explanation: chain
      ? text(l, 'withRecipients', { ...parts, recipients: chain.text })
      : text(l, 'explanation', parts),
    caveat: text(l, 'caveat'),
  };
}
