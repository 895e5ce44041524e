// The HTML report's "where the data goes" lines under the company
// country: parent, countries outside the EEA, DPF status.
import type { RequestTracker } from '../findings/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { htmlEscape } from './html-escape.ts';

const LABELS: Readonly<
  Record<
    Lang,
    { parent: string; goesTo: string; none: string; dpf: Readonly<Record<'true' | 'false' | 'null', string>> }
  >
> = {
  en: {
    parent: 'Parent',
    goesTo: 'Data goes to',
    none: 'no recipient outside the EU/EEA documented',
    dpf: { true: 'DPF certified', false: 'not DPF certified', null: 'DPF not known' },
  },
  de: {
    parent: 'Muttergesellschaft',
    goesTo: 'Daten gehen nach',
    none: 'kein Empfänger außerhalb von EU/EWR dokumentiert',
    dpf: { true: 'DPF-zertifiziert', false: 'nicht DPF-zertifiziert', null: 'DPF unbekannt' },
  },
};

/** Escaped HTML lines for one tracker; the DPF status only where a US recipient is involved. */
export function recipientLines(t: RequestTracker, lang: Lang): string {
  const L = LABELS[lang === 'de' ? 'de' : 'en'];
  const e = (s: string): string => htmlEscape(s);
  const lines: string[] = [];
  if (t.parent) lines.push(`${e(L.parent)}: ${e(t.parent)}${t.parentCountry ? ` (${e(t.parentCountry)})` : ''}`);
  const dpf =
    t.transferCountries.includes('US') || t.companyCountry === 'US'
      ? ` · ${e(L.dpf[String(t.dpf) as 'true' | 'false' | 'null'])}`
      : '';
  lines.push(
    t.transferCountries.length > 0 ? `${e(L.goesTo)}: ${t.transferCountries.map(e).join(', ')}${dpf}` : e(L.none),
  );
  return lines.map((l) => `<br><span class="meta">${l}</span>`).join('');
}
