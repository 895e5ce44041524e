// The endpoints a document names for the browser's reports (Reporting API): `Reporting-Endpoints` (name="url", …)
// and the older `Report-To` (JSON groups). Chromium sends those reports without a tab, so no webRequest event shows
// them; the worker notes the endpoints instead (utils/record/report-note.ts). Header values are the page's: capped.

/** Endpoints kept per response, and the longest URL kept. */
const MAX_ENDPOINTS = 5;
const MAX_URL = 300;

const absolute = (u: string, base: string): string | null => {
  try {
    const url = new URL(u, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.slice(0, MAX_URL) : null;
  } catch {
    return null;
  }
};

/** `Reporting-Endpoints: a="https://…", b="/r"`: the quoted URLs (structured-field strings). */
function fromReportingEndpoints(value: string): string[] {
  return [...value.slice(0, 4096).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
}

/** `Report-To: {"group":…,"endpoints":[{"url":…}]}, {…}`: every endpoint's URL. */
function fromReportTo(value: string): string[] {
  let groups: unknown;
  try {
    groups = JSON.parse(`[${value.slice(0, 4096)}]`);
  } catch {
    return [];
  }
  if (!Array.isArray(groups)) return [];
  return groups
    .flatMap((g: unknown) => {
      const eps = (g as { endpoints?: unknown } | null)?.endpoints;
      return Array.isArray(eps) ? eps.map((e: unknown) => (e as { url?: unknown } | null)?.url) : [];
    })
    .filter((u): u is string => typeof u === 'string');
}

/** The report endpoint URLs a document's response headers name (absolute, http(s), at most 5), in header order. */
export function reportEndpointsOf(
  headers: ReadonlyArray<{ name: string; value?: string }> | undefined,
  documentUrl: string,
): string[] {
  const out = new Set<string>();
  for (const h of headers ?? []) {
    const name = h.name.toLowerCase();
    if (typeof h.value !== 'string' || (name !== 'reporting-endpoints' && name !== 'report-to')) continue;
    const urls = name === 'report-to' ? fromReportTo(h.value) : fromReportingEndpoints(h.value);
    for (const u of urls) {
      const url = absolute(u, documentUrl);
      if (url && out.size < MAX_ENDPOINTS) out.add(url);
    }
  }
  return [...out];
}
