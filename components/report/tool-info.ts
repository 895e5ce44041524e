// What the report says about the tool that made it: browser
// from the user agent, IP data licence line from its meta file.
import { DATASET_VERSION } from '../../data/index.ts';
import { ipTableInfoFrom } from '../../utils/export/ip-table-info.ts';
import type { ToolInfo } from '../../utils/export/report.ts';

export const TOOL_NAME = 'consent-auditor';

// Order matters: Edge and Opera also say "Chrome/", so their own tokens are checked first.
const BROWSER_TOKENS: ReadonlyArray<[RegExp, string]> = [
  [/\bFirefox\/([\d.]+)/, 'Firefox'],
  [/\bEdg\/([\d.]+)/, 'Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bHeadlessChrome\/([\d.]+)/, 'Chrome (headless)'],
  [/\bChrome\/([\d.]+)/, 'Chrome'],
  [/\bVersion\/([\d.]+).*\bSafari\//, 'Safari'],
];

/** "Mozilla/5.0 … Chrome/131.0.6778.85 Safari/537.36" → { name: 'Chrome', version: '131.0.6778.85' }. */
export function browserFromUserAgent(ua: unknown): { name: string; version: string } {
  if (typeof ua !== 'string') return { name: 'unknown', version: '' };
  for (const [re, name] of BROWSER_TOKENS) {
    const m = re.exec(ua);
    if (m?.[1]) return { name, version: m[1] };
  }
  return { name: 'unknown', version: '' };
}

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? Object.getOwnPropertyDescriptor(o, key)?.value : undefined;
}

/** The attribution line of public/data/ip-country.meta.json (`licence.attribution`); null when missing. */
export function ipAttributionFrom(meta: unknown): string | null {
  const line = field(field(meta, 'licence'), 'attribution');
  return typeof line === 'string' && line.trim() !== '' ? line.trim().slice(0, 500) : null;
}

export function toolInfoOf(input: { version: unknown; userAgent: unknown; ipMeta: unknown }): ToolInfo {
  const browser = browserFromUserAgent(input.userAgent);
  return {
    name: TOOL_NAME,
    version: typeof input.version === 'string' ? input.version : 'unknown',
    data: { trackers: DATASET_VERSION, ipTable: ipTableInfoFrom(input.ipMeta) },
    browser,
    // Firefox names the proxy of each request (proxyInfo); Chrome shows nothing, so its locations assume none.
    ...(browser.name === 'Firefox' ? { network: { proxy: null, serverLocations: 'per request' as const } } : {}),
  };
}
