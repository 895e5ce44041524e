// Chapter V GDPR view of one recipient: where the company sits and where its server's address block is registered.
import { countryLegal, type CountryLegal } from '../data/countries.ts';
import type { IpKind } from './ip-country.ts';

export type PlaceStatus = 'eea' | 'adequate' | 'us-dpf' | 'us-not-certified' | 'third-country' | 'unknown';
export type TransferVerdict = 'ok' | 'needs-safeguards' | 'unknown';

export interface TransferInput {
  /** ISO code of the recipient company's seat. */
  companyCountry: string | null;
  /** Whether the company is on the EU-US Data Privacy Framework list; null when not known. */
  companyDpfCertified: boolean | null;
  /** Registry country of the server IP (utils/ip-country.ts). */
  serverCountry: string | null;
  serverKind?: IpKind;
}

export interface TransferAssessment {
  company: PlaceStatus;
  server: PlaceStatus;
  verdict: TransferVerdict;
  /** Normalised ISO codes, null when unknown or not a country. */
  companyCountry: string | null;
  serverCountry: string | null;
  explanation: string;
  caveat: string;
}

export const REGISTRY_CAVEAT =
  'The server country is where the IP address block is registered (regional internet registry data), not necessarily where the machine stands: anycast networks and CDNs answer from many countries under one address.';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-07-10" → "10 July 2023", written out to stay independent of the runtime's locale data. */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
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

function adequacyText(legal: CountryLegal): string {
  const d = legal.decision;
  if (!d) return 'an EU adequacy decision';
  return `EU adequacy decision of ${longDate(d.date)}${d.scope ? `, for ${d.scope}` : ''}`;
}

function companyText(status: PlaceStatus, legal: CountryLegal | null): string {
  if (!legal) return 'Company location unknown';
  const where = `Company in ${legal.code}`;
  switch (status) {
    case 'eea':
      return `${where} (EEA)`;
    case 'adequate':
      return `${where}, covered by an ${adequacyText(legal)}`;
    case 'us-dpf':
      return `${where}, certified under the EU-US Data Privacy Framework (adequacy decision of ${longDate(legal.decision?.date ?? '')})`;
    case 'us-not-certified':
      return `${where}, not certified under the EU-US Data Privacy Framework`;
    case 'third-country':
      return `${where}, a third country without an EU adequacy decision`;
    case 'unknown':
      return `${where}, Data Privacy Framework certification not known`;
  }
}

function serverText(status: PlaceStatus, legal: CountryLegal | null, kind: IpKind | undefined): string {
  if (kind !== undefined && kind !== 'public') {
    return kind === 'invalid' ? 'server address not valid' : `server address is ${kind} (no registry country)`;
  }
  if (!legal) return 'server location unknown';
  const where = `server registered in ${legal.code}`;
  switch (status) {
    case 'eea':
      return `${where} (EEA)`;
    case 'adequate':
      return `${where} (${adequacyText(legal)})`;
    case 'us-dpf':
      return `${where} (covered through the company's Data Privacy Framework certification)`;
    case 'us-not-certified':
      return `${where}, without Data Privacy Framework certification`;
    case 'third-country':
      return `${where}, a third country without an EU adequacy decision`;
    case 'unknown':
      return `${where}, Data Privacy Framework certification not known`;
  }
}

function verdictOf(company: PlaceStatus, server: PlaceStatus): TransferVerdict {
  if (UNSAFE.has(company) || UNSAFE.has(server)) return 'needs-safeguards';
  if (SAFE.has(company) && SAFE.has(server)) return 'ok';
  return 'unknown';
}

const VERDICT_TEXT: Readonly<Record<TransferVerdict, string>> = {
  ok: 'No Chapter V safeguards needed.',
  'needs-safeguards': 'Transfer needs Art. 46 GDPR safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
  unknown: 'Transfer status cannot be decided from the data at hand.',
};

const IP_KINDS: ReadonlySet<unknown> = new Set<IpKind>(['public', 'private', 'loopback', 'link-local', 'reserved', 'invalid']);

function isIpKind(kind: unknown): kind is IpKind {
  return IP_KINDS.has(kind);
}

/** Separate status for the recipient company and the server location, plus an overall verdict. Never throws. */
export function transferStatus(input: TransferInput): TransferAssessment {
  const dpf = typeof input?.companyDpfCertified === 'boolean' ? input.companyDpfCertified : null;
  const kind = isIpKind(input?.serverKind) ? input.serverKind : undefined;
  const companyLegal = countryLegal(input?.companyCountry);
  // A non-public server address has no registry country, whatever the caller passed.
  const serverLegal = kind === undefined || kind === 'public' ? countryLegal(input?.serverCountry) : null;
  const company = placeStatus(companyLegal, dpf);
  const server = placeStatus(serverLegal, dpf);
  const verdict = verdictOf(company, server);
  return {
    company,
    server,
    verdict,
    companyCountry: companyLegal?.code ?? null,
    serverCountry: serverLegal?.code ?? null,
    explanation: `${companyText(company, companyLegal)}; ${serverText(server, serverLegal, kind)}. ${VERDICT_TEXT[verdict]}`,
    caveat: REGISTRY_CAVEAT,
  };
}
