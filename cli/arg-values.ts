// Value parsers of the command line: URLs, URL lists, consent scenarios, milliseconds. No I/O.
import { SCENARIOS, type ScenarioConsent } from '../utils/export/report.ts';
import { MAX_WAIT_MS } from './command.ts';

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

export function parseConsent(v: string): ScenarioConsent[] | string {
  const out: ScenarioConsent[] = [];
  for (const part of v.split(',').map((p) => p.trim().toLowerCase())) {
    const c = SCENARIOS.find((x) => x === part);
    if (!c) return `--consent: unknown scenario "${part}" (use none, reject, accept)`;
    if (!out.includes(c)) out.push(c);
  }
  return out.length ? out : '--consent: no scenario given';
}

export function parseMs(name: string, v: string): number | string {
  if (!/^\d{1,7}$/.test(v)) return `${name}: not a number of milliseconds: ${v.slice(0, 50)}`;
  const n = Number(v);
  return n <= MAX_WAIT_MS ? n : `${name}: at most ${MAX_WAIT_MS} ms`;
}
