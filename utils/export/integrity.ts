// SHA-256 fingerprints of exports and the body rule per format, so a verifier can recompute what the exporter hashed.
//
// Body rules (the bytes hashed, as UTF-8):
// - JSON report: JSON.stringify(report) compact, keys in file order, without the top-level `integrity` field.
// - HAR: JSON.stringify(har) compact, keys in file order, without `log._integrity`.
// - CSV: the file starts with a header block of `# key: value` lines; the block ends at the first line that does not
//   start with `#`. The body is everything from that line to the end of the file, byte for byte (CRLF line ends).
// - HTML: the whole file, byte for byte, except the integrity element itself: the first
//   `<meta name="consent-auditor-integrity" content="{json}">` before `<!--ca-body-start-->`, with the line break after
//   it. CSS, head, hidden elements and everything after the report part are covered (issue 15.10).
import { htmlEscape } from './html-escape.ts';
import type { IpTableInfo, Report, ToolInfo } from './report.ts';
import type { ExportKind, Integrity } from './types.ts';

export const HASH_ALGORITHM = 'SHA-256';
export const HTML_BODY_START = '<!--ca-body-start-->';
export const HTML_BODY_END = '<!--ca-body-end-->';
export const HTML_INTEGRITY_META = 'consent-auditor-integrity';
/** First header line of a CSV export: names the export kind */
export const CSV_KIND_KEY = 'consent-auditor-export';

/** Integrity without the file's own body hash: what all files of one audit share. */
export type IntegrityBase = Omit<Integrity, 'body'>;

const HEX64 = /^[0-9a-f]{64}$/;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function isSha256Hex(x: unknown): x is string {
  return typeof x === 'string' && HEX64.test(x);
}

function field(o: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(o, key)?.value;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Narrows unknown data (from a file) to an Integrity with every field of the right type. */
export function isIntegrity(x: unknown): x is Integrity {
  if (!isRecord(x)) return false;
  const tool = field(x, 'tool');
  const data = field(x, 'data');
  if (!isRecord(tool) || !isRecord(data)) return false;
  const ip = field(data, 'ipTable');
  return (
    field(x, 'algorithm') === HASH_ALGORITHM &&
    isSha256Hex(field(x, 'body')) &&
    isSha256Hex(field(x, 'report')) &&
    isSha256Hex(field(x, 'har')) &&
    typeof field(x, 'url') === 'string' &&
    typeof field(x, 'startedAt') === 'string' &&
    typeof field(x, 'finishedAt') === 'string' &&
    typeof field(tool, 'name') === 'string' &&
    typeof field(tool, 'version') === 'string' &&
    typeof field(data, 'trackers') === 'string' &&
    (ip === null || typeof ip === 'string')
  );
}

/** The IP table as one string: `package@version (built date)`. */
export function ipTableLabel(info: IpTableInfo | null): string | null {
  return info ? `${info.source}@${info.version} (built ${info.built})` : null;
}

/**
 * What every file of an audit carries besides its own body hash.
 * `url` is the audited URL, or all of them space-separated.
 */
export function integrityBase(
  report: Report,
  hashes: { report: string; har: string; harFiles?: ReadonlyArray<{ name: string; sha256: string }> },
  tool: ToolInfo = report.tool,
): IntegrityBase {
  return {
    algorithm: HASH_ALGORITHM,
    report: hashes.report,
    har: hashes.har,
    ...(hashes.harFiles ? { harFiles: hashes.harFiles.map((f) => ({ name: f.name, sha256: f.sha256 })) } : {}),
    url: report.url ?? report.urls.join(' '),
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    tool: { name: tool.name, version: tool.version },
    data: { trackers: tool.data.trackers, ipTable: ipTableLabel(tool.data.ipTable) },
  };
}

/** Integrity with the body hash in a fixed key order (the order files show it in). */
export function withBody(base: IntegrityBase, body: string): Integrity {
  return {
    algorithm: HASH_ALGORITHM,
    body,
    report: base.report,
    har: base.har,
    ...(base.harFiles ? { harFiles: base.harFiles.map((f) => ({ ...f })) } : {}),
    url: base.url,
    startedAt: base.startedAt,
    finishedAt: base.finishedAt,
    tool: { ...base.tool },
    data: { ...base.data },
  };
}

/** A JSON value with one field removed at `path` (a copy; the input is not changed). */
function without(value: unknown, path: readonly [string] | readonly [string, string]): unknown {
  if (!isRecord(value)) return value;
  const [head, next] = path;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === head && next === undefined) continue;
    // Data properties only, so a `__proto__` key from a file stays a plain field.
    Object.defineProperty(out, k, {
      value: k === head && next !== undefined ? without(v, [next]) : v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Body of a JSON report (parsed or in memory): compact JSON without the top-level `integrity`. */
export function reportBody(report: unknown): string {
  return JSON.stringify(without(report, ['integrity']));
}

/** Body of a HAR: compact JSON without `log._integrity`. */
export function harBody(har: unknown): string {
  return JSON.stringify(without(har, ['log', '_integrity']));
}

/**
 * The `har` hash of an audit: one HAR → its body hash; several (the CLI: one per URL × scenario) → SHA-256 of their
 * body hashes joined with "\n" in file order; none → SHA-256 of the empty string.
 */
export async function harSetHash(bodyHashes: readonly string[]): Promise<string> {
  const [only] = bodyHashes;
  if (bodyHashes.length === 1 && only !== undefined) return only;
  return sha256Hex(bodyHashes.join('\n'));
}

/** The JSON report file: pretty-printed, integrity last. */
export function reportFileText(report: Report, integrity: Integrity): string {
  return `${JSON.stringify({ ...report, integrity }, null, 2)}\n`;
}

/** Splits a CSV export into its `#` header lines (without line ends) and the body (byte-exact). */
export function splitCsv(text: string): { header: string[]; body: string } {
  const header: string[] = [];
  let pos = 0;
  while (pos < text.length && text.charCodeAt(pos) === 35 /* # */) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    header.push(text.slice(pos, end).replace(/\r?\n$/, ''));
    pos = end;
  }
  return { header, body: text.slice(pos) };
}

// Header values stay on one line: control characters are percent-encoded (URLs already are).
const oneLine = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

const CSV_KEYS = {
  algorithm: 'algorithm',
  body: 'body-sha256',
  report: 'report-sha256',
  har: 'har-sha256',
  url: 'url',
  startedAt: 'started-at',
  finishedAt: 'finished-at',
  toolName: 'tool',
  toolVersion: 'tool-version',
  trackers: 'data-trackers',
  ipTable: 'data-ip-table',
} as const;

/** The CSV header block (CRLF line ends, like the body). An empty `data-ip-table` means no IP table was loaded. */
export function csvHeader(kind: ExportKind, i: Integrity): string {
  const lines: Array<[string, string]> = [
    [CSV_KIND_KEY, kind],
    [CSV_KEYS.algorithm, i.algorithm],
    [CSV_KEYS.body, i.body],
    [CSV_KEYS.report, i.report],
    [CSV_KEYS.har, i.har],
    [CSV_KEYS.url, i.url],
    [CSV_KEYS.startedAt, i.startedAt],
    [CSV_KEYS.finishedAt, i.finishedAt],
    [CSV_KEYS.toolName, i.tool.name],
    [CSV_KEYS.toolVersion, i.tool.version],
    [CSV_KEYS.trackers, i.data.trackers],
    [CSV_KEYS.ipTable, i.data.ipTable ?? ''],
    ['body', 'every line after these # lines, byte for byte, hashed with SHA-256'],
  ];
  return lines.map(([k, v]) => `# ${k}: ${oneLine(v)}\r\n`).join('');
}

/** `# key: value` lines → map (first occurrence wins). */
export function parseCsvHeader(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const m = /^#\s*([a-z0-9-]+):\s?(.*)$/i.exec(line);
    if (m?.[1] !== undefined && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), (m[2] ?? '').trim());
  }
  return out;
}

/** Integrity from a CSV header; null when a field is missing or malformed. */
export function integrityFromCsvHeader(h: ReadonlyMap<string, string>): Integrity | null {
  const get = (k: string): string | undefined => h.get(k);
  const ip = get(CSV_KEYS.ipTable);
  const candidate = {
    algorithm: get(CSV_KEYS.algorithm),
    body: get(CSV_KEYS.body),
    report: get(CSV_KEYS.report),
    har: get(CSV_KEYS.har),
    url: get(CSV_KEYS.url),
    startedAt: get(CSV_KEYS.startedAt),
    finishedAt: get(CSV_KEYS.finishedAt),
    tool: { name: get(CSV_KEYS.toolName), version: get(CSV_KEYS.toolVersion) },
    data: { trackers: get(CSV_KEYS.trackers), ipTable: ip === undefined || ip === '' ? null : ip },
  };
  return isIntegrity(candidate) ? candidate : null;
}

/**
 * The bytes an HTML export's hash covers: the file without its integrity meta element (and the line break after it).
 */
export function htmlHashedText(text: string): string {
  const start = text.indexOf(HTML_BODY_START);
  const head = start === -1 ? text : text.slice(0, start);
  const m = new RegExp(`<meta name="${HTML_INTEGRITY_META}" content="[^"]*">\n?`).exec(head);
  return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
}

/** The report part of an HTML export (between the markers); null when a marker is missing. */
export function htmlBodyOf(text: string): string | null {
  const start = text.indexOf(HTML_BODY_START);
  if (start === -1) return null;
  const from = start + HTML_BODY_START.length;
  const end = text.indexOf(HTML_BODY_END, from);
  return end === -1 ? null : text.slice(from, end);
}

function htmlUnattr(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n] ?? '',
  );
}

/** The head meta tag that carries the integrity data (inert: no script, nothing a CSP has to allow). */
export function integrityMeta(i: Integrity): string {
  return `<meta name="${HTML_INTEGRITY_META}" content="${htmlEscape(JSON.stringify(i))}">`;
}

/**
 * Integrity from an HTML export's head (before the body marker); `null` when absent, `undefined` when present but
 * not valid integrity data.
 */
export function integrityFromHtml(text: string): Integrity | null | undefined {
  const start = text.indexOf(HTML_BODY_START);
  const head = start === -1 ? text : text.slice(0, start);
  const m = new RegExp(`<meta name="${HTML_INTEGRITY_META}" content="([^"]*)">`).exec(head);
  if (!m) return null;
  try {
    const parsed: unknown = JSON.parse(htmlUnattr(m[1] ?? ''));
    return isIntegrity(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
