// What a command line asks for: the typed options of scan and merge, the command union, and the defaults.
import type { Lang } from '../utils/i18n/lang.ts';
import type { FormsMode } from './forms.ts';
import type { FailOn, ScenarioConsent } from '../utils/export/report.ts';
import type { Shard } from './shard.ts';

/** The longest wait after the load event and after answering: the settle rule usually ends it much earlier. */
export const DEFAULT_WAIT_MS = 10_000;
export const DEFAULT_QUIET_MS = 1500;
export const DEFAULT_MIN_WAIT_MS = 1500;
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;
export const MAX_CONCURRENCY = 64;
export const MAX_WAIT_MS = 600_000;
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const BROWSERS = ['chromium', 'firefox'] as const;
/**
 * When reject/accept answer the banner: as soon as the page has loaded (while `none` records the page untouched), or
 * after it settled
 */
export const ANSWER_WHEN = ['ready', 'settled'] as const;
export type AnswerWhen = (typeof ANSWER_WHEN)[number];
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
  /** --direct: Chromium runs with --no-proxy-server, so proxy settings in the environment are not followed */
  direct: boolean;
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
  /** --answer: ready (default; only when `none` runs too) or settled (the old order: the page settles first) */
  answer: AnswerWhen;
}

/**
 * What the command line said beyond the options: which options it gave (they beat the config file) and the config asked
 * for.
 */
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
