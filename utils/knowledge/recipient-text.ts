// The recipient chain in one sentence per language: who contracts, who processes the data where, and on what basis.
import { countryLegal } from '../../data/countries.ts';
import { fillTemplate } from '../i18n/text.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Destination, RecipientModel } from './recipients.ts';
import { adequacyText, longDate } from './transfer-status.ts';

const EN = {
  eea: 'EEA',
  thirdCountry: 'third country',
  seat: '{entity} ({country}, {zone})',
  seatOutside: '{entity} ({country})',
  processedBy: '{seat} → data processed by {recipients}',
  namedIn: '{entity} ({country})',
  unnamedIn: 'recipients in {country}',
  transfer: '{chain}: third-country transfer, {bases}; name it in the privacy notice (Art. 13(1)(f) GDPR)',
  noTransfer: '{seat}: no recipient outside the EU/EEA documented',
  notResearched: '{seat}: no recipient outside the EU/EEA documented (further recipients not researched)',
  dpf: 'covered by the EU-US DPF ({entities} certified, adequacy decision of {date})',
  dpfNotKnown: 'EU-US DPF certification of {entities} not known, so no basis is confirmed',
  dpfNo:
    '{entities} not certified under the EU-US DPF: no adequacy basis, needs Art. 46 GDPR safeguards or an Art. 49 derogation',
  adequacy: 'covered by the {adequacy}',
  none: 'no EU adequacy decision for {country}: needs Art. 46 GDPR safeguards or an Art. 49 derogation',
  theUsRecipients: 'the US recipients',
  perCountry: 'to {country} {basis}',
  and: ' and ',
} as const;

type Key = keyof typeof EN;

const DE: Readonly<Record<Key, string>> = {
  eea: 'EWR',
  thirdCountry: 'Drittland',
  seat: '{entity} ({country}, {zone})',
  seatOutside: '{entity} ({country})',
  processedBy: '{seat} → Daten verarbeitet von {recipients}',
  namedIn: '{entity} ({country})',
  unnamedIn: 'Empfängern in {country}',
  transfer: '{chain}: Drittlandübermittlung, {bases}; in der Datenschutzerklärung nennen (Art. 13 Abs. 1 lit. f DSGVO)',
  noTransfer: '{seat}: kein Empfänger außerhalb von EU/EWR dokumentiert',
  notResearched: '{seat}: kein Empfänger außerhalb von EU/EWR dokumentiert (weitere Empfänger nicht recherchiert)',
  dpf: 'abgedeckt durch das EU-US DPF ({entities} zertifiziert, Angemessenheitsbeschluss vom {date})',
  dpfNotKnown: 'Zertifizierung von {entities} nach dem EU-US DPF nicht bekannt, daher keine Grundlage bestätigt',
  dpfNo:
    '{entities} nicht nach dem EU-US DPF zertifiziert: keine Angemessenheit, Garantien nach Art. 46 DSGVO oder eine Ausnahme nach Art. 49 nötig',
  adequacy: 'abgedeckt durch den {adequacy}',
  none: 'kein Angemessenheitsbeschluss der EU für {country}: Garantien nach Art. 46 DSGVO oder eine Ausnahme nach Art. 49 nötig',
  theUsRecipients: 'den US-Empfängern',
  perCountry: 'nach {country} {basis}',
  and: ' und ',
};

const TEXTS: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = { en: EN, de: DE };

function t(lang: Lang, key: Key, vars: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(TEXTS[lang][key], vars, lang);
}

function zoneOf(code: string, lang: Lang): string {
  const legal = countryLegal(code);
  if (!legal) return code;
  if (legal.status === 'eea') return t(lang, 'eea');
  if (legal.status === 'adequate') return adequacyText(legal, lang);
  return t(lang, 'thirdCountry');
}

function basisText(d: Destination, lang: Lang): string {
  const entities = d.recipients.length > 0 ? d.recipients.join(t(lang, 'and')) : t(lang, 'theUsRecipients');
  const legal = countryLegal(d.country);
  switch (d.basis) {
    case 'dpf':
      return t(lang, 'dpf', { entities, date: longDate(d.decision?.date ?? '', lang) });
    case 'not-known':
      return t(lang, 'dpfNotKnown', { entities });
    case 'adequacy':
      return legal
        ? t(lang, 'adequacy', { adequacy: adequacyText(legal, lang) })
        : t(lang, 'none', { country: d.country });
    case 'none':
      return legal?.status === 'adequate-dpf-only'
        ? t(lang, 'dpfNo', { entities })
        : t(lang, 'none', { country: d.country });
  }
}

/**
 * "Google Ireland Limited (IE, EEA) → data processed by Google
 * LLC (US): third-country transfer, covered by the EU-US DPF
 * (Google LLC certified, adequacy decision of 10 July 2023); name it in the privacy notice (Art. 13(1)(f) GDPR)".
 */
export function recipientChainText(m: RecipientModel, lang: Lang = 'en'): string {
  const l: Lang = lang === 'de' ? 'de' : 'en';
  const home = countryLegal(m.country);
  const seat =
    home && home.status !== 'eea' && home.status !== 'adequate'
      ? t(l, 'seatOutside', { entity: m.entity, country: home.code })
      : t(l, 'seat', { entity: m.entity, country: home?.code ?? m.country, zone: home ? zoneOf(home.code, l) : '?' });
  if (m.destinations.length === 0) return t(l, m.researched ? 'noTransfer' : 'notResearched', { seat });
  const others: string[] = [];
  for (const d of m.destinations) {
    const named = d.recipients.filter((e) => e !== m.entity);
    if (named.length > 0) others.push(...named.map((entity) => t(l, 'namedIn', { entity, country: d.country })));
    else if (d.recipients.length === 0) others.push(t(l, 'unnamedIn', { country: d.country }));
  }
  const chain = others.length > 0 ? t(l, 'processedBy', { seat, recipients: others.join(', ') }) : seat;
  const bases =
    m.destinations.length === 1
      ? basisText(m.destinations[0] as Destination, l)
      : m.destinations.map((d) => t(l, 'perCountry', { country: d.country, basis: basisText(d, l) })).join('; ');
  return t(l, 'transfer', { chain, bases });
}
