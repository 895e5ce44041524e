// Checks an exported file: which kind it is, whether it carries integrity data, and whether its body still has the
// hash it claims. Never throws: garbage is kind 'unknown' with a reason.
import { REPORT_FORMAT } from './report.ts';
import { CSV_COLUMNS, CSV_KINDS, type CsvKind } from './csv.ts';
import {
  CSV_KIND_KEY,
  harBody,
  htmlBodyOf,
  htmlHashedText,
  integrityFromCsvHeader,
  integrityFromHtml,
  isIntegrity,
  parseCsvHeader,
  reportBody,
  sha256Hex,
  splitCsv,
} from './integrity.ts';
import type { ExportKind, Integrity, VerifyResult } from './types.ts';

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? Object.getOwnPropertyDescriptor(o, key)?.value : undefined;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const unknown = (problem: string): VerifyResult => ({
  kind: 'unknown',
  ok: false,
  claimed: null,
  actual: null,
  problem,
  integrity: null,
});

/** Compares the claimed with the recomputed hash and says what is wrong in plain words. */
function verdict(kind: ExportKind, integrity: Integrity | null, actual: string, invalid = false): VerifyResult {
  if (!integrity) {
    const problem = invalid
      ? 'the integrity data is malformed (a field is missing or not a SHA-256 hex value)'
      : 'no integrity data: the file does not say which hash its content had';
    return { kind, ok: false, claimed: null, actual, problem, integrity: null };
  }
  if (integrity.body !== actual) {
    return {
      kind,
      ok: false,
      claimed: integrity.body,
      actual,
      integrity,
      problem: `the content was changed after export: its SHA-256 is ${actual}, the file claims ${integrity.body}`,
    };
  }
  if (kind === 'json' && integrity.report !== integrity.body) {
    return {
      kind,
      ok: false,
      claimed: integrity.body,
      actual,
      integrity,
      problem: 'the report hash and the body hash of a JSON report must be the same',
    };
  }
  return { kind, ok: true, claimed: integrity.body, actual, problem: null, integrity };
}

async function verifyJson(text: string): Promise<VerifyResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return unknown(`not valid JSON: ${message(e)}`);
  }
  if (field(parsed, 'format') === REPORT_FORMAT) {
    const raw = field(parsed, 'integrity');
    const integrity = isIntegrity(raw) ? raw : null;
    return verdict('json', integrity, await sha256Hex(reportBody(parsed)), raw !== undefined && integrity === null);
  }
  const log = field(parsed, 'log');
  if (typeof log === 'object' && log !== null && Array.isArray(field(log, 'entries'))) {
    const raw = field(log, '_integrity');
    const integrity = isIntegrity(raw) ? raw : null;
    return verdict('har', integrity, await sha256Hex(harBody(parsed)), raw !== undefined && integrity === null);
  }
  return unknown('JSON, but neither a Consent Auditor report nor a HAR file');
}

function csvKindOf(header: ReadonlyMap<string, string>, body: string): CsvKind | null {
  const declared = CSV_KINDS.find((k) => k === header.get(CSV_KIND_KEY));
  if (declared) return declared;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return CSV_KINDS.find((k) => CSV_COLUMNS[k].join(',') === firstLine) ?? null;
}

async function verifyCsv(text: string): Promise<VerifyResult> {
  const { header, body } = splitCsv(text);
  const map = parseCsvHeader(header);
  const kind = csvKindOf(map, body);
  if (!kind) return unknown('not a Consent Auditor export: no report, HAR, HTML or CSV export recognised');
  const integrity = integrityFromCsvHeader(map);
  const claimsSome = map.has('body-sha256');
  return verdict(kind, integrity, await sha256Hex(body), claimsSome && integrity === null);
}

async function verifyHtml(text: string): Promise<VerifyResult> {
  const body = htmlBodyOf(text);
  if (body === null) return unknown('HTML, but not a Consent Auditor export (the report markers are missing)');
  const integrity = integrityFromHtml(text);
  return verdict('html', integrity ?? null, await sha256Hex(htmlHashedText(text)), integrity === undefined);
}

export async function verifyExport(text: string): Promise<VerifyResult> {
  try {
    if (typeof text !== 'string') return unknown('not text');
    // An editor may add a byte-order mark; it is outside every body definition.
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const start = t.trimStart();
    if (start === '') return unknown('the file is empty');
    if (start.startsWith('{')) return await verifyJson(t);
    if (/^<(!doctype\s+html|html)[\s>]/i.test(start)) return await verifyHtml(t);
    return await verifyCsv(t);
  } catch (e) {
    return unknown(`could not be checked: ${message(e)}`);
  }
}
