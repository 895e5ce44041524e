// Command-line arguments of `consent-auditor`: argv in, a typed command or a usage error out. No I/O.
import { isLang } from '../utils/i18n/lang.ts';
import { FAIL_ON, SCENARIOS } from '../utils/export/report.ts';
import { parseShard } from './shard.ts';
import { parseConsent, parseMs, normaliseUrl } from './arg-values.ts';
import { parseDiff, parseMerge, parseVerify } from './subcommand-args.ts';
import {
  ANSWER_WHEN,
  BROWSERS,
  DEFAULT_CHROMIUM,
  DEFAULT_LOAD_TIMEOUT_MS,
  DEFAULT_MIN_WAIT_MS,
  DEFAULT_QUIET_MS,
  DEFAULT_WAIT_MS,
  MAX_CONCURRENCY,
  type Command,
  type ScanFlags,
  type ScanOptions,
} from './command.ts';

const VALUE_OPTIONS = new Set([
  '--config',
  '--urls',
  '--consent',
  '--wait',
  '--quiet-period',
  '--min-wait',
  '--load-timeout',
  '--concurrency',
  '--shard',
  '--crawl',
  '--include',
  '--exclude',
  '--json',
  '--html',
  '--junit',
  '--har',
  '--fail-on',
  '--chromium',
  '--chromium-arg',
  '--lang',
  '--browser',
  '--firefox',
  '--answer',
]);

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const args = [...argv];
  if (args.length === 0) return { kind: 'error', message: 'no command given' };
  if (args.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  if (args.some((a) => a === '-V' || a === '--version')) return { kind: 'version' };
  const [command, ...rest] = args;
  if (command === 'verify') return parseVerify(rest);
  if (command === 'merge') return parseMerge(rest);
  if (command === 'diff') return parseDiff(rest);
  if (command !== 'scan')
    return {
      kind: 'error',
      message: `unknown command: ${command ?? ''} (the commands are "scan", "diff", "merge" and "verify")`,
    };
  const o: ScanOptions = {
    urls: [],
    urlsFile: null,
    consent: [...SCENARIOS],
    waitMs: DEFAULT_WAIT_MS,
    quietMs: DEFAULT_QUIET_MS,
    minWaitMs: DEFAULT_MIN_WAIT_MS,
    loadTimeoutMs: DEFAULT_LOAD_TIMEOUT_MS,
    concurrency: null,
    json: null,
    html: null,
    junit: null,
    har: null,
    failOn: 'violation',
    browser: 'chromium',
    chromium: env.CHROMIUM_PATH || DEFAULT_CHROMIUM,
    chromiumArgs: [],
    sandbox: true,
    direct: false,
    firefox: env.CONSENT_AUDITOR_FIREFOX || null,
    quiet: false,
    lang: 'en',
    shard: null,
    crawl: null,
    include: [],
    exclude: [],
    forms: 'off',
    answer: 'ready',
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
      const v =
        arg === '--forms'
          ? rest[i + 1] === 'fill' || rest[i + 1] === 'submit'
            ? rest[++i]
            : 'fill'
          : arg.slice('--forms='.length);
      if (v !== 'fill' && v !== 'submit')
        return { kind: 'error', message: `--forms: use fill or submit (got "${v ?? ''}")` };
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
    if (arg === '--direct') {
      o.direct = true;
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
      if (next === undefined || (next.startsWith('--') && name !== '--chromium-arg'))
        return { kind: 'error', message: `${name} needs a value` };
      value = next;
      i++;
    }
    if (value === '') return { kind: 'error', message: `${name} needs a value` };
    given.options.push(name);
    switch (name) {
      case '--config':
        given.configPath = value;
        break;
      case '--urls':
        o.urlsFile = value;
        break;
      case '--consent': {
        const c = parseConsent(value);
        if (typeof c === 'string') return { kind: 'error', message: c };
        o.consent = c;
        break;
      }
      case '--wait':
      case '--quiet-period':
      case '--min-wait':
      case '--load-timeout': {
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
          return {
            kind: 'error',
            message: `--concurrency: a whole number from 1 to ${MAX_CONCURRENCY} (got "${value.slice(0, 50)}")`,
          };
        }
        o.concurrency = Number(value);
        break;
      }
      case '--json':
        o.json = value;
        break;
      case '--html':
        o.html = value;
        break;
      case '--junit':
        o.junit = value;
        break;
      case '--har':
        o.har = value;
        break;
      case '--fail-on': {
        const f = FAIL_ON.find((x) => x === value);
        if (!f) return { kind: 'error', message: `--fail-on: use violation, warning or never (got "${value}")` };
        o.failOn = f;
        break;
      }
      case '--chromium':
        o.chromium = value;
        break;
      case '--crawl': {
        if (!/^\d{1,5}$/.test(value) || Number(value) < 1)
          return { kind: 'error', message: `--crawl: a number of pages from 1 to 99999 (got "${value.slice(0, 50)}")` };
        o.crawl = Number(value);
        break;
      }
      case '--include':
        o.include.push(value);
        break;
      case '--exclude':
        o.exclude.push(value);
        break;
      case '--shard': {
        const sh = parseShard(value, env);
        if (typeof sh === 'string') return { kind: 'error', message: sh };
        o.shard = sh;
        break;
      }
      case '--chromium-arg':
        o.chromiumArgs.push(value);
        break;
      case '--browser': {
        const b = BROWSERS.find((x) => x === value.toLowerCase());
        if (!b) return { kind: 'error', message: `--browser: use chromium or firefox (got "${value.slice(0, 50)}")` };
        o.browser = b;
        break;
      }
      case '--firefox':
        o.firefox = value;
        break;
      case '--answer': {
        const a = ANSWER_WHEN.find((x) => x === value);
        if (!a) return { kind: 'error', message: `--answer: use ready or settled (got "${value.slice(0, 50)}")` };
        o.answer = a;
        break;
      }
      case '--lang': {
        const l = value.toLowerCase();
        if (!isLang(l)) return { kind: 'error', message: `--lang: use en or de (got "${value}")` };
        o.lang = l;
        break;
      }
    }
  }
  if (given.configPath !== null && given.noConfig)
    return { kind: 'error', message: '--config and --no-config: give one of them' };
  // An option the chosen engine would not use is an error, never quietly dropped.
  if (o.browser === 'firefox' && given.options.includes('--chromium'))
    return { kind: 'error', message: '--chromium: not used with --browser firefox (use --firefox <path>)' };
  if (o.browser === 'chromium' && given.options.includes('--firefox'))
    return { kind: 'error', message: '--firefox: only with --browser firefox' };
  if (o.browser === 'firefox' && given.options.includes('--answer') && o.answer === 'ready') {
    return {
      kind: 'error',
      message: '--answer ready: not available with --browser firefox (Firefox answers once the page has settled)',
    };
  }
  // No URL here is fine when a config file lists them (cli/config/apply.ts says so otherwise).
  return { kind: 'scan', options: o, given };
}
