// Where a service's data goes outside the EU/EEA, by the provider's own documentation: recipients (parent, affiliates,
// sub-processors) and the third countries named. One entry per company id of data/companies.ts, each fact with its source.

export type RecipientRole = 'parent' | 'affiliate' | 'processor' | 'sub-processor' | 'joint-controller';

export interface RecipientEvidence {
  /** Legal name of the recipient, e.g. 'Google LLC'. */
  entity: string;
  /** ISO 3166-1 alpha-2 of its seat. */
  country: string;
  role: RecipientRole;
  /** https URL of the provider's page that names it. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
}

export interface TransferCountryEvidence {
  /** ISO 3166-1 alpha-2 of a country outside the EU/EEA where the data is processed or accessible. */
  country: string;
  source: string;
  checked: string;
}

export interface TransferEvidence {
  /** Non-EEA recipients named by the provider (the US parent of an EU subsidiary, sub-processors). */
  recipients: readonly RecipientEvidence[];
  /** Countries outside the EU/EEA named by the provider's documentation. */
  transferCountries: readonly TransferCountryEvidence[];
  note?: string;
}

/** Keyed by the company id in data/companies.ts. A company with no entry: transfers not researched (shown as not known). */
export const TRANSFER_EVIDENCE: Readonly<Record<string, TransferEvidence>> = {};
