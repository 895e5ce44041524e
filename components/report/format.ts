// Numbers, seconds and dates for the report in the reader's
// language; dates in UTC so a printed report means one moment.
import type { Lang } from '../../utils/i18n/lang.ts';

const LOCALE: Record<Lang, string> = { en: 'en-US', de: 'de-DE' };

export function num(n: number, lang: Lang): string {
  return Number.isFinite(n) ? n.toLocaleString(LOCALE[lang]) : '?';
}

/**
 * ms → "2.4 s" / "2,4 s"; under a second two decimals ("0.35 s"), from 100 s whole seconds, past two minutes
 * "3 min 5 s". `digits` forces the decimals (axis labels follow their tick step).
 */
export function secs(ms: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(ms)) return '?';
  const sign = ms < 0 ? '−' : '';
  const a = Math.abs(ms);
  if (a >= 120_000 && digits === undefined) {
    const total = Math.round(a / 1000);
    return `${sign}${Math.floor(total / 60)} min ${total % 60} s`;
  }
  const d = digits ?? (a < 995 ? 2 : a < 100_000 ? 1 : 0);
  return `${sign}${(a / 1000).toLocaleString(LOCALE[lang], { minimumFractionDigits: d, maximumFractionDigits: d })} s`;
}

/** Decimals that tell ticks `stepMs` apart: 1 s → 0, 0.5 s → 1, 0.05 s → 2. */
export function digitsForStep(stepMs: number): number {
  if (!Number.isFinite(stepMs) || stepMs >= 1000) return 0;
  if (stepMs >= 100) return 1;
  return stepMs >= 10 ? 2 : 3;
}

const pad = (x: number): string => String(x).padStart(2, '0');

/** Epoch ms → "2026-11-29 13:03:12 UTC" (en) or "29.11.2026, 13:03:12 UTC" (de). */
export function dateTime(epochMs: number, lang: Lang): string {
  const d = new Date(epochMs);
  if (!Number.isFinite(d.getTime())) return '?';
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
  const [y, m, day] = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  return lang === 'de' ? `${day}.${m}.${y}, ${time}` : `${y}-${m}-${day} ${time}`;
}

/** Host of a URL for titles and file names; the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
