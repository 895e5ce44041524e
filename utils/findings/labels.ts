// Labels for codes that appear inside finding texts (tracker
// categories, cookie purposes, transfer statuses) and number style.
// English keeps the dataset's codes, as the JSON report and the CLI show them; German gets words a reader understands.
import { CATEGORY_NAMES } from '../../data/category-names.ts';
import type { CookiePurpose, TrackerCategory } from '../../data/types.ts';
import type { ConsentAction } from '../observe/events.ts';
import type { PlaceStatus } from '../knowledge/transfer-status.ts';
import type { Lang } from '../i18n/lang.ts';
import { labelOf as label, type Labels } from '../i18n/text.ts';
import { IP_KIND_LABELS, ipKindLabel } from '../knowledge/ip-kind-labels.ts';

export { formatNumber } from '../i18n/text.ts';
export { IP_KIND_LABELS, ipKindLabel };

export const CATEGORY_LABELS: Labels<TrackerCategory> = {
  en: {
    advertising: 'advertising',
    analytics: 'analytics',
    'session-replay': 'session-replay',
    'marketing-automation': 'marketing-automation',
    social: 'social',
    'tag-manager': 'tag-manager',
    'consent-manager': 'consent-manager',
    cdn: 'cdn',
    hosting: 'hosting',
    fonts: 'fonts',
    video: 'video',
    maps: 'maps',
    chat: 'chat',
    'ab-testing': 'ab-testing',
    'error-monitoring': 'error-monitoring',
    'customer-data-platform': 'customer-data-platform',
    payments: 'payments',
    captcha: 'captcha',
    affiliate: 'affiliate',
    'audience-measurement': 'audience-measurement',
    push: 'push',
    reviews: 'reviews',
    personalization: 'personalization',
    other: 'other',
  },
  de: CATEGORY_NAMES.de,
};

export const PURPOSE_LABELS: Labels<CookiePurpose> = {
  en: {
    necessary: 'necessary',
    preferences: 'preferences',
    analytics: 'analytics',
    advertising: 'advertising',
    consent: 'consent',
    security: 'security',
    'session-replay': 'session-replay',
    'marketing-automation': 'marketing-automation',
    social: 'social',
    other: 'other',
  },
  de: {
    necessary: 'notwendig',
    preferences: 'Präferenzen',
    analytics: 'Analyse',
    advertising: 'Werbung',
    consent: 'Einwilligung',
    security: 'Sicherheit',
    'session-replay': 'Sitzungsaufzeichnung',
    'marketing-automation': 'Marketing-Automatisierung',
    social: 'soziale Netzwerke',
    other: 'Sonstiges',
  },
};

export const ACTION_LABELS: Labels<ConsentAction> = {
  en: { accept: 'accept', reject: 'reject' },
  de: { accept: 'Zustimmung', reject: 'Ablehnung' },
};

export const PLACE_STATUS_LABELS: Labels<PlaceStatus> = {
  en: {
    eea: 'eea',
    adequate: 'adequate',
    'us-dpf': 'us-dpf',
    'us-not-certified': 'us-not-certified',
    'third-country': 'third-country',
    unknown: 'unknown',
  },
  de: {
    eea: 'EWR',
    adequate: 'Angemessenheitsbeschluss',
    'us-dpf': 'USA mit DPF-Zertifizierung',
    'us-not-certified': 'USA ohne DPF-Zertifizierung',
    'third-country': 'Drittland',
    unknown: 'unbekannt',
  },
};

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
