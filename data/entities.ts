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
  /** Parent the data can also reach (an EU subsidiary's foreign parent), and its country. */
  parent?: string;
  parentCountry?: string;
  /** https URL of the page the country was read from. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  notes?: string;
}

const MAPPED = '2026-12-06';
/** Day the researched entries' sources were read. */
const R = '2026-12-06';

/** An entity run by a company data/companies.ts already describes. */
function known(companyId: string, notes?: string): EntityFacts {
  const c = COMPANIES.find((x) => x.id === companyId);
  // A typo must fail loudly (the dataset test also checks every companyId).
  if (!c) throw new Error(`data/entities.ts: unknown company ${companyId}`);
  return {
    companyId, legalName: c.name, country: c.country,
    ...(c.parent ? { parent: c.parent } : {}), ...(c.parentCountry ? { parentCountry: c.parentCountry } : {}),
    source: c.source, checked: MAPPED, ...(notes ? { notes } : {}),
  };
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
  AMP: known('google', 'cdn.ampproject.org is the Google AMP Cache (https://developers.google.com/amp/cache/overview).'),
  'Adobe Scene7': known('adobe', 'Scene7 is Adobe\'s Dynamic Media Classic image service; third-party-web names Adobe Systems as its company.'),
  'Azure Traffic Manager': known('microsoft', 'An Azure service, like the Azure Web Services entity above.'),
  'Oracle Recommendations On Demand': known('oracle', 'third-party-web names Oracle as its company.'),

  // --- Researched: the company's own legal, privacy or terms page (read 2026-12-06) ---
  GoDaddy: {
    legalName: 'GoDaddy.com, LLC', country: 'US', source: 'https://no.godaddy.com/legal/agreements/civil-subpoena-policy', checked: R,
    notes: 'The page states GoDaddy is headquartered in Scottsdale, Arizona (GoDaddy.com, LLC, 14455 North Hayden Road).',
  },
  'Cookie-Script.com': {
    legalName: 'Objectis, UAB', country: 'LT', source: 'https://cookie-script.com/legal/cookie-script-privacy-policy', checked: R,
    notes: 'Registered office Laisves str. 60, Vilnius, Lithuania (company no. 304037472).',
  },
  Weebly: {
    legalName: 'Block, Inc.', country: 'US', source: 'https://termsandprivacy.weebly.com/privacy-en-dep-jan-5-2023.html', checked: R,
    notes: 'Weebly is owned by Block, Inc.; Block\'s address (Oakland, CA, USA) from https://squareup.com/us/en/legal/gov.',
  },
  AudienceSearch: {
    legalName: '株式会社インティメート・マージャー (Intimate Merger, Inc.)', country: 'JP', source: 'https://corp.intimatemerger.com/datapolicy', checked: R,
    notes: 'A kabushiki kaisha (Japanese joint-stock company); third-party-web names Intimate Merger as the company.',
  },
  Kakao: {
    legalName: 'Kakao Corp.', country: 'KR', source: 'https://www.kakaocorp.com/policy/privacyPolicy/corporateSitePrivacyPolicy', checked: R,
    notes: 'The policy applies the personal data protection law of the Republic of Korea to Kakao as data controller.',
  },
  Jivochat: {
    legalName: 'LLC Tecnology Distribution Ltda', country: 'BR', source: 'https://edit.tosdr.org/documents/22963', checked: R,
    notes: 'Copy of the JivoChat privacy policy: Rua Neves Armond 140, Vitória, ES, Brazil; the same entity is named in https://www.jivochat.cl/terms/.',
  },
  'Yahoo! JAPAN Ads': {
    legalName: 'LY Corporation', country: 'JP', source: 'https://about.yahoo.co.jp/docs/info/en/terms/privacypolicy/', checked: R,
    notes: 'Japanese is the governing language and the Japanese Act on the Protection of Personal Information applies; LY Corporation named in https://login.bizmanager.yahoo.co.jp/info/guidelines.',
  },
  'LINE Corporation': {
    legalName: 'LY Corporation', country: 'JP', source: 'https://privacy.lycorp.co.jp/en/utilization/', checked: R,
    notes: 'LY Corporation (lycorp.co.jp) operates LINE; the same company as Yahoo! JAPAN.',
  },
  WordPress: {
    legalName: "Aut O'Mattic Ltd.", country: 'IE', parent: 'Automattic Inc.', parentCountry: 'US',
    source: 'https://github.com/automattic/legalmattic/issues/24', checked: R,
    notes: "Automattic's terms (quoted in its own legal repository): outside the US (and Brazil) the agreement is with Aut O'Mattic Ltd. (Ireland), in the US with Automattic Inc. (US).",
  },
  Onfocus: {
    legalName: 'Onfocus SAS (Adagio)', country: 'FR', source: 'https://adagio.io/legal/advertising-services-privacy-policy', checked: R,
    notes: 'Headquarters 450 Rue Baden Powell, 34000 Montpellier, France; trade name Adagio.',
  },
  Microad: {
    legalName: '株式会社マイクロアド (MicroAd, Inc.)', country: 'JP', source: 'https://www.microad.co.jp/contact/privacy_jp.html', checked: R,
    notes: 'A kabushiki kaisha (Japanese joint-stock company).',
  },
  'Baidu Analytics': {
    legalName: 'Baidu', country: 'CN', source: 'https://esg.baidu.com/detail/440.html', checked: R,
    notes: "Baidu states it complies with the People's Republic of China Personal Information Protection Law; Beijing Baidu Netcom Science and Technology Co., Ltd. is named in its cloud privacy policies.",
  },
  'Framer CDN': {
    legalName: 'Framer B.V.', country: 'NL', source: 'https://www.framer.com/legal/privacy-statement/1.7', checked: R,
    notes: 'Registered office Rozengracht 207B, Amsterdam (Dutch Chamber of Commerce 59920637).',
  },
  Smartsupp: {
    legalName: 'Smartsupp.com, s.r.o.', country: 'CZ', source: 'https://help.smartsupp.com/ochrana-osobnich-udaju-a-pravni-otazky/privacy-policy', checked: R,
    notes: 'Registered office Šumavská 31, Brno (ID No. 036 68 681).',
  },
  'Judge.me': {
    legalName: 'Judge.me Ltd', country: 'GB', source: 'https://cdn.judge.me/terms', checked: R,
    notes: 'Located c/o Buckworths, 1-3 Worship Street, London.',
  },
  Bigcommerce: {
    legalName: 'BigCommerce, Inc.', country: 'US', source: 'https://www.bigcommerce.com/dmca-form/', checked: R,
    notes: 'BigCommerce, Inc., Austin, TX, USA; customers outside the US may contract with a non-US BigCommerce affiliate.',
  },
  Doofinder: {
    legalName: 'Doofinder, S.L.', country: 'ES', source: 'https://www.doofinder.com/en/privacy-policy', checked: R,
    notes: 'Registered office C/ Cronos 63, Madrid (VAT B85996932).',
  },
  Supership: {
    legalName: 'Supership株式会社 (Supership Inc.)', country: 'JP', source: 'https://supership.jp/privacy/', checked: R,
    notes: 'A kabushiki kaisha; the policy applies the Japanese Act on the Protection of Personal Information.',
  },
  'i-mobile': {
    legalName: '株式会社アイモバイル (i-mobile Co., Ltd.)', country: 'JP', source: 'https://shopping.geocities.jp/furunavi/privacy.html', checked: R,
    notes: "Privacy policy of i-mobile's Furunavi shop naming 株式会社アイモバイル, a kabushiki kaisha under the Japanese Act on the Protection of Personal Information.",
  },
  'Intent IQ': {
    legalName: 'Intent IQ', country: 'US', source: 'https://www.intentiq.com/intent-iq%e3%80%80%e3%83%86%e3%82%af%e3%83%8e%e3%83%ad%e3%82%b8%e3%83%bc%e3%83%bb%e3%83%97%e3%83%a9%e3%82%a4%e3%83%90%e3%82%b7%e3%83%bc%e3%83%9d%e3%83%aa%e3%82%b7%e3%83%bc', checked: R,
    notes: 'Its technology privacy policy (Japanese version) describes Intent IQ as an advertising technology company based in New York.',
  },
  Rambler: {
    legalName: 'Rambler&Co group (RIH LLC and others)', country: 'RU', source: 'https://help.rambler.ru/legal/1998/?p=top100', checked: R,
    notes: 'Rambler address: Varshavskoe shosse 9, Moscow, Russia.',
  },
  OptiMonk: {
    legalName: 'OptiMonk International Zrt.', country: 'HU', source: 'https://www.optimonk.com/privacy-policy', checked: R,
    notes: 'Principal office Kassai út 129, Debrecen.',
  },
  fluct: {
    legalName: '株式会社fluct (fluct, Inc.)', country: 'JP', source: 'https://corp.fluct.jp/privacy/ads/', checked: R,
    notes: 'A kabushiki kaisha (Japanese joint-stock company) operating the fluct SSP (adingo.jp).',
  },
  Geniee: {
    legalName: '株式会社ジーニー (Geniee, Inc.)', country: 'JP', source: 'https://ma-jin.jp/termsofuse/', checked: R,
    notes: "Terms of Geniee's MAJIN service name 株式会社ジーニー, a kabushiki kaisha.",
  },
  'Ozone Project': {
    legalName: 'The Ozone Project', country: 'GB', source: 'https://ozoneproject.com/website-privacy-cookie', checked: R,
    notes: 'Based at 20 St Thomas Street, London SE1 9RS.',
  },
  // --- Legal entity read, seat not stated on the pages first found (Tynt and 33 Across: seat later read in the SiteCTRL terms) ---
  Tynt: {
    legalName: '33across Inc.', country: 'US', source: 'https://platform.33across.com/sitectrl_tos', checked: R,
    notes: 'third-party-web names 33 Across as the company; the SiteCTRL terms (the copy-and-paste link product Tynt served) name 33across Inc., copyright agent at 228 Park Avenue South, PMB 74008, New York, NY 10003, New York law. Read in the Open Terms Archive copy, tosdr/tosdr-versions@b95f6a4698e2a3461e7f5ffcc3b6c8dfb0ea7ff1 (33across/Terms of Service.md).',
  },
  '33 Across': {
    legalName: '33across Inc.', country: 'US', source: 'https://platform.33across.com/sitectrl_tos', checked: R,
    notes: 'The terms name 33across Inc., copyright agent at 228 Park Avenue South, PMB 74008, New York, NY 10003, New York law. Read in the Open Terms Archive copy, tosdr/tosdr-versions@b95f6a4698e2a3461e7f5ffcc3b6c8dfb0ea7ff1 (33across/Terms of Service.md).',
  },
  Tilda: {
    legalName: 'Tilda Platform Cloud Services Co. LLC', country: 'AE', source: 'https://tilda.cc/privacy', checked: R,
    notes: "No street address on the pages read; the seat is read, as for Kakao and Baidu above, from the data-protection law the controller adopts: tilda.cc's privacy policy is \"developed in accordance with the requirements of the Federal Decree Law UAE No. 45/2021 on the Protection of Personal Data\" and the GDPR, and names the controller Tilda Platform Cloud Services Co. LLC, licence 1110180 (https://tilda.cc/es/privacy); the current terms (https://de.tilda.cc/terms/, https://fr.tilda.cc/terms) are concluded with that company and the DPA (https://tilda.cc/dpa/) refers to the same UAE law. Other markets have other operators: tilda.ru names Tilda Publishing JSC (Russia) and older tilda.cc terms a Russian sole trader (Nikita Obukhov, PSRNIE 309732819400022), so either way the operator is outside the EU/EEA.",
  },
  Adyoulike: {
    legalName: 'Adyoulike SA', country: 'FR', checked: '2026-12-07',
    source: 'https://www.lesechos.fr/2016/09/pourquoi-la-france-devient-un-centre-mondial-en-matiere-d-ad-tech-231882',
    notes: "No address was found on Adyoulike's own pages: its (US) privacy policy (https://adyoulike.com/pages/privacy_en) names Adyoulike SA, its IAB TCF entry (vendor 259) ADYOULIKE SA. The seat is read from Les Echos of 21 September 2016 (\"Pourquoi la France devient un centre mondial en matière d'« ad tech »\", Nicolas Rauline), which counts AdYouLike among the French ad-tech companies that Criteo inspired \"en France\" (\"Teads, StickyAdsTV, AdYouLike...\") and says \"AdYouLike s'est implanté au Royaume-Uni... L'« ad tech » française se porte bien, s'exporte\": a French company that opened in the UK (the inference is ours). The article is from 2016; the privacy policy read today still names Adyoulike SA, and a 2026 Prebid adapter (AdyoulikeOW, maintained by OneBidTech) keeps TCF vendor 259, so no later owner is named.",
  },
  MGID: {
    legalName: 'MGID Inc.', country: 'US', source: 'https://www.mgid.com/services/privacy-policy', checked: R,
    notes: 'Data controller MGID Inc., 1149 3rd Street, Santa Monica, CA, USA; EU representative in Rome.',
  },
  'Hatena Blog': {
    legalName: 'Hatena Co., Ltd.', country: 'JP', source: 'https://policies.hatena.ne.jp/privacypolicy-en', checked: R,
    notes: 'Read through a mirror of this page; Hatena is covered by an accredited organisation under the Japanese Act on the Protection of Personal Information.',
  },
  'Booking.com': {
    legalName: 'Booking.com B.V.', country: 'NL', source: 'https://admin.booking.com/hotel/hoteladmin/privacy.html?lang=nl', checked: R,
    notes: 'The privacy statement names Booking.com B.V., established in Amsterdam; BookingSuite\'s page gives Herengracht 597, Amsterdam.',
  },
  Seznam: {
    legalName: 'Seznam.cz, a.s.', country: 'CZ', source: 'https://o.seznam.cz/en/privacy-policy/', checked: R,
    notes: 'The policy covers the services of Seznam.cz, a.s. (a Czech akciová společnost) and its subsidiaries, imedia.cz (its ad network) included.',
  },
  // --- Researched 2026-12-06, seat not stated on the pages found: country stays not known ---
  CallRail: {
    legalName: 'CallRail, Inc.', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/5eafb6db1280be221f029033dc0831e25c44232a/c/ca/cal/callrail.com.md',
    checked: '2026-12-07',
    notes: "CallRail's own privacy policy on callrail.com in the Princeton CITP archive of Wayback Machine snapshots: the snapshot of 2013-04-03 (this copy, https://web.archive.org/web/20130403051154id_/http://www.callrail.com/privacy) gives as contact PO Box 250111, Atlanta, GA 30325, support@callrail.com; the same file's snapshot of 2016-06-24 says the statement explains the privacy practices of CallRail Inc. for callrail.com and app.callrail.com. The current terms and privacy notice (https://callrail.com/legal, read 2026-12-06) still name CallRail, Inc. as operator. The address is from 2013.",
  },
  POWr: {
    legalName: 'POWr Inc.', country: null, source: 'https://www.powr.io/privacy', checked: R,
    notes: 'The privacy policy says the services are provided by POWr Inc.; no address or country in the part read.',
  },
  'SpeedCurve RUM': {
    legalName: 'SpeedCurve Limited', country: null, source: 'https://speedcurve.com/terms/', checked: R,
    notes: 'The terms are a contract with SpeedCurve Limited; no address or country in the part read.',
  },
  // --- coverage2 ---
  GitHub: {
    legalName: 'GitHub, Inc.', country: 'US', source: 'https://docs.github.com/en/site-policy/privacy-policies/github-general-privacy-statement', checked: R,
    notes: 'Controller GitHub, Inc. (88 Colin P. Kelly Jr. St., San Francisco, USA) or GitHub B.V. (Amsterdam); the page does not say which serves EEA visitors, so the US seat is kept. Read in github/docs.',
  },
  Heroku: known('salesforce', 'Heroku Dev Center (https://devcenter.heroku.com/articles/security-privacy-compliance): customers entrust Salesforce with their data; Salesforce runs the systems.'),
  Tumblr: {
    legalName: 'Tumblr, Inc.', country: 'US', source: 'https://github.com/tumblr/policy/blob/master/privacy_localization/en_eu/privacy_policy.txt', checked: R,
    notes: "Tumblr's EU privacy policy (its own policy repository): Tumblr is the controller for EU residents and \"a US company\"; https://www.tumblr.com/docs/en/legal_guidelines names Tumblr, Inc.",
  },
  Afterpay: {
    legalName: 'Afterpay Pty Ltd', country: 'AU', parent: 'Block, Inc.', parentCountry: 'US', source: 'https://www.afterpay.com/en-us/privacy-policy', checked: R,
    notes: 'The policy covers Afterpay Pty Ltd ACN 169 342 947 (an Australian company number), Afterpay US, Inc. and others; third-party-web names Block as the company (Block, Oakland, USA: see Weebly).',
  },
  Medium: {
    legalName: 'A Medium Corporation', country: 'US', source: 'https://help.medium.com/hc/en-us/articles/214123657-Guidelines-for-Law-Enforcement', checked: R,
    notes: 'Mailing address 548 Market St, PMB 42061, San Francisco, California, US; the privacy policy (policy.medium.com) names A Medium Corporation.',
  },
  OpenTable: {
    legalName: 'OpenTable International Limited', country: 'GB', parent: 'OpenTable, Inc.', parentCountry: 'US',
    source: 'https://opentable.com.tw/c/?p=6148', checked: R,
    notes: "OpenTable's legal notice: controller for EEA residents (except Germany) is OpenTable International Limited (London, company 03914016); Germany: OpenTable GmbH (Berlin); US and others: OpenTable, Inc. (San Francisco).",
  },
  Sojern: {
    legalName: 'Sojern, Inc.', country: 'US', source: 'https://www.sojern.com/privacy/privacy-policy', checked: R,
    notes: "Read through a mirror of this page: 'Sojern' is the trading name of Sojern, Inc. and its subsidiaries, headquartered in San Francisco, California.",
  },
  Ecwid: {
    legalName: 'Ecwid, Inc.', country: 'US', source: 'https://developers.ecwid.com/termsandconditions', checked: R,
    notes: "Ecwid's developer agreement names Ecwid, Inc., a Delaware corporation and the operator of www.ecwid.com; no street address on the page read.",
  },
  'Global-e': {
    legalName: 'Global-e Online Ltd.', country: 'IL', source: 'https://investors.global-e.com/node/6966/html', checked: R,
    notes: "The company's registration statement on its investor site: incorporated in the State of Israel, principal offices 25 Basel Street, Petah Tikva; the privacy policy (global-e.com) names Global-e Online Ltd.",
  },
  // --- covad ---
  Mediavine: {
    legalName: 'Mediavine, Inc.', country: 'US', source: 'https://www.mediavine.com/privacy-policy/', checked: R,
    notes: 'Mediavine, Inc. is "a corporation formed under the laws of Delaware, United States"; data goes to its offices and servers in the United States. Read in the Open Terms Archive copy, tosdr/tosdr-versions@001c414ba17ea2350fc139234be09bf28e501419 (Mediavine/Privacy Policy.md).',
  },
  Infolinks: {
    legalName: 'Infolinks Media, LLC', country: 'US', source: 'https://www.infolinks.com/privacy-policy/', checked: R,
    notes: 'Controller for EU and UK law: Infolinks Media, LLC, registered address 3 N Maple Avenue, Suite #1, Ridgewood, New Jersey 07450, USA. Read in the Open Terms Archive copy, OpenTermsArchive/contrib-versions@2b54be633e54dfc6d996a7b99b5eee5062b40e1d (Infolinks/Privacy Policy.md).',
  },
  'Simpli.fi': {
    legalName: 'Simplifi Holdings, LLC', country: 'US', source: 'https://simpli.fi/site-privacy-policy/', checked: R,
    notes: 'The policy says data of users outside the U.S. is transferred to the U.S. where its servers are, that Simplifi is subject to the U.S. Federal Trade Commission and certified to Privacy Shield (open only to U.S. organisations); its terms (https://simpli.fi/terms/) apply Texas law, courts of Tarrant County. No street address on the pages read. Open Terms Archive copies, OpenTermsArchive/contrib-versions@55ce29dd60d9b7ae3ac6f949d4420b6891d862c4 and @f8fe027ea7182205aa1b0b8bdad235f12e9bbc9c.',
  },
  eBay: {
    legalName: 'eBay GmbH', country: 'DE', parent: 'eBay Inc.', parentCountry: 'US',
    source: 'https://www.ebay.com/help/policies/member-behaviour-policies/user-agreement?id=4259', checked: R,
    notes: 'The user agreement: residents of the European Union contract with eBay GmbH, Albert-Einstein-Ring 26, 14532 Kleinmachnow, Germany; US residents with eBay Inc., 2025 Hamilton Ave., San Jose, CA. Open Terms Archive copy, OpenTermsArchive/contrib-versions@29917ba5809537ab8d161e274fbdfbfdca572d56 (eBay/Terms of Service.md).',
  },
  Connatix: known(
    'jw-player',
    'JWX terms (https://jwx.com/jwxstudio-terms-jwx, read 2026-12-06) define the Company as "JWP, Inc. d/b/a JWX and its affiliates (including but not limited to Connatix Native Exchange, Inc.)"; JWX is JW Player combined with Connatix.',
  ),
  DoubleVerify: known('doubleverify', 'The entity is DoubleVerify itself (doubleverify.com, dvtps.com).'),
  Tradedoubler: known('tradedoubler', 'The entity is Tradedoubler itself (tradedoubler.com).'),
  Selligent: known('selligent', 'The entity is Selligent itself (Selligent\'s emsecure.net and slgnt.eu hosts).'),
  BloomReach: known('bloomreach', 'The entity is Bloomreach itself (brcdn.com, brsrvr.com).'),
  Adnami: {
    legalName: 'Adnami ApS', country: 'DK', source: 'https://www.adnami.io/adnami_privacy', checked: R,
    notes: 'Data controller under EU and UK law: Adnami ApS, Store Kongensgade 59A 1 th, 1262 Copenhagen, Denmark.',
  },
  SublimeSkinz: {
    legalName: 'Sublime Skinz Labs', country: 'FR', source: 'https://www.sublime.xyz/en/legal-mentions', checked: R,
    notes: 'Legal notice of Sublime (formerly SublimeSkinz): website owner Sublime Skinz Labs, 170 Boulevard de la Villette, 75019 Paris, RCS Paris 790 118 780.',
  },
  AdMatic: {
    legalName: 'Admatic Teknoloji A.Ş.', country: 'TR', source: 'https://admatic.com.tr/en/data-protection-declaration', checked: R,
    notes: 'Controller within the meaning of the GDPR: Admatic Teknoloji A.Ş., İçerenköy mh. Çayır cd. No: 7 Daire: 12, Ataşehir, İstanbul, Türkiye.',
  },
  LoyaltyLion: {
    legalName: 'LoyaltyLion Ltd', country: 'GB', source: 'https://loyaltylion.com/terms-of-service', checked: R,
    notes: 'The service is provided by LoyaltyLion Ltd, incorporated in England and Wales (company 08264116), registered office 20 Farringdon Street, London EC4A 4EN.',
  },
  'Click Guardian': {
    legalName: 'Heavyweight Digital Ltd', country: 'GB', source: 'https://www.clickguardian.co.uk/privacy-policy', checked: R,
    notes: 'Click Guardian is a trading style of Heavyweight Digital Ltd, a registered UK company (company number 10360124).',
  },
  Cxense: {
    legalName: 'Piano Software, Inc.', country: 'US', source: 'https://piano.io/privacy-policy/', checked: R,
    notes: 'The platform privacy policy is that of Piano Software Inc., Philadelphia, US and affiliated companies of the Piano group, formerly known as Piano Media, Press Plus and Tinypass and now incorporating Newzmate, Cxense and AT Internet; Piano acts as processor for publishers.',
  },
  piano: {
    legalName: 'Piano Software, Inc.', country: 'US', source: 'https://piano.io/privacy-policy/', checked: R,
    notes: 'npttech.com and tinypass.com serve Piano (formerly Tinypass). The platform privacy policy is that of Piano Software Inc., Philadelphia, US and affiliated companies of the Piano group, formerly known as Piano Media, Press Plus and Tinypass and now incorporating Newzmate, Cxense and AT Internet; Piano acts as processor for publishers.',
  },
  GeoEdge: {
    legalName: 'Five Media Marketing Limited (d/b/a GeoEdge)', country: 'CY', source: 'https://appharbr.com/?p=150', checked: R,
    notes: 'GeoEdge privacy notice (as published on the site of its AppHarbr product): controller Five Media Marketing Limited d/b/a GeoEdge, registered office 7 Florinis St., Nicosia 1065, Cyprus, registration number 158772.',
  },
  Eyeota: {
    legalName: 'Eyeota Pte. Ltd.', country: 'SG', source: 'https://eyeota.com/dpa-demand-activation', checked: R,
    notes: "Eyeota's data processing agreement (issued August 2024): Eyeota Pte. Ltd., registered office 31 Hongkong Street, #03-01, Singapore 059670.",
  },
  'Branch Metrics': {
    legalName: 'Branch Metrics, Inc.', country: 'US', source: 'https://branch.io/terms-and-conditions/20160623/', checked: R,
    notes: 'The terms of use (archived 2016 version on branch.io) introduce Branch Metrics, Inc., a Delaware corporation; the current privacy policy (https://legal.branch.io/saas/privacy-policy/) names Branch Metrics, Inc. and its affiliates.',
  },
  Flockler: {
    legalName: 'Flockler Commerce, Inc.', country: 'US', source: 'https://flockler.com/privacy-policy', checked: R,
    notes: 'Flockler is Flockler Commerce, Inc., a Delaware corporation; the current notice (https://flockler.com/es/privacy-policy) gives 1870 The Exchange SE, Atlanta, GA, USA. An older DPA (https://flockler.com/dpa) named Flockler Oy, Tampere, Finland.',
  },
  Bizible: known(
    'adobe',
    "Adobe's documentation (https://experienceleague.adobe.com/docs/bizible/using/home.html, read 2026-12-06) presents Marketo Measure (formerly Bizible); its script is served from bizible.com.",
  ),
  // Researched by covad 2026-12-06, seat not stated on the pages found: country stays not known.
  Privy: {
    legalName: 'Privy, Inc.', country: null, source: 'https://privy.com/terms-and-conditions', checked: R,
    notes: 'The terms name Privy, Inc. (the acceptable use policy, https://privy.com/acceptable-use-policy, says Privy, LLC); no address or country in the parts read. Read again 2026-12-07 (cova): the terms as updated 11 May 2022 (https://privy.com/terms-and-conditions) name PRIVY, LLC, still without an address; no page found in the stored corpora ties Privy to Attentive or gives its seat (searched: Privy help centre, press, Shopify listing, Safe Harbor list).',
  },
  Attentive: {
    legalName: 'Attentive Mobile Inc.', country: 'US', source: 'https://signup.attentivemobile.com/pricing/july-2021-freetrial/', checked: '2026-12-07',
    notes: "Attentive's trial and pricing terms of July 2021, on its own host signup.attentivemobile.com (attentivemobile.com is one of the entity's two domains), tell customers to cancel by e-mail to cs@attentivemobile.com or by letter to Attentive, ATTN Customer Support, 221 River Street, Suite 9047, Hoboken, NJ 07030 (United States). The privacy policy (https://attentive.com/legal/privacy), the DPA (https://attentive.com/msa-dpa) and the API licence (https://docs.attentive.com/pages/legal-docs/api-license/) name the company Attentive Mobile Inc.; the privacy policy also has a Data Privacy Framework section, a framework only U.S. organisations can join (its text was not in the parts read). The Hoboken address is the company's own mailing address, not a register entry; the state of incorporation was not read.",
  },
  SPX: {
    legalName: 'Smaato, Inc.', country: 'US', source: 'https://verve.com/california-applicant-privacy-notice/', checked: '2026-12-07',
    notes: "Verve Group's applicant privacy notice (effective 1 August 2023) lists the Verve Group companies with their addresses, among them Smaato Inc., 350 Fifth Ave. Ste. 7700, New York, NY 10118 US, and (a second office) Barcastrasse 5, 1st Floor, 22087 Hamburg, Germany. Smaato's own Terms and Conditions (https://www.smaato.com/terms/, version of 13 January 2014) say Smaato, Inc. owns and operates the ad services; smaato.net is SPX's only host. The country is that of Smaato, Inc. and its first-named New York address; the Hamburg office is kept in this note because EU traffic may be handled there.",
  },
  TrafficStars: {
    legalName: 'TrafficStars Ltd', country: null, source: 'https://trafficstars.com/cn/cookies', checked: R,
    notes: "The cookie policy names TrafficStars Ltd without an address; a UK 'TrafficStars Network Ltd' (trafficstars.co.uk) could not be tied to trafficstars.com.",
  },
  Basis: {
    legalName: 'Basis Global Technologies, Inc.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1330016/000162828022000948/basisglobaltechnologiesinc.htm', checked: '2026-12-07',
    notes: "Form S-1 filed with the SEC on 14 January 2022: Basis Global Technologies, Inc., a Delaware corporation (I.R.S. employer no. 36-4476242), principal executive offices 11 E. Madison Street, 6th Floor, Chicago, IL 60602. Basis's privacy policy (its own host privacy-staging.basis.net, effective 31 December 2019) is that of Basis Global Technologies, Inc. (\"Basis Technologies\") and covers its DSP and the ads it serves; basis.net is the entity's only domain.",
  },
  Technorati: {
    legalName: 'Synacor, Inc.', country: 'US', source: 'https://content.edgar-online.com/ExternalLink/EDGAR/0001564590-18-006086.html?dest=SYNC-EX1015_151_HTM&hash=83be55105b5dcb6e712e7d73071b806daffb74b4d3a28c07a235df248326bab0', checked: R,
    notes: "Synacor's Form 10-K for 2017 (copy of the SEC filing): a Delaware corporation, principal executive offices 40 La Riviere Drive, Buffalo, New York. Synacor's 2015 annual report names Technorati among its acquisitions; third-party-web names Synacor as the company of technoratimedia.com.",
  },
  'Web Content Assessor': {
    legalName: 'TMT Digital, Inc. (d/b/a The Media Trust)', country: 'US', source: 'https://mediatrust.com/privacy-policy', checked: R,
    notes: 'The privacy statement: TMT Digital, Inc. d/b/a The Media Trust is a U.S.-based company; data may be transferred to its U.S. offices. third-party-web names TMT Digital as the company of webcontentassessor.com.',
  },
  'Intercept Interactive': {
    legalName: 'Intercept Interactive Inc. (d/b/a Undertone)', country: null, source: 'https://www-stg.undertone.com/ccpa-notice/', checked: R,
    notes: "Undertone's California notice (on its own staging host) names Intercept Interactive Inc. (D.B.A Undertone), part of the Perion Network Ltd. group; it gives no seat for Intercept Interactive itself (Perion Network Ltd. is incorporated in Israel per its Form 20-F). Read 2026-12-07 (cova): Perion's financial statements (https://www.sec.gov/Archives/edgar/data/1338940/000117891320000826/R11.htm) say it acquired on 30 November 2015 100% of Interactive Holding Corp., a Delaware corporation, and its subsidiaries (collectively Undertone); the seat of the operating subsidiary Intercept Interactive Inc. itself is not stated there, so the country stays not known.",
  },
  // --- end covad ---
  // --- covrest ---
  Oracle: known('oracle', 'Eloqua (eloqua.com, en25.com) and RightNow (custhelp.com) are Oracle products; third-party-web names Oracle.'),
  'RightNow Service Cloud': known('oracle', 'RightNow (rightnowtech.com, rnengage.com) is Oracle Service Cloud; third-party-web names Oracle as the company.'),
  'Adobe Systems': known('adobe', 'adobe.com itself; Adobe\'s privacy policy names the contracting entity outside North America.'),
  LivePerson: known('liveperson'),
  OptinMonster: known('optinmonster'),
  'Marketplace Web Service': known('amazon', 'ssl-images-amazon.com serves Amazon\'s own images; third-party-web names Amazon as the company.'),
  Usersnap: {
    legalName: 'Usersnap GmbH', country: 'AT', source: 'https://wf.usersnap.com/terms-of-service', checked: R,
    notes: 'The terms: Usersnap GmbH, registered under Austrian law (State Court Linz, FN 393902 v), Herrenstrasse 6, 4020 Linz, Austria.',
  },
  iPerceptions: {
    legalName: 'Astute, Inc.', country: 'US', source: 'https://www.astutesolutions.com/privacy-policy', checked: R,
    notes: "Astute's privacy page covers iperceptions (\"Astute Privacy Policy | iperceptions Privacy Policy\"; its GDPR page is titled iperceptions/Astute VoC); Astute, Inc. certified to the US Department of Commerce under the EU-U.S. Privacy Shield for data transferred to the United States. No street address on the part read.",
  },
  'iAdvize SAS': {
    legalName: 'iAdvize SAS', country: 'FR', source: 'https://www.iadvize.com/iadvize-privacy-policy', checked: R,
    notes: 'Contact details in the privacy policy: Euronantes Gare, Le Berlingot bât. B, 9 Rue Nina Simone, 44000 Nantes, France.',
  },
  Affirm: {
    legalName: 'Affirm, Inc.', country: 'US', parent: 'Affirm Holdings, Inc.', parentCountry: 'US',
    source: 'https://ih.advfn.com/stock-market/NASDAQ/affirm-AFRM/stock-news/94456837/form-s-8-securities-to-be-offered-to-employees-i', checked: R,
    notes: "Copy of Affirm Holdings' Form S-8 filed with the SEC on 28 August 2024: a Delaware corporation, principal executive offices 650 California Street, San Francisco; the privacy policy (affirm.com/privacy) names Affirm, Inc. and Affirm Loan Services, LLC.",
  },
  Okta: {
    legalName: 'Okta, Inc.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1660134/000166013424000030/okta-formsx82024.htm', checked: R,
    notes: 'Form S-8 filed with the SEC on 1 March 2024: a Delaware corporation, principal executive offices 100 First Street, Suite 600, San Francisco.',
  },
  Marchex: {
    legalName: 'Marchex, Inc.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1224133/000095017024031514/0000950170-24-031514.txt', checked: R,
    notes: 'Form 8-K filed with the SEC on 14 March 2024: a Delaware corporation, principal executive offices 1200 5th Ave., Suite 1300, Seattle, Washington.',
  },
  Dynatrace: {
    legalName: 'Dynatrace, Inc.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1773383/000177338320000055/dynatrace-formsx8.htm', checked: R,
    notes: 'Form S-8 filed with the SEC on 27 May 2020: a Delaware corporation, principal executive offices 1601 Trapelo Road, Waltham, MA (ruxit.com is its former product domain).',
  },
  Rackspace: {
    legalName: 'Rackspace Technology, Inc.', country: 'US', source: 'https://sec.gov/Archives/edgar/data/1810019/000181001924000032/0001810019-24-000032.txt', checked: R,
    notes: 'Form 8-K filed with the SEC on 13 March 2024: a Delaware corporation, principal executive offices 19122 US Highway 281N, San Antonio, Texas.',
  },
  Ada: {
    legalName: 'Ada Support Inc.', country: 'CA', source: 'https://www.ada.cx/privacy', checked: R,
    notes: 'A Canadian registered company (federal corporation number 878130-3), registered address 314-371 Front St. W, Toronto, Ontario.',
  },
  WebEngage: {
    legalName: 'Webklipper Technologies Pvt. Ltd', country: 'IN', source: 'https://webengage.com/terms-and-conditions/', checked: R,
    notes: 'The terms: a company incorporated under the laws of India, registered office B-1602, Lotus Corporate Park, Goregaon (E), Mumbai.',
  },
  'Net Reviews': {
    legalName: 'Net Reviews SAS', country: 'FR', source: 'https://verificerede-anmeldelser.com/?page=mod_conditions_utilisation', checked: R,
    notes: "The terms of its Verified Reviews service (Danish site): Net Reviews, a French SAS registered in the Marseille trade and companies register under number 750 882 375; the English privacy policy (verified-reviews.co.uk) names the company NET REVIEWS as publisher.",
  },
  Polldaddy: {
    legalName: 'Automattic Inc.', country: 'US', source: 'https://wordpress.org/plugins/crowdsignal-forms/', checked: R,
    notes: "Read in a copy of the Crowdsignal Forms plugin readme: Crowdsignal (formerly Polldaddy) is built by Automattic. Automattic Inc. is the US company (see WordPress: outside the US its general terms name Aut O'Mattic Ltd., Ireland; which entity Crowdsignal's own terms name was not read).",
  },
  Appcues: {
    legalName: 'Appcues, Inc.', country: 'US', source: 'https://www.appcues.com/privacy', checked: R,
    notes: 'The privacy policy (April 2024) relies on the EU-U.S. and Swiss-U.S. Data Privacy Frameworks, which only US organisations can join; no street address in the part read.',
  },
  'Movable Ink': {
    legalName: 'Movable, Inc.', country: 'US', source: 'https://movable-ink-2024.webflow.io/recruiting-privacy-notice', checked: R,
    notes: "Movable Ink's own site: the privacy policy is that of Movable, Inc. (\"Movable Ink\") and its affiliates; the recruiting notice names Movable, Inc. as the company in the U.S. (Movable Ink Ltd in the UK); https://movableink.com/legal/tos names Movable, Inc. as provider.",
  },
  'AD EBis': {
    legalName: 'YRGLM Inc. (株式会社イルグルム)', country: 'JP', source: 'https://bttb.jp/kabu/EdinetBodys/edinet/S100XAFO', checked: R,
    notes: 'Copy of its annual securities report filed on EDINET (16 December 2025): head office 2-2-22 Umeda, Kita-ku, Osaka; its history names AD EBiS (アドエビス, formerly EBiS) as its ad measurement system, sold since 2004; formerly LOCKON Co., Ltd.',
  },
  Sailthru: {
    legalName: 'Sailthru, Inc.', country: 'US', source: 'https://carnivalmobile.github.io/legal/privacy-policy', checked: R,
    notes: "Privacy policy of Sailthru, Inc. for its Carnival.io product (published on Carnival's GitHub pages, 2016): Sailthru, Inc. complied with the U.S.-E.U. Safe Harbor framework, which only US organisations could join; no street address in the part read.",
  },
  'Sailthru Sightlines': {
    legalName: 'Sailthru, Inc.', country: 'US', source: 'https://carnivalmobile.github.io/legal/privacy-policy', checked: R,
    notes: 'sailthru.com itself; see Sailthru.',
  },
  WebInsight: known('dotdigital', 'third-party-web names dotMailer (dotdigital\'s former name); trackedweb.net serves its web behaviour tracking script (_dmptv4.js, dmPt).'),
  GoSquared: {
    legalName: 'Go Squared Ltd.', country: 'GB', source: 'https://gosquared.com/legal/terms/', checked: R,
    notes: 'The terms: company number 05696757, registered in England and Wales, registered office 134b Landells Road, London SE22 9PL.',
  },
  UserReport: {
    legalName: 'AudienceProject ApS', country: 'DK', source: 'https://privacy.userreport.com/sv-SE/for-clients/terms-and-conditions/', checked: R,
    notes: 'UserReport\'s own terms are entered into by AudienceProject ApS (an ApS is a Danish private limited company); the Danish privacy policy is at privacy.audienceproject.com. No street address in the part read.',
  },
  Webtrekk: known('mapp', 'Webtrekk GmbH is now Mapp Digital Germany GmbH; the project\'s own Mapp tracker already lists webtrekk.net.'),
  Highcharts: {
    legalName: 'Highsoft AS', country: 'NO', source: 'https://vi.scribd.com/document/262162468/condiciones-y-termnos-de-uso-higch', checked: R,
    notes: "Copy of Highsoft's Standard License Agreement 3.1: Highsoft AS, a Norwegian corporation with organisation no. 996840506; the current licence (https://shop.highcharts.com/license-15.1) names Highsoft AS as the company behind Highcharts.",
  },
  'Checkout.com': {
    legalName: 'Checkout Ltd', country: 'GB', source: 'https://checkout.com/legal/terms-and-policies', checked: R,
    notes: "The website terms: checkout.com is operated by Checkout Ltd, an electronic money institution regulated by the UK FCA, registered office Wenlock Works, Shepherdess Walk, London N1 7BQ. The privacy notice says the controller is the group entity serving the merchant's jurisdiction.",
  },
  'Tray Commerce': {
    legalName: 'Tray Tecnologia em Ecommerce Ltda', country: 'BR', source: 'https://vdocuments.com.br/instrumento-particular-de-contrato-de-2-de-17-amecurrent-7251114101-15-ago-17-1114.html', checked: R,
    notes: "Copy of Tray's software licence contract (version 01/2017): licensor Tray Tecnologia em Ecommerce Ltda, CNPJ 08.844.842/0001-31, Avenida Alcides Lajes Magalhães 130, Marília/SP, Brazil.",
  },
  KARTE: {
    legalName: 'PLAID, Inc. (株式会社プレイド)', country: 'JP', source: 'https://bttb.jp/kabuu/dx.php?docid=S100UZ8M&type=EDINET', checked: R,
    notes: 'Copy of its annual securities report filed on EDINET (20 December 2024): head office GINZA SIX 10F, 6-10-1 Ginza, Chuo-ku, Tokyo; its history names KARTE as its CX platform, offered since 2015.',
  },
  TripAdvisor: {
    legalName: 'TripAdvisor, Inc.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1526520/000095017024091729/0000950170-24-091729.txt', checked: R,
    notes: 'Form 8-K filed with the SEC on 6 August 2024: a Delaware corporation, principal executive offices 400 1st Avenue, Needham, MA.',
  },
  // --- end covrest ---
  // --- covmkt ---
  Sumo: {
    legalName: 'Sumo Group Inc.', country: 'US', source: 'https://edit.tosdr.org/documents/7323', checked: R,
    notes: "ToS;DR copy of Sumo's terms of use (updated 21 February 2017): entered into with Sumo Group Inc., a Delaware corporation, for the Sumo platform (sumo.com, sumome.com).",
  },
  'Hello Bar': {
    legalName: 'Hello Bar LLC', country: 'US', source: 'https://www.hellobar.com/affiliatetermsofuse/', checked: R,
    notes: 'The notice on the page: Hello Bar LLC, a limited liability company organized under the laws of the state of California.',
  },
  Kargo: {
    legalName: 'Kargo Global, Inc.', country: 'US', source: 'https://www.kargo.com/buyer-policies', checked: R,
    notes: "Kargo's buyer policies give its postal address: Kargo Global, Inc., 826 Broadway, 5th Floor, New York, NY 10003 (a later copy names Kargo Global LLC). Its Irish subsidiary Kargo Media Ireland Limited trades as StitcherAds.",
  },
  iZooto: {
    legalName: 'Datability Technologies Private Limited', country: 'IN', source: 'https://www.izooto.com/terms-of-service', checked: R,
    notes: "The terms (30 November 2023) are offered by Datability Technologies Private Limited and its subsidiaries (Datability Solutions Inc., Yieldmonk Technologies LLC); iZooto's earlier terms (https://izooto.co.kr/terms-of-service.php) give it as a company incorporated under the Indian Companies Act, 1956, registered office in Palam, New Delhi.",
  },
  SATORI: {
    legalName: 'SATORI株式会社 (SATORI Inc.)', country: 'JP', source: 'https://satori.marketing/user-event-20181120-qa/', checked: R,
    notes: 'SATORI\'s own site names SATORI株式会社, a kabushiki kaisha (Japanese joint-stock company), as the maker of the SATORI marketing automation tool (satori.segs.jp).',
  },
  PureCars: {
    legalName: 'PureCars Technologies, LLC', country: 'US', source: 'https://www.purecars.com/terms-and-conditions---purecars', checked: R,
    notes: 'The terms (17 January 2025): PureCars Technologies, LLC, a Delaware limited liability company, 931 Monroe Drive NE, Suite A102 #359, Atlanta, GA 30308.',
  },
  SalesLoft: {
    legalName: 'Salesloft, Inc.', country: 'US', source: 'https://salesloft-marketing-main-staging.contentstackapps.com/legal/msa', checked: R,
    notes: "Salesloft's Master Subscription Agreement (28 June 2024, on its own website staging host; published at https://www.salesloft.com/legal/msa): Salesloft, Inc., a Delaware corporation.",
  },
  Airship: known('airship', 'urbanairship.com is Airship\'s former name and domain (the project\'s Airship tracker lists it).'),
  'Microsoft XBox Live': known('microsoft', 'xboxlive.com is a Microsoft service; third-party-web names Microsoft as the company.'),
  Wunderkind: {
    legalName: 'Wunderkind Corporation', country: 'US', source: 'https://www.wunderkind.co/privacy/', checked: R,
    notes: 'The privacy policy (effective 28 June 2024): Wunderkind (formerly Bounce Exchange, BounceX) "is based in the United States"; Wunderkind Corporation, 1 World Trade Center, FL 74, New York, NY 10007; relies on the EU-U.S. DPF and SCCs. Read in the Open Terms Archive copy, tosdr/tosdr-versions@0a6c84c049ddd5b04d66e3939f0fc037d9064306 (Wunderkind/Privacy Policy.md).',
  },
  Zync: {
    legalName: 'Zeta Global Holdings Corp.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1851003/000095017024021671/zeta-20231231.htm', checked: R,
    notes: "Zeta's own knowledge base (https://knowledgebase.zetaglobal.com/gswz/privacy-guidelines) presents Zync as Zeta's proprietary ID-resolution pixel and cookie (rezync.com); Zeta Global Holdings Corp.'s Form 10-K for 2023: a Delaware corporation, principal executive offices 3 Park Ave, 33rd Floor, New York, NY 10016.",
  },
  Curalate: {
    legalName: 'Curalate, Inc.', country: 'US', source: 'https://www.curalate.com/tos/', checked: R,
    notes: 'The terms of use (23 July 2015): Curalate, Inc., a Delaware corporation with a place of business at 2401 Walnut St., Suite 502, Philadelphia, PA 19103.',
  },
  'HP Optimost': {
    legalName: 'HP Inc.', country: 'US', source: 'https://quarterlytics.com/company/hp_hpq/annual-report-2019', checked: R,
    notes: "Copy of HP Inc.'s Form 10-K for fiscal 2019: a Delaware corporation, principal executive offices 1501 Page Mill Road, Palo Alto, California. The entity's hosts are on hp.com; third-party-web names Hewlett-Packard Development Company (an HP subsidiary) as its company.",
  },
  SegmentStream: {
    legalName: 'SegmentStream Ltd', country: 'GB', source: 'https://segmentstream.ai/privacy', checked: R,
    notes: 'The privacy policy (2 April 2026): www.segmentstream.ai and the SegmentStream platform are operated by SegmentStream Ltd, 86-90 Paul Street, London EC2A 4NE, United Kingdom (the entity\'s hosts are on segmentstream.com).',
  },
  Box: {
    legalName: 'Box, Inc.', country: 'US', source: 'https://sec.gov/Archives/edgar/data/1372612/000119312524175611/0001193125-24-175611.txt', checked: R,
    notes: 'Form 8-K filed with the SEC on 5 July 2024: Box, Inc., a Delaware corporation, principal executive offices 900 Jefferson Ave., Redwood City, California.',
  },
  Rtoaster: {
    legalName: '株式会社ブレインパッド (BrainPad Inc.)', country: 'JP', source: 'https://financialreports.eu/filings/brainpad-inc/annual-report/2020/7683587', checked: R,
    notes: "Copy of BrainPad's annual securities report (有価証券報告書) for the year to June 2020: head office 東京都港区白金台三丁目2番10号 (Shirokanedai, Minato-ku, Tokyo). BrainPad's own site publishes the Rtoaster service terms as the service it (当社) provides (https://brainpad.co.jp/terms/Rtoaster_serivce.html).",
  },
  // --- end covmkt ---
  // --- covcont ---
  Embedly: {
    legalName: 'Embedly LLC', country: 'US', parent: 'A Medium Corporation', parentCountry: 'US',
    source: 'https://embed.ly/legal/copyright', checked: R,
    notes: "Embedly's copyright policy is that of A Medium Corporation, designated agent at 799 Market Street, 5th Floor, San Francisco, CA 94102; its terms (https://embed.ly/legal/terms, June 2024) are with Embedly LLC under California law. Read in the Open Terms Archive copies, tosdr/tosdr-versions@70cf72ed2e41ff66dbc268755c7b573a5eb1b950 (Embedly/Copyright Claims Policy.md) and @8243b4d0817a6bbe0a2f6d6163f311bf87924d2e (Embedly/Terms of Service.md).",
  },
  Indeed: {
    legalName: 'Indeed Ireland Operations Limited', country: 'IE', parent: 'Indeed, Inc.', parentCountry: 'US',
    source: 'https://hrtechprivacy.com/brands/indeed', checked: R,
    notes: "Indeed's privacy policy (January 2020): controller for job seekers outside the US is Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2; in the US Indeed, Inc., 6433 Champion Grandview Way, Austin, TX. Read in the Open Terms Archive copy, TosbackCgusBridge-Bot/CGUs-versions@0007627b5c77039c918411472af77079a9647576 (Indeed/Privacy Policy.md).",
  },
  issuu: {
    legalName: 'Issuu, Inc.', country: 'US', source: 'https://issuu.com/legal/terms', checked: R,
    notes: 'The terms of service give the contact Issuu, Inc., 131 Lytton Ave, Palo Alto, CA 94301, USA (marketing consent also names Issuu ApS). Read in the Open Terms Archive copy, tosdr/tosdr-versions@084e55c3d655dc32321703fcf6faeff9bb93ef9e (Issuu/Terms of Service.md).',
  },
  Revcontent: {
    legalName: 'Revcontent, LLC', country: 'US', source: 'https://help.revcontent.com/en/knowledge/revcontent-privacy-policy', checked: R,
    notes: 'The privacy policy (January 2022) is that of Revcontent, LLC: "Revcontent is based in the U.S."; it was certified under the EU-U.S. Privacy Shield. No street address in the part read. Read in the Open Terms Archive copy, OpenTermsArchive/contrib-versions@29cfb24cb24d1661ad5754444d0b06cbfb3cda0a (Revcontent/Privacy Policy.md).',
  },
  Hotmart: {
    legalName: 'Hotmart BV', country: 'NL', source: 'https://hotmart.com/en/legal/purchase-terms', checked: R,
    notes: 'The general purchasing terms (June 2024): transactions other than BRL within Brazil (Launch Pad Tecnologia, Belo Horizonte) are processed by the Dutch company Hotmart BV, Frederiksplein 1, 1017 XK Amsterdam (KVK 60335777); USD payments from US buyers are collected by Launch Pad Payment Services Corp., Wilmington, DE.',
  },
  CPEx: {
    legalName: 'Czech Publisher Exchange z.s.p.o.', country: 'CZ', source: 'https://www.cpex.cz/en/for-users/', checked: R,
    notes: 'The privacy policy of the association Czech Publisher Exchange z.s.p.o. (a Czech interest association of legal persons) says it follows the Czech data protection laws and the GDPR; no street address in the part read.',
  },
  Freetobook: {
    legalName: 'US Booking Services Ltd.', country: 'GB', source: 'https://en.freetobook.com/terms-and-conditions', checked: R,
    notes: '"freetobook" is a trading name of US Booking Services Ltd., registered in Scotland (SC191330), registered office 100 Berkley Street, 2nd Floor, Glasgow G3 7HU.',
  },
  SkyScanner: {
    legalName: 'Skyscanner Limited', country: 'GB', source: 'https://www.skyscanner.com/media/privacy-policy/ccpa', checked: R,
    notes: "Skyscanner's California privacy notice gives the postal address Data Protection Officer, Skyscanner Limited, Quartermile One, 15 Lauriston Place, Edinburgh EH3 9EN.",
  },
  Expedia: {
    legalName: 'Expedia Group, Inc.', country: 'US',
    source: 'https://ih.advfn.com/stock-market/NASDAQ/expedia-EXPE/stock-news/82797312/current-report-filing-8-k', checked: R,
    notes: "Copy of Expedia Group's Form 8-K filed with the SEC (July 2020): a Delaware corporation, principal executive offices 1111 Expedia Group Way W., Seattle, Washington. travel-assets.com, trvl-media.com and trvl-px.com serve Expedia Group's sites; Expedia's privacy statement (https://www.expedia.com/privacy, June 2022) names Expedia, Inc., part of Expedia Group, and says the platform's servers are in the United States (Open Terms Archive copy, OpenTermsArchive/pga-versions@cc3491d803ad264e44bcc5ebc7051f76c5aeb892, Expedia/Privacy Policy.md).",
  },
  'Expedia USA': {
    legalName: 'Expedia, Inc.', country: 'US', source: 'https://www.expedia.com/privacy', checked: R,
    notes: "expedia.com's privacy statement (June 2022) is that of Expedia, Inc., part of the Expedia Group (Delaware, Seattle: see Expedia); the platform's servers are in the United States and Expedia, Inc.'s practices follow the APEC Cross Border Privacy Rules. Read in the Open Terms Archive copy, OpenTermsArchive/pga-versions@cc3491d803ad264e44bcc5ebc7051f76c5aeb892 (Expedia/Privacy Policy.md).",
  },
  'freewheel.tv': {
    legalName: 'FreeWheel Media, Inc.', country: 'US', source: 'https://freewheel.tv/privacy-policy/', checked: R,
    notes: "FreeWheel's privacy and cookies policy (May 2019, stored copy at http://freewheel.tv/privacy-policy/): controller FreeWheel Media, Inc., 12th Floor, 1407 Broadway, New York, NY 10018, with its subsidiary Comcast International France SAS; the July 2024 policy is still that of FreeWheel Media, Inc. fwmrm.net is FreeWheel's ad server.",
  },
  Flowplayer: {
    legalName: 'Flowplayer AB', country: 'SE', source: 'https://flowplayer.com/privacy-policy', checked: R,
    notes: 'The privacy policy (March 2023): controller Flowplayer AB, Regeringsgatan 29, 5th Floor, 111 53 Stockholm, Sweden (CRN 556997-6789); the page says Flowplayer is now part of the Wowza Video platform (Wowza\'s seat not read, so no parent is stored). Read in the Open Terms Archive copy, tosdr/tosdr-versions@69e8d40e97d5e09a9d49c3a5a801cb4596fdd7c7 (Flowplayer/Privacy Policy.md).',
  },
  'Queue-it': {
    legalName: 'Queue-it ApS', country: 'DK', source: 'https://queue-it.com/privacy-policy', checked: R,
    notes: 'The privacy policy: Queue-it ApS, incorporated and registered in Denmark (company number DK 33052901), registered office Skelbækgade 2-4, 1717 Copenhagen V.',
  },
  Loqate: {
    legalName: 'GB Group Plc', country: 'GB', source: 'https://www.loqate.com/anz/products-services-privacy-notice/', checked: R,
    notes: "Loqate, a GBG solution (pcapredict.com and postcodeanywhere.co.uk are its address-capture services): the GB Group Plc products and services privacy notice on loqate.com gives its registered head office in the United Kingdom (The Foundation, Herons Way, Chester Business Park; company 02415211). Loqate's US privacy statement (https://www.loqate.com/en-us/privacy/) names Loqate Inc., part of the GBG group, for the US.",
  },
  Flickr: {
    legalName: 'Flickr, Inc.', country: 'US', parent: 'SmugMug, Inc.', parentCountry: 'US', source: 'https://www.flickr.com/help/privacy', checked: R,
    notes: "Flickr's privacy policy (April 2020) is that of Flickr, Inc.; it certified to the EU-U.S. Privacy Shield (open only to US organisations) as part of the certification of its parent SmugMug, Inc., and is subject to the US Federal Trade Commission. No street address in the part read. Read in the Open Terms Archive copy, OpenTermsArchive/contrib-versions@011d3c937d4d7f0535cb4cc0561766af5ef86406 (Flickr/Privacy Policy.md).",
  },
  Opta: {
    legalName: 'Perform Group (Stats Perform; contracting entity Perform Content Limited)', country: 'GB',
    source: 'https://web.archive.org/web/20191214074253/https://id.soccerway.com/privacy_policy', checked: R,
    notes: 'third-party-web names Perform Group as the company of opta.net. The Perform Media privacy notice (May 2018, archived copy on its Soccerway site) says Perform Media is a business division of the Perform Group, headquartered in the UK; Stats Perform\'s data processing addendum (https://www.statsperform.com/data-processing-addendum-team-performance-mla/) names Perform Content Limited as the Stats Perform party. Seat of the group, not of a named Opta entity.',
  },
  Filestack: {
    legalName: 'Filestack, Inc.', country: 'US', source: 'https://www.ideracorp.com/legal/filestack/filestack-data-processing-terms', checked: R,
    notes: "The data processing terms of Filestack's group (Idera affiliates) give the details of processing of Filestack, Inc.: address 10801 N. Mopac Expressway, Building 1, Suite 100, Austin, TX 78759 (an earlier version: 4001 W. Parmer Lane, Austin), with an EU representative in Ireland. filepicker.io is Filestack's former name and API host.",
  },
  'Getty Images': {
    legalName: 'Getty Images Holdings, Inc.', country: 'US', source: 'https://investors.gettyimages.com/node/12131/html', checked: R,
    notes: "Getty Images' registration statement (Form S-3, September 2023) on its investor site: a Delaware corporation, principal executive offices 605 5th Ave S., Suite 400, Seattle, Washington.",
  },
  Barnebys: {
    legalName: 'Barnebys Group AB', country: 'SE', source: 'https://www.barnebys.se/sida/integritets-och-cookiepolicy', checked: R,
    notes: 'The privacy and cookie policy names the controller Barnebys Group AB, org.nr. 556839-6062 (a Swedish aktiebolag and organisation number); no street address in the part read.',
  },
  Ceros: {
    legalName: 'Ceros, Inc.', country: 'US', source: 'https://www.markup.io/privacy-policy/', checked: R,
    notes: "The privacy policy published by Ceros, Inc. (July 2023) for its platform and its markup.io site: Ceros, Inc. participated in the EU-U.S. Privacy Shield (open only to US organisations) and is subject to the US Federal Trade Commission; its terms (https://www.ceros.com/terms-conditions/terms-conditions-early-access/) name Ceros, Inc. No street address in the parts read.",
  },
  // Researched by covcont 2026-12-06: country stays not known (no seat on the pages found, or a seat that would be false for some of the entity's hosts).
  Tencent: {
    legalName: '深圳市腾讯计算机系统有限公司 (Shenzhen Tencent Computer Systems Co., Ltd.)', country: 'CN',
    source: 'https://cftweb.3g.qq.com/privacy/privacyPolicy?content_id=4913837ca2cc824d0c45787d05da12b8', checked: R,
    notes: "qq.com's own privacy guidelines (QQ Farm, May 2023; also content_id=c5024463af31bcae56fd3afc2b82632e) name 深圳市腾讯计算机系统有限公司, registered at Tencent Building, Keji Zhongyi Road, Nanshan District, Shenzhen, China. third-party-web's Tencent entity also holds ywxi.net, TrustedSite's trustmark host: HOST_ENTITIES below moves it to TrustedSite, so this fact names only qq.com.",
  },
  ReadSpeaker: {
    legalName: 'ReadSpeaker', country: 'NL',
    source: 'https://github.com/citp/privacy-policy-historical/blob/a63c094c8f1bc72339aee7529049c96e75befeb2/r/re/rea/readspeaker.com.md',
    checked: '2026-12-07',
    notes: "ReadSpeaker's own privacy policy on www.readspeaker.com, in the Princeton CITP archive of Wayback Machine snapshots (this copy: snapshot of 2016-05-03, https://web.archive.org/web/20160503213553id_/http://www.readspeaker.com/privacy-policy): it covers the ReadSpeaker Listen button (\"The server will place a cookie on the user's computer the first time he uses the ReadSpeaker service\", storing reading speed, highlighting and pop-up settings, i.e. the webReader served from *.readspeaker.com) and gives as contact \"ReadSpeaker, Dolderseweg 2A, Huis ter Heide 3712 BP, Netherlands\". The same file's snapshot of 2011-11-26 gives the same address, and its snapshot of 2019-05-24 (GDPR version, https://web.archive.org/web/20190524151522id_/https://www.readspeaker.com/privacy-policy) says \"The controller for your personal data is ReadSpeaker\" at \"Dolderseweg 2A, 3712 BP Huis ter Heide, Netherlands\" for visits to its websites and purchases of its products. The policy names no legal form (ReadSpeaker's own SDKs say ReadSpeaker AB, Sweden, and ReadSpeaker B.V.; both would be EU/EEA) and does not split its North America, Europe and Asia-Pacific service hosts by operator; the pages are from 2016 and 2019, no newer policy was in the corpora. Earlier look-ups (2026-12-06): ReadSpeaker's GDPR article for webReader, the TextAid add-on privacy statement and customer pages name no entity or address.",
  },
  ResponsiveVoice: {
    legalName: 'ResponsiveVoice, Inc.', country: null, source: 'https://github.com/responsivevoice/core', checked: R,
    notes: 'The package.json of its own SDK (@responsivevoice/core 2.0.0) names the author ResponsiveVoice, Inc.; older responsivevoice.js builds carried "(c) 2015-2020 LearnBrite". No address or country in the parts read; https://responsivevoice.org/terms/ and /privacy-policy/ were not in the stored corpora. Looked again 2026-12-06 (covoth5): the LICENSE files of responsivevoice/core and responsivevoice/api-client (MIT, "Copyright (c) 2026 ResponsiveVoice, Inc."), the organisation profile README and SECURITY.md (support@responsivevoice.org), and the WordPress plugin readme (stable tag 2.2.1: text and API key go to the ResponsiveVoice API; hosts code., cdn., texttospeech. and app.responsivevoice.org; links the terms and privacy policy) give no address or state of incorporation, and no customer notice naming ResponsiveVoice, Inc. with an address was found. Looked again 2026-12-07 (covo): the Princeton CITP archive of privacy policies (citp/privacy-policy-historical) holds no responsivevoice.org or learnbrite.com policy; the organisation\'s other repositories (features, text, types, skills, examples: LICENSE and package.json say ResponsiveVoice, Inc. <support@responsivevoice.org>, nothing more), the full history of the WordPress plugin (two mirrors, "Author: ResponsiveVoice") and the docs and pages corpora (only responsivevoice.org/how-does-it-work/) give no address, state or country either. Looked again 2026-12-07 (covrv): full snapshots of the organisation\'s repositories core, api-client, features, skills and examples (every file and commit: the only author is "ResponsiveVoice <infra@responsivevoice.org>" besides github-actions; LICENSE, package.json and banner.ts say ResponsiveVoice, Inc. with no address, state or country; the skills and the OpenAPI description at https://texttospeech.responsivevoice.org/openapi.json carry no contact or legal block), the full history of the WordPress plugin mirror WordPressBugBounty/plugins-responsivevoice-text-to-speech (only links to /terms/ and /privacy-policy/), the docs.responsivevoice.org pages in the pages corpus (voice selection, REST authentication, configuration: no company details), and searches for LearnBrite (only "(c) LearnBrite" banners in copies of responsivevoice.js and a note that LearnBrite acquired Chat Mapper in 2015; no LearnBrite legal entity, address or statement that LearnBrite runs responsivevoice.org today), for ResponsiveVoice, Inc. in customer privacy notices, sub-processor lists and registers, and the Princeton CITP archive paths for responsivevoice.org, learnbrite.com and chatmapper.com (none stored). No page states where ResponsiveVoice, Inc. is incorporated or seated, so the country stays not known.',
  },
  Browsealoud: {
    legalName: 'Texthelp Ltd', country: 'GB',
    source: 'https://www.texthelp.com/en-gb/products/browsealoud/browsealoud-license-agreement/',
    checked: '2026-12-07',
    notes: 'Browsealoud\'s own license agreement on texthelp.com, under the entity\'s third-party-web homepage (https://www.texthelp.com/en-gb/products/browsealoud/; its hosts are *.browsealoud.com and *.texthelp.com): the agreement is made between the Licensee and "Texthelp Ltd., a Northern Ireland registered company with a principle place of business and registered office at Lucas Exchange, 1 Orchard Way, Greystone Road, Antrim, Northern Ireland, BT41 2RU, Company No. NI 31186" (the Licensor), which it calls "the author and owner of the Product", licensed "to provide text to speech functionality for web site visitors"; the Licensee\'s preferences sit in an Extranet "hosted by Licensor". Texthelp\'s general Terms of Use (copy: https://edit.tosdr.org/documents/16941) say the same: Texthelp Ltd "is a company incorporated and registered in Northern Ireland with a company number NI031186 whose registered office is at Lucas Exchange, 1 Orchard Way, Antrim"; and texthelp.com\'s own privacy policies in the Princeton CITP archive (https://github.com/citp/privacy-policy-historical/blob/89a09178d9d1edc7bf0e14051ab5e4023d6734f1/t/te/tex/texthelp.com.md, snapshots of 2013 and 2015) say www.browsealoud.com is among the websites "owned and operated by Texthelp Limited". Northern Ireland is part of the United Kingdom, hence GB. The license page is undated in the part read; no parent company is recorded (none is named in these pages). Earlier look-ups (2026-12-06/07: the Texthelp Products privacy policies, https://edit.tosdr.org/documents/16922, and Read&Write code) named Texthelp Ltd / Texthelp Limited without a seat; the US contact Texthelp Inc. (Woburn, MA) in the 2013 North America policy is a subsidiary, not the operator.',
  },
  // --- end covcont ---
  // --- covcont4 ---
  TrustedSite: {
    legalName: 'TrustedSite, LLC', country: 'US', source: 'https://wordpress.org/plugins/trustedsite/', checked: R,
    notes: "Hosts of HOST_ENTITIES below (ywxi.net, trustedsite.com). TrustedSite's own plugin readme (stable tag 1.2.3, section Privacy) says TrustedSite complies with the EU-U.S. and Swiss-U.S. Privacy Shield Frameworks, which only US organisations could join (as for Ceros above), and uses Amazon Web Services as its CDN; the trustmark's own text reads \"TrustedSite is a Trademark of TrustedSite, LLC\". Read in a copy of the plugin (WordPressBugBounty/plugins-trustedsite@55a389fd29da658f1a982bfd6803d656eb6412fc, trustedsite/readme.txt). The privacy policy (https://www.trustedsite.com/privacy) and the Halo Security terms (https://www.halosecurity.com/terms) give no address in the parts read.",
  },
  // --- end covcont4 ---
  // --- covad3 ---
  IPONWEB: known(
    'criteo',
    "Criteo S.A.'s Form 8-K on the completed acquisition (copy: https://www.marketscreener.com/quote/stock/CRITEO-S-A-14742734/news/CRITEO-S-A-Entry-into-a-Material-Definitive-Agreement-Completion-of-Acquisition-or-Disposition-o-41182244/, read 2026-12-06): on 1 August 2022 Criteo S.A. acquired the business of IPONWEB (sellers IPONWEB Holding Limited and Exezars Limited), excluding IPONWEB's Russian subsidiary.",
  ),
  TrustX: {
    legalName: 'TRUSTX Digital Advertising Services, Inc. PBC', country: 'US', source: 'https://trustx.org/privacy-policy', checked: R,
    notes: 'The privacy policy: contact TRUSTX Digital Advertising Services, Inc. PBC, 530 Seventh Avenue, Floor M1, New York, NY 10018, United States of America. Open Terms Archive copy, tosdr/tosdr-versions@47a01835b171485f1cb253069dc4fbe34de60a86 (Trustx/Privacy Policy.md).',
  },
  AdScore: {
    legalName: 'Adscore Technologies DMCC', country: 'AE', source: 'https://www.adscore.com/privacy-policy', checked: R,
    notes: 'The privacy policy: Adscore Technologies DMCC, Office 1906, Jumeirah Business Center 5, Cluster W, Jumeirah Lake Towers, Dubai, UAE; it names group transfers to the UAE and the US. Open Terms Archive copy, tosdr/tosdr-versions@06cb888031790d452e898e796e5f888a9db1d8fb (Adscore/Privacy Policy.md).',
  },
  AcuityAds: {
    legalName: 'illumin Inc.', country: 'CA', source: 'https://illumin.com/legal/privacy/', checked: R,
    notes: 'AcuityAds is now illumin; its platform privacy policy (effective 26 December 2025) gives illumin Inc., 70 University Ave, Suite 1200, Toronto, ON, Canada. Open Terms Archive copy, OpenTermsArchive/contrib-versions@df0ca792cd4907ac451d20ebd8aee262ebd01a68 (AcuityAds/Privacy Policy.md).',
  },
  'Exponential Interactive': {
    legalName: 'Exponential Interactive, Inc.', country: 'US', source: 'https://exponential.com/privacy/', checked: R,
    notes: 'The privacy policy: Exponential Interactive, Inc., Attn: Legal Department, 5858 Horton Street, Suite 300, Emeryville, CA 94608 (UK contact address in London). Open Terms Archive copy, OpenTermsArchive/contrib-versions@f15af7f0fc22ff57c854f5217807b6a09d3c21e1 (Exponential/Privacy Policy.md).',
  },
  'Tribal Fusion': {
    legalName: 'Exponential Interactive, Inc.', country: 'US', source: 'https://exponential.com/privacy/', checked: R,
    notes: "Exponential's privacy policy describes the cookie identifier it sets from its webpage tribalfusion.com; third-party-web names Exponential Interactive as the company. Seat as for Exponential Interactive (Emeryville, CA). Open Terms Archive copy, OpenTermsArchive/contrib-versions@f15af7f0fc22ff57c854f5217807b6a09d3c21e1.",
  },
  'Reach Group': {
    legalName: 'The Reach Group GmbH', country: 'DE', source: 'https://trg.de/en/privacy-statement/', checked: R,
    notes: 'The privacy statement of The Reach Group GmbH lists *.redintelligence.net among its own domains (section 9.2) and gives Am Karlsbad 16, 10785 Berlin, Germany. Open Terms Archive copy, OpenTermsArchive/contrib-versions@39dd7be0a3edf5f303ab66a0f321089c1eeb624e (The Reach Group/Privacy Policy.md).',
  },
  ExoClick: {
    legalName: 'ExoClick, S.L.', country: 'ES', source: 'https://www.exoclick.com/terms-conditions', checked: R,
    notes: 'The terms (effective 31 October 2024) are an agreement with ExoClick, S.L. (a Spanish sociedad limitada), which owns and operates the ExoClick network, and bar content violating Spanish law; no street address in the part read. Open Terms Archive copy, tosdr/tosdr-versions@0a344bc7ecc7e41dbb06f31ee866e72a63a0ff94 (Exoclick/Terms of Service.md).',
  },
  'F@N Communications': {
    legalName: '株式会社ファンコミュニケーションズ (FAN Communications, Inc.)', country: 'JP', source: 'https://bttb.jp/kabuu/dx.php?docid=S100VFL0&type=EDINET', checked: R,
    notes: 'Copy of its annual securities report filed on EDINET (26 March 2025): head office 1-1-8 Shibuya, Shibuya-ku, Tokyo; its history names the A8.net affiliate service and the nend ad network. third-party-web names F@N Communications (fancs.com) as the company of ladsp.com.',
  },
  'MaxPoint Interactive': {
    legalName: 'MaxPoint Interactive, Inc.', country: 'US', source: 'https://sec.gov/Archives/edgar/data/1611231/000161123116000094/mxpt09302016-10q.htm', checked: R,
    notes: 'Form 10-Q filed with the SEC for the quarter ended 30 September 2016: a Delaware corporation, principal executive offices 3020 Carrington Mill Blvd., Suite 300, Morrisville, North Carolina.',
  },
  'Rocket Fuel': {
    legalName: 'Rocket Fuel Inc.', country: 'US', source: 'https://sec.gov/Archives/edgar/data/1477200/000110465917047086/0001104659-17-047086.txt', checked: R,
    notes: 'Schedule 14D-9 filed with the SEC on 26 July 2017: state of incorporation Delaware, business address 2000 Seaport Blvd, Suite 400, Redwood City, CA. (Rocket Fuel was then being acquired by Sizmek; who runs its hosts today was not read.)',
  },
  FreakOut: {
    legalName: '株式会社フリークアウト・ホールディングス (FreakOut Holdings, inc.)', country: 'JP', source: 'https://toushi.kankei.me/d/S100IULR', checked: R,
    notes: 'Copy of its securities registration statement filed on EDINET (19 June 2020): head office 6-3-1 Roppongi, Minato-ku, Tokyo. An earlier statement (https://toushi.kankei.me/d/S100BCIB) says the company was renamed from 株式会社フリークアウト (FreakOut, inc) on 4 January 2017; third-party-web names FreakOut for fout.jp.',
  },
  Appier: {
    legalName: 'Appier Group株式会社 (Appier Group, Inc.)', country: 'JP', source: 'https://financialreports.eu/filings/7857754/content', checked: R,
    notes: 'Copy of its half-year report filed on EDINET (14 August 2025): head office 2-5-1 Atago, Minato-ku, Tokyo. Which group company serves appier.net was not read.',
  },
  SpringServer: known(
    'magnite',
    "Magnite's own blog (https://www.magnite.com/blog/scaling-streaming-revenue-in-a-fragmented-world-the-role-of-mediation/, 29 September 2025, read 2026-12-06) presents SpringServe (springserve.com) as Magnite's ad server: \"the next generation of Magnite's SpringServe\".",
  ),
  Reklama: {
    legalName: 'Wirtualna Polska Media S.A.', country: 'PL', source: 'https://poczta.wp.pl/regulamin_f.html', checked: R,
    notes: "The Wirtualna Polska portal account terms (in force from 2 May 2016): Wirtualna Polska Media S.A., ul. Jutrzenki 137A, 02-231 Warszawa, KRS 0000580004. third-party-web's entity covers wp.pl and o2.pl; o2.pl's privacy policy (https://pomoc.o2.pl/polityka-prywatnosci) has the same structure as WP's and mentions WP services, but its controller text was not read.",
  },
  Onet: {
    legalName: 'Ringier Axel Springer Polska sp. z o.o.', country: 'PL', source: 'https://premium.onet.pl/regulamin', checked: R,
    notes: "Terms of Onet's paid content package: service provider and controller Ringier Axel Springer Polska sp. z o.o., ul. Domaniewska 49, 02-672 Warszawa, KRS 0000420780.",
  },
  TVSquared: {
    legalName: 'TVSquared (TVS)', country: 'GB', parent: 'Innovid Corp.', parentCountry: 'US',
    source: 'https://investors.innovid.com/sec-filings/all-sec-filings/xbrl_doc_only/854', checked: R,
    notes: "Innovid's Form 10-Q for the quarter ended 31 March 2022 (on Innovid's investor site): on 28 February 2022 Innovid completed the acquisition of TVS, \"a private company limited by shares incorporated under the laws of the Scotland\"; its prospectus supplement (https://www.sec.gov/Archives/edgar/data/1835378/000162828022013570/innovidcorp-424b310xqtvs.htm) calls it the TVSquared Acquisition. Innovid Corp. is a Delaware corporation in New York (see Innovid).",
  },
  Innovid: {
    legalName: 'Innovid Corp.', country: 'US', source: 'https://www.sec.gov/Archives/edgar/data/1835378/000162828021024586/super8-k.htm', checked: R,
    notes: 'Form 8-K filed with the SEC (event of 30 November 2021): a Delaware corporation, principal executive offices 30 Irving Place, 12th Floor, New York, NY 10003.',
  },
  BuySellAds: {
    legalName: 'BuySellAds.com Inc.', country: 'US', source: 'https://www.buysellads.com/terms', checked: R,
    notes: 'The terms of use: BuySellAds.com Inc. provides the service, which "shall be deemed solely based in Massachusetts"; Massachusetts law, courts in Boston. No street address on the page read. Open Terms Archive copy, tosdr/tosdr-versions@18b69a62c2d06ae3d02457713b0d454d8068f054 (Buysellads/Terms of Service.md).',
  },
  'Carbon Ads': {
    legalName: 'BuySellAds.com Inc.', country: 'US', source: 'https://www.buysellads.com/terms', checked: R,
    notes: "BuySellAds' own terms page lists Carbon Ads (carbonads.net) among its products; seat as for BuySellAds (service deemed based in Massachusetts). Open Terms Archive copy, tosdr/tosdr-versions@18b69a62c2d06ae3d02457713b0d454d8068f054.",
  },
  Adloox: {
    legalName: 'Adloox SAS', country: 'FR', source: 'https://www.adloox.com/fr/legal/terms-and-conditions', checked: R,
    notes: 'The website terms (v1.1, edited 8 September 2022): adloox.com is owned and operated by Adloox SAS, "a company registered in France". No street address in the part read.',
  },
  'PollDaddy (Automattic)': {
    legalName: 'Automattic Inc.', country: 'US', source: 'https://wordpress.org/plugins/crowdsignal-forms/', checked: R,
    notes: 'polldaddy.com and poll.fm serve Crowdsignal (formerly Polldaddy), built by Automattic; same source and caveat as the Polldaddy entry above.',
  },
  Sportradar: {
    legalName: 'Sportradar Group AG', country: 'CH', source: 'https://investors.sportradar.com/node/6711/html', checked: R,
    notes: 'Its registration statement on Form F-1/A (filed with the SEC on 7 September 2021, on its investor site): incorporated in Switzerland, principal executive offices Feldlistrasse 2, CH-9000 St. Gallen.',
  },
  'Admixer for Publishers': {
    legalName: 'Admixer EU GmbH', country: 'DE', source: 'https://admixer.com/privacy/', checked: R,
    notes: "Admixer's ad-serving privacy policy: users' data is processed by Admixer EU GmbH, Graf-Luckner-Höhe 37, 45239 Essen, Germany (service provider and controller under the GDPR); its servers are in the EU, the US and Singapore. Open Terms Archive copy, tosdr/tosdr-versions@865fddab44a8099eb31b736cc86737a2386f4075 (Admixer/Privacy Policy.md).",
  },
  smadex: {
    legalName: 'Smadex, S.L.', country: 'ES', parent: 'Entravision Communications Corporation',
    source: 'https://sec.gov/Archives/edgar/data/1109116/000156459019016139/R13.htm', checked: R,
    notes: "Entravision's Form 10-K for 2018 (acquisitions note): on 11 June 2018 Entravision completed the acquisition of 100 % of the stock of Smadex, S.L., a mobile programmatic demand-side platform; third-party-web names entravision as the company of smadex.com. The country is read from the legal form (S.L., the Spanish sociedad limitada); no address was read, and the parent's country is left unstated here.",
  },
  LoopMe: {
    legalName: 'LoopMe Ltd', country: 'GB', source: 'https://docs.chartboost.com/en/legal/terms-conditions', checked: R,
    notes: "LoopMe's publisher terms (updated 19 November 2025, published on the documentation site of its affiliate Chartboost): the agreement is with LoopMe Ltd, an English limited company (company no. 07979184), registered office Second Floor, The Sans, 20 St. John's Square, London EC1M 4AH; services may be provided by LoopMe Ltd and its affiliates, Chartboost included.",
  },
  'Guardian Media': {
    legalName: 'Guardian News & Media Limited', country: 'GB', source: 'https://www.theguardian.com/help/privacy-policy', checked: R,
    notes: 'The privacy policy: Guardian News & Media Limited, Kings Place, 90 York Way, London N1 9GU is the controller for theguardian.com and its apps. Open Terms Archive copy, OpenTermsArchive/contrib-versions@9ef59755474dd135e302cd8f7c95d161f58adb71 (The Guardian/Privacy Policy.md).',
  },
  // --- end covad3 ---
  // --- covad4 ---
  Lytics: {
    legalName: 'Lytics, Inc.', country: 'US', source: 'https://www.lytics.com/privacy-policy', checked: R,
    notes: 'The privacy policy (last modified 1 January 2024): for personal information submitted to its sites the data controller is Lytics, Inc., 811 SW 6th Ave, Suite 1000, Portland, OR 97204, USA; the sites are hosted in the United States and Lytics participates in the Data Privacy Framework. Read in a stored copy served through a third-party proxy of that URL.',
  },
  Meetrics: {
    legalName: 'Meetrics GmbH', country: 'DE', source: 'https://www.meetrics.com/en/compulsory-data-protection-information/', checked: R,
    notes: 'Compulsory data protection information: the data controller is Meetrics GmbH, Alexanderstrasse 7, 10178 Berlin, Germany; the site privacy notice (https://www.meetrics.com/en/data-privacy/) names the same company and address. The German notice (https://www.meetrics.com/datenschutz/) gives a data protection officer at DoubleVerify GmbH, same address; no parent company is stated, so none is recorded.',
  },
  Refersion: {
    legalName: 'Refersion, Inc.', country: 'US', source: 'https://npd.refersion.com/privacy', checked: R,
    notes: "Refersion's privacy policy (updated 12 July 2023, served from a refersion.com host): Refersion Inc., a New Jersey corporation, owns and operates Refersion, one of the companies under RetailerX, Inc. (d/b/a Pantastic Networks); the November 2024 version (https://wizardpuffsales.refersion.com/privacy) again says Refersion, Inc., a New Jersey corporation. No street address in the parts read.",
  },
  PushCrew: known(
    'wingify',
    "PushCrew's own terms (https://vwo.com/terms/pushcrew/, last updated 22 May 2018, read 2026-12-06) are an agreement with Wingify Software Private Limited, registered under the Companies Act 1956 in India, registered office in Pitampura, Delhi.",
  ),
  AWeber: {
    legalName: 'AWeber Systems, Inc.', country: 'US', source: 'https://www.aweber.com/privacy.htm', checked: R,
    notes: 'The privacy policy (effective 17 May 2017) covers aweber.com, owned and operated by AWeber Systems, Inc., which was certified to the EU-U.S. and Swiss-U.S. Privacy Shield (open only to U.S. organisations) and states it is subject to the enforcement powers of the U.S. Federal Trade Commission. No street address in the part read; the country is read from that U.S. status, as for Simpli.fi.',
  },
  'Media Math': {
    legalName: 'MediaMath, Inc.', country: 'US', source: 'https://www.mediamath.com/de/datenschutzrichtlinien/', checked: R,
    notes: "MediaMath's German privacy policy (valid from 1 December 2015) says MediaMath complies with the U.S.-EU and U.S.-Swiss Safe Harbor frameworks of the U.S. Department of Commerce (open only to U.S. organisations); the current policy (https://www.mediamath.com/privacy-policy/, updated 24 November 2021) names MediaMath, Inc. and its affiliates. No street address in the parts read; the country is read from the Safe Harbor status, as for Simpli.fi.",
  },
  ContextWeb: {
    legalName: 'PulsePoint, Inc.', country: 'US', source: 'https://contextweb.com/privacy-policy/platform', checked: R,
    notes: "ContextWeb's own domain serves the platform privacy policy of PulsePoint, Inc. and its subsidiaries (updated May 2018). PulsePoint's current platform policy (https://pulsepoint.com/legal/platform-privacy-policy, updated 31 December 2025) gives its headquarters at 283-299 Market Street, 2 Gateway Center, Newark, NJ 07102; its EEA supplement (https://pulsepoint.com/legal/eea-suplement) names PulsePoint, Inc., New York, or an affiliate such as PulsePoint Ltd, London, as controller.",
  },
  Adelphic: {
    legalName: 'Adelphic LLC (Viant Technology LLC group)', country: 'US', source: 'https://www.adelphic.com/privacy-policy/', checked: R,
    notes: "The privacy policy on adelphic.com (updated 9 May 2022): Viant Technology LLC is a family of companies including Viant US LLC and Adelphic LLC; Viant's EEA notice (http://viantinc.co.uk/privacy-policy/) makes Viant UK Limited the EEA representative for group members not established in the EEA. The group's parent, Viant Technology Inc., is a Delaware corporation with principal executive offices at 2722 Michelson Drive, Irvine, CA (Form S-1, https://www.sec.gov/Archives/edgar/data/1828791/000119312521009504/d88953ds1.htm).",
  },
  'Merkle Paid Search': {
    legalName: 'Merkle Inc.', country: 'US', source: 'https://www.merkle.com/sg/getting-know-your-privacy-rights/privacy-notice', checked: R,
    notes: "Merkle's data-product privacy notice: Merkle Inc., 7001 Columbia Gateway Drive, Columbia, MD 21046. third-party-web names Merkle as the company of rkdms.com; Merkle's dentsu-hosted notice says Merkle is part of Dentsu International (no parent recorded).",
  },
  Xaxis: {
    legalName: 'GroupM UK Digital Ltd (Xaxis EMEA)', country: 'GB', source: 'https://www.xaxis.com/de/privacy-notice/xaxis-yfirlysing-um-personuvernd-icelandic-privacy-policy/', checked: R,
    notes: "Xaxis privacy notice (effective 25 May 2018, Icelandic version; the Latvian version says the same): in the EEA and Switzerland the legal entity responsible for data collected by Xaxis is GroupM UK Digital Ltd through Xaxis EMEA; outside them Xaxis, LLC. The country is read from that UK company's name; no address in the part read.",
  },
  'Aggregate Knowledge': {
    legalName: 'NeuStar, Inc.', country: 'US',
    source: 'https://markets.financialcontent.com/streetinsider/action/getedgarwindow?accesscode=126588814000007', checked: R,
    notes: "Neustar's Form 10-K for 2013 (copy of the SEC filing): NeuStar, Inc., a Delaware corporation, principal executive offices 21575 Ridgetop Circle, Sterling, Virginia. Neustar's privacy policy (https://www.home.neustar/privacy/privacy-policy, 2018) names Aggregate Knowledge (AK) as its brand and its definitions page says Neustar's cookies are delivered from agkn.com; TransUnion's notice (https://www.transunion.com/privacy/neustar, 24 October 2023) says Neustar is now a TransUnion company (TransUnion's seat was not read, so no parent is recorded).",
  },
  'Tail Target': {
    legalName: 'Tail Target Tecnologia de Informação Ltda.', country: 'BR', source: 'https://dashboard.tailtarget.com/terms', checked: R,
    notes: 'Terms of free use of the Tail platform (updated 17 June 2019, on tailtarget.com): Tail Target Tecnologia de Informação Ltda., CNPJ 17.163.594/0001-54, seat at Av. Pedroso de Morais, 1553, Pinheiros, São Paulo/SP.',
  },
  'GetIntent RTBSuite': {
    legalName: 'GetIntent USA Inc.', country: 'US', source: 'https://ui.getintent.com/useragreement-en.html', checked: R,
    notes: 'GetIntent terms of service (on its own platform UI ui.getintent.com): GetIntent USA Inc. provides the services, offices at 401 Park Ave S, New York, NY 10016. (getintent.co is an unrelated Norwegian company, Getia AS.)',
  },
  // --- end covad4 ---
  // --- covad5 ---
  // Safe Harbor: the US Department of Commerce's Safe Harbor list (safeharbor.export.gov), open only to US organisations; each
  // record is the company's own self-certification (name, address, privacy-policy URL). Read in the scrape of that list kept at
  // github.com/pdehaye/safe-harbor (commit 2a2abb1f, 16 February 2017); the date of the record is in each note.
  BlueCava: {
    legalName: 'BlueCava', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/25415.json', checked: R,
    notes: 'Safe Harbor list record 25415 (self-certified 4 November 2013, due again 4 November 2015): BlueCava, 131 Innovation Dr, Irvine, California 92617; privacy policy http://bluecava.com/privacy-policy/ (the entity\'s own domain). Its activities: IP addresses from browsers that run its JavaScript tags, for delivering, attributing and targeting advertising. Who runs bluecava.com today was not read.',
  },
  Boomtrain: {
    legalName: 'Boomtrain, Inc', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/34520.json', checked: R,
    notes: 'Safe Harbor list record 34520 (self-certified 23 June 2015, due again 23 June 2017): Boomtrain, Inc, 601 4th St, San Francisco, California 94107; privacy policy http://boomtrain.com/privacy-policy/ (the entity\'s own domain).',
  },
  Beeswax: {
    legalName: 'BeeswaxIO Corporation', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/36325.json', checked: R,
    notes: 'Safe Harbor list record 36325 (self-certified 2 December 2016, due again 2 December 2017): BeeswaxIO Corporation, 572 Grand Street, New York, NY 10002; privacy policy http://beeswax.com/privacy.html. third-party-web names Beeswax as the company of bidr.io; the record does not name that host, and a later owner was not read.',
  },
  Adzerk: {
    legalName: 'Adzerk, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/33232.json', checked: R,
    notes: 'Safe Harbor list record 33232 (self-certified 15 January 2016, due again 15 January 2017): Adzerk, Inc., 501 Washington St, Durham, North Carolina 27701; privacy policy http://adzerk.com/privacy/ad-server/ (its ad server, served from adzerk.net).',
  },
  Turn: {
    legalName: 'Turn Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/26368.json', checked: R,
    notes: 'Safe Harbor list record 26368 (self-certified 21 January 2011, due again 21 January 2016): Turn Inc., 835 Main St., Redwood City, California 94063; privacy pages on turn.com (the entity\'s own domain). Who runs turn.com today was not read.',
  },
  Silverpop: {
    legalName: 'Silverpop Systems, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/21098.json', checked: R,
    notes: 'Safe Harbor list record 21098 (self-certified 12 December 2002, due again 12 December 2014): Silverpop Systems, Inc., 200 Galleria Parkway, Suite 1000, Atlanta, Georgia 30339; privacy policy on silverpop.com. third-party-web names IBM as the company of these hosts; who runs them today was not read.',
  },
  'Adara Media': {
    legalName: 'Adara Media, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/25921.json', checked: R,
    notes: 'Safe Harbor list record 25921 (self-certified 12 December 2011, due again 12 December 2015): Adara Media, Inc., 351 E. Evelyn Ave., Suite 100, Mountain View, California 94041; privacy promise at adara.com. third-party-web names Adara Media for yieldoptimizer.com; the record does not name that host, and who runs it today (a later owner) was not read.',
  },
  Extole: {
    legalName: 'Extole', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/23808.json', checked: R,
    notes: 'Safe Harbor list record 23808 (self-certified 31 May 2011, due again 31 May 2015): Extole, 625 2nd Street, Suite 101, San Francisco, California 94107; privacy policy http://extole.com/privacy-policy (the entity\'s own domain).',
  },
  'SAS Institute': {
    legalName: 'SAS Institute Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/34742.json', checked: R,
    notes: 'Safe Harbor list record 34742 (self-certified 3 July 2008, due again 3 July 2017): SAS Institute Inc., SAS Campus Drive, Cary, North Carolina 27513; on-demand privacy statement on sas.com (the entity\'s own domain).',
  },
  ChannelAdvisor: {
    legalName: 'ChannelAdvisor Corporation', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/33838.json', checked: R,
    notes: 'Safe Harbor list record 33838 (self-certified 27 March 2012, due again 27 March 2017): ChannelAdvisor Corporation, 3025 Carrington Mill Blvd., Suite 500, Morrisville, North Carolina 27560; privacy policy on channeladvisor.com (the entity\'s own domain).',
  },
  SundaySky: {
    legalName: 'SundaySky Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/34032.json', checked: R,
    notes: 'Safe Harbor list record 34032 (self-certified 2 May 2012, due again 2 May 2017): SundaySky Inc., 229 W. 36th Street, 2nd Floor, New York, NY 10018; privacy policy https://sundaysky.com/privacy-policy/ (the entity\'s own domain).',
  },
  'Tremor Video': {
    legalName: 'Tremor Video, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/36059.json', checked: R,
    notes: 'Safe Harbor list record 36059 (self-certified 2 September 2011, due again 2 September 2017): Tremor Video, Inc., 1501 Broadway, New York, NY 10036; privacy policy on tremorvideo.com. The record does not name the entity\'s hosts (tremorhub.com, videohub.tv); a later parent was not read.',
  },
  dstillery: {
    legalName: 'dstillery, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/36019.json', checked: R,
    notes: 'Safe Harbor list record 36019 (self-certified 20 June 2012, due again 20 June 2017): dstillery, Inc., 470 Park Avenue South, 6th Floor, New York, NY 10016; privacy policy http://dstillery.com/privacy/ (the entity\'s own domain).',
  },
  Integrate: {
    legalName: 'Integrate', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/28973.json', checked: R,
    notes: 'Safe Harbor list record 28973 (self-certified 27 August 2015, due again 27 August 2016): Integrate, 4900 N Scottsdale Rd #4000, Scottsdale, Arizona 85251; privacy policy http://integrate.com/privacy (the entity\'s own domain).',
  },
  // Own legal or terms pages (read 2026-12-06).
  Ad6Media: {
    legalName: 'AD6MEDIA INTERNATIONAL', country: 'FR', source: 'https://www.ad6media.es/media-cgu', checked: R,
    notes: 'Its general terms for publishers (Spanish site, updated 1 June 2022): the site is published by AD6MEDIA INTERNATIONAL, a SARL with capital of 10,000 euros, registered office 8 boulevard Dubreuil, 91400 Orsay, France, RCS Evry 792 539 256. third-party-web\'s entity covers ad6media.fr.',
  },
  Profitshare: {
    legalName: 'Conversion Marketing S.R.L.', country: 'RO', source: 'https://events.profitshare.ro/affiliate-game-2023/rules', checked: R,
    notes: 'Rules of Profitshare\'s own affiliate campaign (6 November 2023 to 7 January 2024), on profitshare.ro: the organiser, "denumita in continuare Profitshare", is S.C. Conversion Marketing S.R.L., registered office in Voluntari, Soseaua Bucuresti Nord 15-25, Ilfov county, CIF RO 18350386, trade register J23/5955/2022.',
  },
  'Effiliation sa': {
    legalName: 'EFFILIATION', country: 'FR', source: 'https://www.effiliation.com/en/rgpd/', checked: R,
    notes: 'Its GDPR page (main lines of the joint-controller agreement between advertisers, affiliates and Effinity): the affiliation relationship is run by EFFILIATION, a simplified joint-stock company registered in the Paris Trade and Companies Register under no. 432 831 550, registered office 80 rue Taitbout, 75009 Paris, which sets the trackers on affiliate sites.',
  },
  // --- end covad5 ---
  // --- covoth5 ---
  ActBlue: {
    legalName: 'ActBlue', country: 'US', source: 'https://help.actblue.com/hc/en-us/articles/16869089779095-How-do-I-know-my-money-is-going-to-the-candidate-or-organization-I-donated-to', checked: R,
    notes: "ActBlue's own FAQ (http://support.actblue.com/faq) lists \"Federal PACs (e.g. ActBlue)\" among the contribution limits set by the US Federal Election Commission and has a section \"About ActBlue and ActBlue Technical Services\"; this help-centre article says ActBlue reports every federal donation to the Federal Election Commission and that charitable donations are processed by ActBlue Charities Inc., a 501(c)(3) tax-exempt organization. A federal political action committee and a 501(c)(3) organisation exist only under US law (as for the Privacy Shield inference for TrustedSite). No street address in the parts read.",
  },
  SFR: {
    legalName: 'Société Française du Radiotéléphone (SFR)', country: 'FR', source: 'https://123dok.net/document/zwv4x031-offres-sfr-professionnels-grand-public.html', checked: R,
    notes: 'Copy of SFR\'s own brochure of its subscription conditions ("Offres SFR - conditions d\'abonnement et d\'utilisation", April 2015): Société Française du Radiotéléphone, SA, 343 059 564 RCS Paris, siège social 1, square Béla Bartòk, 75015 Paris. third-party-web\'s SFR entity is sfr.fr (elr.sfr.fr). The seat address may have moved since 2015; the Paris register entry keeps the country.',
  },
  Sirv: {
    legalName: 'Sirv Limited', country: null, source: 'https://github.com/sirv/magento2', checked: R,
    notes: 'Sirv\'s own Magento 2 extension (sirv/magento2, September 2025) names "@author Sirv Limited <support@sirv.com>" and "Copyright (c) 2018-2023 Sirv Limited". No address or place of registration in the extension, in Sirv\'s security policy page (https://sirv.com/security/) or in the other parts of the corpora read. Looked again 2026-12-07 (covrv): the full history of the WordPress plugin mirror WordPressBugBounty/plugins-sirv ("@author Sirv Limited <support@sirv.com>", "Copyright (c) 2017-2025 Sirv Limited", a link to https://sirv.com/terms/, no address), the Princeton CITP archive (no sirv.com policy stored) and searches of the pages corpus for Sirv\'s terms, privacy policy, DPA and a Companies House filing of Sirv Limited found no seat.',
  },
  MyRegistry: {
    legalName: 'MyRegistry LLC', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/dbab81ff03981ce9874412ceff5f03dbac51e1bb/m/my/myr/myregistry.com.md',
    checked: '2026-12-07',
    notes: 'MyRegistry\'s own privacy statement ("Privacy Statement - MyRegistry.com") in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2016-11-04, https://web.archive.org/web/20161104133921id_/https://www.myregistry.com/Info/Privacy.aspx): "We at MyRegistry LLC" run www.myregistry.com and its app; "The Platform and the Services are operated in the United States"; postal address MyRegistry, LLC, 2050 Center Ave, Suite 100, Fort Lee, NJ 07024. The current terms (https://myregistry.com/Info/terms.aspx, read 2026-12-06) still name MyRegistry LLC as the operator of www.myregistry.com. The address is from 2016.',
  },
  Checkfront: {
    legalName: 'Checkfront Inc.', country: 'CA',
    source: 'https://github.com/citp/privacy-policy-historical/blob/61150efde90cb1885e158ae2b7db61146d63e3cd/c/ch/che/checkfront.com.md',
    checked: '2026-12-07',
    notes: 'Checkfront\'s own privacy policy (last updated 2016-04-25) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2017-04-06, https://web.archive.org/web/20170406200315id_/https://www.checkfront.com/privacy): the site and services are operated by Checkfront Inc.; privacy officer at Checkfront Inc, 844 Courtney Street, 4th floor, Victoria, BC, Canada, V8W 1C4. Checkfront\'s own SDK, widget and WordPress plugin sources (read 2026-12-06) still name Checkfront Inc. The address is from 2017.',
  },
  Anedot: {
    legalName: 'Anedot, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/27726.json', checked: R,
    notes: 'The terms of use (https://anedot.com/terms, last updated 21 June 2021) say the Anedot services are provided and operated by Anedot, Inc., without an address. Its Safe Harbor list record 27726 (self-certified 15 May 2012, due again 15 May 2016; the list was open only to US organisations; read in github.com/pdehaye/safe-harbor, commit 2a2abb1f): Anedot, Inc., 5555 Hilton Ste 106, Baton Rouge, Louisiana 70808; privacy policy https://anedot.com/legal/privacy-policy (the entity\'s own domain); "processes credit/debit card donation transactions for non-profits, causes, and political campaigns". A later owner was not read.',
  },
  Syte: {
    legalName: 'Syte Visual Conception Ltd.', country: null, source: 'https://www.syte.ai/privacy/', checked: R,
    notes: 'The privacy policy names Syte Visual Conception ltd. as controller for www.syte.ai and its API (syteapi.com); the general terms name Syte – Visual Conception Ltd. Neither gives an address or place of registration in the parts the corpus returns.',
  },
  // --- end covoth5 ---
  // --- covsh ---
  // Safe Harbor list records (as in the covad5 block: github.com/pdehaye/safe-harbor, commit 2a2abb1f, 16 February 2017), each
  // matched by the privacy-policy URL on the entity's own domain; the dates of the record are in each note.
  PowerReviews: {
    legalName: 'PowerReviews, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/29772.json', checked: R,
    notes: 'Safe Harbor list record 29772 (self-certified 29 October 2009, due again 29 October 2016): PowerReviews, Inc., 180 N LaSalle, 5th Floor, Chicago, Illinois 60601; privacy policy http://www.powerreviews.com/privacy-policy/ (the entity\'s own domain); ratings and reviews software for online shops. A later owner was not read.',
  },
  Keen: {
    legalName: 'Keen Labs, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/29926.json', checked: R,
    notes: 'Safe Harbor list record 29926 (self-certified 12 September 2014, due again 12 September 2016): Keen Labs, Inc., 1458 Howard, San Francisco, California 94103; privacy policy https://keen.io/privacy-policy (the entity\'s own domain). The record does not name the CloudFront host third-party-web also files under Keen; a later owner was not read.',
  },
  Bluecore: {
    legalName: 'TriggerMail, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/34667.json', checked: R,
    notes: 'Safe Harbor list record 34667 (self-certified 16 January 2015, due again 16 January 2017): TriggerMail, Inc., 124 Rivington St, New York, NY 10002; privacy policy http://www.bluecore.com/terms (the entity\'s own domain); the record says "Bluecore is an automated email service provider" for online shops. A later owner was not read.',
  },
  QuestionPro: {
    legalName: 'QuestionPro', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/27551.json', checked: R,
    notes: 'Safe Harbor list record 27551 (self-certified 21 February 2012, due again 21 February 2016): QuestionPro, 93 S. Jackson St. #62790, Seattle, Washington 98103; privacy policy http://www.questionpro.com/system/privacy-policy.html (the entity\'s own domain); survey and market research software. A later owner was not read.',
  },
  eGain: {
    legalName: 'eGain Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/27601.json', checked: R,
    notes: 'Safe Harbor list record 27601 (self-certified 11 March 2013, due again 11 March 2016): eGain inc, 1252 Borregas Avenue, Sunnyvale, California 94089; privacy policies http://www.egain.com/privacy-policies/ (the entity\'s own domain); customer service and knowledge management software. A later owner was not read.',
  },
  SnapEngage: {
    legalName: 'SnapEngage, LLC', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/33462.json', checked: R,
    notes: 'Safe Harbor list record 33462 (self-certified 3 February 2012, due again 3 February 2017): SnapEngage, LLC, 1722 14th Street, Suite 105, Boulder, Colorado 80302; privacy policy https://snapengage.com/privacy-policy (the entity\'s own domain); "a service provider of a chat service feature to customers". A later owner was not read.',
  },
  LiveHelpNow: {
    legalName: 'LiveHelpNow, LLC', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/25158.json', checked: R,
    notes: 'Safe Harbor list record 25158 (self-certified 3 November 2014, due again 3 November 2015): LiveHelpNow, LLC, 726 Fitzwatertown Rd Suite 6, Willow Grove, Pennsylvania 19090; privacy policy http://www.livehelpnow.net/policies/privacy/ (the entity\'s own domain). A later owner was not read.',
  },
  'Touch Commerce': {
    legalName: 'TouchCommerce', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/28233.json', checked: R,
    notes: 'Safe Harbor list record 28233 (self-certified 26 May 2011, due again 26 May 2016): TouchCommerce, 29903 Agoura Rd, Agoura Hills, California 91301; privacy policy http://www.touchcommerce.com/privacy (the entity\'s own domain). The record does not name inq.com; a later owner of the hosts was not read.',
  },
  Inbenta: {
    legalName: 'Inbenta Technologies Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/32960.json', checked: R,
    notes: 'Safe Harbor list record 32960 (self-certified 4 December 2013, due again 4 December 2016): Inbenta Technologies Inc., 777 Mariners Island Blvd. #220, Sunnyvale, California 94404; privacy policy https://www.inbenta.com/en/about-us/privacy-policy (the entity\'s own domain). A later owner was not read.',
  },
  MaxMind: {
    legalName: 'MaxMind, Inc.', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/36360.json', checked: R,
    notes: 'Safe Harbor list record 36360 (self-certified 10 December 2012, due again 27 December 2016): MaxMind, Inc., 14 Spring Street, 3rd Floor, Waltham, Massachusetts 02451; privacy policy https://www.maxmind.com/en/privacy_policy (the entity\'s own domain); IP geolocation and fraud detection. A later owner was not read.',
  },
  Listrak: {
    legalName: 'Listrak', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/33672.json', checked: R,
    notes: 'Safe Harbor list record 33672 (self-certified 18 April 2013, due again 18 April 2017): Listrak, 529 East Main Street, Lititz, Pennsylvania 17543; privacy policy http://www.listrak.com/privacy-and-terms/privacy.aspx (the entity\'s own domain); e-mail and omni-channel marketing for online shops. A later owner was not read.',
  },
  'Mather Economics': {
    legalName: 'Mather Economics, LLC', country: 'US', source: 'https://github.com/pdehaye/safe-harbor/blob/2a2abb1f57d4275b28e3ee612577de20e4ce5520/json/25364.json', checked: R,
    notes: 'Safe Harbor list record 25364 (self-certified 12 November 2014, due again 12 November 2015): Mather Economics, LLC, 1215 Hightower Trail, Suite 100 Building A, Atlanta, Georgia 30350; privacy policy http://www.mathereconomics.com/privacy-policy.aspx. Matched by name: the record does not name matheranalytics.com, the host third-party-web files under Mather Economics; a later owner was not read.',
  },
  // --- end covsh ---
  // --- covb ---
  // Ad tech, part B (European, Russian, Asian and other vendors), read 2026-12-07.
  Navegg: {
    legalName: 'Navegg Participações Ltda', country: 'BR', source: 'https://newsite.navegg.com/en/terms-of-service', checked: '2026-12-07',
    notes: 'The Navegg Analytics terms of service (last updated March 2023) are an instrument of NAVEGG PARTICIPAÇÕES LTDA, "National Roll of Juridical Persons - CNPJ N. 12.285.481/0001-08"; the CNPJ is the Brazilian federal register of legal entities, so the company is Brazilian (the inference is ours, from that register number). third-party-web names Navegg for navdmp.com, the host of its tag (tag.navdmp.com/tm<account>.js).',
  },
  TrafficJunky: {
    legalName: 'Aylo Freesites Ltd', country: 'CY', source: 'https://allpasstrust.com/en/privacy?set-locale=en', checked: '2026-12-07',
    notes: 'TrafficJunky\'s terms of use for advertisers (https://www.trafficjunky.com/terms-of-use, last updated 15 October 2024) define "TrafficJunky" as Aylo Freesites Ltd. The privacy notice of allpasstrust.com, another site of the same company (last modified 8 August 2024), gives Aylo Freesites Ltd\'s registered office: 195-197 Old Nicosia-Limassol Road, Block 1 Dali Industrial Zone, 2540, Cyprus.',
  },
  Numberly: {
    legalName: 'Numberly (1000mercis SA)', country: 'FR', source: 'https://numberly.com/it/privacy-it', checked: '2026-12-07',
    notes: 'Numberly\'s privacy charter, "Legal information": Numberly (1000mercis Group) is a French société anonyme, 28 rue de Châteaudun, 75009 Paris, France, registered with the Paris Trade and Commerce Register under number B 429 621 311. The same charter sends readers to https://mmtro.com/privacy/en/ for the 1000mercis Group\'s cookies; third-party-web names 1000mercis as the company of mmtro.com and nzaza.com.',
  },
  ShopiMind: {
    legalName: 'SHOPYMIND SAS', country: 'FR', source: 'https://www.shopimind.com/en/tcs-terms-and-conditions-imprint/', checked: '2026-12-07',
    notes: 'ShopiMind\'s general terms of sale and use (as of 1 July 2018) are concluded with SHOPYMIND, SAS with a capital of 4,375 euros, registered with the Marseille Trade and Companies Register under number B 790 561 195, registered office 45 rue Frédéric Joliot Curie, 13013 Marseille, which operates the SHOPIMIND website (www.shopimind.com).',
  },
  OnAudience: {
    legalName: 'Cloud Technologies S.A.', country: 'PL', source: 'https://www.onaudience.com/terms-of-use', checked: '2026-12-07',
    notes: 'The OnAudience terms of use: the administrator of the service is Cloud Technologies S.A., entered in the Register of Entrepreneurs of the National Court Register (District Court for the Capital City of Warsaw) under KRS 0000405842, registered office ul. Żeromskiego 7, 05-075 Warsaw; its advertising privacy policy (https://www.cloudtechnologies.pl/en/internet-advertising-privacy-policy) gives the same company, seat and number.',
  },
  // Researched by covb 2026-12-07, seat not stated on the pages found: country stays not known.
  iPROM: {
    legalName: 'iPROM, d.o.o.', country: null, source: 'https://centraliprom.com/zalozniki/pridruzitev/', checked: '2026-12-07',
    notes: 'The iPROM Central publisher terms (in Slovene) say site owners enter a business relationship with iPROM, d.o.o. and that any legal person or legally capable citizen of the Republic of Slovenia may join; payouts are in EUR. No registered office is stated there, nor at the start of its publisher terms (https://ipromyield.com/publisher-services-general-terms-and-conditions/); "d.o.o." is a legal form of several countries, so the seat is not inferred.',
  },
  AdRiver: {
    country: null, source: 'https://www.adriver.ru/agency/products/attribution', checked: '2026-12-07',
    notes: "AdRiver's own attribution-service terms (adriver.ru, in Russian) name no contracting company in the part read; a product deck copy (ru.scribd.com) calls AdRiver a Skolkovo resident, and a consent-vendor directory (flowconsent.com) names an operator, Internest LLC, without a source. No page tying adriver.ru to a registered company and address was found, so the country stays not known.",
  },
  // --- end covb ---
  // --- cova --- (ad category, part A; sources read 2026-12-07)
  SiteScout: {
    legalName: 'Basis Global Technologies, Inc.', country: 'US',
    source: 'https://www.sec.gov/Archives/edgar/data/1330016/000162828022000948/basisglobaltechnologiesinc.htm', checked: '2026-12-07',
    notes: "Form S-1 filed with the SEC on 14 January 2022: Basis Global Technologies, Inc., a Delaware corporation, principal executive offices 11 E. Madison Street, 6th Floor, Chicago, IL 60602. The company's office lease amendment of 31 October 2021 (filed as exhibit 10.13, copy at https://contracts.justia.com/companies/basis-global-technologies-inc-14576/contract/217670/) names it Basis Global Technologies, Inc., a Delaware corporation, f/k/a Centro, Inc.; Domo's connector documentation (https://domohelp.domo.com/hc/en-us/articles/360043430993-Centro-Connector) says Centro was formerly called SiteScout; and Basis's privacy page (copy at https://cinxe.com/event/HPACdAYxHreJk8DqIH0c5FKsW0w2qLn42F2syzJJTNIfcQ.html) sends its CCPA opt-out to pixel-optout.sitescout.com. third-party-web names Centro as the company of sitescout.com and pixel.ad.",
  },
  eXelate: {
    ...known(
      'nielsen',
      "Nielsen's Digital Measurement Privacy Statement (https://www.nielsen.com/us/en/legal/privacy-statement/digital-measurement/, read 2026-12-07) says Nielsen acquired eXelate in 2015 and that it is now part of the Nielsen Marketing Cloud suite of services; eXelate's own services privacy policy (http://exelate.com/privacy/services-privacy-policy/) calls it \"eXelate, A Nielsen Company\" and describes the cookie-based data marketplace third-party-web sees on exelator.com. Nielsen's own statement is what ties the hosts to Nielsen today.",
    ),
    checked: '2026-12-07',
  },
  Steelhouse: {
    legalName: 'MNTN Digital, Inc. (formerly Steel House, Inc.)', country: 'US',
    source: 'https://contracts.justia.com/companies/mntn-inc-103501/contract/1316353', checked: '2026-12-07',
    notes: "Exhibit 10.15 to MNTN's Form S-1 (a financing agreement modification of 1 August 2022) names the borrower MNTN DIGITAL, INC. (f/k/a Steel House, Inc.), a Delaware corporation. MNTN's Form S-1 (https://www.sec.gov/Archives/edgar/data/1891027/000110465925008267/filename1.htm, 2025) gives the parent MNTN, Inc., a Delaware corporation, principal executive offices 823 Congress Avenue, #1827, Austin, Texas 78768. steelhousemedia.com, the entity's only domain, carries the SteelHouse name.",
  },
  Nativo: {
    legalName: 'Nativo, Inc.', country: 'US', source: 'https://nativo.com/interest-based-ads', checked: '2026-12-07',
    notes: "Nativo's Interest Based Ads Privacy Policy (last updated 19 December 2022), written for the ads its technology delivers on publishers' sites: \"We are Nativo, Inc. We are a Delaware company. Our address is: 222 Pacific Coast Highway, 10th Floor, El Segundo, CA 90245.\" An earlier version (https://www.nativo.com/interest-based-ads) gave 100 N. Sepulveda Blvd., El Segundo, and a UK subsidiary, Nativo London Limited. third-party-web files postrelease.com, Nativo's ad-serving host, under Nativo.",
  },
  Datonics: {
    country: 'US', source: 'https://datonics.com/privacy/technology-privacy-policy', checked: '2026-12-07',
    notes: "Datonics' Technology Privacy Policy (last updated 2 February 2024), on its own site, for the ad technology it runs on publishers' pages: \"Datonics is a New York-based advertising technology company\", a member of the Network Advertising Initiative and a data broker under certain state privacy laws. The legal form was not in the part read. third-party-web files pro-market.net, Datonics' only host there, under Datonics.",
  },
  // Legal entity read 2026-12-07 on the pages below; none of them states the seat, so the country stays not known.
  AdsWizz: {
    legalName: 'AdsWizz Inc.', country: null, source: 'https://www.sec.gov/Archives/edgar/data/1230276/000123027618000038/ex992-amendmentno1to2014ad.htm', checked: '2026-12-07',
    notes: "Pandora Media's SEC exhibit (amendment to the 2014 Stock Incentive Plan of AdsWizz Inc.): on 25 May 2018 Almaden Acquisition Sub, Inc., a wholly-owned subsidiary of Pandora Media, Inc., was merged into AdsWizz, which survived as a wholly-owned subsidiary of Pandora. The page does not state where AdsWizz Inc. is incorporated or seated, so no country is inferred from its U.S. parent.",
  },
  'rewardStyle.com': {
    legalName: 'rewardStyle, Inc. (d/b/a LTK)', country: null, source: 'https://company.shopltk.com/april-2024-ltk-follower-giveaway-terms', checked: '2026-12-07',
    notes: "LTK's April 2024 giveaway rules name the sponsor rewardStyle, Inc. d/b/a LTK (times in U.S. Central Time, open to U.S. residents only); LTK's privacy statement (https://company.shopltk.com/en-gb/privacy) did not show an address in the part read.",
  },
  'Ad Lightning': {
    legalName: 'Ad Lightning, Inc.', country: null, source: 'https://www.adlightning.com/service-terms', checked: '2026-12-07',
    notes: "Ad Lightning's own standard terms, trial terms and ad-blocking wrapper agreement are those of Ad Lightning, Inc.; no address or state in the parts read. third-party-web names Boltive as the company.",
  },
  'Beachfront Media': {
    legalName: 'Beachfront Media, LLC', country: null, source: 'https://beachfront.com/legal/policies', checked: '2026-12-07',
    notes: "Beachfront's supply partner policy names Beachfront Media, LLC as the operator of the Beachfront platform (bfmio.com is the entity's only domain); no address or state in the part read.",
  },
  'Clickagy Audience Lab': {
    legalName: 'Clickagy, LLC', country: null, source: 'https://www.clickagy.com/company/tos', checked: '2026-12-07',
    notes: "Clickagy's user licence and service agreement and its privacy policy (https://www.clickagy.com/privacy/) name Clickagy, LLC; no address or state in the parts read.",
  },
  'Underdog Media': {
    legalName: 'Underdog Media, LLC', country: null, source: 'https://underdogmedia.com/publisher-agreement/', checked: '2026-12-07',
    notes: "The publisher terms (updated 15 May 2018) are a contract with Underdog Media LLC; its CCPA page (https://underdogmedia.com/ccpa/) says it acts as an independent business under the CCPA; no address or state in the parts read.",
  },
  Talkable: {
    legalName: 'Curebit Inc. (d/b/a Talkable)', country: null, source: 'https://void.talkable.com/tos', checked: '2026-12-07',
    notes: "Talkable's Terms of Service 5.0 (25 September 2020), on its own host: \"we\", \"us\" or \"our\" is Curebit Inc., dba Talkable; no address or state in the part read.",
  },
  PebblePost: {
    legalName: 'PebblePost, Inc.', country: null, source: 'https://www.pebblepost.com/privacy-notice', checked: '2026-12-07',
    notes: "PebblePost's privacy policy (as of 18 February 2020) is that of PebblePost, Inc. and covers its site and Programmatic Direct Mail services; no address in the part read.",
  },
  Yieldmo: {
    legalName: 'Yieldmo, Inc.', country: null, source: 'https://yieldmo.com/dpa-controller-to-controller/', checked: '2026-12-07',
    notes: "Yieldmo's controller-to-controller data protection addendum is made by Yieldmo, Inc. on behalf of itself and its affiliates; no address or state in the part read.",
  },
  Terminus: {
    legalName: 'Terminus Software, Inc.', country: null, source: 'https://terminus.com/privacy-policy/', checked: '2026-12-07',
    notes: "Terminus's privacy policy (effective 1 October 2024) is that of Terminus Software, Inc. and its affiliates and has a section for users outside the United States; no address in the part read.",
  },
  // --- end cova ---
  // --- covo ---
  'Roxr Software': {
    legalName: 'Roxr Software Ltd', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/dad0ec0edbf83dcbe241e3a8f23efff52f436b5f/g/ge/get/getclicky.com.md',
    checked: '2026-12-07',
    notes: 'Clicky\'s own privacy policy (active May 25 2018) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2018-11-09, https://web.archive.org/web/20181109124813id_/https://clicky.com/terms/privacy): Roxr Software Ltd runs clicky.com and the Clicky analytics service, whose cookies are "attached to our tracking domains" (third-party-web: *.getclicky.com); Roxr complies with the EU-U.S. and Swiss-U.S. Privacy Shield Frameworks (open only to US organisations) under FTC jurisdiction; contact Roxr Software Ltd, 10883 SE Main St #201, Milwaukie, OR, 97222. The address is from 2018.',
  },
  CallTrackingMetrics: {
    legalName: 'CallTrackingMetrics LLC', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/e2d86aef9df5ab1e679180c7e9cee99f3f28b802/c/ca/cal/calltrackingmetrics.com.md',
    checked: '2026-12-07',
    notes: 'CallTrackingMetrics\' own privacy policy (effective May 1, 2018) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2019-05-07, https://web.archive.org/web/20190507040125id_/https://www.calltrackingmetrics.com/legal/privacy): the site, account portal and products are operated by CallTrackingMetrics LLC, 877 Baltimore Annapolis Blvd. Suite 207, Severna Park MD 21146; "CallTrackingMetrics is based in the United States of America"; its platform policy covers the tracking code customers run on their websites (third-party-web: *.tctm.co). The address is from 2019.',
  },
  UpSellit: {
    legalName: 'USI Technologies, Inc.', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/bdee0c707940dadafa6746963e7ef729493982c6/u/up/ups/upsellit.com.md',
    checked: '2026-12-07',
    notes: 'UpSellit\'s own privacy policy in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2019-03-13, https://web.archive.org/web/20190313014616id_/https://labs.upsellit.com/privacy-policy): "USI Technologies, Inc., DBA UpSellit.com" collects data through its "marketing engagements" (the scripts it runs on partner sites); contact USI Technologies, Inc., 29219 Canwood St, Suite 230, Agoura Hills, CA 91301, U.S.A.; data go to "USI Technologies, Inc. a company located in Agoura Hills, California, U.S.A.". The address is from 2019.',
  },
  'Pure Chat': {
    legalName: 'Pure Chat, Inc.', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/d0c0063c85d768acb94ed383f6d3f6a90e9adddf/p/pu/pur/purechat.com.md',
    checked: '2026-12-07',
    notes: 'Pure Chat\'s own privacy policy in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2018-12-20, https://web.archive.org/web/20181220164053id_/https://www.purechat.com/privacy): "Pure Chat, Inc. a Delaware corporation" runs purechat.com and the Pure Chat Software (live chat and visitor tracking on customers\' websites); postal address 13835 N. Northsight Blvd Suite 205, Scottsdale AZ 85260; visitors from the EU transfer their data "to the United States to us". The address is from 2018.',
  },
  Comm100: {
    legalName: 'Comm100 Network Corporation', country: 'CA',
    source: 'https://github.com/citp/privacy-policy-historical/blob/bcb4382c21bb37dfcb49db1ba005d4e5ff1f58bf/c/co/com/comm100.com.md',
    checked: '2026-12-07',
    notes: 'Comm100\'s own privacy policy (last updated September 23, 2015) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2015-12-30, https://web.archive.org/web/20151230220425id_/http://www.comm100.com/privacy): Comm100 Network Corporation owns and operates comm100.com and its live chat and customer service software; address Suite 238 - 1027 Davie Street, Vancouver, British Columbia V6E 4L2, Canada. The address is from 2015.',
  },
  Beeketing: {
    legalName: 'Beeketing, Inc.', country: 'US',
    source: 'https://github.com/citp/privacy-policy-historical/blob/a96aa83130257ec357576dc88e16495bf6cf1f23/b/be/bee/beeketing.com.md',
    checked: '2026-12-07',
    notes: 'Beeketing\'s own privacy policy (last updated October 26th, 2018) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2018-12-28, https://web.archive.org/web/20181228224754id_/https://beeketing.com/privacy-policy): the site and the widgets embedded on end customers\' websites are operated by Beeketing, Inc., and personal information goes "to the offices and servers of Beeketing and the authorized third parties referred to herein located in the United States". No street address is given; the country rests on that sentence. The policy is from 2018.',
  },
  LightWidget: {
    legalName: 'Black Sail Division', country: 'PL',
    source: 'https://github.com/citp/privacy-policy-historical/blob/492d4baf1bca939fdda9a023c4d7270a779e8158/l/li/lig/lightwidget.com.md',
    checked: '2026-12-07',
    notes: 'LightWidget\'s own privacy policy (last revision May 24, 2018) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2018-11-05, https://web.archive.org/web/20181105220811id_/https://lightwidget.com/privacy): it covers the LightWidget website and "our widgets" (the Instagram widgets embedded from lightwidget.com); "The data controller responsible for your information is Black Sail Division, company registered in Poland with company NIP number: 5482617350", Molczyn 17 street, Leszna Gorna, 43-445 Dziegielow. The address is from 2018.',
  },
  GetSiteControl: {
    legalName: 'GetWebCraft Limited', country: 'CY',
    source: 'https://github.com/citp/privacy-policy-historical/blob/c8ebcfdadca38430d9882d1d655050c1df72e5e1/g/ge/get/getsitecontrol.com.md',
    checked: '2026-12-07',
    notes: 'GetSiteControl\'s own privacy policy in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2019-05-12, https://web.archive.org/web/20190512193406id_/https://getsitecontrol.com/privacy): GetWebCraft Limited collects and uses the information of the GetSiteControl services; contact Klimentos 41-43, Klimentos Tower, Flat/Office 25, 1061, Nicosia, Cyprus; its website hosting is in the United States (Privacy Shield transfers), which is where the servers are, not the seat. The address is from 2019.',
  },
  Forter: {
    legalName: 'Forter Ltd.', country: 'IL',
    source: 'https://github.com/citp/privacy-policy-historical/blob/7fbc926483c4782e19265b366d9c7f82f07d313c/f/fo/for/forter.com.md',
    checked: '2026-12-07',
    notes: 'Forter\'s own service privacy policy (last update 22/12/2016) in the Princeton CITP archive of Wayback Machine snapshots (snapshot of 2019-07-15, https://web.archive.org/web/20190715202230id_/https://www.forter.com/service-privacy-policy): it covers the fraud-detection data (device fingerprinting, browsing events, cookies) Forter collects on merchants\' websites; "Details of Company and affiliated companies in the group: Forter Ltd., Totseret ha-Arets St 7, Tel Aviv-Yafo, Israel 6789104; Forter, Inc., 12 East 49th St, New York, NY 10017". The Company is Forter Ltd. (Israel); the page does not say which of the two is the parent, so no parent is recorded (the US company is a group affiliate). The addresses are from 2016-2019.',
  },
  // --- end covo ---
};

/** Hosts third-party-web files under an entity whose company does not run them, moved to the project's entity for them. */
export interface HostEntity {
  /** The project's name for these hosts; its facts are ENTITIES[name]. */
  name: string;
  /** The company as its own pages name it (shown when ENTITIES gives no legal name). */
  company: string;
  /** third-party-web category code ('utility', 'content', ...). */
  category: string;
  /** third-party-web domain rules: "*.x" covers x and its subdomains, a plain entry only that host. */
  domains: readonly string[];
  /** Page showing these hosts serve this company's product, and the day it was read. */
  source: string;
  checked: string;
  notes: string;
}

// Wins over third-party-web's grouping for these hosts only, so a company's fact never lands on another company's host.
export const HOST_ENTITIES: readonly HostEntity[] = [
  {
    name: 'TrustedSite', company: 'TrustedSite', category: 'utility', domains: ['*.ywxi.net', '*.trustedsite.com'],
    source: 'https://wordpress.org/plugins/trustedsite/', checked: R,
    notes: "third-party-web puts ywxi.net under Tencent. TrustedSite's own WordPress plugin (author TrustedSite, plugin URI https://www.trustedsite.com/) loads its trustmark from cdn.ywxi.net/js/1.js, its conversion script from cdn.ywxi.net/js/conversion.js and its sitemap from cdn.ywxi.net/sitemap/, and looks sites up at cdn.trustedsite.com; read in a copy of the plugin source (lib/Trustedsite.php).",
  },
  // --- covoth5 ---
  {
    name: 'OptinMonster', company: 'OptinMonster', category: 'marketing', domains: ['*.optnmstr.com'],
    source: 'https://gist.github.com/jsjoeio/6365955b9b72f784a59502f35bf1210d', checked: R,
    notes: "third-party-web files optnmstr.com, its only host, under an entity named Pagely. OptinMonster's generated campaign embed code (a copy in this gist, November 2017) opens with the comment \"This site is converting visitors into subscribers and customers with OptinMonster - https://optinmonster.com\", loads https://a.optnmstr.com/app/js/api.min.js and starts it with new OptinMonsterApp(); the same loader with the script id omapi-script, the handle of OptinMonster's WordPress plugin, is on many sites. Today's plugin loads from a.omappapi.com instead (optin-monster-wp-api.php, plugin 2.16). The facts are OptinMonster's (data/companies.ts).",
  },
  // --- end covoth5 ---
];
