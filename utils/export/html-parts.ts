// Small helpers every part of the HTML export shares: escaping, cutting long texts, durations, tables, places.
import { countryLegal, countryName } from '../../data/countries.ts';
import type { Lang } from '../i18n/lang.ts';
import { htmlEscape } from './html-escape.ts';
import type { Labels } from './labels.ts';
import { secondsText } from './timeline.ts';

export const e = (x: string | number | boolean | null | undefined): string =>
  htmlEscape(x === null || x === undefined ? '' : String(x));

export const MAX_TEXT = 500;

/** Very long URLs (data: URIs, tracking payloads) are cut for reading; the JSON, CSV and HAR keep them whole. */
export const cut = (s: string, max = MAX_TEXT): string => (s.length > max ? `${s.slice(0, max)}…` : s);
export const code = (s: string | null | undefined, max = MAX_TEXT): string =>
  s ? `<code>${e(cut(s, max))}</code>` : '';

/** "2026-11-29T10:00:00.000Z" → "2026-11-29 10:00:00 UTC": the same on every machine, unlike locale formats. */
export function readableTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export function duration(ms: number, L: Labels): string {
  if (!Number.isFinite(ms)) return '';
  return Math.abs(ms) < 1000 ? `${Math.round(ms)} ${L.ms}` : `${secondsText(ms, L.timelineSvg.decimal)} ${L.seconds}`;
}

export function table(head: readonly string[], rows: readonly string[][], L: Labels): string {
  if (rows.length === 0) return `<p class="none">${e(L.none)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`;
}

export function place(code: string | null | undefined, L: Labels, lang: Lang): string {
  if (!code) return e(L.place.unknown);
  const legal = countryLegal(code);
  return `${e(countryName(code, lang))} (${e(code)}) – ${e(L.place[legal?.status ?? 'unknown'])}`;
}
