// What a reader calls each tracker category, in English and German: one table for the popup, the report page and the
// German finding texts (the English finding texts and the JSON report keep the codes).
import type { Lang } from '../utils/i18n/lang.ts';
import type { TrackerCategory } from './types.ts';

export const CATEGORY_NAMES: Readonly<Record<Lang, Readonly<Record<TrackerCategory, string>>>> = {
  en: {
    advertising: 'advertising', analytics: 'analytics', 'session-replay': 'session replay', 'marketing-automation': 'marketing automation',
    social: 'social media', 'tag-manager': 'tag manager', 'consent-manager': 'consent manager', cdn: 'CDN', hosting: 'hosting',
    fonts: 'fonts', video: 'video', maps: 'maps', chat: 'chat', 'ab-testing': 'A/B testing', 'error-monitoring': 'error monitoring',
    'customer-data-platform': 'customer data platform', payments: 'payments', captcha: 'CAPTCHA', affiliate: 'affiliate',
    'audience-measurement': 'audience measurement', push: 'push notifications', reviews: 'reviews', personalization: 'personalisation',
    other: 'other',
  },
  de: {
    advertising: 'Werbung', analytics: 'Analyse', 'session-replay': 'Sitzungsaufzeichnung', 'marketing-automation': 'Marketing-Automatisierung',
    social: 'soziale Netzwerke', 'tag-manager': 'Tag-Manager', 'consent-manager': 'Consent-Manager', cdn: 'CDN', hosting: 'Hosting',
    fonts: 'Schriftarten', video: 'Video', maps: 'Karten', chat: 'Chat', 'ab-testing': 'A/B-Tests', 'error-monitoring': 'Fehlerüberwachung',
    'customer-data-platform': 'Kundendatenplattform', payments: 'Zahlungen', captcha: 'CAPTCHA', affiliate: 'Affiliate',
    'audience-measurement': 'Reichweitenmessung', push: 'Push-Benachrichtigungen', reviews: 'Bewertungen', personalization: 'Personalisierung',
    other: 'Sonstiges',
  },
};
