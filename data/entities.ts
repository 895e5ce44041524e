// The project's facts about third-party-web entities it does not describe in trackers.ts: the company's home country,
// read from the company's own imprint, legal notice or privacy policy (source = the page read, checked = the day).
// Keyed by third-party-web's entity name (package third-party-web, dist/entities.json). country null = not known.
// Where `companyId` is set, the company is one of data/companies.ts: its country and source are copied from there, and
// `checked` is the day the entity was matched to it (by its domains and homepage in third-party-web).
import { COMPANIES } from './companies.ts';

export interface EntityFacts {
  /** Id in data/companies.ts when the project already knows the company. */
  companyId?: string;
  /** The legal entity the source names, when it names one. */
  legalName?: string;
  /** ISO 3166-1 alpha-2 of the company's seat; null = not known. */
  country: string | null;
  /** https URL of the page the country was read from. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  notes?: string;
}

const MAPPED = '2026-12-06';

/** An entity run by a company data/companies.ts already describes. */
function known(companyId: string, notes?: string): EntityFacts {
  const c = COMPANIES.find((x) => x.id === companyId);
  // A typo must fail loudly (the dataset test also checks every companyId).
  if (!c) throw new Error(`data/entities.ts: unknown company ${companyId}`);
  return { companyId, legalName: c.name, country: c.country, source: c.source, checked: MAPPED, ...(notes ? { notes } : {}) };
}

export const ENTITIES: Readonly<Record<string, EntityFacts>> = {
  // --- Companies the project already describes (data/companies.ts) ---
  'Other Google APIs/SDKs': known('google', 'Google APIs are provided by Google LLC under the Google APIs Terms.'),
  'Google FundingChoices': known('google-ireland', 'Privacy & messaging (Funding Choices) is part of AdSense / Ad Manager.'),
  'Google/Doubleclick Ads': known('google-ireland'),
  Blogger: known('google-ireland', 'Under the Google Terms of Service, Google Ireland Limited serves EEA users; parent Google LLC (US).'),
  Facebook: known('meta'),
  TikTok: known('tiktok'),
  LinkedIn: known('linkedin'),
  'Bing Ads': known('microsoft-ireland'),
  'Azure Web Services': known('microsoft'),
  'Amazon Web Services': known('aws'),
  'Amazon Pay': known('amazon-payments'),
  'Auto Link Maker': known('apple'),
  'Yahoo!': known('yahoo'),
  'Yahoo! Ad Exchange': known('yahoo'),
  Sentry: known('sentry'),
  Wix: known('wix'),
  Hubspot: known('hubspot'),
  InMobi: known('inmobi'),
  Tealium: known('tealium'),
  'Smart AdServer': known('equativ'),
  'Usercentrics CMP': known('usercentrics'),
  'Osano CMP': known('osano'),
  Trustcommander: known('commanders-act'),
  mPulse: known('akamai', 'mPulse is Akamai\'s real-user monitoring.'),
  Akamai: known('akamai'),
  Yotpo: known('yotpo'),
  'Crazy Egg': known('crazy-egg'),
  ContentSquare: known('contentsquare'),
  Outbrain: known('outbrain-teads'),
  'RTB House AdPilot': known('rtb-house'),
  Freshchat: known('freshworks'),
  Adocean: known('gemius', 'AdOcean is Gemius\'s ad server (third-party-web names Gemius as its company).'),
  Raygun: known('raygun'),
  Conversant: known('cj', 'Conversant (dotomi, emjcd, tqlkg) is CJ\'s legal entity, Conversant, LLC.'),
  'Fort Awesome': known('fonticons', 'fortawesome.com serves Font Awesome kits.'),
  'Lead Forensics': known('lead-forensics'),
  Brightcove: known('brightcove'),
  'Rakuten Marketing': known('rakuten-advertising'),
  'Impact Radius': known('impact'),
  Bazaarvoice: known('bazaarvoice'),
  'LongTail Ad Solutions': known('jw-player'),
  Skimbit: known('skimlinks'),
  Dailymotion: known('dailymotion'),
  Netlify: known('netlify'),
};
