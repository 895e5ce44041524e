// The small commands' arguments: verify, diff and merge (scan's are in cli/args.ts).
import { isLang } from '../utils/i18n/lang.ts';
import { FAIL_ON } from '../utils/export/report.ts';
import type { Command, MergeOptions } from './command.ts';

/** `verify <file>...`: file paths as given; `--` ends options (for a file named like one). */
export function parseVerify(rest: readonly string[]): Command {
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of rest) {
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-')
      return { kind: 'error', message: `verify: unknown option: ${arg.split('=')[0] ?? arg}` };
    else files.push(arg);
  }
  return files.length ? { kind: 'verify', files } : { kind: 'error', message: 'verify: no file given' };
}

/** `diff <old.json> <new.json> [--fail-on-new] [--json f|-]` */
export function parseDiff(rest: readonly string[]): Command {
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
    } else if (arg.startsWith('--'))
      return { kind: 'error', message: `diff: unknown option: ${arg.split('=')[0] ?? arg}` };
    else files.push(arg);
  }
  const [before, after] = files;
  if (files.length !== 2 || before === undefined || after === undefined)
    return { kind: 'error', message: 'diff: give exactly two reports: old.json new.json' };
  return { kind: 'diff', before, after, failOnNew, json };
}

/** `merge <report.json>... [--json f|-] [--html f] [--junit f] [--fail-on level] [--lang en|de]` */
export function parseMerge(rest: readonly string[]): Command {
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
    if (!['--json', '--html', '--junit', '--fail-on', '--lang'].includes(name))
      return { kind: 'error', message: `merge: unknown option: ${name}` };
    if (value === undefined || value === '' || value.startsWith('--'))
      return { kind: 'error', message: `merge: ${name} needs a value` };
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
