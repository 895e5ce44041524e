// Every fixed text of the HTML export in English and German; finding texts come translated inside the report.
import type { Lang } from '../i18n/lang.ts';
import type { Labels } from './label-types.ts';
import { DE } from './labels-de.ts';
import { EN } from './labels-en.ts';

export type { Labels };

export const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, de: DE };

export function labelsFor(lang: Lang | undefined): Labels {
  return lang === 'de' ? DE : EN;
}
