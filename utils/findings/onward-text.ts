// A server-side collector's onward recipient in one sentence, English and German: the finding's title, the HTML
// export, the report page and the popup all say it in these words (one table, so they cannot drift apart).
import type { Lang } from '../i18n/lang.ts';
import { fillTemplate } from '../i18n/text.ts';

const ONWARD = {
  en: {
    likely: 'onward transfer to {company} ({country}) likely; not visible from the browser',
    notKnown: 'onward recipients not known',
  },
  de: {
    likely: 'Weiterübermittlung an {company} ({country}) wahrscheinlich; vom Browser aus nicht sichtbar',
    notKnown: 'weitere Empfänger nicht bekannt',
  },
} as const;

export interface OnwardRecipient {
  company: string;
  /** The company's country code, as the knowledge layer gives it. */
  country: string;
}

/** The likely onward transfer to `recipient`, or "not known" without one. */
export function onwardText(lang: Lang, recipient: OnwardRecipient | null): string {
  const t = ONWARD[lang === 'de' ? 'de' : 'en'];
  if (!recipient) return t.notKnown;
  return fillTemplate(t.likely, { company: recipient.company, country: recipient.country }, lang);
}
