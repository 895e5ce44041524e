// Command-line arguments of `consent-auditor`: argv in, a typed command or a usage error out. No I/O.
import { isLang, type Lang } from '../utils/i18n/lang.ts';
import type { FormsMode } from './forms.ts';
import { FAIL_ON, SCENARIOS, type FailOn, type ScenarioConsent } from '../utils/export/report.ts';
import { parseShard, type Shard } from './shard.ts';

/** The longest wait after the load event and after answering: the settle rule usually ends it much earlier. */
export const DEFAULT_WAIT_MS = 10_000;
export const DEFAULT_QUIET_MS = 1500;
export const DEFAULT_MIN_WAIT_MS = 1500;
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;
const MAX_CONCURRENCY = 64;
const MAX_WAIT_MS = 600_000;
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

export interface ScanOptions {
  urls: string[];
  /** File with more URLs, one a line (read by the caller) */
  urlsFile: string | null;
  consent: ScenarioConsent[];
  /** Longest wait (settle rule maximum) */
  waitMs: number;
  /** Quiet time that ends a wait, and the shortest wait */
  quietMs: number;
  minWaitMs: number;
  loadTimeoutMs: number;
  /** Browsers at once; null: from the CPU count */
  concurrency: number | null;
  /** File, or '-' for stdout (the table then goes to stderr) */
  json: string | null;
  html: string | null;
  junit: string | null;
  har: string | null;
  failOn: FailOn;
  /** The engine that runs the extension (--browser); Chromium by default */
  browser: BrowserName;
  chromium: string;
  chromiumArgs: string[];
  /** false only when --no-sandbox was given: the report then says the browser ran without its sandbox */
  sandbox: boolean;
  /** --firefox or $CONSENT_AUDITOR_FIREFOX; null: /usr/bin/firefox-esr, then firefox on PATH */
  firefox: string | null;
  quiet: boolean;
  /** Language of the finding texts and the HTML report */
  lang: Lang;
  /** Audit only this slice of the URLs (--shard i/n or auto) */
  shard: Shard | null;
  /** Discover up to this many same-site pages from the first URL (sitemaps, links) */
  crawl: number | null;
  /** Path globs a crawled page must match (any) / must not match (none) */
  include: string[];
  exclude: string[];
  /** Canary form test: off, fill (type only) or submit (type and submit) */
  forms: FormsMode;
}

/** What the command line said beyond the options: which options it gave (they beat the config file) and the config asked for. */
export interface ScanFlags {
  /** Option names given, e.g. '--wait' */
  options: string[];
  /** --config's path; null: look for consent-auditor.config.json in the working directory */
  configPath: string | null;
  /** --no-config: ignore a config file in the working directory */
  noConfig: boolean;
}

export interface MergeOptions {
  files: string[];
  json: string | null;
  html: string | null;
  junit: string | null;
  /** null: the first report's */
  failOn: FailOn | null;
  lang: Lang;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan'; options: ScanOptions; given: ScanFlags }
  | { kind: 'verify'; files: string[] }
  | { kind: 'merge'; options: MergeOptions }
  | { kind: 'diff'; before: string; after: string; failOnNew: boolean; json: string | null }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: consent-auditor scan <url>... [options]
       consent-auditor verify <file>...
       consent-auditor diff <old.json> <new.json> [--fail-on-new] [--json <file>|-]
       consent-auditor merge <report.json>... [--json <file>|-] [--html <file>] [--junit <file>] [--fail-on <level>]

Audits each URL in a fresh Chromium (or, with --browser firefox, Firefox) profile with the Consent Auditor extension, once per consent
scenario: no answer to the cookie banner (none), reject all, accept all.

Options:
  --config <file>          read options and waivers from this JSON file (default: ./consent-auditor.config.json if
                           it exists; schema/consent-auditor.config.schema.json); command-line options override it
  --no-config              ignore ./consent-auditor.config.json
  --urls <file>            more URLs, one a line (# starts a comment)
  --consent <list>         scenarios, comma-separated: none,reject,accept (default: all three)
  --wait <ms>              longest wait after the load event and after answering the banner (default: ${DEFAULT_WAIT_MS});
                           a wait ends earlier once the page was quiet (no request, no cookie or storage write)
                           for --quiet-period, but never before --min-wait
  --quiet-period <ms>      quiet time that ends a wait (default: ${DEFAULT_QUIET_MS})
  --min-wait <ms>          shortest wait (default: ${DEFAULT_MIN_WAIT_MS})
  --load-timeout <ms>      a page whose load event does not come within this is not audited (default: ${DEFAULT_LOAD_TIMEOUT_MS})
  --concurrency <n>        browsers at once, one profile each (default: two per CPU core, 2 to 8)
  --crawl <n>              audit up to n pages of the first URL's site: robots.txt Sitemap lines, /sitemap.xml
                           (and sitemap indexes), then links, breadth-first; one page per URL template first
  --include <glob>         crawl only paths matching (repeatable; * in a segment, ** across): --include '/shop/**'
  --exclude <glob>         never crawl paths matching (repeatable): --exclude '**/cart*'
  --shard <i/n|auto>       audit only the URLs whose hash falls in shard i of n (auto: Kubernetes Indexed Job,
                           JOB_COMPLETION_INDEX and JOB_COMPLETIONS); combine the shard reports with merge
  --json <file>            write the JSON report (schema/report.schema.json); "-": to stdout, the table to stderr
  --html <file>            write a self-contained HTML report
  --junit <file>           write JUnit XML: one test case per URL and scenario
  --har <dir>              write a HAR 1.2 file of the recorded requests per URL and scenario
  --fail-on <level>        violation (default), warning or never: exit 1 at or above this severity
  --chromium <path>        Chromium binary (default: $CHROMIUM_PATH or ${DEFAULT_CHROMIUM})
  --chromium-arg <arg>     extra Chromium switch, repeatable (e.g. --chromium-arg=--host-resolver-rules=...)
  --no-sandbox             run Chromium without its sandbox (root in a container); the report says so. Without it,
                           a run as root stops with exit code 2: run as a non-root user instead
  --browser <name>         chromium (default) or firefox: the Firefox build of the extension in Firefox (ESR);
                           --forms, --crawl and Chromium switches other than --host-resolver-rules (MAP/EXCLUDE
                           rules) and --ignore-certificate-errors are refused there
  --firefox <path>         Firefox binary (default: $CONSENT_AUDITOR_FIREFOX, /usr/bin/firefox-esr, firefox on PATH)
  --forms [fill|submit]    type canary values into the page's e-mail, phone, name and text fields and report
                           copies sent to third parties (form-data-leak); "submit" also submits the form
  --lang <en|de>           language of the finding texts and the HTML report (default: en)
  --quiet                  no progress lines on stderr
  -h, --help               this text
  -V, --version            the version

Output files are checked before any browser starts: a missing folder is an error, never created.

Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on, or a reject/accept banner that
could not be answered; 2 usage error, bad output path, Chromium that cannot start, or a URL that could not be audited
(did not load, answered HTTP 400 or above, went to another site; all other URLs are still audited); 130/143 stopped
by SIGINT/SIGTERM (browsers closed, temporary profiles removed, no report written).

diff lists what is new and what went away (trackers, cookies, storage keys, findings) per URL and scenario between two
JSON reports. Exit codes: 0; 1 with --fail-on-new when anything is new; 2 when a report cannot be read.

merge combines shard reports (JSON) into one report with one integrity block; every input must verify unchanged and
no URL × scenario may be in two inputs. Exit codes as for scan, from the merged report; 2 when the inputs cannot be merged.

verify checks exported files (JSON report, HTML, CSV, HAR) against the SHA-256 they carry and prints one line per
file: OK, CHANGED, NO INTEGRITY or UNKNOWN. Exit codes: 0 all files unchanged; 1 a file changed, without integrity
data or not an export; 2 a file could not be read or no file given.`;

const VALUE_OPTIONS = new Set(['--config', '--urls', '--consent', '--wait', '--quiet-period', '--min-wait', '--load-timeout', '--concurrency', '--shard', '--crawl', '--include', '--exclude', '--json', '--html', '--junit', '--har', '--fail-on', '--chromium', '--chromium-arg', '--lang', '--browser', '--firefox']);

/** An http(s) URL; a bare host name gets https://. Null for anything else. */
export function normaliseUrl(raw: string): string | null {
  const s = raw.trim();
  if (s === '' || /\s/.test(s)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
  return u.href;
}

/** URLs from a --urls file: one a line, blank lines and # comments skipped. */
export function parseUrlList(text: string): { urls: string[]; errors: string[] } {
  const urls: string[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const s = line.replace(/(^|\s)#.*$/, '').trim();
    if (s === '') return;
    const u = normaliseUrl(s);
    if (u) urls.push(u);
    else errors.push(`line ${i + 1}: not an http(s) URL: ${s.slice(0, 200)}`);
  });
  return { urls, errors };
}

function parseConsent(v: string): ScenarioConsent[] | string {
  const out: ScenarioConsent[] = [];
  for (const part of v.split(',').map((p) => p.trim().toLowerCase())) {
    const c = SCENARIOS.find((x) => x === part);
    if (!c) return `--consent: unknown scenario "${part}" (use none, reject, accept)`;
    if (!out.includes(c)) out.push(c);
  }
  return out.length ? out : '--consent: no scenario given';
}

function parseMs(name: string, v: string): number | string {
  if (!/^\d{1,7}$/.test(v)) return `${name}: not a number of milliseconds: ${v.slice(0, 50)}`;
  const n = Number(v);
  return n <= MAX_WAIT_MS ? n : `${name}: at most ${MAX_WAIT_MS} ms`;
}

/** `verify <file>...`: file paths as given; `--` ends options (for a file named like one). */
function parseVerify(rest: readonly string[]): Command {
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of rest) {
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `verify: unknown option: ${arg.split('=')[0] ?? arg}` };
    else files.push(arg);
  }
  return files.length ? { kind: 'verify', files } : { kind: 'error', message: 'verify: no file given' };
}

/** `diff <old.json> <new.json> [--fail-on-new] [--json f|-]` */
function parseDiff(rest: readonly string[]): Command {
  const files: string[] = [];
  let failOnNew = false;
  let json: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--fail-on-new') failOnNew = true;
    else if (arg === '--json' || arg.startsWith('--json=')) {
      const v = arg === '--json' ? rest[++i] : arg.slice('--json='.length);
      if (!v || v.startsWith('--')) return { kind: 'error', message: 'diff: --json needs a value' };
      json = v;
    } else if (arg.startsWith('--')) return { kind: 'error', message: `diff: unknown option: ${arg.split('=')[0] ?? arg}` };
    else files.push(arg);
  }
  const [before, after] = files;
  if (files.length !== 2 || before === undefined || after === undefined) return { kind: 'error', message: 'diff: give exactly two reports: old.json new.json' };
  return { kind: 'diff', before, after, failOnNew, json };
}

/** `merge <report.json>... [--json f|-] [--html f] [--junit f] [--fail-on level] [--lang en|de]` */
function parseMerge(rest: readonly string[]): Command {
  const o: MergeOptions = { files: [], json: null, html: null, junit: null, failOn: null, lang: 'en' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      o.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (!['--json', '--html', '--junit', '--fail-on', '--lang'].includes(name)) return { kind: 'error', message: `merge: unknown option: ${name}` };
    if (value === undefined || value === '' || (value.startsWith('--'))) return { kind: 'error', message: `merge: ${name} needs a value` };
    if (name === '--json') o.json = value;
    else if (name === '--html') o.html = value;
    else if (name === '--junit') o.junit = value;
    else if (name === '--fail-on') {
      const f = FAIL_ON.find((x) => x === value);
      if (!f) return { kind: 'error', message: `--fail-on: use violation, warning or never (got "${value}")` };
      o.failOn = f;
    } else {
      const l = value.toLowerCase();
      if (!isLang(l)) return { kind: 'error', message: `--lang: use en or de (got "${value}")` };
      o.lang = l;
    }
  }
  return o.files.length ? { kind: 'merge', options: o } : { kind: 'error', message: 'merge: no report given' };
}

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const args = [...argv];
  if (args.length === 0) return { kind: 'error', message: 'no command given' };
  if (args.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  if (args.some((a) => a === '-V' || a === '--version')) return { kind: 'version' };
  const [command, ...rest] = args;
  if (command === 'verify') return parseVerify(rest);
  if (command === 'merge') return parseMerge(rest);
  if (command === 'diff') return parseDiff(rest);
  if (command !== 'scan') return { kind: 'error', message: `unknown command: ${command ?? ''} (the commands are "scan", "diff", "merge" and "verify")` };
  const o: ScanOptions = {
    urls: [], urlsFile: null, consent: [...SCENARIOS], waitMs: DEFAULT_WAIT_MS, quietMs: DEFAULT_QUIET_MS, minWaitMs: DEFAULT_MIN_WAIT_MS,
    loadTimeoutMs: DEFAULT_LOAD_TIMEOUT_MS, concurrency: null, json: null, html: null, junit: null, har: null,
    failOn: 'violation', browser: 'chromium', chromium: env.CHROMIUM_PATH || DEFAULT_CHROMIUM, chromiumArgs: [], sandbox: true, firefox: env.CONSENT_AUDITOR_FIREFOX || null, quiet: false, lang: 'en', shard: null,
    crawl: null, include: [], exclude: [], forms: 'off',
  };
  const given: ScanFlags = { options: [], configPath: null, noConfig: false };
  let onlyPositional = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      const u = normaliseUrl(arg);
      if (!u) return { kind: 'error', message: `not an http(s) URL: ${arg.slice(0, 200)}` };
      o.urls.push(u);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    // --forms takes an optional value: a bare --forms only types, --forms submit (or =submit) also submits.
    if (arg === '--forms' || arg.startsWith('--forms=')) {
      const v = arg === '--forms' ? (rest[i + 1] === 'fill' || rest[i + 1] === 'submit' ? rest[++i] : 'fill') : arg.slice('--forms='.length);
      if (v !== 'fill' && v !== 'submit') return { kind: 'error', message: `--forms: use fill or submit (got "${v ?? ''}")` };
      o.forms = v;
      given.options.push('--forms');
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      o.quiet = true;
      given.options.push('--quiet');
      continue;
    }
    if (arg === '--no-config') {
      given.noConfig = true;
      continue;
    }
    if (arg === '--no-sandbox') {
      o.sandbox = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return { kind: 'error', message: `unknown option: ${name}` };
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = rest[i + 1];
      // --chromium-arg takes values that start with "-" by nature; other options do not.
      if (next === undefined || (next.startsWith('--') && name !== '--chromium-arg')) return { kind: 'error', message: `${name} needs a value` };
      value = next;
      i++;
    }
    if (value === '') return { kind: 'error', message: `${name} needs a value` };
    given.options.push(name);
    switch (name) {
      case '--config': given.configPath = value; break;
      case '--urls': o.urlsFile = value; break;
      case '--consent': {
        const c = parseConsent(value);
        if (typeof c === 'string') return { kind: 'error', message: c };
        o.consent = c;
        break;
      }
      case '--wait': case '--quiet-period': case '--min-wait': case '--load-timeout': {
        const w = parseMs(name, value);
        if (typeof w === 'string') return { kind: 'error', message: w };
        if (name === '--wait') o.waitMs = w;
        else if (name === '--quiet-period') o.quietMs = w;
        else if (name === '--min-wait') o.minWaitMs = w;
        else if (w === 0) return { kind: 'error', message: '--load-timeout: at least 1 ms' };
        else o.loadTimeoutMs = w;
        break;
      }
      case '--concurrency': {
        if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_CONCURRENCY) {
          return { kind: 'error', message: `--concurrency: a whole number from 1 to ${MAX_CONCURRENCY} (got "${value.slice(0, 50)}")` };
        }
        o.concurrency = Number(value);
        break;
      }
      case '--json': o.json = value; break;
      case '--html': o.html = value; break;
      case '--junit': o.junit = value; break;
      case '--har': o.har = value; break;
      case '--fail-on': {
        const f = FAIL_ON.find((x) => x === value);
        if (!f) return { kind: 'error', message: `--fail-on: use violation, warning or never (got "${value}")` };
        o.failOn = f;
        break;
      }
      case '--chromium': o.chromium = value; break;
      case '--crawl': {
        if (!/^\d{1,5}$/.test(value) || Number(value) < 1) return { kind: 'error', message: `--crawl: a number of pages from 1 to 99999 (got "${value.slice(0, 50)}")` };
        o.crawl = Number(value);
        break;
      }
      case '--include': o.include.push(value); break;
      case '--exclude': o.exclude.push(value); break;
      case '--shard': {
        const sh = parseShard(value, env);
        if (typeof sh === 'string') return { kind: 'error', message: sh };
        o.shard = sh;
        break;
      }
      case '--chromium-arg': o.chromiumArgs.push(value); break;
      case '--browser': {
        const b = BROWSERS.find((x) => x === value.toLowerCase());
        if (!b) return { kind: 'error', message: `--browser: use chromium or firefox (got "${value.slice(0, 50)}")` };
        o.browser = b;
        break;
      }
      case '--firefox': o.firefox = value; break;
      case '--lang': {
        const l = value.toLowerCase();
        if (!isLang(l)) return { kind: 'error', message: `--lang: use en or de (got "${value}")` };
        o.lang = l;
        break;
      }
    }
  }
  if (given.configPath !== null && given.noConfig) return { kind: 'error', message: '--config and --no-config: give one of them' };
  // An option the chosen engine would not use is an error, never quietly dropped.
  if (o.browser === 'firefox' && given.options.includes('--chromium')) return { kind: 'error', message: '--chromium: not used with --browser firefox (use --firefox <path>)' };
  if (o.browser === 'chromium' && given.options.includes('--firefox')) return { kind: 'error', message: '--firefox: only with --browser firefox' };
  // No URL here is fine when a config file lists them (cli/config/apply.ts says so otherwise).
  return { kind: 'scan', options: o, given };
}
