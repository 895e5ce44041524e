// Companies behind the trackers: the entity EU visitors' data goes to, its seat, its parent and DPF status.
// Compiled from the vendors' own privacy, imprint and DPA pages and general knowledge; no third-party tracker database.
import type { Company } from './types.ts';

export const COMPANIES_CHECKED = '2026-11-29';

// DPF status comes only from data/dpf-evidence.ts (one cited source each); these notes never state it themselves.
const DPF_UNSURE = 'DPF status: see data/dpf-evidence.ts (no entry there = not known).';
const NAME_UNSURE = 'Legal entity name not confirmed against a company register.';

interface Extra {
  parent?: string;
  parentCountry?: string;
  notes?: string;
}

// The boolean is the unverified DPF guess of the first compilation, kept as a research hint and never stored:
// DPF status comes only from the cited entries of data/dpf-evidence.ts (utils/knowledge/recipients.ts).
function co(
  id: string,
  name: string,
  brand: string,
  country: string,
  _unverifiedDpfGuess: boolean,
  source: string,
  extra: Extra = {},
): Company {
  return {
    id,
    name,
    brand,
    country,
    ...extra,
    source,
    checked: COMPANIES_CHECKED,
  };
}

const US = 'US';

export const COMPANIES: readonly Company[] = [
  // --- Big platforms ---
  co('google-ireland', 'Google Ireland Limited', 'Google', 'IE', true, 'https://policies.google.com/privacy', {
    parent: 'Google LLC', parentCountry: US,
    notes: 'Controller/processor for EEA users and customers of Google Ads, Analytics and YouTube; data is also processed by Google LLC in the US (DPF-certified).',
  }),
  co('google', 'Google LLC', 'Google', US, true, 'https://policies.google.com/privacy', {
    notes: 'Provides Google APIs (Fonts, Maps, reCAPTCHA, Hosted Libraries) under the Google APIs Terms.',
  }),
  co('meta', 'Meta Platforms Ireland Limited', 'Meta', 'IE', true, 'https://www.facebook.com/privacy/policy/', {
    parent: 'Meta Platforms, Inc.', parentCountry: US,
    notes: 'Controller for EEA users of Facebook and Instagram; Meta Platforms, Inc. is DPF-certified.',
  }),
  co('microsoft', 'Microsoft Corporation', 'Microsoft', US, true, 'https://privacy.microsoft.com/en-us/privacystatement', {
    notes: 'Clarity, Azure and Application Insights are provided by Microsoft Corporation.',
  }),
  co('microsoft-ireland', 'Microsoft Ireland Operations Limited', 'Microsoft Advertising', 'IE', true, 'https://privacy.microsoft.com/en-us/privacystatement', {
    parent: 'Microsoft Corporation', parentCountry: US,
    notes: 'Contracting entity for Microsoft Advertising customers in the EEA; parent is DPF-certified.',
  }),
  co('linkedin', 'LinkedIn Ireland Unlimited Company', 'LinkedIn', 'IE', true, 'https://www.linkedin.com/legal/privacy-policy', {
    parent: 'LinkedIn Corporation', parentCountry: US,
    notes: 'Controller for members and visitors in the EU; LinkedIn Corporation is DPF-certified.',
  }),
  co('tiktok', 'TikTok Technology Limited', 'TikTok', 'IE', false, 'https://www.tiktok.com/legal/page/eea/privacy-policy/en', {
    parent: 'ByteDance Ltd.', parentCountry: 'CN',
    notes: 'EEA entity; ByteDance Ltd. is incorporated in the Cayman Islands with main operations in China. TikTok states storage in the US, Malaysia and Singapore and remote access from China (Irish DPC decision of May 2025). DPF status: see data/dpf-evidence.ts.',
  }),
  co('pinterest', 'Pinterest Europe Limited', 'Pinterest', 'IE', false, 'https://policy.pinterest.com/en/privacy-policy', {
    parent: 'Pinterest, Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('snap', 'Snap Inc.', 'Snap', US, false, 'https://values.snap.com/privacy/privacy-policy', {
    notes: `Snap B.V. (NL) is the EU representative. ${DPF_UNSURE}`,
  }),
  co('x-corp', 'Twitter International Unlimited Company', 'X (Twitter)', 'IE', false, 'https://x.com/en/privacy', {
    parent: 'X Corp.', parentCountry: US, notes: `Controller for users in the EU/EFTA. ${DPF_UNSURE}`,
  }),
  co('reddit', 'Reddit, Inc.', 'Reddit', US, false, 'https://www.reddit.com/policies/privacy-policy', { notes: DPF_UNSURE }),
  co('amazon', 'Amazon.com, Inc.', 'Amazon', US, true, 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ', {
    notes: 'Amazon Ads; EU affiliates such as Amazon Europe Core S.à r.l. (LU) may act for EU advertisers.',
  }),
  co('amazon-payments', 'Amazon Payments Europe S.C.A.', 'Amazon Pay', 'LU', true, 'https://pay.amazon.com/help/201212490', {
    parent: 'Amazon.com, Inc.', parentCountry: US,
  }),
  co('aws', 'Amazon Web Services EMEA SARL', 'AWS', 'LU', true, 'https://aws.amazon.com/privacy/', {
    parent: 'Amazon Web Services, Inc.', parentCountry: US, notes: 'AWS contracting party in most of the EEA; AWS, Inc. is DPF-certified.',
  }),
  co('apple', 'Apple Distribution International Limited', 'Apple', 'IE', false, 'https://www.apple.com/legal/privacy/en-ww/', {
    parent: 'Apple Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('yahoo', 'Yahoo EMEA Limited', 'Yahoo', 'IE', false, 'https://legal.yahoo.com/ie/en/yahoo/privacy/index.html', {
    parent: 'Yahoo Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('oracle', 'Oracle America, Inc.', 'Oracle', US, true, 'https://www.oracle.com/legal/privacy/services-privacy-policy.html', {
    notes: 'Oracle Advertising (BlueKai, Moat, AddThis) was wound down in 2023-2024.',
  }),
  co('adobe', 'Adobe Systems Software Ireland Limited', 'Adobe', 'IE', true, 'https://www.adobe.com/privacy/policy.html', {
    parent: 'Adobe Inc.', parentCountry: US, notes: "Contracting entity outside North America; Adobe's cross-border transfer page (2025) names SCCs and adequacy decisions, not the DPF. DPF status of Adobe Inc.: see data/dpf-evidence.ts.",
  }),
  co('salesforce', 'Salesforce, Inc.', 'Salesforce', US, true, 'https://www.salesforce.com/company/privacy/', {
    notes: 'EU customers contract with local affiliates. DPF status of Salesforce, Inc.: see data/dpf-evidence.ts.',
  }),
  co('sap-emarsys', 'Emarsys eMarketing Systems GmbH', 'Emarsys (SAP)', 'AT', false, 'https://emarsys.com/privacy-policy/', {
    parent: 'SAP SE', parentCountry: 'DE',
  }),
  co('cloudflare', 'Cloudflare, Inc.', 'Cloudflare', US, true, 'https://www.cloudflare.com/privacypolicy/', {
    notes: 'Also operates cdnjs and serves unpkg.',
  }),
  co('akamai', 'Akamai Technologies, Inc.', 'Akamai', US, true, 'https://www.akamai.com/legal/privacy-statement'),
  co('fastly', 'Fastly, Inc.', 'Fastly', US, true, 'https://www.fastly.com/privacy'),

  // --- Advertising ---
  co('criteo', 'Criteo SA', 'Criteo', 'FR', false, 'https://www.criteo.com/privacy/'),
  co('taboola', 'Taboola.com Ltd.', 'Taboola', 'IL', false, 'https://www.taboola.com/policies/privacy-policy', {
    notes: 'Israel has an EU adequacy decision; Taboola, Inc. operates in the US.',
  }),
  co('outbrain-teads', 'Teads Holding Co.', 'Outbrain / Teads', US, false, 'https://www.outbrain.com/privacy/', {
    notes: `Outbrain Inc. acquired Teads in 2025 and was renamed Teads Holding Co. ${DPF_UNSURE}`,
  }),
  co('adform', 'Adform A/S', 'Adform', 'DK', false, 'https://site.adform.com/privacy-center/platform/privacy-policy/'),
  co('xandr', 'Xandr, Inc.', 'Xandr (Microsoft)', US, false, 'https://about.ads.microsoft.com/en/resources/policies/microsoft-invest-platform-privacy-policy', {
    parent: 'Microsoft Corporation', notes: `Formerly AppNexus; owned by Microsoft since 2022. ${DPF_UNSURE}`,
  }),
  co('the-trade-desk', 'The Trade Desk, Inc.', 'The Trade Desk', US, false, 'https://www.thetradedesk.com/general/privacy', { notes: DPF_UNSURE }),
  co('pubmatic', 'PubMatic, Inc.', 'PubMatic', US, false, 'https://pubmatic.com/legal/platform-cookie-policy/', { notes: DPF_UNSURE }),
  co('magnite', 'Magnite, Inc.', 'Magnite (Rubicon Project)', US, false, 'https://www.magnite.com/legal/advertising-technology-privacy-policy/', { notes: DPF_UNSURE }),
  co('openx', 'OpenX Poland Sp. z o.o.', 'OpenX', 'PL', false, 'https://www.openx.com/privacy-center/ad-exchange-privacy-policy/', {
    notes: 'Controller for UK and EEA individuals per the Ad Exchange Privacy Policy; OpenX Technologies Inc. (US) controls US data and receives EU data as an OpenX group affiliate (data/transfer-evidence.ts).',
  }),
  co('index-exchange', 'Index Exchange Inc.', 'Index Exchange', 'CA', false, 'https://www.indexexchange.com/privacy/', {
    notes: 'Canada has an EU adequacy decision for commercial organisations.',
  }),
  co('quantcast', 'Quantcast Corporation', 'Quantcast', US, false, 'https://www.quantcast.com/privacy/', {
    notes: `Quantcast International Limited (IE) serves EU clients. ${DPF_UNSURE}`,
  }),
  co('inmobi', 'InMobi Pte. Ltd.', 'InMobi', 'SG', false, 'https://www.inmobi.com/privacy-policy', {
    notes: 'Took over Quantcast Choice in 2023 (now InMobi CMP).',
  }),
  co('nextroll', 'NextRoll, Inc.', 'AdRoll', US, false, 'https://www.nextroll.com/privacy', { notes: DPF_UNSURE }),
  co('stackadapt', 'StackAdapt Inc.', 'StackAdapt', 'CA', false, 'https://www.stackadapt.com/privacy'),
  co('flashtalking', 'Flashtalking, Inc.', 'Flashtalking (Mediaocean)', US, false, 'https://www.flashtalking.com/privacypolicy', { notes: DPF_UNSURE }),
  co('doubleverify', 'DoubleVerify Inc.', 'DoubleVerify', US, false, 'https://doubleverify.com/privacy/', { notes: DPF_UNSURE }),
  co('ias', 'Integral Ad Science, Inc.', 'Integral Ad Science', US, false, 'https://integralads.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('lotame', 'Lotame Solutions, Inc.', 'Lotame', US, false, 'https://www.lotame.com/privacy/', { notes: DPF_UNSURE }),
  co('liveramp', 'LiveRamp, Inc.', 'LiveRamp', US, false, 'https://liveramp.com/privacy/service-privacy-policy/', { notes: DPF_UNSURE }),
  co('id5', 'ID5 Technology Ltd', 'ID5', 'GB', false, 'https://id5.io/platform-privacy-policy/'),
  co('triplelift', 'TripleLift, Inc.', 'TripleLift', US, false, 'https://triplelift.com/privacy/', { notes: DPF_UNSURE }),
  co('gumgum', 'GumGum, Inc.', 'GumGum', US, false, 'https://gumgum.com/terms-and-policies/privacy-policy', { notes: DPF_UNSURE }),
  co('seedtag', 'Seedtag Advertising S.L.', 'Seedtag', 'ES', false, 'https://www.seedtag.com/privacy-policy/'),
  co('adnuntius', 'Adnuntius AS', 'Adnuntius', 'NO', false, 'https://adnuntius.com/privacy-policy/'),
  co('ogury', 'Ogury Ltd', 'Ogury', 'GB', false, 'https://ogury.com/privacy-policy/'),
  co('rtb-house', 'RTB House S.A.', 'RTB House', 'PL', false, 'https://www.rtbhouse.com/privacy-center'),
  co('ezoic', 'Ezoic Inc.', 'Ezoic', US, false, 'https://www.ezoic.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('media-net', 'Media.net Advertising FZ-LLC', 'Media.net', 'AE', false, 'https://www.media.net/privacy-policy/', { notes: NAME_UNSURE }),
  co('equativ', 'Equativ SAS', 'Equativ (Smart AdServer, Sharethrough)', 'FR', false, 'https://equativ.com/privacy-policy/'),
  co('improve-digital', 'Improve Digital B.V.', 'Improve Digital (Azerion)', 'NL', false, 'https://www.improvedigital.com/platform-privacy-policy/', {
    parent: 'Azerion Group N.V.',
  }),
  co('smartclip', 'smartclip Europe GmbH', 'smartclip', 'DE', false, 'https://privacy-portal.smartclip.net/'),
  co('weborama', 'Weborama SA', 'Weborama', 'FR', false, 'https://weborama.com/en/privacy/'),
  co('mediarithmics', 'mediarithmics SAS', 'mediarithmics', 'FR', false, 'https://www.mediarithmics.com/privacy-policy'),
  co('eulerian', 'Eulerian Technologies SAS', 'Eulerian', 'FR', false, 'https://www.eulerian.com/en/privacy/'),
  co('plista', 'plista GmbH', 'plista', 'DE', false, 'https://www.plista.com/about/privacy/'),
  co('stroeer-ssp', 'Ströer SSP GmbH', 'Ströer SSP (adscale)', 'DE', false, 'https://www.stroeer.de/datenschutz', { parent: 'Ströer SE & Co. KGaA' }),
  co('yieldlove', 'Yieldlove GmbH', 'Yieldlove (Ströer)', 'DE', false, 'https://www.yieldlove.com/privacy', { parent: 'Ströer SE & Co. KGaA' }),
  co('emetriq', 'emetriq GmbH', 'emetriq', 'DE', false, 'https://www.emetriq.com/datenschutz/'),
  co('adition', 'ADITION technologies GmbH', 'ADITION (Virtual Minds)', 'DE', false, 'https://www.adition.com/datenschutz/', { parent: 'Virtual Minds GmbH' }),
  co('yieldlab', 'Yieldlab AG', 'Yieldlab (Virtual Minds)', 'DE', false, 'https://www.yieldlab.com/privacy-platform/', { parent: 'Virtual Minds GmbH', notes: NAME_UNSURE }),
  co('the-adex', 'The ADEX GmbH', 'The ADEX (Virtual Minds)', 'DE', false, 'https://www.theadex.com/privacy-opt-out/', { parent: 'Virtual Minds GmbH' }),
  co('sovrn', 'Sovrn, Inc.', 'Sovrn', US, false, 'https://www.sovrn.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('quora', 'Quora, Inc.', 'Quora', US, false, 'https://www.quora.com/about/privacy', { notes: DPF_UNSURE }),
  co('comscore', 'comScore, Inc.', 'Comscore', US, false, 'https://www.comscore.com/About/Privacy-Policy', { notes: DPF_UNSURE }),
  co('nielsen', 'The Nielsen Company (US), LLC', 'Nielsen', US, false, 'https://www.nielsen.com/legal/privacy-principles/digital-measurement-privacy-statement/', {
    notes: `Runs the AGF Videoforschung GmbH (DE) video measurement in Germany. ${DPF_UNSURE}`,
  }),
  co('gemius', 'Gemius SA', 'Gemius', 'PL', false, 'https://www.gemius.com/privacy-policy.html'),
  co('infonline', 'INFOnline GmbH', 'INFOnline (IVW)', 'DE', false, 'https://www.infonline.de/datenschutz/'),

  // --- Analytics, session replay, experimentation ---
  co('hotjar', 'Hotjar Ltd', 'Hotjar', 'MT', false, 'https://www.hotjar.com/legal/policies/privacy/', {
    parent: 'Contentsquare SAS', parentCountry: 'FR',
  }),
  co('contentsquare', 'Contentsquare SAS', 'Contentsquare', 'FR', false, 'https://contentsquare.com/privacy-center/'),
  co('heap', 'Heap Inc.', 'Heap', US, false, 'https://www.heap.io/privacy', {
    parent: 'Contentsquare SAS', parentCountry: 'FR', notes: `Acquired by Contentsquare in 2023. ${DPF_UNSURE}`,
  }),
  co('fullstory', 'FullStory, Inc.', 'FullStory', US, true, 'https://www.fullstory.com/legal/privacy-policy/'),
  co('mouseflow', 'Mouseflow ApS', 'Mouseflow', 'DK', false, 'https://mouseflow.com/legal/company/privacy-policy/'),
  co('smartlook', 'Smartlook.com, s.r.o.', 'Smartlook', 'CZ', false, 'https://www.smartlook.com/privacy/', {
    parent: 'Cisco Systems, Inc.', parentCountry: US,
  }),
  co('logrocket', 'LogRocket, Inc.', 'LogRocket', US, false, 'https://logrocket.com/privacy', { notes: DPF_UNSURE }),
  co('crazy-egg', 'Crazy Egg, Inc.', 'Crazy Egg', US, false, 'https://www.crazyegg.com/privacy', { notes: DPF_UNSURE }),
  co('lucky-orange', 'Lucky Orange LLC', 'Lucky Orange', US, false, 'https://www.luckyorange.com/privacy', { notes: DPF_UNSURE }),
  co('quantum-metric', 'Quantum Metric, Inc.', 'Quantum Metric', US, false, 'https://www.quantummetric.com/legal/privacy-policy', { notes: DPF_UNSURE }),
  co('innocraft', 'InnoCraft Ltd', 'Matomo', 'NZ', false, 'https://matomo.org/privacy-policy/', {
    notes: 'Makes Matomo; New Zealand has an EU adequacy decision. Matomo Cloud is hosted in the EU.',
  }),
  co('piwik-pro', 'Piwik PRO GmbH', 'Piwik PRO', 'DE', false, 'https://piwik.pro/privacy-policy/'),
  co('etracker', 'etracker GmbH', 'etracker', 'DE', false, 'https://www.etracker.com/datenschutz/'),
  co('econda', 'econda GmbH', 'econda', 'DE', false, 'https://www.econda.de/datenschutz/'),
  co('mapp', 'Mapp Digital Germany GmbH', 'Mapp (Webtrekk)', 'DE', false, 'https://mapp.com/privacy-policy/', {
    parent: 'Mapp Digital US, LLC', parentCountry: US, notes: 'Formerly Webtrekk GmbH.',
  }),
  co('at-internet', 'AT Internet SAS', 'Piano Analytics (AT Internet)', 'FR', false, 'https://piano.io/privacy-policy/', {
    parent: 'Piano Software, Inc.', parentCountry: US, notes: NAME_UNSURE,
  }),
  co('mixpanel', 'Mixpanel, Inc.', 'Mixpanel', US, true, 'https://mixpanel.com/legal/privacy-policy/'),
  co('amplitude', 'Amplitude, Inc.', 'Amplitude', US, true, 'https://amplitude.com/privacy'),
  co('twilio', 'Twilio Inc.', 'Twilio Segment', US, true, 'https://www.twilio.com/en-us/legal/privacy'),
  co('posthog', 'PostHog Inc.', 'PostHog', US, false, 'https://posthog.com/privacy', { notes: `Offers EU cloud hosting (Frankfurt). ${DPF_UNSURE}` }),
  co('pendo', 'Pendo.io, Inc.', 'Pendo', US, false, 'https://www.pendo.io/legal/privacy-policy/', { notes: DPF_UNSURE }),
  co('chartbeat', 'Chartbeat Inc.', 'Chartbeat', US, false, 'https://chartbeat.com/privacy/', { notes: DPF_UNSURE }),
  co('automattic', "Aut O'Mattic A8C Ireland Ltd.", 'Automattic (WordPress.com, Jetpack, Gravatar, Parse.ly)', 'IE', false, 'https://automattic.com/privacy/', {
    parent: 'Automattic Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('plausible', 'Plausible Insights OÜ', 'Plausible', 'EE', false, 'https://plausible.io/privacy'),
  co('fathom', 'Conva Ventures Inc.', 'Fathom Analytics', 'CA', false, 'https://usefathom.com/privacy'),
  co('simple-analytics', 'Simple Analytics B.V.', 'Simple Analytics', 'NL', false, 'https://simpleanalytics.com/privacy'),
  co('pirsch', 'Emvi Software GmbH', 'Pirsch', 'DE', false, 'https://pirsch.io/privacy'),
  co('umami', 'Umami Software, Inc.', 'Umami', US, false, 'https://umami.is/privacy', { notes: DPF_UNSURE }),
  co('statcounter', 'StatCounter Ltd', 'StatCounter', 'IE', false, 'https://statcounter.com/about/legal/', { notes: NAME_UNSURE }),
  co('yandex', 'YANDEX LLC', 'Yandex', 'RU', false, 'https://yandex.com/legal/confidential/', {
    notes: 'Russia has no EU adequacy decision. International services may be run by Direct Cursus Technology L.L.C. (AE).',
  }),
  co('optimizely', 'Optimizely, Inc.', 'Optimizely', US, false, 'https://www.optimizely.com/legal/privacy-notice/', { notes: DPF_UNSURE }),
  co('wingify', 'Wingify Software Pvt. Ltd.', 'VWO', 'IN', false, 'https://vwo.com/privacy-policy/'),
  co('ab-tasty', 'AB Tasty SAS', 'AB Tasty', 'FR', false, 'https://www.abtasty.com/privacy-policy/'),
  co('kameleoon', 'Kameleoon SAS', 'Kameleoon', 'FR', false, 'https://www.kameleoon.com/en/privacy-policy'),
  co('convert', 'Convert Insights, Inc.', 'Convert', US, false, 'https://www.convert.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('tealium', 'Tealium Inc.', 'Tealium', US, false, 'https://tealium.com/privacy/', { notes: DPF_UNSURE }),
  co('commanders-act', 'Fjord Technologies SAS', 'Commanders Act', 'FR', false, 'https://www.commandersact.com/en/privacy/', { notes: NAME_UNSURE }),
  co('datadog', 'Datadog, Inc.', 'Datadog', US, true, 'https://www.datadoghq.com/legal/privacy/'),
  co('new-relic', 'New Relic, Inc.', 'New Relic', US, true, 'https://newrelic.com/termsandconditions/privacy'),
  co('sentry', 'Functional Software, Inc.', 'Sentry', US, true, 'https://sentry.io/privacy/'),
  co('smartbear', 'SmartBear Software Inc.', 'Bugsnag (SmartBear)', US, false, 'https://smartbear.com/privacy/', { notes: DPF_UNSURE }),
  co('raygun', 'Raygun Limited', 'Raygun', 'NZ', false, 'https://raygun.com/privacy'),
  co('rollbar', 'Rollbar, Inc.', 'Rollbar', US, false, 'https://rollbar.com/privacy/', { notes: DPF_UNSURE }),
  co('trackjs', 'TrackJS LLC', 'TrackJS', US, false, 'https://trackjs.com/privacy/', { notes: DPF_UNSURE }),

  // --- CDPs and personalisation ---
  co('rudderstack', 'RudderLabs, Inc.', 'RudderStack', US, false, 'https://www.rudderstack.com/privacy-policy/', { notes: `${NAME_UNSURE} ${DPF_UNSURE}` }),
  co('mparticle', 'mParticle, Inc.', 'mParticle', US, false, 'https://www.mparticle.com/privacypolicy/', { notes: DPF_UNSURE }),
  co('permutive', 'Permutive Ltd', 'Permutive', 'GB', false, 'https://permutive.com/privacy/'),
  co('zeotap', 'Zeotap GmbH', 'Zeotap', 'DE', false, 'https://zeotap.com/privacy-policy/'),
  co('bloomreach', 'Bloomreach, Inc.', 'Bloomreach (Exponea)', US, false, 'https://www.bloomreach.com/en/legal/privacy', { notes: DPF_UNSURE }),
  co('dynamic-yield', 'Dynamic Yield Ltd.', 'Dynamic Yield', 'IL', false, 'https://www.dynamicyield.com/platform-privacy-policy/', {
    parent: 'Mastercard Incorporated', parentCountry: US,
  }),
  co('nosto', 'Nosto Solutions Oy', 'Nosto', 'FI', false, 'https://www.nosto.com/privacy-policy/'),
  co('algolia', 'Algolia SAS', 'Algolia', 'FR', false, 'https://www.algolia.com/policies/privacy/', { parent: 'Algolia, Inc.', parentCountry: US }),
  co('clerk', 'Clerk.io ApS', 'Clerk.io', 'DK', false, 'https://www.clerk.io/privacy-policy'),
  co('monetate', 'Monetate, Inc.', 'Monetate', US, false, 'https://monetate.com/privacy-policy/', { notes: DPF_UNSURE }),

  // --- Marketing automation, B2B intelligence, CRM ---
  co('hubspot', 'HubSpot, Inc.', 'HubSpot', US, true, 'https://legal.hubspot.com/privacy-policy', {
    notes: 'EMEA customers contract with HubSpot Ireland Limited. DPF status of HubSpot, Inc.: see data/dpf-evidence.ts.',
  }),
  co('clearbit', 'APIHub, Inc.', 'Clearbit (HubSpot)', US, false, 'https://clearbit.com/privacy', {
    parent: 'HubSpot, Inc.', notes: `Acquired by HubSpot in 2023 (Breeze Intelligence). ${DPF_UNSURE}`,
  }),
  co('mailchimp', 'The Rocket Science Group LLC', 'Mailchimp (Intuit)', US, true, 'https://www.intuit.com/privacy/statement/', { parent: 'Intuit Inc.' }),
  co('brevo', 'Sendinblue SAS', 'Brevo (Sendinblue)', 'FR', false, 'https://www.brevo.com/legal/privacypolicy/'),
  co('activecampaign', 'ActiveCampaign, LLC', 'ActiveCampaign', US, false, 'https://www.activecampaign.com/legal/privacy-policy', { notes: DPF_UNSURE }),
  co('klaviyo', 'Klaviyo, Inc.', 'Klaviyo', US, false, 'https://www.klaviyo.com/legal/privacy/privacy-notice', { notes: DPF_UNSURE }),
  co('customer-io', 'Peaberry Software, Inc.', 'Customer.io', US, false, 'https://customer.io/legal/privacy-policy', { notes: DPF_UNSURE }),
  co('braze', 'Braze, Inc.', 'Braze', US, false, 'https://www.braze.com/company/legal/privacy', { notes: DPF_UNSURE }),
  co('iterable', 'Iterable, Inc.', 'Iterable', US, false, 'https://iterable.com/trust/privacy-policy/', { notes: DPF_UNSURE }),
  co('act-on', 'Act-On Software, Inc.', 'Act-On', US, false, 'https://act-on.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('constant-contact', 'Constant Contact, Inc.', 'Constant Contact', US, false, 'https://www.constantcontact.com/legal/privacy-center', { notes: DPF_UNSURE }),
  co('sharpspring', 'SharpSpring, Inc.', 'SharpSpring', US, false, 'https://sharpspring.com/legal/privacy/', {
    parent: 'Constant Contact, Inc.', notes: DPF_UNSURE,
  }),
  co('keap', 'Infusion Software, Inc.', 'Keap (Infusionsoft)', US, false, 'https://keap.com/legal/privacy-policy', {
    parent: 'Thryv Holdings, Inc.', notes: `${NAME_UNSURE} ${DPF_UNSURE}`,
  }),
  co('getresponse', 'GetResponse S.A.', 'GetResponse', 'PL', false, 'https://www.getresponse.com/legal/privacy'),
  co('cleverreach', 'CleverReach GmbH & Co. KG', 'CleverReach', 'DE', false, 'https://www.cleverreach.com/en/privacy-policy/'),
  co('rapidmail', 'rapidmail GmbH', 'rapidmail', 'DE', false, 'https://www.rapidmail.de/datenschutz'),
  co('acquia', 'Acquia Inc.', 'Acquia (Mautic)', US, false, 'https://www.acquia.com/about-us/legal/privacy-policy', { notes: DPF_UNSURE }),
  co('ortto', 'Ortto Pty Ltd', 'Ortto (formerly Autopilot)', 'AU', false, 'https://ortto.com/privacy/', {
    notes: `Autopilot rebranded as Ortto in 2021. ${NAME_UNSURE}`,
  }),
  co('drip', 'Drip Global, Inc.', 'Drip', US, false, 'https://www.drip.com/privacy', { notes: `${NAME_UNSURE} ${DPF_UNSURE}` }),
  co('kit', 'ConvertKit LLC', 'Kit (ConvertKit)', US, false, 'https://kit.com/privacy', { notes: DPF_UNSURE }),
  co('mailerlite', 'MailerLite Limited', 'MailerLite', 'IE', false, 'https://www.mailerlite.com/legal/privacy-policy'),
  co('omnisend', 'UAB Omnisend', 'Omnisend', 'LT', false, 'https://www.omnisend.com/privacy-policy/'),
  co('dotdigital', 'dotdigital EMEA Limited', 'Dotdigital', 'GB', false, 'https://dotdigital.com/privacy-policy/', { parent: 'dotdigital Group plc' }),
  co('selligent', 'Selligent S.A.', 'Selligent (Marigold)', 'BE', false, 'https://meetmarigold.com/privacy-policy/', {
    parent: 'Marigold (CM Group)', parentCountry: US, notes: NAME_UNSURE,
  }),
  co('sc-networks', 'SC-Networks GmbH', 'Evalanche', 'DE', false, 'https://www.evalanche.com/datenschutz/'),
  co('inxmail', 'Inxmail GmbH', 'Inxmail', 'DE', false, 'https://www.inxmail.de/datenschutz'),
  co('mailjet', 'Mailjet SAS', 'Mailjet (Sinch)', 'FR', false, 'https://www.mailjet.com/privacy-policy/', { parent: 'Sinch AB (publ)', parentCountry: 'SE' }),
  co('salesmanago', 'Benhauer Sp. z o.o.', 'SALESmanago', 'PL', false, 'https://www.salesmanago.com/info/privacypolicy.htm'),
  co('dealfront', 'Dealfront Group GmbH', 'Dealfront (Leadfeeder)', 'DE', false, 'https://www.dealfront.com/privacy-policy/', {
    notes: `Leadfeeder (Liidio Oy, FI) merged with Echobot into Dealfront. ${NAME_UNSURE}`,
  }),
  co('albacross', 'Albacross Nordic AB', 'Albacross', 'SE', false, 'https://albacross.com/privacy-policy/'),
  co('lead-forensics', 'Lead Forensics Ltd', 'Lead Forensics', 'GB', false, 'https://www.leadforensics.com/privacy-and-cookies/'),
  co('leadinfo', 'Leadinfo B.V.', 'Leadinfo', 'NL', false, 'https://www.leadinfo.com/en/privacy/'),
  co('snitcher', 'Snitcher B.V.', 'Snitcher', 'NL', false, 'https://www.snitcher.com/privacy-policy'),
  co('wiredminds', 'WiredMinds GmbH', 'WiredMinds', 'DE', false, 'https://wiredminds.de/datenschutz/'),
  co('6sense', '6sense Insights, Inc.', '6sense', US, false, 'https://6sense.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('demandbase', 'Demandbase, Inc.', 'Demandbase', US, false, 'https://www.demandbase.com/privacy/', { notes: DPF_UNSURE }),
  co('zoominfo', 'ZoomInfo Technologies LLC', 'ZoomInfo', US, false, 'https://www.zoominfo.com/about-zoominfo/privacy-policy', { notes: DPF_UNSURE }),
  co('bombora', 'Bombora, Inc.', 'Bombora', US, false, 'https://bombora.com/privacy/', { notes: DPF_UNSURE }),
  co('zoho', 'Zoho Corporation B.V.', 'Zoho', 'NL', false, 'https://www.zoho.com/privacy.html', {
    parent: 'Zoho Corporation Private Limited', parentCountry: 'IN', notes: 'EU accounts are hosted in Zoho data centres in the EU.',
  }),
  co('freshworks', 'Freshworks Inc.', 'Freshworks', US, false, 'https://www.freshworks.com/privacy/', { notes: DPF_UNSURE }),
  co('pipedrive', 'Pipedrive OÜ', 'Pipedrive', 'EE', false, 'https://www.pipedrive.com/en/privacy'),
  co('optinmonster', 'Retyc LLC', 'OptinMonster', US, false, 'https://optinmonster.com/privacy/', { notes: `${NAME_UNSURE} ${DPF_UNSURE}` }),
  co('sleeknote', 'Sleeknote ApS', 'Sleeknote', 'DK', false, 'https://sleeknote.com/privacy-policy'),
  co('wisepops', 'Wisepops SAS', 'Wisepops', 'FR', false, 'https://wisepops.com/privacy-policy'),
  co('unbounce', 'Unbounce Marketing Solutions Inc.', 'Unbounce', 'CA', false, 'https://unbounce.com/privacy/'),

  // --- Chat and support ---
  co('intercom', 'Intercom R&D Unlimited Company', 'Intercom', 'IE', true, 'https://www.intercom.com/legal/privacy', {
    parent: 'Intercom, Inc.', parentCountry: US, notes: 'DPF status of Intercom, Inc.: see data/dpf-evidence.ts.',
  }),
  co('drift', 'Drift.com, Inc.', 'Drift (Salesloft)', US, false, 'https://www.salesloft.com/legal/privacy-notice', {
    parent: 'Salesloft, Inc.', notes: DPF_UNSURE,
  }),
  co('zendesk', 'Zendesk, Inc.', 'Zendesk', US, true, 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/'),
  co('text-sa', 'Text S.A.', 'LiveChat', 'PL', false, 'https://www.livechat.com/legal/privacy-policy/', { notes: 'Formerly LiveChat Software S.A.' }),
  co('tawk', 'tawk.to inc.', 'tawk.to', US, false, 'https://www.tawk.to/privacy-policy/', { notes: DPF_UNSURE }),
  co('userlike', 'Userlike UG (haftungsbeschränkt)', 'Userlike', 'DE', false, 'https://www.userlike.com/en/terms#privacy-policy', {
    parent: 'LivePerson, Inc.', parentCountry: US,
  }),
  co('crisp', 'Crisp IM SAS', 'Crisp', 'FR', false, 'https://crisp.chat/en/privacy/'),
  co('olark', 'Habla, Inc.', 'Olark', US, false, 'https://www.olark.com/privacy-policy', { notes: DPF_UNSURE }),
  co('liveperson', 'LivePerson, Inc.', 'LivePerson', US, false, 'https://www.liveperson.com/policies/privacy/', { notes: DPF_UNSURE }),
  co('tidio', 'Tidio LLC', 'Tidio', US, false, 'https://www.tidio.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('gorgias', 'Gorgias, Inc.', 'Gorgias', US, false, 'https://www.gorgias.com/legal/privacy', { notes: DPF_UNSURE }),
  co('help-scout', 'Help Scout PBC', 'Help Scout', US, false, 'https://www.helpscout.com/company/legal/privacy/', { notes: DPF_UNSURE }),
  co('smartsupp', 'Smartsupp.com, s.r.o.', 'Smartsupp', 'CZ', false, 'https://www.smartsupp.com/help/privacy/'),
  co('landbot', 'HELLO UMI, S.L.', 'Landbot', 'ES', false, 'https://landbot.io/privacy', { notes: NAME_UNSURE }),
  co('trengo', 'Trengo B.V.', 'Trengo', 'NL', false, 'https://trengo.com/privacy-statement'),
  co('knowhere', 'knowhere GmbH', 'moinAI', 'DE', false, 'https://www.moin.ai/datenschutz'),

  // --- Consent management ---
  co('onetrust', 'OneTrust LLC', 'OneTrust', US, true, 'https://www.onetrust.com/privacy-notice/'),
  co('usercentrics', 'Usercentrics GmbH', 'Usercentrics', 'DE', false, 'https://usercentrics.com/privacy-policy/'),
  co('usercentrics-as', 'Usercentrics A/S', 'Cookiebot', 'DK', false, 'https://www.cookiebot.com/en/privacy-policy/', {
    parent: 'Usercentrics GmbH', parentCountry: 'DE', notes: 'Formerly Cybot A/S.',
  }),
  co('didomi', 'Didomi SAS', 'Didomi', 'FR', false, 'https://www.didomi.io/privacy-policy'),
  co('consentmanager', 'consentmanager AB', 'consentmanager', 'SE', false, 'https://www.consentmanager.net/en/privacy/', {
    notes: 'consentmanager GmbH contracts with customers in DE/AT/CH and consentmanager SAS in FR/BE.',
  }),
  co('sourcepoint', 'Sourcepoint Technologies, Inc.', 'Sourcepoint', US, false, 'https://www.sourcepoint.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('trustarc', 'TrustArc Inc', 'TrustArc', US, true, 'https://trustarc.com/privacy-policy/'),
  co('iubenda', 'iubenda S.r.l.', 'iubenda', 'IT', false, 'https://www.iubenda.com/privacy-policy/252372', { parent: 'team.blue', parentCountry: 'BE' }),
  co('borlabs', 'Borlabs GmbH', 'Borlabs', 'DE', false, 'https://borlabs.io/datenschutz/'),
  co('cookieyes', 'CookieYes Limited', 'CookieYes', 'GB', false, 'https://www.cookieyes.com/privacy-policy/'),
  co('osano', 'Osano, Inc.', 'Osano', US, false, 'https://www.osano.com/legal/privacy', { notes: DPF_UNSURE }),
  co('axeptio', 'Agilitation SAS', 'Axeptio', 'FR', false, 'https://www.axeptio.eu/en/legal-notice'),
  co('kiprotect', 'KIProtect GmbH', 'Klaro', 'DE', false, 'https://kiprotect.com/privacy'),
  co('complianz', 'Complianz B.V.', 'Complianz', 'NL', false, 'https://complianz.io/legal-hub/privacy-statement/'),
  co('devowl', 'devowl.io GmbH', 'Real Cookie Banner', 'DE', false, 'https://devowl.io/privacy-policy/'),
  co('cookie-information', 'Cookie Information A/S', 'Cookie Information', 'DK', false, 'https://cookieinformation.com/privacy-policy/'),
  co('cookiefirst', 'Digital Data Solutions B.V.', 'CookieFirst', 'NL', false, 'https://cookiefirst.com/privacy-policy/'),
  co('cookiehub', 'CookieHub ehf.', 'CookieHub', 'IS', false, 'https://www.cookiehub.com/privacy-policy'),
  co('civic', 'Civic Computing Ltd', 'Civic Cookie Control', 'GB', false, 'https://www.civicuk.com/privacy-statement'),
  co('termly', 'Termly Inc.', 'Termly', US, false, 'https://termly.io/our-privacy-policy/', { notes: DPF_UNSURE }),
  co('ketch', 'Ketch Kloud, Inc.', 'Ketch', US, false, 'https://www.ketch.com/privacy-policy', { notes: DPF_UNSURE }),
  co('papoo', 'Papoo Software & Media GmbH', 'CCM19', 'DE', false, 'https://www.ccm19.de/datenschutzerklaerung.html'),

  // --- Push ---
  co('onesignal', 'OneSignal, Inc.', 'OneSignal', US, false, 'https://onesignal.com/privacy_policy', { notes: DPF_UNSURE }),
  co('cleverpush', 'CleverPush GmbH', 'CleverPush', 'DE', false, 'https://cleverpush.com/en/privacy/'),
  co('airship', 'Airship Group, Inc.', 'Airship', US, false, 'https://www.airship.com/legal/privacy/', { notes: DPF_UNSURE }),
  co('pushwoosh', 'Pushwoosh Inc.', 'Pushwoosh', US, false, 'https://www.pushwoosh.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('batch', 'Batch SAS', 'Batch', 'FR', false, 'https://batch.com/privacy', { notes: NAME_UNSURE }),

  // --- Reviews ---
  co('trustpilot', 'Trustpilot A/S', 'Trustpilot', 'DK', false, 'https://legal.trustpilot.com/for-reviewers/end-user-privacy-terms'),
  co('trusted-shops', 'Trusted Shops SE', 'Trusted Shops', 'DE', false, 'https://business.trustedshops.com/imprint'),
  co('feefo', 'Feefo Holdings Ltd', 'Feefo', 'GB', false, 'https://www.feefo.com/en-gb/privacy-policy'),
  co('reviews-io', 'Reviews.co.uk Ltd', 'REVIEWS.io', 'GB', false, 'https://www.reviews.io/front/privacy-policy', { notes: NAME_UNSURE }),
  co('yotpo', 'Yotpo Ltd.', 'Yotpo', 'IL', false, 'https://www.yotpo.com/privacy-policy/'),
  co('bazaarvoice', 'Bazaarvoice, Inc.', 'Bazaarvoice', US, false, 'https://www.bazaarvoice.com/legal/privacy-policy/', { notes: DPF_UNSURE }),
  co('provenexpert', 'Expert Systems AG', 'ProvenExpert', 'DE', false, 'https://www.provenexpert.com/en-gb/privacy/'),

  // --- Affiliate ---
  co('awin', 'Awin AG', 'Awin', 'DE', false, 'https://www.awin.com/gb/privacy'),
  co('tradedoubler', 'Tradedoubler AB', 'Tradedoubler', 'SE', false, 'https://www.tradedoubler.com/en/privacy-policy/'),
  co('webgains', 'Webgains Ltd', 'Webgains', 'GB', false, 'https://www.webgains.com/public/en/privacy-policy/', { notes: 'Part of the ad pepper group.' }),
  co('cj', 'Conversant, LLC', 'CJ (Commission Junction)', US, false, 'https://www.cj.com/legal/privacy', {
    parent: 'Publicis Groupe S.A.', notes: DPF_UNSURE,
  }),
  co('impact', 'Impact Tech, Inc.', 'impact.com', US, false, 'https://impact.com/privacy-policy/', { notes: DPF_UNSURE }),
  co('rakuten-advertising', 'LinkShare Corporation', 'Rakuten Advertising', US, false, 'https://rakutenadvertising.com/legal-notices/services-privacy-policy/', {
    parent: 'Rakuten Group, Inc.', parentCountry: 'JP', notes: DPF_UNSURE,
  }),
  co('belboon', 'belboon GmbH', 'belboon', 'DE', false, 'https://www.belboon.com/en/privacy-policy/'),
  co('tradetracker', 'TradeTracker International B.V.', 'TradeTracker', 'NL', false, 'https://tradetracker.com/privacy-policy/', { notes: NAME_UNSURE }),
  co('financeads', 'financeAds GmbH & Co. KG', 'financeAds', 'DE', false, 'https://www.financeads.com/privacy-policy/'),
  co('partnerize', 'Performance Horizon Group Limited', 'Partnerize', 'GB', false, 'https://partnerize.com/privacy-policy/'),
  co('skimlinks', 'Skimbit Ltd', 'Skimlinks', 'GB', false, 'https://skimlinks.com/privacy-policies/', { parent: 'Taboola.com Ltd.', parentCountry: 'IL' }),
  co('adcell', 'Firstlead GmbH', 'ADCELL', 'DE', false, 'https://www.adcell.com/datenschutz'),

  // --- Media, maps, fonts ---
  co('vimeo', 'Vimeo.com, Inc.', 'Vimeo', US, false, 'https://vimeo.com/privacy', { notes: DPF_UNSURE }),
  co('wistia', 'Wistia, Inc.', 'Wistia', US, false, 'https://wistia.com/privacy', { notes: DPF_UNSURE }),
  co('dailymotion', 'Dailymotion SA', 'Dailymotion', 'FR', false, 'https://legal.dailymotion.com/en/privacy-policy/'),
  co('jw-player', 'LongTail Ad Solutions, Inc.', 'JW Player', US, false, 'https://jwplayer.com/legal/privacy/', { notes: DPF_UNSURE }),
  co('brightcove', 'Brightcove Inc.', 'Brightcove', US, false, 'https://www.brightcove.com/en/legal/privacy/', { notes: DPF_UNSURE }),
  co('vidyard', 'Buildscale, Inc.', 'Vidyard', 'CA', false, 'https://www.vidyard.com/privacy/'),
  co('kaltura', 'Kaltura, Inc.', 'Kaltura', US, false, 'https://corp.kaltura.com/legal/privacy/privacy-policy/', { notes: DPF_UNSURE }),
  co('3q', '3Q GmbH', '3Q', 'DE', false, 'https://3q.video/en/privacy-policy/'),
  co('spotify', 'Spotify AB', 'Spotify', 'SE', false, 'https://www.spotify.com/legal/privacy-policy/'),
  co('soundcloud', 'SoundCloud Global Limited & Co. KG', 'SoundCloud', 'DE', false, 'https://soundcloud.com/pages/privacy'),
  co('mapbox', 'Mapbox, Inc.', 'Mapbox', US, false, 'https://www.mapbox.com/legal/privacy', { notes: DPF_UNSURE }),
  co('here', 'HERE Global B.V.', 'HERE', 'NL', false, 'https://legal.here.com/en-gb/privacy'),
  co('osmf', 'OpenStreetMap Foundation', 'OpenStreetMap', 'GB', false, 'https://osmfoundation.org/wiki/Privacy_Policy'),
  co('fonticons', 'Fonticons, Inc.', 'Font Awesome', US, false, 'https://fontawesome.com/privacy', { notes: DPF_UNSURE }),
  co('monotype', 'Monotype Imaging Inc.', 'Monotype (Fonts.com)', US, false, 'https://www.monotype.com/legal/privacy-policy', { notes: DPF_UNSURE }),

  // --- CDN and hosting ---
  co('prospect-one', 'Prospect One sp. z o.o.', 'jsDelivr', 'PL', false, 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net', {
    notes: 'Serves files through Cloudflare, Fastly and Bunny.net.',
  }),
  co('openjs', 'OpenJS Foundation', 'jQuery CDN', US, false, 'https://openjsf.org/privacy', { notes: 'Non-profit; code.jquery.com is delivered by a commercial CDN.' }),
  co('stackpath', 'StackPath, LLC', 'BootstrapCDN', US, false, 'https://www.stackpath.com/legal/privacy-statement/', { notes: DPF_UNSURE }),
  co('bunny', 'BunnyWay d.o.o.', 'bunny.net', 'SI', false, 'https://bunny.net/privacy/'),
  co('keycdn', 'proinity LLC', 'KeyCDN', 'CH', false, 'https://www.keycdn.com/privacy'),
  co('cloudinary', 'Cloudinary Ltd.', 'Cloudinary', 'IL', false, 'https://cloudinary.com/privacy'),
  co('imgix', 'imgix, Inc.', 'imgix', US, false, 'https://imgix.com/privacy', { notes: DPF_UNSURE }),
  co('shopify', 'Shopify International Limited', 'Shopify', 'IE', false, 'https://www.shopify.com/legal/privacy', {
    parent: 'Shopify Inc.', parentCountry: 'CA',
  }),
  co('wix', 'Wix.com Ltd.', 'Wix', 'IL', false, 'https://www.wix.com/about/privacy'),
  co('squarespace', 'Squarespace Ireland Limited', 'Squarespace', 'IE', false, 'https://www.squarespace.com/privacy', {
    parent: 'Squarespace, Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('webflow', 'Webflow, Inc.', 'Webflow', US, false, 'https://webflow.com/legal/privacy', { notes: DPF_UNSURE }),
  co('netlify', 'Netlify, Inc.', 'Netlify', US, false, 'https://www.netlify.com/privacy/', { notes: DPF_UNSURE }),
  co('vercel', 'Vercel Inc.', 'Vercel', US, false, 'https://vercel.com/legal/privacy-policy', { notes: DPF_UNSURE }),

  // --- Payments and captcha ---
  co('stripe', 'Stripe Payments Europe, Limited', 'Stripe', 'IE', true, 'https://stripe.com/privacy', {
    parent: 'Stripe, Inc.', parentCountry: US, notes: 'Stripe, Inc. is DPF-certified.',
  }),
  co('paypal', 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', 'PayPal', 'LU', false, 'https://www.paypal.com/de/legalhub/paypal/privacy-full', {
    parent: 'PayPal Holdings, Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('klarna', 'Klarna Bank AB (publ)', 'Klarna', 'SE', false, 'https://www.klarna.com/international/privacy-policy/'),
  co('adyen', 'Adyen N.V.', 'Adyen', 'NL', false, 'https://www.adyen.com/policies-and-disclaimer/privacy-policy'),
  co('mollie', 'Mollie B.V.', 'Mollie', 'NL', false, 'https://www.mollie.com/privacy'),
  co('unzer', 'Unzer GmbH', 'Unzer', 'DE', false, 'https://www.unzer.com/en/privacy-statement/'),
  co('intuition-machines', 'Intuition Machines, Inc.', 'hCaptcha', US, false, 'https://www.hcaptcha.com/privacy', { notes: DPF_UNSURE }),
  co('friendly-captcha', 'Friendly Captcha GmbH', 'Friendly Captcha', 'DE', false, 'https://friendlycaptcha.com/legal/privacy-end-users/'),

  // --- Social, forms, surveys and other embeds ---
  co('disqus', 'Disqus, Inc.', 'Disqus', US, false, 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy', {
    parent: 'Zeta Global Holdings Corp.', notes: DPF_UNSURE,
  }),
  co('addtoany', 'AddToAny LLC', 'AddToAny', US, false, 'https://www.addtoany.com/privacy', { notes: DPF_UNSURE }),
  co('sharethis', 'ShareThis, Inc.', 'ShareThis', US, false, 'https://sharethis.com/privacy/', { notes: DPF_UNSURE }),
  co('new-work', 'New Work SE', 'XING', 'DE', false, 'https://privacy.xing.com/en/privacy-policy'),
  co('vk', 'VK Company Limited', 'VK', 'RU', false, 'https://vk.com/privacy', { notes: 'Russia has no EU adequacy decision.' }),
  co('calendly', 'Calendly LLC', 'Calendly', US, false, 'https://calendly.com/privacy', { notes: DPF_UNSURE }),
  co('typeform', 'Typeform S.L.', 'Typeform', 'ES', false, 'https://www.typeform.com/privacy-policy/'),
  co('jotform', 'Jotform Inc.', 'Jotform', US, false, 'https://www.jotform.com/privacy/', { notes: DPF_UNSURE }),
  co('surveymonkey', 'SurveyMonkey Europe UC', 'SurveyMonkey', 'IE', false, 'https://www.surveymonkey.com/mp/legal/privacy/', {
    parent: 'SurveyMonkey Inc.', parentCountry: US, notes: DPF_UNSURE,
  }),
  co('qualtrics', 'Qualtrics LLC', 'Qualtrics', US, false, 'https://www.qualtrics.com/privacy-statement/', { notes: DPF_UNSURE }),
  co('medallia', 'Medallia, Inc.', 'Medallia', US, false, 'https://www.medallia.com/privacy-policy/', { notes: DPF_UNSURE }),
];
