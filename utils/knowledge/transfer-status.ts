// Chapter V GDPR view of one recipient: where the company sits and where its server's address block is registered.
import { countryLegal, type CountryLegal } from '../../data/countries.ts';
import { fillTemplate } from '../i18n/text.ts';
import { ipKindLabel } from './ip-kind-labels.ts';
import type { IpKind } from './ip-country.ts';
import type { Lang } from '../i18n/lang.ts';
import type { TransferBasis } from './recipients.ts';
import { DE_SCOPES, longDate, TRANSFER_TEXTS, type TextKey } from './transfer-texts.ts';

export { longDate, REGISTRY_CAVEAT, TRANSFER_TEXTS } from './transfer-texts.ts';

/** What a server address is: an IP kind, or a proxy's address (the server behind it is not seen). */
export type ServerKind = IpKind | 'proxy';

export type PlaceStatus = 'eea' | 'adequate' | 'us-dpf' | 'us-not-certified' | 'third-country' | 'unknown';
export type TransferVerdict = 'ok' | 'needs-safeguards' | 'unknown';

export interface TransferInput {
  /** ISO code of the recipient company's seat. */
  companyCountry: string | null;
  /** Whether the company is on the EU-US Data Privacy Framework list; null when not known. */
  companyDpfCertified: boolean | null;
  /** Registry country of the server IP (utils/knowledge/ip-country.ts). */
  serverCountry: string | null;
  /** 'proxy': the address is a proxy's (the request went through one), so the server's location is not known */
  serverKind?: ServerKind;
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

function serverText(status: PlaceStatus, legal: CountryLegal | null, kind: ServerKind | undefined, lang: Lang): string {
  if (kind !== undefined && kind !== 'public') {
    if (kind === 'proxy') return text(lang, 'serverProxy');
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

const SERVER_KINDS: ReadonlySet<unknown> = new Set<ServerKind>([
  'proxy',
  'public',
  'private',
  'loopback',
  'link-local',
  'reserved',
  'invalid',
]);

function isServerKind(kind: unknown): kind is ServerKind {
  return SERVER_KINDS.has(kind);
}

/**
 * Separate status for the recipient company and the server location,
 * plus an overall verdict, worded in `lang`. Never throws.
 */
export function transferStatus(input: TransferInput, lang: Lang = 'en'): TransferAssessment {
  const l: Lang = lang === 'de' ? 'de' : 'en';
  const dpf = typeof input?.companyDpfCertified === 'boolean' ? input.companyDpfCertified : null;
  const kind = isServerKind(input?.serverKind) ? input.serverKind : undefined;
  const companyLegal = countryLegal(input?.companyCountry);
  // A non-public server address (or a proxy's) has no registry country, whatever the caller passed.
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
