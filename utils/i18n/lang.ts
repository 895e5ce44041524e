// The UI language: English or German, picked from the browser's language unless the user chose one.
export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'de';
}

/**
 * `de`, `de-DE`, `de_AT` → 'de'; anything else → 'en'. An explicit choice (e.g. `?lang=de`) wins over the browser's.
 */
export function pickLang(browserLang: string | null | undefined, explicit?: string | null): Lang {
  if (isLang(explicit)) return explicit;
  const base = (browserLang ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : 'en';
}
