// Output files of a scan: checked before any browser starts, sealed with one integrity block, written whole or not at
// all (temp file + rename), so that a stopped run leaves no partial report behind.
import { accessSync, constants, statSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { harFileText, harHash, type Har } from '../utils/export/har.ts';
import { sealedHtml } from '../utils/export/html.ts';
import {
  harSetHash,
  integrityBase,
  reportBody,
  reportFileText,
  sha256Hex,
  withBody,
  type IntegrityBase,
} from '../utils/export/integrity.ts';
import { reportToJunit } from '../utils/export/junit.ts';
import type { Report } from '../utils/export/report.ts';
import type { Lang } from '../utils/i18n/lang.ts';

export interface OutputPaths {
  json: string | null;
  html: string | null;
  junit: string | null;
  har: string | null;
}

function isDir(p: string): boolean | null {
  try {
    return statSync(p).isDirectory();
  } catch {
    return null;
  }
}

function writableDir(dir: string): string | null {
  const d = isDir(dir);
  if (d === null) return `folder ${dir} does not exist`;
  if (!d) return `${dir} is not a folder`;
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch {
    return `folder ${dir} is not writable`;
  }
}

/**
 * Problems with the output paths, before anything runs: folders are never created silently (but --har's own one is).
 */
export function checkOutputs(o: OutputPaths): string[] {
  const problems: string[] = [];
  for (const [opt, file] of [
    ['--json', o.json],
    ['--html', o.html],
    ['--junit', o.junit],
  ] as const) {
    if (file === null || (opt === '--json' && file === '-')) continue;
    const abs = path.resolve(file);
    if (isDir(abs) === true) problems.push(`${opt} ${file}: is a folder`);
    else {
      const p = writableDir(path.dirname(abs));
      if (p) problems.push(`${opt} ${file}: ${p}`);
    }
  }
  if (o.har !== null) {
    const abs = path.resolve(o.har);
    const d = isDir(abs);
    if (d === false) problems.push(`--har ${o.har}: not a folder`);
    const p = d === true ? writableDir(abs) : writableDir(path.dirname(abs));
    if (p) problems.push(`--har ${o.har}: ${p}`);
  }
  return problems;
}

export interface SealedOutputs {
  json: string;
  html: string;
  hars: Array<{ name: string; text: string }>;
}

/**
 * JSON, HTML and HAR outputs with one integrity block. The report's `har` hash is harSetHash over the HARs of all
 * recorded scenarios in run order, and `harFiles` names each of those HARs with its own body hash, so that every
 * HAR file written can be matched to the hash that covers it.
 */
export async function sealedOutputs(
  report: Report,
  hars: ReadonlyArray<{ name: string; har: Har }>,
  pageStarts: ReadonlyArray<number | null>,
  lang: Lang,
): Promise<SealedOutputs> {
  const harHashes = await Promise.all(hars.map((h) => harHash(h.har)));
  const harFiles = hars.map((h, i) => ({ name: h.name, sha256: harHashes[i] ?? '' }));
  const { base, json, html } = await sealReport(report, harFiles, pageStarts, lang);
  return {
    json,
    html,
    hars: hars.map((h, i) => ({ name: h.name, text: harFileText(h.har, withBody(base, harHashes[i] ?? '')) })),
  };
}

/** JSON and HTML of a report whose HARs are known by name and hash only (`merge`: the shards wrote them). */
export async function sealReport(
  report: Report,
  harFiles: ReadonlyArray<{ name: string; sha256: string }>,
  pageStarts: ReadonlyArray<number | null>,
  lang: Lang,
): Promise<{ base: IntegrityBase; json: string; html: string }> {
  const reportHash = await sha256Hex(reportBody(report));
  const base = integrityBase(report, {
    report: reportHash,
    har: await harSetHash(harFiles.map((f) => f.sha256)),
    harFiles,
  });
  return {
    base,
    json: reportFileText(report, withBody(base, reportHash)),
    html: (await sealedHtml(report, base, { lang, pageStartedAt: pageStarts })).text,
  };
}

/** Temp files being written; removed by a stop signal. */
const pending = new Set<string>();

export function removePendingOutputs(): void {
  for (const f of pending) rmSync(f, { force: true });
  pending.clear();
}

async function writeWhole(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.partial`);
  pending.add(tmp);
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true }).catch(() => {});
    pending.delete(tmp);
  }
}

/** A writer of whole files that notes each failure in `failed` instead of throwing. */
function wholeWriter(failed: string[]): (file: string, text: string) => Promise<void> {
  return async (file, text) => {
    try {
      await writeWhole(file, text);
    } catch (e) {
      failed.push(`cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** Write the outputs; `stdout` takes the JSON report for `--json -`. Returns what could not be written. */
export async function writeOutputs(
  o: OutputPaths & { lang: Lang },
  report: Report,
  hars: ReadonlyArray<{ name: string; har: Har }>,
  pageStarts: ReadonlyArray<number | null>,
  stdout: (s: string) => void,
): Promise<string[]> {
  const failed: string[] = [];
  const write = wholeWriter(failed);
  const sealed = await sealedOutputs(report, hars, pageStarts, o.lang);
  failed.push(...(await writeSealed(o, report, sealed, stdout)));
  if (o.har) {
    try {
      await mkdir(o.har, { recursive: false });
    } catch (e) {
      if (isDir(o.har) !== true) failed.push(`cannot create ${o.har}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (const h of sealed.hars) await write(path.join(o.har, h.name), h.text);
  }
  return failed;
}

/** The JSON (file or stdout), HTML and JUnit outputs of a sealed report. */
export async function writeSealed(
  o: OutputPaths,
  report: Report,
  sealed: { json: string; html: string },
  stdout: (s: string) => void,
): Promise<string[]> {
  const failed: string[] = [];
  const write = wholeWriter(failed);
  if (o.json === '-') stdout(sealed.json);
  else if (o.json) await write(o.json, sealed.json);
  if (o.html) await write(o.html, sealed.html);
  if (o.junit) await write(o.junit, reportToJunit(report));
  return failed;
}
