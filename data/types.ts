// Schema of the project's own tracker, company and cookie dataset (written from vendors' public pages).

export const TRACKER_CATEGORIES = [
  'advertising',
  'analytics',
  'session-replay',
  'marketing-automation',
  'social',
  'tag-manager',
  'consent-manager',
  'cdn',
  'hosting',
  'fonts',
  'video',
  'maps',
  'chat',
  'ab-testing',
  'error-monitoring',
  'customer-data-platform',
  'payments',
  'captcha',
  'affiliate',
  'audience-measurement',
  'push',
  'reviews',
  'personalization',
  'other',
] as const;

export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

export const COOKIE_PURPOSES = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'consent',
  'security',
  'session-replay',
  'marketing-automation',
  'social',
  'other',
] as const;

export type CookiePurpose = (typeof COOKIE_PURPOSES)[number];

/** @deprecated Unverified compile-time DPF flag, no longer part of Company; use data/dpf-evidence.ts. */
export interface DpfStatus {
  certified: boolean;
  /** ISO date (YYYY-MM-DD) the status was last compiled. */
  checked: string;
}

export interface Company {
  /** kebab-case id used by trackers. */
  id: string;
  /** Legal name of the entity that receives data from EU visitors, where the vendor names one. */
  name: string;
  /** Short brand name for reports. */
  brand: string;
  /** ISO 3166-1 alpha-2 of the entity's seat. */
  country: string;
  /** Legal name of the parent when data is shared with or controlled by it. */
  parent?: string;
  /** Country of the parent when it differs from `country`: where the data can end up. */
  parentCountry?: string;
  // No DPF field: the status of a US entity comes from data/dpf-evidence.ts, one cited source each (null = not known).
  notes?: string;
  /** https URL of the vendor's privacy/cookie/subprocessor page or its DPF list entry. */
  source: string;
  checked: string;
}

/** On a shared host, a path prefix that belongs to another tracker (e.g. www.google.com/recaptcha). */
export interface PathOverride {
  pathPrefix: string;
  trackerId: string;
}

export interface Tracker {
  /** kebab-case id. */
  id: string;
  /** Service name, e.g. 'Google Analytics'. */
  name: string;
  companyId: string;
  category: TrackerCategory;
  /** Default verdict for loading it before consent in the EU (ePrivacy Art. 5(3) / GDPR). */
  needsConsent: boolean;
  /** Lower-case registrable domains or host suffixes; a host matches when equal or ending with '.'+domain. */
  domains: readonly string[];
  paths?: readonly PathOverride[];
  /** Installed on the site's own server; recognised by cookies or scripts, not by a third-party host. */
  selfHosted?: boolean;
  notes?: string;
  source: string;
  checked: string;
}

export type CookieMatchKind = 'exact' | 'prefix' | 'regex';

export interface CookiePattern {
  /** Exact name, prefix, or regex source (anchored by the author), per `match`. */
  pattern: string;
  match: CookieMatchKind;
  /** Tracker id, or null for generic platform cookies (PHP, Java, WordPress...). */
  owner: string | null;
  purpose: CookiePurpose;
  needsConsent: boolean;
  /** One line of plain English. */
  description: string;
  source: string;
  checked: string;
}
