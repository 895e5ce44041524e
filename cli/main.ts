// `consent-auditor scan`: audits URLs headless, one fresh profile per URL × scenario, analyses each record with the
// extension's own findings engine and writes the shared report format (JSON), HTML, JUnit and HAR.
// `consent-auditor verify`: checks exported files against the SHA-256 they carry.
import { applyCnameCloaks, cnameNotes, cnameResolver, findCnameCloaks } from './cname.ts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_VERSION } from '../data/index.ts';
import { harFileName, harFileText, harHash, recordToHar, type Har } from '../utils/export/har.ts';
import { sealedHtml } from '../utils/export/html.ts';
import { harSetHash, integrityBase, reportBody, reportFileText, sha256Hex, withBody } from '../utils/export/integrity.ts';
import { verifyExport } from '../utils/export/verify.ts';
import { analyze, createKnowledge, type Analysis, type Knowledge } from '../utils/findings/index.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import { reportToJunit } from '../utils/export/junit.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import {
  buildReport, buildScenarioReport, ipTableInfoFrom, type Report, type ScenarioReport, type ToolInfo,
} from '../utils/export/report.ts';
import { parseArgs, parseUrlList, USAGE, type ScanOptions } from './args.ts';
import { extensionDirOf, ipMetaFileOf, ipTableFileOf, packageRoot, packageVersion } from './paths.ts';
import { runScenario } from './scan.ts';
import { printable, progressLine, summaryTable } from './table.ts';

const HELP_HINT = 'Run "consent-auditor --help" for the options.';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
};

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function loadKnowledge(root: string, io: Io, quiet: boolean): Knowledge {
  const file = ipTableFileOf(root);
  try {
    return createKnowledge({ ipTable: loadIpTable(readFileSync(file)) });
  } catch (e) {
    if (!quiet) io.stderr(`consent-auditor: IP country table not loaded (${message(e)}); server countries will be missing. Run \`npm run build:data\`.\n`);
    return createKnowledge({ ipTable: null });
  }
}

/** A path as given, or a bare name looked up on PATH (`--chromium chromium`). */
export function findExecutable(name: string, pathVar: string | undefined): string | null {
  if (name.includes('/') || name.includes(path.sep)) return existsSync(name) ? name : null;
  for (const d of (pathVar ?? '').split(path.delimiter)) {
    if (d && existsSync(path.join(d, name))) return path.join(d, name);
  }
  return null;
}

/** Exit code of a finished run: a URL that could not be audited outranks findings. */
export function exitCodeOf(report: Report): number {
  if (report.summary.verdict === 'error') return EXIT_ERROR;
  return report.summary.verdict === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}

async function collectUrls(o: ScanOptions): Promise<string[] | string> {
  const urls = [...o.urls];
  if (o.urlsFile !== null) {
    let text: string;
    try {
      text = await readFile(o.urlsFile, 'utf8');
    } catch (e) {
      return `--urls: cannot read ${o.urlsFile}: ${message(e)}`;
    }
    const list = parseUrlList(text);
    if (list.errors.length) return `--urls ${o.urlsFile}: ${list.errors.join('; ')}`;
    urls.push(...list.urls);
  }
  const unique = Array.from(new Set(urls));
  return unique.length ? unique : 'no URL given';
}

export interface SealedOutputs {
  json: string;
  html: string;
  hars: Array<{ name: string; text: string }>;
}

/**
 * JSON, HTML and HAR outputs with the integrity data of utils/export/integrity.ts. The report can hold several
 * scenarios, so its `har` hash is harSetHash over the HARs of all recorded scenarios in run order (whether or not
 * --har writes them): one HAR → its body hash, several → SHA-256 of their body hashes joined with "\n", none → SHA-256
 * of the empty string. `pageStarts` (one per scenario) places each choice on the HTML timeline.
 */
export async function sealedOutputs(
  report: Report, hars: ReadonlyArray<{ name: string; har: Har }>, pageStarts: ReadonlyArray<number | null>, lang: Lang,
): Promise<SealedOutputs> {
  const harHashes = await Promise.all(hars.map((h) => harHash(h.har)));
  const reportHash = await sha256Hex(reportBody(report));
  const base = integrityBase(report, { report: reportHash, har: await harSetHash(harHashes) });
  return {
    json: reportFileText(report, withBody(base, reportHash)),
    html: (await sealedHtml(report, base, { lang, pageStartedAt: pageStarts })).text,
    hars: hars.map((h, i) => ({ name: h.name, text: harFileText(h.har, withBody(base, harHashes[i] ?? '')) })),
  };
}

async function writeOutputs(o: ScanOptions, report: Report, hars: ReadonlyArray<{ name: string; har: Har }>, pageStarts: ReadonlyArray<number | null>): Promise<string[]> {
  const failed: string[] = [];
  const write = async (file: string, text: string): Promise<void> => {
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, text);
    } catch (e) {
      failed.push(`cannot write ${file}: ${message(e)}`);
    }
  };
  const sealed = await sealedOutputs(report, hars, pageStarts, o.lang);
  if (o.json) await write(o.json, sealed.json);
  if (o.html) await write(o.html, sealed.html);
  if (o.junit) await write(o.junit, reportToJunit(report));
  if (o.har) for (const h of sealed.hars) await write(path.join(o.har, h.name), h.text);
  return failed;
}

async function scan(o: ScanOptions, io: Io): Promise<number> {
  const root = packageRoot(import.meta.url);
  const extensionDir = extensionDirOf(root);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    io.stderr(`consent-auditor: the extension is not built (${extensionDir}). Run \`npm run build:chrome\` (bin/consent-auditor.mjs does it for you).\n`);
    return EXIT_ERROR;
  }
  const chromium = findExecutable(o.chromium, io.env.PATH);
  if (!chromium) {
    io.stderr(`consent-auditor: Chromium not found at ${o.chromium}. Install it (apt-get install -y chromium) or pass --chromium <path> / set CHROMIUM_PATH.\n`);
    return EXIT_ERROR;
  }
  const urls = await collectUrls(o);
  if (typeof urls === 'string') {
    io.stderr(`consent-auditor: ${urls}\n${HELP_HINT}\n`);
    return EXIT_ERROR;
  }
  const version = packageVersion(root);
  const knowledge = loadKnowledge(root, io, o.quiet);
  const tool: ToolInfo = {
    name: 'consent-auditor', version, data: { trackers: DATASET_VERSION, ipTable: ipTableInfoFrom(readJson(ipMetaFileOf(root))) },
  };
  // CONSENT_AUDITOR_CNAME=off skips the lookups; CONSENT_AUDITOR_DNS_SERVERS=host:port,... replaces the system resolvers.
  const dns = process.env.CONSENT_AUDITOR_CNAME === 'off'
    ? null
    : cnameResolver(process.env.CONSENT_AUDITOR_DNS_SERVERS?.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  const startedAt = Date.now();
  const scenarios: ScenarioReport[] = [];
  const hars: Array<{ name: string; har: Har }> = [];
  const pageStarts: Array<number | null> = [];
  const total = urls.length * o.consent.length;
  let browserVersion: string | null = null;
  for (const [i, url] of urls.entries()) {
    let loadError: string | null = null;
    for (const consent of o.consent) {
      if (!o.quiet) io.stderr(`[${scenarios.length + 1}/${total}] ${printable(url)} ${consent}: auditing...\n`);
      let s: ScenarioReport;
      if (loadError !== null) {
        // The page did not load in an earlier scenario: the same failure again would only cost time.
        const now = Date.now();
        s = buildScenarioReport({ consent, url, record: null, analysis: null, startedAt: now, finishedAt: now, error: loadError });
        pageStarts.push(null);
      } else {
        const r = await runScenario({ url, consent, waitMs: o.waitMs, extensionDir, chromium, chromiumArgs: o.chromiumArgs });
        browserVersion ??= r.browserVersion;
        if (r.loadFailed) loadError = r.error;
        let analysis: Analysis | null = null;
        // CNAME cloaking (cli/cname.ts): cloaked first-party hosts are analysed as the tracker they alias.
        const cloaks = r.record && dns ? await findCnameCloaks(r.record, knowledge.trackers, dns) : [];
        if (r.record) {
          const seen = applyCnameCloaks(r.record, knowledge, cloaks);
          analysis = analyze(seen.record, seen.knowledge, { lang: o.lang });
        }
        s = buildScenarioReport({
          consent, url, record: r.record, analysis, answered: r.answered, startedAt: r.startedAt, finishedAt: r.finishedAt, error: r.error,
          notes: [...(r.notes ?? []), ...cnameNotes(cloaks)],
        });
        pageStarts.push(r.record?.startedAt ?? null);
        if (r.record) {
          hars.push({ name: harFileName(i, url, consent), har: recordToHar(r.record, { creator: { name: tool.name, version }, consent, ...(r.browserVersion ? { browser: { name: 'Chromium', version: r.browserVersion } } : {}) }) });
        }
      }
      scenarios.push(s);
      if (!o.quiet) io.stderr(`${progressLine(s, scenarios.length, total)}\n`);
    }
  }
  if (browserVersion) tool.browser = { name: 'Chromium', version: browserVersion };
  const report = buildReport({ tool, urls, scenarios, startedAt, finishedAt: Date.now(), consent: o.consent, waitMs: o.waitMs, failOn: o.failOn });
  const writeErrors = await writeOutputs(o, report, hars, pageStarts);
  io.stdout(summaryTable(report));
  for (const w of writeErrors) io.stderr(`consent-auditor: ${w}\n`);
  return writeErrors.length ? EXIT_ERROR : exitCodeOf(report);
}

/** One line per file: OK, CHANGED, NO INTEGRITY or UNKNOWN; reasons on stderr. Exit 0 only when every file is OK. */
export async function verifyFiles(files: readonly string[], io: Io): Promise<number> {
  let code = EXIT_OK;
  for (const file of files) {
    const name = printable(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      io.stdout(`UNREADABLE ${name}\n`);
      io.stderr(`consent-auditor: cannot read ${name}: ${printable(message(e))}\n`);
      code = EXIT_ERROR;
      continue;
    }
    const r = await verifyExport(text);
    const sha = r.actual ? ` sha256=${r.actual}` : '';
    if (r.ok) io.stdout(`OK ${r.kind}${sha} ${name}\n`);
    else if (r.kind === 'unknown') io.stdout(`UNKNOWN ${name}\n`);
    else if (r.claimed !== null) io.stdout(`CHANGED ${r.kind}${sha} claimed=${r.claimed} ${name}\n`);
    else io.stdout(`NO INTEGRITY ${r.kind}${sha} ${name}\n`);
    if (!r.ok) {
      io.stderr(`consent-auditor: ${name}: ${printable(r.problem ?? 'not ok')}\n`);
      if (code === EXIT_OK) code = EXIT_FINDINGS;
    }
  }
  return code;
}

/** Runs the command line; resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const cmd = parseArgs(argv, io.env);
  switch (cmd.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      try {
        io.stdout(`${packageVersion(packageRoot(import.meta.url))}\n`);
        return EXIT_OK;
      } catch (e) {
        io.stderr(`consent-auditor: ${message(e)}\n`);
        return EXIT_ERROR;
      }
    case 'error':
      io.stderr(`consent-auditor: ${cmd.message}\n${HELP_HINT}\n`);
      return EXIT_ERROR;
    case 'verify':
      try {
        return await verifyFiles(cmd.files, io);
      } catch (e) {
        io.stderr(`consent-auditor: ${message(e)}\n`);
        return EXIT_ERROR;
      }
    case 'scan':
      try {
        return await scan(cmd.options, io);
      } catch (e) {
        io.stderr(`consent-auditor: ${message(e)}\n`);
        return EXIT_ERROR;
      }
  }
}
