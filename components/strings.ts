// Every user-facing popup string in one place, so translations can replace this table later.
export const T = {
  appTitle: 'Consent Auditor',
  empty: 'No activity recorded for this tab yet. Reload the page to audit it.',
  cannotAuditTitle: 'This page cannot be audited',
  partial: 'Recording started after this page loaded: reload the page for a complete audit.',
  filtersLabel: 'Filters',
  counts: 'Counts',
  thirdPartyOnly: 'Third-party only',
  search: 'Search',
  searchPlaceholder: 'Filter by host, URL, cookie name or storage key',
  site: 'Site',
  started: 'Started',
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  requests: 'Requests',
  cookies: 'Cookies',
  storage: 'Storage',
  beacons: 'Beacons and pings',
  frames: 'Frames',
  notes: 'Recording notes',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  noMatch: 'Nothing matches the filters.',
  noneRecorded: 'None recorded.',
  firstParty: 'first party',
  thirdParty: 'third party',
  pageReportedOnly: 'page-reported only',
  pageReportedOnlyHint: 'Only the page\'s own script hooks reported this write; the browser did not confirm storing the cookie.',
  headerOnly: 'not confirmed stored',
  headerOnlyHint: 'A response sent this Set-Cookie header, but the browser never reported storing the cookie (it may have been rejected, e.g. a blocked third-party or SameSite cookie).',
  setBy: { http: 'HTTP header', script: 'script', unknown: 'unknown' },
  noNotes: 'No problems while recording.',
} as const;

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
