// Command-line arguments of `consent-auditor`: argv in, a typed command or a usage error out. No I/O.
import { isLang, type Lang } from '../utils/i18n/lang.ts';
import type { FormsMode } from './forms.ts';
import { FAIL_ON, SCENARIOS, type FailOn, type ScenarioConsent } from '../utils/export/report.ts';

export const DEFAULT_WAIT_MS = 5000;
const MAX_WAIT_MS = 600_000;
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface ScanOptions {
  urls: string[];
  /** File with more URLs, one a line (read by the caller) */
  urlsFile: string | null;
  consent: ScenarioConsent[];
  waitMs: number;
  json: string | null;
  html: string | null;
  junit: string | null;
  har: string | null;
  failOn: FailOn;
  chromium: string;
  chromiumArgs: string[];
  quiet: boolean;
  /** Language of the finding texts and the HTML report */
  lang: Lang;
  /** Canary form test: off, fill (type only) or submit (type and submit) */
  forms: FormsMode;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan'; options: ScanOptions }
  | { kind: 'verify'; files: string[] }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: consent-auditor scan <url>... [options]
       consent-auditor verify <file>...

Audits each URL in a fresh Chromium profile with the Consent Auditor extension, once per consent
scenario: no answer to the cookie banner (none), reject all, accept all.

Options:
  --urls <file>            more URLs, one a line (# starts a comment)
  --consent <list>         scenarios, comma-separated: none,reject,accept (default: all three)
  --wait <ms>              wait after the load event and after answering the banner (default: ${DEFAULT_WAIT_MS})
  --json <file>            write the JSON report (schema/report.schema.json)
  --html <file>            write a self-contained HTML report
  --junit <file>           write JUnit XML: one test case per URL and scenario
  --har <dir>              write a HAR 1.2 file of the recorded requests per URL and scenario
  --fail-on <level>        violation (default), warning or never: exit 1 at or above this severity
  --chromium <path>        Chromium binary (default: $CHROMIUM_PATH or ${DEFAULT_CHROMIUM})
  --chromium-arg <arg>     extra Chromium switch, repeatable (e.g. --chromium-arg=--host-resolver-rules=...)
  --forms [fill|submit]    type canary values into the page's e-mail, phone, name and text fields and report
                           copies sent to third parties (form-data-leak); "submit" also submits the form
  --lang <en|de>           language of the finding texts and the HTML report (default: en)
  --quiet                  no progress lines on stderr
  -h, --help               this text
  -V, --version            the version

Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on, or a reject/accept banner that
could not be answered; 2 usage error, or a URL that could not be audited (all other URLs are still audited).

verify checks exported files (JSON report, HTML, CSV, HAR) against the SHA-256 they carry and prints one line per
file: OK, CHANGED, NO INTEGRITY or UNKNOWN. Exit codes: 0 all files unchanged; 1 a file changed, without integrity
data or not an export; 2 a file could not be read or no file given.`;

const VALUE_OPTIONS = new Set(['--urls', '--consent', '--wait', '--json', '--html', '--junit', '--har', '--fail-on', '--chromium', '--chromium-arg', '--lang']);

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

function parseWait(v: string): number | string {
  if (!/^\d{1,7}$/.test(v)) return `--wait: not a number of milliseconds: ${v}`;
  const n = Number(v);
  return n <= MAX_WAIT_MS ? n : `--wait: at most ${MAX_WAIT_MS} ms`;
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

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const args = [...argv];
  if (args.length === 0) return { kind: 'error', message: 'no command given' };
  if (args.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  if (args.some((a) => a === '-V' || a === '--version')) return { kind: 'version' };
  const [command, ...rest] = args;
  if (command === 'verify') return parseVerify(rest);
  if (command !== 'scan') return { kind: 'error', message: `unknown command: ${command ?? ''} (the commands are "scan" and "verify")` };
  const o: ScanOptions = {
    urls: [], urlsFile: null, consent: [...SCENARIOS], waitMs: DEFAULT_WAIT_MS, json: null, html: null, junit: null, har: null,
    failOn: 'violation', chromium: env.CHROMIUM_PATH || DEFAULT_CHROMIUM, chromiumArgs: [], quiet: false, lang: 'en',
    forms: 'off',
  };
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
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      o.quiet = true;
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
    switch (name) {
      case '--urls': o.urlsFile = value; break;
      case '--consent': {
        const c = parseConsent(value);
        if (typeof c === 'string') return { kind: 'error', message: c };
        o.consent = c;
        break;
      }
      case '--wait': {
        const w = parseWait(value);
        if (typeof w === 'string') return { kind: 'error', message: w };
        o.waitMs = w;
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
      case '--chromium-arg': o.chromiumArgs.push(value); break;
      case '--lang': {
        const l = value.toLowerCase();
        if (!isLang(l)) return { kind: 'error', message: `--lang: use en or de (got "${value}")` };
        o.lang = l;
        break;
      }
    }
  }
  if (o.urls.length === 0 && o.urlsFile === null) return { kind: 'error', message: 'no URL given' };
  return { kind: 'scan', options: o };
}
