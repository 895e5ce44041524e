// Text helpers every stage shares: labels by language, {placeholder} templates and numbers in the reader's style.
import type { Lang } from './lang.ts';

export type Labels<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Label of a code in `table`; an unexpected code (bad input) is shown as it is. */
export function labelOf<K extends string>(table: Labels<K>, lang: Lang, code: K | string): string {
  const byCode: Readonly<Record<string, string>> = table[lang];
  return Object.hasOwn(byCode, code) ? byCode[code] ?? code : code;
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
