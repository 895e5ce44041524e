// The project's own tracker dataset, as one import for the CLI, the extension and tests.
export { TRACKERS } from './trackers.ts';
export { COMPANIES } from './companies.ts';
export { COOKIE_PATTERNS } from './cookie-patterns.ts';
export type { Company, CookiePattern, CookiePurpose, DpfStatus, PathOverride, Tracker, TrackerCategory } from './types.ts';
export { COOKIE_PURPOSES, TRACKER_CATEGORIES } from './types.ts';

/** Printed in reports so a finding can be traced to the data it came from. */
export const DATASET_VERSION = '2026.11.29';
