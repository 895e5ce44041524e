// Legal status of countries for GDPR Chapter V transfers, from the European Commission's adequacy decisions.
// Only EU/EEA and adequate countries are listed; every other valid code falls back to 'third-country'.

export type LegalStatus = 'eea' | 'adequate' | 'adequate-dpf-only' | 'third-country';
export type Lang = 'en' | 'de';

export interface AdequacyDecision {
  /** Date the Commission adopted the decision (ISO). */
  date: string;
  reference: string;
  /** Who the decision covers, when it is narrower than the whole country. */
  scope?: string;
  /** https URL of the decision on EUR-Lex (the decision itself, not a summary). */
  source: string;
  /** ISO date (YYYY-MM-DD) the decision's date, reference and scope were checked against a stored copy of its text. */
  checked: string;
  /** Where the text was read when not on EUR-Lex itself (a republished copy of the Official Journal text). */
  readIn?: string;
}

/** A renewal or replacement of a decision; null fields = not known (not read in an official source). */
export interface AdequacyRenewal {
  date: string | null;
  validUntil: string | null;
  source: string | null;
  note: string;
}

export interface CountryLegal {
  code: string;
  name: string;
  status: LegalStatus;
  decision: AdequacyDecision | null;
  /** For a decision with a sunset clause: its renewal, as far as an official source was read. */
  renewal?: AdequacyRenewal;
  source: string;
  checked: string;
  note?: string;
}

export const ADEQUACY_SOURCE =
  'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en';
export const EEA_SOURCE = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)';
export const CHECKED = '2026-11-29';

/** Open adequacy questions that were not settled enough to encode as data. */
export const PENDING_NOTES: readonly string[] = [
  'Brazil: the Commission started its adequacy procedure in September 2025; no adopted decision is encoded here, so BR counts as a third country. Re-check the adequacy page.',
  'European Patent Organisation: has an adequacy decision but is an international organisation, not a country, and is not listed.',
];

// ISO 3166-1 alpha-2 codes in use, plus XK (Kosovo, user-assigned) and AN (former Netherlands Antilles), both in registry data.
const ISO_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS XK YE YT ZA ZM ZW AN'
  ).split(' '),
);

// Codes that EU texts or older data use for countries with another ISO code.
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

// [code, English, German]
const NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['AT', 'Austria', 'Österreich'],
  ['BE', 'Belgium', 'Belgien'],
  ['BG', 'Bulgaria', 'Bulgarien'],
  ['HR', 'Croatia', 'Kroatien'],
  ['CY', 'Cyprus', 'Zypern'],
  ['CZ', 'Czechia', 'Tschechien'],
  ['DK', 'Denmark', 'Dänemark'],
  ['EE', 'Estonia', 'Estland'],
  ['FI', 'Finland', 'Finnland'],
  ['FR', 'France', 'Frankreich'],
  ['DE', 'Germany', 'Deutschland'],
  ['GR', 'Greece', 'Griechenland'],
  ['HU', 'Hungary', 'Ungarn'],
  ['IE', 'Ireland', 'Irland'],
  ['IT', 'Italy', 'Italien'],
  ['LV', 'Latvia', 'Lettland'],
  ['LT', 'Lithuania', 'Litauen'],
  ['LU', 'Luxembourg', 'Luxemburg'],
  ['MT', 'Malta', 'Malta'],
  ['NL', 'Netherlands', 'Niederlande'],
  ['PL', 'Poland', 'Polen'],
  ['PT', 'Portugal', 'Portugal'],
  ['RO', 'Romania', 'Rumänien'],
  ['SK', 'Slovakia', 'Slowakei'],
  ['SI', 'Slovenia', 'Slowenien'],
  ['ES', 'Spain', 'Spanien'],
  ['SE', 'Sweden', 'Schweden'],
  ['IS', 'Iceland', 'Island'],
  ['LI', 'Liechtenstein', 'Liechtenstein'],
  ['NO', 'Norway', 'Norwegen'],
  ['AX', 'Åland Islands', 'Ålandinseln'],
  ['GF', 'French Guiana', 'Französisch-Guayana'],
  ['GP', 'Guadeloupe', 'Guadeloupe'],
  ['MQ', 'Martinique', 'Martinique'],
  ['RE', 'Réunion', 'Réunion'],
  ['YT', 'Mayotte', 'Mayotte'],
  ['MF', 'Saint Martin (French part)', 'Saint-Martin (französischer Teil)'],
  ['AD', 'Andorra', 'Andorra'],
  ['AR', 'Argentina', 'Argentinien'],
  ['CA', 'Canada', 'Kanada'],
  ['FO', 'Faroe Islands', 'Färöer'],
  ['GG', 'Guernsey', 'Guernsey'],
  ['IL', 'Israel', 'Israel'],
  ['IM', 'Isle of Man', 'Isle of Man'],
  ['JP', 'Japan', 'Japan'],
  ['JE', 'Jersey', 'Jersey'],
  ['NZ', 'New Zealand', 'Neuseeland'],
  ['KR', 'Republic of Korea', 'Südkorea'],
  ['CH', 'Switzerland', 'Schweiz'],
  ['GB', 'United Kingdom', 'Vereinigtes Königreich'],
  ['UY', 'Uruguay', 'Uruguay'],
  ['US', 'United States', 'Vereinigte Staaten'],
  ['CN', 'China', 'China'],
  ['RU', 'Russia', 'Russland'],
  ['IN', 'India', 'Indien'],
  ['SG', 'Singapore', 'Singapur'],
  ['HK', 'Hong Kong', 'Hongkong'],
  ['AU', 'Australia', 'Australien'],
  ['BR', 'Brazil', 'Brasilien'],
  ['TR', 'Türkiye', 'Türkei'],
  ['UA', 'Ukraine', 'Ukraine'],
  ['ZA', 'South Africa', 'Südafrika'],
  ['AE', 'United Arab Emirates', 'Vereinigte Arabische Emirate'],
  ['TW', 'Taiwan', 'Taiwan'],
  ['MX', 'Mexico', 'Mexiko'],
  ['ID', 'Indonesia', 'Indonesien'],
  ['SA', 'Saudi Arabia', 'Saudi-Arabien'],
  ['QA', 'Qatar', 'Katar'],
  ['MY', 'Malaysia', 'Malaysia'],
  ['TH', 'Thailand', 'Thailand'],
  ['VN', 'Vietnam', 'Vietnam'],
  ['PH', 'Philippines', 'Philippinen'],
  ['PK', 'Pakistan', 'Pakistan'],
  ['BD', 'Bangladesh', 'Bangladesch'],
  ['NG', 'Nigeria', 'Nigeria'],
  ['EG', 'Egypt', 'Ägypten'],
  ['KE', 'Kenya', 'Kenia'],
  ['MA', 'Morocco', 'Marokko'],
  ['CL', 'Chile', 'Chile'],
  ['CO', 'Colombia', 'Kolumbien'],
  ['PA', 'Panama', 'Panama'],
  ['BY', 'Belarus', 'Belarus'],
  ['RS', 'Serbia', 'Serbien'],
  ['AL', 'Albania', 'Albanien'],
  ['BA', 'Bosnia and Herzegovina', 'Bosnien und Herzegowina'],
  ['ME', 'Montenegro', 'Montenegro'],
  ['MK', 'North Macedonia', 'Nordmazedonien'],
  ['MD', 'Moldova', 'Moldau'],
  ['GE', 'Georgia', 'Georgien'],
  ['AM', 'Armenia', 'Armenien'],
  ['KZ', 'Kazakhstan', 'Kasachstan'],
  ['IR', 'Iran', 'Iran'],
  ['XK', 'Kosovo', 'Kosovo'],
  ['MC', 'Monaco', 'Monaco'],
  ['SM', 'San Marino', 'San Marino'],
  ['VA', 'Vatican City', 'Vatikanstadt'],
  ['GI', 'Gibraltar', 'Gibraltar'],
  ['GL', 'Greenland', 'Grönland'],
  ['SJ', 'Svalbard and Jan Mayen', 'Svalbard und Jan Mayen'],
  ['BM', 'Bermuda', 'Bermuda'],
  ['KY', 'Cayman Islands', 'Kaimaninseln'],
  ['VG', 'British Virgin Islands', 'Britische Jungferninseln'],
  ['SC', 'Seychelles', 'Seychellen'],
  ['CW', 'Curaçao', 'Curaçao'],
  ['AN', 'Netherlands Antilles (former)', 'Niederländische Antillen (ehemals)'],
];

const NAME_BY_CODE = new Map(NAMES.map(([code, en, de]) => [code, { en, de }]));

export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
export const EEA_EFTA_STATES: readonly string[] = ['IS', 'LI', 'NO'];

// Territories with their own ISO code that are part of a member state's EU territory (outermost regions, Åland).
const EU_TERRITORIES: ReadonlyArray<readonly [string, string]> = [
  ['AX', 'FI'],
  ['GF', 'FR'],
  ['GP', 'FR'],
  ['MQ', 'FR'],
  ['RE', 'FR'],
  ['YT', 'FR'],
  ['MF', 'FR'],
];

const ADEQUACY_CHECKED = '2026-12-06';
const eurLex = (celex: string): string => `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;
// Republished copies of the Official Journal text where EUR-Lex itself was not in the stored pages.
const COPY_LEXARIS = 'the decision text as republished on lexaris.de (EUR-Lex copy)';
const COPY_PROTEUS = 'the decision text as republished on proteuscyber.com';

function decision(date: string, reference: string, celex: string, extra: { scope?: string; readIn?: string } = {}): AdequacyDecision {
  return { date, reference, source: eurLex(celex), checked: ADEQUACY_CHECKED, ...extra };
}

const DPF_DECISION: AdequacyDecision = decision('2023-07-10', 'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', '32023D1795', {
  scope: 'only organisations certified under the EU-US Data Privacy Framework',
  readIn: COPY_LEXARIS,
});

// Dates, references and scopes as the decisions state them; read 2026-12-06 on EUR-Lex unless `readIn` says otherwise.
// The 2016/2295 amendment on EUR-Lex lists the references of every pre-GDPR decision below.
const ADEQUATE: ReadonlyArray<readonly [string, AdequacyDecision, string?]> = [
  ['AD', decision('2010-10-19', 'Commission Decision 2010/625/EU', '32010D0625')],
  ['AR', decision('2003-06-30', 'Commission Decision 2003/490/EC', '32003D0490')],
  ['CA', decision('2001-12-20', 'Commission Decision 2002/2/EC', '32002D0002', { scope: 'commercial organisations subject to PIPEDA' })],
  ['FO', decision('2010-03-05', 'Commission Decision 2010/146/EU', '32010D0146', {
    scope: 'recipients subject to the Faroese Act on Processing of Personal Data',
    readIn: 'the Faroese Data Protection Authority (dat.fo) for the date and the decision recitals on proteuscyber.com for the scope',
  })],
  ['GG', decision('2003-11-21', 'Commission Decision 2003/821/EC', '32003D0821')],
  ['IL', decision('2011-01-31', 'Commission Decision 2011/61/EU', '32011D0061', { scope: 'automated processing of personal data' })],
  ['IM', decision('2004-04-28', 'Commission Decision 2004/411/EC', '32004D0411', { readIn: COPY_PROTEUS })],
  ['JP', decision('2019-01-23', 'Commission Implementing Decision (EU) 2019/419', '32019D0419', {
    scope: 'business operators subject to the APPI, with the Supplementary Rules',
    readIn: 'the decision text as republished on legislation.gov.uk (EU exit copy of EUR-Lex)',
  })],
  ['JE', decision('2008-05-08', 'Commission Decision 2008/393/EC', '32008D0393', { readIn: COPY_LEXARIS })],
  ['NZ', decision('2012-12-19', 'Commission Implementing Decision 2013/65/EU', '32013D0065')],
  ['KR', decision('2021-12-17', 'Commission Implementing Decision (EU) 2022/254', '32022D0254', {
    scope: 'entities subject to the Personal Information Protection Act', readIn: COPY_LEXARIS,
  })],
  ['CH', decision('2000-07-26', 'Commission Decision 2000/518/EC', '32000D0518')],
  ['GB', decision('2021-06-28', 'Commission Implementing Decision (EU) 2021/1772 (GDPR)', '32021D1772', { readIn: COPY_LEXARIS }),
    'The 2021 decision had a sunset clause (27 June 2025) and was extended to 27 December 2025; its renewal is not confirmed from an official source here (see renewal).'],
  ['UY', decision('2012-08-21', 'Commission Implementing Decision 2012/484/EU', '32012D0484', { scope: 'automated processing of personal data' })],
];

// Press reports (Brussels Times, Irish Legal News, 2025-12-19/24) quote a Commission release renewing both UK decisions until
// 27 December 2031; neither the decision on EUR-Lex nor the Commission's page was in the stored pages, so date and source stay null.
const GB_RENEWAL: AdequacyRenewal = {
  date: null,
  validUntil: null,
  source: null,
  note: 'Renewal reported in the press as adopted on 19 December 2025, valid until 27 December 2031; not read on EUR-Lex or a Commission page (checked 2026-12-06): not known.',
};

function nameEn(code: string): string {
  return NAME_BY_CODE.get(code)?.en ?? code;
}

function buildEntries(): Map<string, CountryLegal> {
  const out = new Map<string, CountryLegal>();
  const base = { decision: null, checked: CHECKED };
  for (const code of EU_MEMBER_STATES) out.set(code, { ...base, code, name: nameEn(code), status: 'eea', source: EEA_SOURCE, note: 'EU member state' });
  for (const code of EEA_EFTA_STATES) out.set(code, { ...base, code, name: nameEn(code), status: 'eea', source: EEA_SOURCE, note: 'EEA (EFTA) state' });
  for (const [code, of] of EU_TERRITORIES) {
    out.set(code, { ...base, code, name: nameEn(code), status: 'eea', source: EEA_SOURCE, note: `EU territory of ${nameEn(of)}` });
  }
  for (const [code, d, note] of ADEQUATE) {
    const entry: CountryLegal = { ...base, code, name: nameEn(code), status: 'adequate', decision: d, source: ADEQUACY_SOURCE };
    out.set(code, { ...entry, ...(note === undefined ? {} : { note }), ...(code === 'GB' ? { renewal: GB_RENEWAL } : {}) });
  }
  out.set('US', { ...base, code: 'US', name: nameEn('US'), status: 'adequate-dpf-only', decision: DPF_DECISION, source: ADEQUACY_SOURCE });
  return out;
}

const ENTRIES = buildEntries();

/** The listed (non-third-country) entries, in a stable order. */
export const COUNTRIES: readonly CountryLegal[] = Array.from(ENTRIES.values());

/** Upper-cased ISO code for an input code or alias; null when it is not a country code. */
export function normalizeCountryCode(code: unknown): string | null {
  if (typeof code !== 'string' || code.length > 8) return null;
  const upper = code.trim().toUpperCase();
  const canonical = ALIASES[upper] ?? upper;
  return ISO_CODES.has(canonical) ? canonical : null;
}

/** Legal status of a country for GDPR Chapter V; null when the code is not a country. */
export function countryLegal(code: string | null | undefined): CountryLegal | null {
  const c = normalizeCountryCode(code);
  if (c === null) return null;
  return ENTRIES.get(c) ?? { code: c, name: nameEn(c), status: 'third-country', decision: null, source: ADEQUACY_SOURCE, checked: CHECKED };
}

export function countryStatus(code: string | null | undefined): LegalStatus | null {
  return countryLegal(code)?.status ?? null;
}

/** Country name in English or German; falls back to the code itself. */
export function countryName(code: string, lang: Lang = 'en'): string {
  const c = normalizeCountryCode(code);
  const names = c === null ? undefined : NAME_BY_CODE.get(c);
  if (!names) return c ?? (typeof code === 'string' ? code : '');
  return lang === 'de' ? names.de : names.en;
}
