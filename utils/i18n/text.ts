// Text helpers every stage shares: labels by language, {placeholder} templates and numbers in the reader's style.
import type { Lang } from './lang.ts';

export type Labels<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Label of a code in `table`; an unexpected code (bad input) is shown as it is. */
export function labelOf<K extends string>(table: Labels<K>, lang: Lang, code: K | string): string {
  const byCode: Readonly<Record<string, string>> = table[lang];
  return Object.hasOwn(byCode, code) ? (byCode[code] ?? code) : code;
}

/**
 * English as JavaScript prints it (unchanged output); German with "." between thousands and "," before decimals
 * ("2.000", "12.345,6"), as the popup prints numbers.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'en' || !Number.isFinite(n)) return String(n);
  const [int = '', frac] = String(Math.abs(n)).split('.');
  // Exponent notation (huge or tiny values) is left as JavaScript prints it.
  if (/e/i.test(int) || (frac !== undefined && /e/i.test(frac))) return String(n);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+$)/g, '.') : int;
  return `${n < 0 ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export type TextVars = Readonly<Record<string, string | number>>;

/** `template` with its {placeholders} filled from `vars`; numbers in the style of `lang` ("2000" / "2.000"). */
export function fillTemplate(template: string, vars: TextVars, lang: Lang = 'en'): string {
  return template.replace(PLACEHOLDER, (m, name: string) => {
    const v = vars[name];
    return v === undefined ? m : typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
};

/**
 * `n.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping })`
 * (without `digits`: `n.toLocaleString(lang)`), same text, without Intl for the values the popup shows: a page's first
 * Intl number format loads locale data (tens of ms), which the popup paid on its first paint. Negative, huge or
 * fractional values without `digits` go to Intl as before.
 */
export function localeNumber(n: number, lang: Lang, digits?: number, grouping = true): string {
  const fast =
    digits === undefined
      ? Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)
      : Number.isInteger(digits) &&
        digits >= 0 &&
        digits <= 3 &&
        Number.isFinite(n) &&
        n >= 0 &&
        n < 1e15 &&
        !Object.is(n, -0);
  if (!fast) {
    return digits === undefined
      ? n.toLocaleString(lang, grouping ? undefined : { useGrouping: false })
      : n.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping });
  }
  // Intl rounds the shortest decimal text of n (what String(n) prints), half away from zero: so does this.
  const text = String(n);
  if (text.includes('e'))
    return n.toLocaleString(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
  const [int, frac] = digits === undefined ? [text, ''] : roundText(text, digits);
  const sep = SEPARATORS[lang];
  let grouped = int;
  if (grouping && int.length > 3) {
    const head = int.length % 3 || 3;
    grouped = int.slice(0, head);
    for (let i = head; i < int.length; i += 3) grouped += sep.group + int.slice(i, i + 3);
  }
  return frac === '' ? grouped : grouped + sep.decimal + frac;
}

/** Plain decimal text rounded to `digits` places, half up: [integer digits, fraction digits]. */
function roundText(text: string, digits: number): [string, string] {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  if (frac.length <= digits) return [int, frac.padEnd(digits, '0')];
  const kept = int + frac.slice(0, digits);
  if (frac.charCodeAt(digits) < 53) return [int, frac.slice(0, digits)]; // below '5': down
  const d = kept.split('');
  let i = d.length - 1;
  for (; i >= 0 && d[i] === '9'; i--) d[i] = '0';
  if (i >= 0) d[i] = String(Number(d[i]) + 1);
  const up = (i < 0 ? '1' : '') + d.join('');
  return [up.slice(0, up.length - digits), up.slice(up.length - digits)];
}
