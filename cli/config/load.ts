// consent-auditor.config.json: found, read and validated (JSON Schema via ajv, then the checks a schema cannot make).
// Problems come back as "path: message" lines; nothing here starts a browser or writes a file.
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import schema from '../../schema/consent-auditor.config.schema.json';
import type { FailOn, ScenarioConsent } from '../../utils/export/report.ts';
import type { Lang } from '../../utils/i18n/lang.ts';

export const CONFIG_FILE = 'consent-auditor.config.json';

export interface Waiver {
  finding: string;
  url?: string;
  reason: string;
  /** Last day the waiver holds, YYYY-MM-DD (UTC) */
  expires: string;
}

export interface Config {
  urls?: string[];
  urlsFile?: string;
  consent?: ScenarioConsent[];
  crawl?: { limit: number; include?: string[]; exclude?: string[] };
  concurrency?: number;
  wait?: number;
  quietPeriod?: number;
  minWait?: number;
  loadTimeout?: number;
  quiet?: boolean;
  hostResolverRules?: string;
  chromium?: string;
  chromiumArgs?: string[];
  failOn?: FailOn;
  lang?: Lang;
  outputs?: { json?: string; html?: string; junit?: string; har?: string };
  waivers?: Waiver[];
}

export interface LoadedConfig {
  file: string;
  config: Config;
}

// One compiled validator for the process: compiling costs more than validating.
let validator: ReturnType<Ajv2020['compile']> | null = null;
function validate(x: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return validator(x) ? [] : [...(validator.errors ?? [])];
}

/** A JSON pointer as a readable path: /waivers/0/expires → waivers[0].expires */
export function readablePath(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '') || '(top level)';
}

function errorText(e: ErrorObject): string {
  const where = readablePath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${String(p.additionalProperty)}"`;
    case 'required':
      return `${where}: "${String(p.missingProperty)}" is missing`;
    case 'enum':
      return `${where}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return where.endsWith('expires')
        ? `${where}: must be a date YYYY-MM-DD`
        : `${where}: ${e.message ?? 'bad value'}`;
    default:
      return `${where}: ${e.message ?? 'not valid'}`;
  }
}

/** A real calendar day (2026-02-30 is not). */
export function isDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isFinite(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Problems with a parsed config, each "path: message"; empty when it is valid. */
export function configProblems(x: unknown): string[] {
  const errors = validate(x);
  // An enum or type error below a oneOf/anyOf repeats; one line per path and message is enough.
  const lines = Array.from(new Set(errors.map(errorText)));
  if (lines.length) return lines;
  const c = x as Config;
  (c.waivers ?? []).forEach((w, i) => {
    if (!isDay(w.expires)) lines.push(`waivers[${i}].expires: not a calendar day: ${w.expires}`);
  });
  return lines;
}

/** Parse and validate a config file's text. */
export function parseConfig(text: string): { config: Config } | { problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problems: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const problems = configProblems(parsed);
  return problems.length ? { problems } : { config: parsed as Config };
}

/**
 * The config to use: --config's file (must exist), else consent-auditor.config.json in `cwd` unless --no-config.
 * null when there is none; problems are prefixed with the file name.
 */
export function loadConfig(o: {
  configPath: string | null;
  noConfig: boolean;
  cwd: string;
}): LoadedConfig | null | { problems: string[] } {
  let file: string;
  if (o.configPath !== null) file = path.resolve(o.cwd, o.configPath);
  else if (o.noConfig) return null;
  else {
    file = path.join(o.cwd, CONFIG_FILE);
    if (!existsSync(file)) return null;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      problems: [`--config ${o.configPath ?? file}: cannot read: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
  const r = parseConfig(text);
  if ('problems' in r) return { problems: r.problems.map((p) => `${o.configPath ?? CONFIG_FILE}: ${p}`) };
  return { file, config: r.config };
}
