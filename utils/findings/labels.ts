// Labels for codes that appear inside finding texts (tracker categories, cookie purposes, transfer statuses) and number style.
// English keeps the dataset's codes, as the JSON report and the CLI show them; German gets words a reader understands.
import { CATEGORY_NAMES } from '../../data/category-names.ts';
import type { CookiePurpose, TrackerCategory } from '../../data/types.ts';
import type { ConsentAction } from '../observe/events.ts';
import type { IpKind } from '../knowledge/ip-country.ts';
import type { PlaceStatus } from '../knowledge/transfer-status.ts';
import type { Lang } from './types.ts';

type Labels<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export const CATEGORY_LABELS: Labels<TrackerCategory> = {
  en: {
    advertising: 'advertising', analytics: 'analytics', 'session-replay': 'session-replay', 'marketing-automation': 'marketing-automation',
    social: 'social', 'tag-manager': 'tag-manager', 'consent-manager': 'consent-manager', cdn: 'cdn', hosting: 'hosting', fonts: 'fonts',
    video: 'video', maps: 'maps', chat: 'chat', 'ab-testing': 'ab-testing', 'error-monitoring': 'error-monitoring',
    'customer-data-platform': 'customer-data-platform', payments: 'payments', captcha: 'captcha', affiliate: 'affiliate',
    'audience-measurement': 'audience-measurement', push: 'push', reviews: 'reviews', personalization: 'personalization', other: 'other',
  },
  de: CATEGORY_NAMES.de,
};

export const PURPOSE_LABELS: Labels<CookiePurpose> = {
  en: {
    necessary: 'necessary', preferences: 'preferences', analytics: 'analytics', advertising: 'advertising', consent: 'consent',
    security: 'security', 'session-replay': 'session-replay', 'marketing-automation': 'marketing-automation', social: 'social', other: 'other',
  },
  de: {
    necessary: 'notwendig', preferences: 'Präferenzen', analytics: 'Analyse', advertising: 'Werbung', consent: 'Einwilligung',
    security: 'Sicherheit', 'session-replay': 'Sitzungsaufzeichnung', 'marketing-automation': 'Marketing-Automatisierung',
    social: 'soziale Netzwerke', other: 'Sonstiges',
  },
};

export const ACTION_LABELS: Labels<ConsentAction> = {
  en: { accept: 'accept', reject: 'reject' },
  de: { accept: 'Zustimmung', reject: 'Ablehnung' },
};

export const PLACE_STATUS_LABELS: Labels<PlaceStatus> = {
  en: { eea: 'eea', adequate: 'adequate', 'us-dpf': 'us-dpf', 'us-not-certified': 'us-not-certified', 'third-country': 'third-country', unknown: 'unknown' },
  de: {
    eea: 'EWR', adequate: 'Angemessenheitsbeschluss', 'us-dpf': 'USA mit DPF-Zertifizierung', 'us-not-certified': 'USA ohne DPF-Zertifizierung',
    'third-country': 'Drittland', unknown: 'unbekannt',
  },
};

export const IP_KIND_LABELS: Labels<IpKind | 'unknown'> = {
  en: { public: 'public', private: 'private', loopback: 'loopback', 'link-local': 'link-local', reserved: 'reserved', invalid: 'invalid', unknown: 'unknown' },
  de: { public: 'öffentlich', private: 'privat', loopback: 'Loopback', 'link-local': 'link-lokal', reserved: 'reserviert', invalid: 'ungültig', unknown: 'unbekannt' },
};

/** Label of a code in `table`; an unexpected code (bad input) is shown as it is. */
function label<K extends string>(table: Labels<K>, lang: Lang, code: K | string): string {
  const byCode: Readonly<Record<string, string>> = table[lang];
  return Object.hasOwn(byCode, code) ? byCode[code] ?? code : code;
}

export function categoryLabel(category: TrackerCategory | string, lang: Lang): string {
  return label(CATEGORY_LABELS, lang, category);
}

export function purposeLabel(purpose: CookiePurpose | string, lang: Lang): string {
  return label(PURPOSE_LABELS, lang, purpose);
}

export function actionLabel(action: ConsentAction | string, lang: Lang): string {
  return label(ACTION_LABELS, lang, action);
}

export function placeStatusLabel(status: PlaceStatus | string, lang: Lang): string {
  return label(PLACE_STATUS_LABELS, lang, status);
}

export function ipKindLabel(kind: IpKind | 'unknown' | string, lang: Lang): string {
  return label(IP_KIND_LABELS, lang, kind);
}

/** English as JavaScript prints it (unchanged output); German with "." between thousands and "," before decimals ("2.000", "12.345,6"), as the popup prints numbers. */
export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'en' || !Number.isFinite(n)) return String(n);
  const [int = '', frac] = String(Math.abs(n)).split('.');
  // Exponent notation (huge or tiny values) is left as JavaScript prints it.
  if (/e/i.test(int) || (frac !== undefined && /e/i.test(frac))) return String(n);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+$)/g, '.') : int;
  return `${n < 0 ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}
