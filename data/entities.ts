// The project's facts about third-party-web entities it does not describe in trackers.ts: the company's home country,
// read from the company's own imprint, legal notice or privacy policy (source = the page read, checked = the day).
// Keyed by third-party-web's entity name (package third-party-web, dist/entities.json). country null = not known.
// Where `companyId` is set, the company is one of data/companies.ts and its country is copied from there (same source).

export interface EntityFacts {
  /** Id in data/companies.ts when the project already knows the company. */
  companyId?: string;
  /** The legal entity the source names, when it names one. */
  legalName?: string;
  /** ISO 3166-1 alpha-2 of the company's seat; null = not known. */
  country: string | null;
  /** https URL of the page the country was read from. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  notes?: string;
}

export const ENTITIES: Readonly<Record<string, EntityFacts>> = {
};
