// Third-party services seen on European websites: hosts -> service -> company, category and default consent need.
// Written from the vendors' own documentation and privacy pages; no third-party tracker database was used.
import type { PathOverride, Tracker, TrackerCategory } from './types.ts';

export const TRACKERS_CHECKED = '2026-11-29';

interface Extra {
  paths?: readonly PathOverride[];
  selfHosted?: boolean;
  notes?: string;
  /** When the service has its own page, instead of the vendor's default. */
  source?: string;
}

type Add = (id: string, name: string, category: TrackerCategory, needsConsent: boolean, domains: readonly string[], extra?: Extra) => Tracker;

// One builder per vendor keeps each entry to one line while filling companyId, source and checked.
function vendor(companyId: string, source: string): Add {
  return (id, name, category, needsConsent, domains, extra = {}) => ({
    id,
    name,
    companyId,
    category,
    needsConsent,
    domains,
    ...(extra.paths ? { paths: extra.paths } : {}),
    ...(extra.selfHosted ? { selfHosted: true } : {}),
    ...(extra.notes ? { notes: extra.notes } : {}),
    source: extra.source ?? source,
    checked: TRACKERS_CHECKED,
  });
}

const SELF_HOSTED = 'Installed on the site itself; no third-party host. Recognised by its cookies.';
const CONSENT_IF_AUTO = 'Needs consent when the widget loads before the visitor interacts with it.';
const COOKIELESS = 'Cookieless by design; many EU regulators accept it without consent, but the request still reaches the vendor.';

const googleIe = vendor('google-ireland', 'https://business.safety.google/privacy/');
const google = vendor('google', 'https://policies.google.com/privacy');
const meta = vendor('meta', 'https://www.facebook.com/privacy/policies/cookies/');
const microsoft = vendor('microsoft', 'https://privacy.microsoft.com/en-us/privacystatement');
const msAds = vendor('microsoft-ireland', 'https://about.ads.microsoft.com/en/policies/legal-privacy-and-security/privacy-policy');
const linkedin = vendor('linkedin', 'https://www.linkedin.com/legal/cookie-policy');
const tiktok = vendor('tiktok', 'https://ads.tiktok.com/help/article/tiktok-pixel');
const pinterest = vendor('pinterest', 'https://policy.pinterest.com/en/cookies');
const snap = vendor('snap', 'https://snap.com/en-US/cookie-policy');
const x = vendor('x-corp', 'https://help.x.com/en/rules-and-policies/x-cookies');
const reddit = vendor('reddit', 'https://www.reddit.com/policies/cookies');
const amazon = vendor('amazon', 'https://advertising.amazon.com/legal/privacy-notice');
const amazonPay = vendor('amazon-payments', 'https://pay.amazon.com/help/201212490');
const aws = vendor('aws', 'https://aws.amazon.com/privacy/');
const apple = vendor('apple', 'https://www.apple.com/legal/privacy/en-ww/');
const yahoo = vendor('yahoo', 'https://legal.yahoo.com/ie/en/yahoo/privacy/adinfo/index.html');
const oracle = vendor('oracle', 'https://www.oracle.com/legal/privacy/services-privacy-policy.html');
const adobe = vendor('adobe', 'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies');
const salesforce = vendor('salesforce', 'https://www.salesforce.com/company/privacy/');
const cloudflare = vendor('cloudflare', 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/');

export const TRACKERS: readonly Tracker[] = [
  // ---------------- Google ----------------
  googleIe('google-analytics', 'Google Analytics (Universal Analytics)', 'analytics', true, ['google-analytics.com'], {
    paths: [{ pathPrefix: '/g/collect', trackerId: 'google-analytics-4' }, { pathPrefix: '/mp/collect', trackerId: 'google-analytics-4' }],
    notes: 'Universal Analytics stopped processing in 2023-2024; GA4 still collects via this host.',
    source: 'https://support.google.com/analytics/answer/6004245',
  }),
  googleIe('google-analytics-4', 'Google Analytics 4', 'analytics', true, ['analytics.google.com', 'region1.google-analytics.com'], {
    source: 'https://support.google.com/analytics/answer/6004245',
  }),
  googleIe('google-tag-manager', 'Google Tag Manager', 'tag-manager', true, ['googletagmanager.com'], {
    paths: [{ pathPrefix: '/gtag/', trackerId: 'google-tag' }],
    notes: 'Loads from Google servers and transmits the IP; VG Hannover (19 Mar 2025, 10 A 5385/22) held it needs consent.',
    source: 'https://marketingplatform.google.com/about/analytics/tag-manager/use-policy/',
  }),
  googleIe('google-tag', 'Google tag (gtag.js)', 'tag-manager', true, [], {
    notes: 'Loader for GA4 and Google Ads; reached as googletagmanager.com/gtag/.',
    source: 'https://support.google.com/tagmanager/answer/11994839',
  }),
  googleIe('google-ads', 'Google Ads (conversion tracking, remarketing)', 'advertising', true,
    ['googleadservices.com', 'googleads.g.doubleclick.net', 'adservice.google.com'], { source: 'https://business.safety.google/adscookies/' }),
  googleIe('google-doubleclick', 'Google Marketing Platform (DoubleClick, Campaign Manager 360, DV360)', 'advertising', true, ['doubleclick.net'], {
    source: 'https://business.safety.google/adscookies/',
  }),
  googleIe('google-ad-manager', 'Google Ad Manager', 'advertising', true,
    ['googletagservices.com', 'securepubads.g.doubleclick.net', 'pubads.g.doubleclick.net', 'imasdk.googleapis.com'], {
      source: 'https://business.safety.google/adscookies/',
    }),
  googleIe('google-adsense', 'Google AdSense', 'advertising', true, ['googlesyndication.com', 'adtrafficquality.google'], {
    source: 'https://business.safety.google/adscookies/',
  }),
  googleIe('google-optimize', 'Google Optimize', 'ab-testing', true, ['optimize.google.com', 'googleoptimize.com'], {
    notes: 'Discontinued by Google on 30 Sep 2023; a remaining tag is dead code that still calls Google.',
  }),
  googleIe('youtube', 'YouTube', 'video', true, ['youtube.com', 'ytimg.com', 'googlevideo.com', 'youtu.be', 'ggpht.com'], {
    source: 'https://policies.google.com/technologies/cookies',
  }),
  googleIe('youtube-nocookie', 'YouTube (privacy-enhanced mode)', 'video', true, ['youtube-nocookie.com'], {
    notes: 'Sets no cookies until playback but still stores data in local storage and transmits the IP to Google.',
  }),
  googleIe('google-other', 'Google (other services)', 'other', true, [
    'google.com', 'google.de', 'google.at', 'google.ch', 'google.fr', 'google.it', 'google.es', 'google.nl', 'google.be', 'google.pl',
    'google.co.uk', 'google.ie', 'google.se', 'google.dk', 'google.pt', 'google.cz', 'google.fi', 'google.gr',
  ], {
    paths: [
      { pathPrefix: '/recaptcha', trackerId: 'google-recaptcha' },
      { pathPrefix: '/maps', trackerId: 'google-maps' },
      { pathPrefix: '/pagead', trackerId: 'google-ads' },
      { pathPrefix: '/ads', trackerId: 'google-ads' },
      { pathPrefix: '/rmkt', trackerId: 'google-ads' },
      { pathPrefix: '/ccm', trackerId: 'google-ads' },
    ],
    notes: 'Google main hosts; ad audiences (e.g. google.de/ads/ga-audiences) and reCAPTCHA are told apart by path.',
  }),
  googleIe('google-sign-in', 'Sign in with Google', 'social', true, ['accounts.google.com'], { notes: CONSENT_IF_AUTO }),
  googleIe('google-funding-choices', 'Google Privacy & messaging (Funding Choices)', 'consent-manager', false, ['fundingchoicesmessages.google.com']),
  google('google-fonts', 'Google Fonts', 'fonts', true, ['fonts.googleapis.com', 'fonts.gstatic.com'], {
    notes: 'LG München I (20 Jan 2022, 3 O 17493/20): loading Google Fonts from Google servers without consent breaches the GDPR. Self-host instead.',
    source: 'https://developers.google.com/fonts/faq/privacy',
  }),
  google('google-maps', 'Google Maps', 'maps', true, ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com'], {
    source: 'https://cloud.google.com/maps-platform/terms',
  }),
  google('google-recaptcha', 'Google reCAPTCHA', 'captcha', true, ['recaptcha.net'], {
    notes: 'Unlike most captchas it collects device and behaviour data for Google; German and French regulators expect consent. hCaptcha, Friendly Captcha or Turnstile avoid this.',
    source: 'https://developers.google.com/recaptcha/docs/faq',
  }),
  google('google-static', 'Google static content (gstatic)', 'cdn', false, ['gstatic.com'], {
    paths: [{ pathPrefix: '/recaptcha', trackerId: 'google-recaptcha' }],
  }),
  google('google-hosted-libraries', 'Google Hosted Libraries', 'cdn', false, ['ajax.googleapis.com'], {
    notes: 'Plain script CDN, but the IP still reaches Google LLC in the US; self-hosting avoids the transfer.',
    source: 'https://developers.google.com/speed/libraries/terms',
  }),
  google('google-apis', 'Google APIs (generic)', 'other', false, ['googleapis.com'], {
    notes: 'Generic API host; consent depends on the specific API. The transfer to Google is still reported.',
  }),
  google('google-translate', 'Google Translate widget', 'other', true, ['translate.googleapis.com', 'translate.google.com', 'translate-pa.googleapis.com']),
  google('google-pay', 'Google Pay', 'payments', false, ['pay.google.com']),
  google('firebase', 'Firebase (Realtime Database, Hosting)', 'hosting', false, ['firebaseio.com', 'firebaseapp.com']),
  google('firebase-analytics', 'Google Analytics for Firebase', 'analytics', true,
    ['app-measurement.com', 'firebaselogging-pa.googleapis.com', 'firebaseinstallations.googleapis.com']),
  google('google-cloud-storage', 'Google Cloud Storage / user content', 'hosting', false, ['storage.googleapis.com', 'googleusercontent.com']),

  // ---------------- Meta ----------------
  meta('facebook-pixel', 'Meta Pixel (Facebook Pixel)', 'advertising', true, ['connect.facebook.net'], {
    notes: 'connect.facebook.net also serves the Facebook SDK for social plugins; both need consent.',
    source: 'https://www.facebook.com/business/help/471978536642445',
  }),
  meta('facebook', 'Facebook (social plugins, embeds, login)', 'social', true, ['facebook.com', 'facebook.net', 'fbcdn.net', 'fb.com', 'fb.me'], {
    paths: [{ pathPrefix: '/tr', trackerId: 'facebook-pixel' }],
    notes: 'CJEU C-40/17 Fashion ID: the site is joint controller for data sent by the Like button.',
  }),
  meta('instagram', 'Instagram embeds', 'social', true, ['instagram.com', 'cdninstagram.com']),
  meta('whatsapp', 'WhatsApp (chat links, widgets)', 'chat', true, ['whatsapp.com', 'whatsapp.net']),

  // ---------------- Microsoft ----------------
  microsoft('microsoft-clarity', 'Microsoft Clarity', 'session-replay', true, ['clarity.ms'], {
    notes: 'Since 2025 Microsoft requires consent signals from EEA/UK/CH visitors for Clarity.',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  }),
  msAds('bing-uet', 'Microsoft Advertising UET (Bing Ads)', 'advertising', true, ['bat.bing.com', 'bat.bing.net']),
  microsoft('bing', 'Microsoft Bing (other services)', 'other', true, ['bing.com', 'bing.net']),
  microsoft('bing-maps', 'Bing Maps', 'maps', true, ['virtualearth.net']),
  microsoft('microsoft-ajax-cdn', 'Microsoft Ajax CDN', 'cdn', false, ['aspnetcdn.com']),
  microsoft('azure', 'Microsoft Azure (hosting, CDN, storage)', 'hosting', false,
    ['azureedge.net', 'azurewebsites.net', 'core.windows.net', 'azurefd.net', 'msecnd.net']),
  microsoft('application-insights', 'Azure Application Insights', 'analytics', true,
    ['js.monitor.azure.com', 'applicationinsights.azure.com', 'dc.services.visualstudio.com'], {
      notes: 'Sets ai_user/ai_session cookies unless cookies are disabled in its configuration.',
    }),
  microsoft('dynamics-365-marketing', 'Microsoft Dynamics 365 Customer Insights - Journeys (Marketing)', 'marketing-automation', true, ['mkt.dynamics.com']),
  linkedin('linkedin-insight', 'LinkedIn Insight Tag', 'advertising', true, ['snap.licdn.com', 'ads.linkedin.com'], {
    source: 'https://www.linkedin.com/help/lms/answer/a427660',
  }),
  linkedin('linkedin', 'LinkedIn (social plugins, embeds)', 'social', true, ['linkedin.com', 'licdn.com', 'lnkd.in']),
  vendor('xandr', 'https://about.ads.microsoft.com/en/resources/policies/microsoft-invest-platform-privacy-policy')(
    'xandr', 'Xandr / AppNexus (Microsoft Invest, Microsoft Curate)', 'advertising', true, ['adnxs.com', 'adnxs-simple.com', 'appnexus.com'],
    { notes: 'Microsoft announced the wind-down of the Xandr DSP (Microsoft Invest) for 2026.' }),

  // ---------------- Other social networks ----------------
  tiktok('tiktok-pixel', 'TikTok Pixel', 'advertising', true, ['analytics.tiktok.com', 'analytics-sg.tiktok.com']),
  tiktok('tiktok', 'TikTok embeds', 'social', true, ['tiktok.com', 'tiktokcdn.com', 'tiktokcdn-eu.com', 'tiktokv.com']),
  pinterest('pinterest-tag', 'Pinterest Tag', 'advertising', true, ['ct.pinterest.com'], {
    source: 'https://help.pinterest.com/en/business/article/install-the-pinterest-tag',
  }),
  pinterest('pinterest', 'Pinterest (save button, embeds)', 'social', true, ['pinterest.com', 'pinimg.com'], {
    paths: [{ pathPrefix: '/ct/', trackerId: 'pinterest-tag' }, { pathPrefix: '/ct.html', trackerId: 'pinterest-tag' }],
  }),
  snap('snap-pixel', 'Snap Pixel', 'advertising', true, ['sc-static.net', 'tr.snapchat.com', 'tr-shadow.snapchat.com']),
  snap('snapchat', 'Snapchat embeds', 'social', true, ['snapchat.com']),
  x('x-pixel', 'X (Twitter) Pixel', 'advertising', true, ['ads-twitter.com', 'analytics.twitter.com', 't.co'], {
    notes: 'static.ads-twitter.com/uwt.js and t.co/i/adsct are the conversion tag.',
  }),
  x('x', 'X (Twitter) embeds and buttons', 'social', true, ['twitter.com', 'x.com', 'twimg.com']),
  reddit('reddit-pixel', 'Reddit Pixel', 'advertising', true, ['alb.reddit.com', 'pixel-config.reddit.com']),
  reddit('reddit', 'Reddit embeds', 'social', true, ['reddit.com', 'redditstatic.com', 'redditmedia.com', 'redd.it'], {
    paths: [{ pathPrefix: '/ads/', trackerId: 'reddit-pixel' }],
  }),
  vendor('quora', 'https://www.quora.com/about/privacy')('quora-pixel', 'Quora Pixel', 'advertising', true, ['a.quora.com', 'q.quora.com']),
  vendor('new-work', 'https://privacy.xing.com/en/privacy-policy')('xing', 'XING (share buttons, embeds)', 'social', true, ['xing.com']),
  vendor('vk', 'https://vk.com/privacy')('vk', 'VK (widgets, pixel)', 'social', true, ['vk.com', 'userapi.com']),
  vendor('disqus', 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy')(
    'disqus', 'Disqus comments', 'social', true, ['disqus.com', 'disquscdn.com'], { notes: 'Disqus also runs ads and tracking unless the paid plan disables them.' }),
  vendor('addtoany', 'https://www.addtoany.com/privacy')('addtoany', 'AddToAny share buttons', 'social', true, ['addtoany.com']),
  vendor('sharethis', 'https://sharethis.com/privacy/')('sharethis', 'ShareThis share buttons', 'social', true, ['sharethis.com']),
  oracle('addthis', 'AddThis share buttons', 'social', true, ['addthis.com', 'addthisedge.com'], { notes: 'Discontinued by Oracle in 2023; remaining tags are dead code.' }),

  // ---------------- Amazon, Apple, Yahoo, Oracle ----------------
  amazon('amazon-ads', 'Amazon Ads (Amazon DSP, Publisher Services)', 'advertising', true, ['amazon-adsystem.com']),
  amazon('amazon-associates', 'Amazon Associates (affiliate widgets)', 'affiliate', true, ['assoc-amazon.com', 'assoc-amazon.de', 'assoc-amazon.co.uk']),
  amazonPay('amazon-pay', 'Amazon Pay', 'payments', false, ['payments-amazon.com', 'amazonpay.com']),
  aws('aws-cloudfront', 'Amazon CloudFront', 'cdn', false, ['cloudfront.net']),
  aws('aws', 'Amazon Web Services (S3, hosting)', 'hosting', false, ['amazonaws.com', 'awsstatic.com']),
  apple('apple-mapkit', 'Apple MapKit JS', 'maps', true, ['apple-mapkit.com']),
  yahoo('yahoo-advertising', 'Yahoo Advertising (DSP, dot tag, Gemini native)', 'advertising', true,
    ['analytics.yahoo.com', 'ads.yahoo.com', 'gemini.yahoo.com', 'advertising.com', 'adtechus.com']),
  oracle('oracle-eloqua', 'Oracle Eloqua', 'marketing-automation', true, ['eloqua.com', 'en25.com'], {
    source: 'https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/EloquaAsynchronousTrackingScripts/EloquaTrackingCookies.htm',
  }),
  oracle('oracle-bluekai', 'Oracle BlueKai', 'advertising', true, ['bluekai.com', 'bkrtx.com'], { notes: 'Discontinued in 2024 with Oracle Advertising.' }),
  oracle('oracle-moat', 'Moat (Oracle)', 'advertising', true, ['moatads.com'], { notes: 'Discontinued in 2024 with Oracle Advertising.' }),
  oracle('oracle-maxymiser', 'Oracle Maxymiser', 'ab-testing', true, ['maxymiser.net']),
  oracle('oracle-infinity', 'Oracle Infinity', 'analytics', true, ['oracleinfinity.io']),

  // ---------------- Adobe ----------------
  adobe('adobe-analytics', 'Adobe Analytics', 'analytics', true, ['omtrdc.net', '2o7.net']),
  adobe('adobe-target', 'Adobe Target', 'ab-testing', true, ['tt.omtrdc.net']),
  adobe('adobe-launch', 'Adobe Experience Platform Tags (Launch, DTM)', 'tag-manager', true, ['adobedtm.com']),
  adobe('adobe-experience-platform', 'Adobe Experience Platform Web SDK (Edge Network)', 'customer-data-platform', true, ['adobedc.net']),
  adobe('adobe-audience-manager', 'Adobe Audience Manager', 'advertising', true, ['demdex.net']),
  adobe('adobe-advertising', 'Adobe Advertising Cloud', 'advertising', true, ['everesttech.net', 'tubemogul.com']),
  adobe('adobe-fonts', 'Adobe Fonts (Typekit)', 'fonts', true, ['typekit.net', 'typekit.com'], {
    notes: 'use.typekit.net also reports page views to p.typekit.net for licensing.',
    source: 'https://www.adobe.com/privacy/policies/adobe-fonts.html',
  }),
  adobe('adobe-dynamic-media', 'Adobe Dynamic Media (Scene7)', 'cdn', false, ['scene7.com']),
  adobe('marketo', 'Adobe Marketo Engage', 'marketing-automation', true, ['marketo.net', 'marketo.com', 'mktoresp.com', 'mktoutil.com'], {
    source: 'https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/administration/settings/cookies-used-by-marketo-engage',
  }),

  // ---------------- Salesforce ----------------
  salesforce('pardot', 'Salesforce Marketing Cloud Account Engagement (Pardot)', 'marketing-automation', true, ['pardot.com'], {
    source: 'https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm&type=5',
  }),
  salesforce('salesforce-marketing-cloud', 'Salesforce Marketing Cloud', 'marketing-automation', true,
    ['exacttarget.com', 'exct.net', 'marketingcloudapis.com', 'igodigital.com']),
  salesforce('salesforce-interaction-studio', 'Salesforce Interaction Studio (Marketing Cloud Personalization, Evergage)', 'personalization', true,
    ['evergage.com', 'evgnet.com']),
  salesforce('salesforce-chat', 'Salesforce Embedded Service / Live Agent chat', 'chat', true, ['salesforceliveagent.com'], { notes: CONSENT_IF_AUTO }),
  salesforce('salesforce-commerce-cloud', 'Salesforce Commerce Cloud (Demandware)', 'hosting', false, ['demandware.net']),
  salesforce('salesforce-einstein', 'Salesforce Commerce Cloud Einstein recommendations', 'personalization', true, ['cquotient.com']),
  salesforce('salesforce', 'Salesforce (forms, Experience Cloud)', 'other', false, ['salesforce.com', 'force.com', 'salesforce-sites.com']),

  // ---------------- Ad tech ----------------
  vendor('criteo', 'https://www.criteo.com/privacy/')('criteo', 'Criteo', 'advertising', true, ['criteo.com', 'criteo.net']),
  vendor('criteo', 'https://www.criteo.com/privacy/')('bidswitch', 'Bidswitch (Criteo)', 'advertising', true, ['bidswitch.net']),
  vendor('taboola', 'https://www.taboola.com/policies/privacy-policy')('taboola', 'Taboola', 'advertising', true, ['taboola.com', 'taboolasyndication.com']),
  vendor('outbrain-teads', 'https://www.outbrain.com/privacy/')('outbrain', 'Outbrain', 'advertising', true, ['outbrain.com', 'outbrainimg.com', 'zemanta.com']),
  vendor('outbrain-teads', 'https://www.teads.com/privacy-policy/')('teads', 'Teads', 'advertising', true, ['teads.tv', 'teads.com']),
  vendor('adform', 'https://site.adform.com/privacy-center/platform/cookies-and-similar-technologies/')(
    'adform', 'Adform', 'advertising', true, ['adform.net', 'adformdsp.net', 'seadform.net']),
  vendor('the-trade-desk', 'https://www.thetradedesk.com/general/privacy')('the-trade-desk', 'The Trade Desk (incl. UID2)', 'advertising', true, ['adsrvr.org']),
  vendor('pubmatic', 'https://pubmatic.com/legal/platform-cookie-policy/')('pubmatic', 'PubMatic', 'advertising', true, ['pubmatic.com']),
  vendor('magnite', 'https://www.magnite.com/legal/advertising-technology-privacy-policy/')(
    'magnite', 'Magnite (Rubicon Project, SpotX, Telaria)', 'advertising', true, ['rubiconproject.com', 'magnite.com', 'spotxchange.com', 'spotx.tv', 'tremorhub.com']),
  vendor('openx', 'https://www.openx.com/legal/privacy-policy/')('openx', 'OpenX', 'advertising', true, ['openx.net', 'openx.com']),
  vendor('index-exchange', 'https://www.indexexchange.com/privacy/')('index-exchange', 'Index Exchange', 'advertising', true, ['casalemedia.com', 'indexww.com']),
  vendor('quantcast', 'https://www.quantcast.com/privacy/')('quantcast', 'Quantcast Measure / Advertise', 'advertising', true, ['quantserve.com', 'quantcount.com', 'quantcast.com']),
  vendor('inmobi', 'https://www.inmobi.com/privacy-policy')('inmobi-cmp', 'InMobi CMP (formerly Quantcast Choice)', 'consent-manager', false,
    ['cmp.inmobi.com', 'cmp.quantcast.com', 'quantcast.mgr.consensu.org']),
  vendor('nextroll', 'https://www.nextroll.com/privacy')('adroll', 'AdRoll (NextRoll)', 'advertising', true, ['adroll.com']),
  vendor('stackadapt', 'https://www.stackadapt.com/privacy')('stackadapt', 'StackAdapt', 'advertising', true, ['stackadapt.com']),
  vendor('flashtalking', 'https://www.flashtalking.com/privacypolicy')('flashtalking', 'Flashtalking', 'advertising', true, ['flashtalking.com']),
  vendor('doubleverify', 'https://doubleverify.com/privacy/')('doubleverify', 'DoubleVerify (ad verification)', 'advertising', true, ['doubleverify.com']),
  vendor('ias', 'https://integralads.com/privacy-policy/')('integral-ad-science', 'Integral Ad Science (ad verification)', 'advertising', true,
    ['adsafeprotected.com', 'iasds01.com']),
  vendor('lotame', 'https://www.lotame.com/privacy/')('lotame', 'Lotame', 'advertising', true, ['crwdcntrl.net']),
  vendor('liveramp', 'https://liveramp.com/privacy/service-privacy-policy/')('liveramp', 'LiveRamp (ATS, IdentityLink)', 'advertising', true, ['rlcdn.com', 'liveramp.com']),
  vendor('liveramp', 'https://liveramp.com/privacy/service-privacy-policy/')('liveramp-privacy-manager', 'LiveRamp Privacy Manager (CMP)', 'consent-manager', false,
    ['privacymanager.io']),
  vendor('id5', 'https://id5.io/platform-privacy-policy/')('id5', 'ID5 (shared ID)', 'advertising', true, ['id5-sync.com']),
  vendor('triplelift', 'https://triplelift.com/privacy/')('triplelift', 'TripleLift', 'advertising', true, ['3lift.com', 'triplelift.com']),
  vendor('gumgum', 'https://gumgum.com/terms-and-policies/privacy-policy')('gumgum', 'GumGum', 'advertising', true, ['gumgum.com']),
  vendor('seedtag', 'https://www.seedtag.com/privacy-policy/')('seedtag', 'Seedtag', 'advertising', true, ['seedtag.com']),
  vendor('adnuntius', 'https://adnuntius.com/privacy-policy/')('adnuntius', 'Adnuntius', 'advertising', true, ['adnuntius.com']),
  vendor('ogury', 'https://ogury.com/privacy-policy/')('ogury', 'Ogury', 'advertising', true, ['ogury.io', 'ogury.co', 'presage.io']),
  vendor('rtb-house', 'https://www.rtbhouse.com/privacy-center')('rtb-house', 'RTB House', 'advertising', true, ['creativecdn.com', 'rtbhouse.com']),
  vendor('ezoic', 'https://www.ezoic.com/privacy-policy/')('ezoic', 'Ezoic', 'advertising', true, ['ezoic.net', 'ezojs.com']),
  vendor('media-net', 'https://www.media.net/privacy-policy/')('media-net', 'Media.net', 'advertising', true, ['media.net']),
  vendor('equativ', 'https://equativ.com/privacy-policy/')('equativ', 'Equativ (Smart AdServer)', 'advertising', true, ['smartadserver.com', 'sascdn.com', 'equativ.com']),
  vendor('equativ', 'https://equativ.com/privacy-policy/')('sharethrough', 'Sharethrough (Equativ)', 'advertising', true, ['sharethrough.com']),
  vendor('improve-digital', 'https://www.improvedigital.com/platform-privacy-policy/')('improve-digital', 'Improve Digital (Azerion)', 'advertising', true,
    ['360yield.com', 'improvedigital.com']),
  vendor('smartclip', 'https://privacy-portal.smartclip.net/')('smartclip', 'smartclip (video ads)', 'advertising', true, ['smartclip.net', 'smartclip.com']),
  vendor('weborama', 'https://weborama.com/en/privacy/')('weborama', 'Weborama', 'advertising', true, ['weborama.fr', 'weborama.com', 'weborama.io']),
  vendor('mediarithmics', 'https://www.mediarithmics.com/privacy-policy')('mediarithmics', 'mediarithmics', 'customer-data-platform', true, ['mediarithmics.com']),
  vendor('eulerian', 'https://www.eulerian.com/en/privacy/')('eulerian', 'Eulerian', 'analytics', true, ['eulerian.net', 'eulerian.com']),
  vendor('plista', 'https://www.plista.com/about/privacy/')('plista', 'plista (native ads)', 'advertising', true, ['plista.com']),
  vendor('stroeer-ssp', 'https://www.stroeer.de/datenschutz')('stroeer-ssp', 'Ströer SSP (adscale)', 'advertising', true,
    ['adscale.de', 'stroeer.io', 'stroeerdigitalgroup.de', 'stroeerdigitalmedia.de']),
  vendor('yieldlove', 'https://www.yieldlove.com/privacy')('yieldlove', 'Yieldlove (Ströer)', 'advertising', true, ['yieldlove.com', 'yieldlove-ad-serving.net']),
  vendor('emetriq', 'https://www.emetriq.com/datenschutz/')('emetriq', 'emetriq', 'advertising', true, ['emetriq.de', 'emetriq.com', 'xplosion.de']),
  vendor('adition', 'https://www.adition.com/datenschutz/')('adition', 'ADITION', 'advertising', true, ['adition.com']),
  vendor('yieldlab', 'https://www.yieldlab.com/privacy-platform/')('yieldlab', 'Yieldlab', 'advertising', true, ['yieldlab.net', 'yieldlab.de']),
  vendor('the-adex', 'https://www.theadex.com/privacy-opt-out/')('the-adex', 'The ADEX (data exchange)', 'advertising', true, ['theadex.com']),
  vendor('sovrn', 'https://www.sovrn.com/privacy-policy/')('sovrn', 'Sovrn (//Signal, exchange)', 'advertising', true, ['lijit.com', 'sovrn.com']),
  vendor('sovrn', 'https://www.sovrn.com/privacy-policy/')('sovrn-commerce', 'Sovrn Commerce (VigLink)', 'affiliate', true, ['viglink.com']),

  // ---------------- Audience measurement ----------------
  vendor('infonline', 'https://www.infonline.de/datenschutz/')('infonline', 'INFOnline / IVW (IOMb, also ÖWA)', 'audience-measurement', true,
    ['ioam.de', 'iocnt.net', 'infonline.de'], {
      notes: 'The pseudonymous measurement needs consent; INFOnline offers an anonymous census mode intended to run without it.',
    }),
  vendor('nielsen', 'https://www.nielsen.com/legal/privacy-principles/digital-measurement-privacy-statement/')(
    'nielsen-agf', 'Nielsen Digital Content Ratings (AGF video measurement)', 'audience-measurement', true, ['imrworldwide.com', 'nmrodam.com'], {
      notes: 'In Germany deployed for AGF Videoforschung GmbH.',
    }),
  vendor('comscore', 'https://www.comscore.com/About/Privacy-Policy')('comscore', 'Comscore (Scorecard Research)', 'audience-measurement', true,
    ['scorecardresearch.com', 'comscore.com']),
  vendor('gemius', 'https://www.gemius.com/privacy-policy.html')('gemius', 'Gemius (gemiusPrism, audience)', 'audience-measurement', true, ['gemius.pl', 'gemius.com']),
  vendor('chartbeat', 'https://chartbeat.com/privacy/')('chartbeat', 'Chartbeat', 'analytics', true, ['chartbeat.com', 'chartbeat.net']),

  // ---------------- Analytics ----------------
  vendor('hotjar', 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code')(
    'hotjar', 'Hotjar', 'session-replay', true, ['hotjar.com', 'hotjar.io']),
  vendor('contentsquare', 'https://contentsquare.com/privacy-center/cookies/')('contentsquare', 'Contentsquare', 'session-replay', true,
    ['contentsquare.net', 'contentsquare.com']),
  vendor('heap', 'https://www.heap.io/privacy')('heap', 'Heap', 'analytics', true, ['heapanalytics.com', 'heap-api.com']),
  vendor('fullstory', 'https://help.fullstory.com/hc/en-us/articles/360020829513-Cookies-and-Fullstory')(
    'fullstory', 'FullStory', 'session-replay', true, ['fullstory.com']),
  vendor('mouseflow', 'https://mouseflow.com/legal/company/cookie-policy/')('mouseflow', 'Mouseflow', 'session-replay', true, ['mouseflow.com']),
  vendor('smartlook', 'https://www.smartlook.com/privacy/')('smartlook', 'Smartlook', 'session-replay', true, ['smartlook.com', 'smartlook.cloud']),
  vendor('logrocket', 'https://logrocket.com/privacy')('logrocket', 'LogRocket', 'session-replay', true,
    ['logrocket.com', 'lr-ingest.io', 'lr-ingest.com', 'lr-in.com', 'lr-in-prod.com', 'lrkt-in.com']),
  vendor('crazy-egg', 'https://www.crazyegg.com/privacy')('crazy-egg', 'Crazy Egg', 'session-replay', true, ['crazyegg.com']),
  vendor('lucky-orange', 'https://www.luckyorange.com/privacy')('lucky-orange', 'Lucky Orange', 'session-replay', true, ['luckyorange.com', 'luckyorange.net']),
  vendor('quantum-metric', 'https://www.quantummetric.com/legal/privacy-policy')('quantum-metric', 'Quantum Metric', 'session-replay', true, ['quantummetric.com']),
  vendor('innocraft', 'https://matomo.org/faq/general/faq_146/')('matomo-cloud', 'Matomo Cloud', 'analytics', true, ['matomo.cloud', 'innocraft.cloud'], {
    notes: 'Can be configured cookieless, which some regulators (e.g. CNIL) accept without consent.',
  }),
  vendor('innocraft', 'https://matomo.org/faq/general/faq_146/')('matomo', 'Matomo (self-hosted)', 'analytics', true, [], {
    selfHosted: true, notes: `${SELF_HOSTED} Cookieless configuration may be exempt from consent (CNIL).`,
  }),
  vendor('piwik-pro', 'https://help.piwik.pro/support/questions/what-cookies-does-piwik-pro-set/')('piwik-pro', 'Piwik PRO', 'analytics', true, ['piwik.pro']),
  vendor('etracker', 'https://www.etracker.com/en/docs/integration-setup/settings-privacy/cookies/')('etracker', 'etracker Analytics', 'analytics', true,
    ['etracker.com', 'etracker.de'], { notes: 'Offers a cookieless mode that etracker markets as consent-free.' }),
  vendor('econda', 'https://www.econda.de/datenschutz/')('econda', 'econda Analytics', 'analytics', true, ['econda.de', 'econda-monitor.de']),
  vendor('mapp', 'https://mapp.com/privacy-policy/')('mapp-intelligence', 'Mapp Intelligence (Webtrekk)', 'analytics', true,
    ['wt-eu02.net', 'wt-safetag.com', 'webtrekk.net', 'webtrekk.com']),
  vendor('at-internet', 'https://piano.io/privacy-policy/')('piano-analytics', 'Piano Analytics (AT Internet)', 'analytics', true,
    ['xiti.com', 'ati-host.net', 'aticdn.net', 'pa-cd.com'], {
      notes: 'Has a CNIL-exempt configuration; the default setup needs consent.',
    }),
  vendor('mixpanel', 'https://docs.mixpanel.com/docs/privacy/protecting-user-data')('mixpanel', 'Mixpanel', 'analytics', true, ['mixpanel.com', 'mxpnl.com', 'mxpnl.net']),
  vendor('amplitude', 'https://amplitude.com/privacy')('amplitude', 'Amplitude', 'analytics', true, ['amplitude.com']),
  vendor('twilio', 'https://www.twilio.com/en-us/legal/privacy')('segment', 'Twilio Segment', 'customer-data-platform', true,
    ['segment.com', 'segment.io', 'segmentapis.com']),
  vendor('posthog', 'https://posthog.com/docs/privacy')('posthog', 'PostHog', 'analytics', true, ['posthog.com']),
  vendor('pendo', 'https://www.pendo.io/legal/privacy-policy/')('pendo', 'Pendo', 'analytics', true, ['pendo.io']),
  vendor('automattic', 'https://jetpack.com/support/cookies/')('jetpack-stats', 'Jetpack Stats (WordPress.com)', 'analytics', true,
    ['stats.wp.com', 'pixel.wp.com']),
  vendor('automattic', 'https://automattic.com/privacy/')('wordpress-com', 'WordPress.com CDN (Photon, i0.wp.com)', 'cdn', false, ['wp.com', 'wordpress.com']),
  vendor('automattic', 'https://automattic.com/privacy/')('gravatar', 'Gravatar', 'other', true, ['gravatar.com'], {
    notes: 'Sends a hash of the commenter\'s e-mail address to Automattic in the US.',
  }),
  vendor('automattic', 'https://automattic.com/privacy/')('parsely', 'Parse.ly', 'analytics', true, ['parsely.com', 'parse.ly']),
  vendor('plausible', 'https://plausible.io/data-policy')('plausible', 'Plausible Analytics', 'analytics', false, ['plausible.io'], { notes: COOKIELESS }),
  vendor('fathom', 'https://usefathom.com/privacy')('fathom', 'Fathom Analytics', 'analytics', false, ['usefathom.com'], { notes: COOKIELESS }),
  vendor('simple-analytics', 'https://simpleanalytics.com/privacy')('simple-analytics', 'Simple Analytics', 'analytics', false,
    ['simpleanalytics.com', 'simpleanalyticscdn.com'], { notes: COOKIELESS }),
  vendor('pirsch', 'https://pirsch.io/privacy')('pirsch', 'Pirsch Analytics', 'analytics', false, ['pirsch.io'], { notes: COOKIELESS }),
  vendor('umami', 'https://umami.is/privacy')('umami', 'Umami Cloud', 'analytics', false, ['umami.is'], { notes: COOKIELESS }),
  cloudflare('cloudflare-web-analytics', 'Cloudflare Web Analytics (Insights)', 'analytics', false, ['cloudflareinsights.com'], { notes: COOKIELESS }),
  vendor('vercel', 'https://vercel.com/docs/analytics/privacy-policy')('vercel-analytics', 'Vercel Web Analytics', 'analytics', false, ['vercel-insights.com'], {
    notes: COOKIELESS,
  }),
  vendor('statcounter', 'https://statcounter.com/about/legal/')('statcounter', 'StatCounter', 'analytics', true, ['statcounter.com']),
  vendor('yandex', 'https://yandex.com/support/metrica/general/cookie-usage.html')('yandex-metrica', 'Yandex Metrica', 'analytics', true,
    ['mc.yandex.ru', 'mc.yandex.com'], { notes: 'Includes Webvisor session replay; data goes to Russia.' }),
  vendor('yandex', 'https://yandex.com/legal/confidential/')('yandex', 'Yandex (other services)', 'other', true, ['yandex.ru', 'yandex.com', 'yandex.net', 'yastatic.net']),
  vendor('akamai', 'https://techdocs.akamai.com/mpulse/docs/cookies')('akamai-mpulse', 'Akamai mPulse (RUM)', 'analytics', true, ['go-mpulse.net']),

  // ---------------- Tag management, CDP, personalisation ----------------
  vendor('tealium', 'https://tealium.com/privacy/')('tealium-iq', 'Tealium iQ Tag Management', 'tag-manager', true, ['tiqcdn.com']),
  vendor('tealium', 'https://tealium.com/privacy/')('tealium-collect', 'Tealium Collect / AudienceStream', 'customer-data-platform', true, ['tealiumiq.com']),
  vendor('commanders-act', 'https://www.commandersact.com/en/privacy/')('commanders-act', 'Commanders Act (TagCommander)', 'tag-manager', true,
    ['commander1.com', 'tagcommander.com']),
  vendor('rudderstack', 'https://www.rudderstack.com/privacy-policy/')('rudderstack', 'RudderStack', 'customer-data-platform', true, ['rudderstack.com', 'rudderlabs.com']),
  vendor('mparticle', 'https://www.mparticle.com/privacypolicy/')('mparticle', 'mParticle', 'customer-data-platform', true, ['mparticle.com']),
  vendor('permutive', 'https://permutive.com/privacy/')('permutive', 'Permutive', 'customer-data-platform', true, ['permutive.com', 'permutive.app']),
  vendor('zeotap', 'https://zeotap.com/privacy-policy/')('zeotap', 'Zeotap', 'customer-data-platform', true, ['zeotap.com']),
  vendor('bloomreach', 'https://www.bloomreach.com/en/legal/privacy')('bloomreach', 'Bloomreach Engagement (Exponea)', 'marketing-automation', true,
    ['exponea.com', 'bloomreach.co', 'bloomreach.com']),
  vendor('dynamic-yield', 'https://www.dynamicyield.com/platform-privacy-policy/')('dynamic-yield', 'Dynamic Yield', 'personalization', true,
    ['dynamicyield.com', 'dy-api.com', 'dy-api.eu']),
  vendor('nosto', 'https://www.nosto.com/privacy-policy/')('nosto', 'Nosto', 'personalization', true, ['nosto.com']),
  vendor('algolia', 'https://www.algolia.com/policies/cookies/')('algolia-insights', 'Algolia Insights (click analytics)', 'analytics', true, ['insights.algolia.io']),
  vendor('algolia', 'https://www.algolia.com/policies/privacy/')('algolia', 'Algolia search', 'other', false, ['algolia.net', 'algolianet.com', 'algolia.io']),
  vendor('clerk', 'https://www.clerk.io/privacy-policy')('clerk', 'Clerk.io', 'personalization', true, ['clerk.io']),
  vendor('monetate', 'https://monetate.com/privacy-policy/')('monetate', 'Monetate', 'personalization', true, ['monetate.net']),

  // ---------------- A/B testing ----------------
  vendor('optimizely', 'https://docs.developers.optimizely.com/web-experimentation/docs/cookies-and-localstorage')(
    'optimizely', 'Optimizely Web Experimentation', 'ab-testing', true, ['optimizely.com']),
  vendor('optimizely', 'https://www.optimizely.com/legal/privacy-notice/')('optimizely-data-platform', 'Optimizely Data Platform (Zaius)', 'marketing-automation', true,
    ['zaius.com']),
  vendor('wingify', 'https://vwo.com/privacy-policy/')('vwo', 'VWO (Visual Website Optimizer)', 'ab-testing', true, ['visualwebsiteoptimizer.com', 'vwo.com', 'wingify.com']),
  vendor('ab-tasty', 'https://www.abtasty.com/privacy-policy/')('ab-tasty', 'AB Tasty', 'ab-testing', true, ['abtasty.com', 'flagship.io']),
  vendor('kameleoon', 'https://www.kameleoon.com/en/privacy-policy')('kameleoon', 'Kameleoon', 'ab-testing', true, ['kameleoon.com', 'kameleoon.eu', 'kameleoon.io']),
  vendor('convert', 'https://www.convert.com/privacy-policy/')('convert', 'Convert Experiences', 'ab-testing', true, ['convertexperiments.com', 'convert.com']),
  vendor('unbounce', 'https://unbounce.com/privacy/')('unbounce', 'Unbounce (landing pages, popups)', 'marketing-automation', true, ['unbounce.com', 'ubembed.com']),

  // ---------------- Marketing automation ----------------
  vendor('hubspot', 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser')(
    'hubspot', 'HubSpot (tracking code)', 'marketing-automation', true,
    ['hs-scripts.com', 'hs-analytics.net', 'hubspot.com', 'hubspot.net', 'hubapi.com', 'hsappstatic.net']),
  vendor('hubspot', 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser')(
    'hubspot-forms', 'HubSpot Forms', 'marketing-automation', true, ['hsforms.com', 'hsforms.net', 'hscollectedforms.net']),
  vendor('hubspot', 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser')(
    'hubspot-chat', 'HubSpot Conversations (chat)', 'chat', true, ['usemessages.com']),
  vendor('hubspot', 'https://knowledge.hubspot.com/ads/ads-tracking-pixels')('hubspot-ads', 'HubSpot Ads pixel', 'advertising', true, ['hsadspixel.net']),
  vendor('hubspot', 'https://knowledge.hubspot.com/privacy-and-consent/customize-your-cookie-tracking-settings-and-privacy-policy-alert')(
    'hubspot-cookie-banner', 'HubSpot cookie banner', 'consent-manager', false, ['hs-banner.com']),
  vendor('hubspot', 'https://legal.hubspot.com/privacy-policy')('hubspot-cms', 'HubSpot CMS hosting and files', 'hosting', false,
    ['hs-sites.com', 'hs-sites-eu1.com', 'hubspotusercontent-na1.net', 'hubspotusercontent-eu1.net']),
  vendor('clearbit', 'https://clearbit.com/privacy')('clearbit', 'Clearbit (Breeze Intelligence) Reveal', 'marketing-automation', true,
    ['clearbit.com', 'clearbitscripts.com', 'clearbitjs.com']),
  vendor('mailchimp', 'https://mailchimp.com/legal/cookies/')('mailchimp', 'Mailchimp (site tracking, signup forms)', 'marketing-automation', true,
    ['mailchimp.com', 'list-manage.com', 'chimpstatic.com']),
  vendor('brevo', 'https://www.brevo.com/legal/cookies/')('brevo', 'Brevo (Sendinblue) tracker and forms', 'marketing-automation', true,
    ['sibautomation.com', 'sendinblue.com', 'brevo.com', 'sibforms.com']),
  vendor('brevo', 'https://www.brevo.com/legal/cookies/')('brevo-conversations', 'Brevo Conversations (Sendinblue Conversations chat)', 'chat', true,
    ['conversations-widget.brevo.com', 'conversations-widget.sendinblue.com', 'sib-conversations.com']),
  vendor('activecampaign', 'https://help.activecampaign.com/hc/en-us/articles/221542267-An-overview-of-Site-Tracking')(
    'activecampaign', 'ActiveCampaign (site tracking, forms)', 'marketing-automation', true, ['activehosted.com', 'trackcmp.net', 'activecampaign.com', 'app-us1.com']),
  vendor('klaviyo', 'https://help.klaviyo.com/hc/en-us/articles/115005076787')('klaviyo', 'Klaviyo', 'marketing-automation', true, ['klaviyo.com']),
  vendor('customer-io', 'https://customer.io/legal/privacy-policy')('customer-io', 'Customer.io', 'marketing-automation', true, ['customer.io', 'customerioforms.com']),
  vendor('braze', 'https://www.braze.com/docs/developer_guide/platform_integration_guides/web/cookies_and_storage/')(
    'braze', 'Braze', 'marketing-automation', true, ['braze.com', 'braze.eu', 'appboycdn.com', 'appboy.com']),
  vendor('iterable', 'https://iterable.com/trust/privacy-policy/')('iterable', 'Iterable', 'marketing-automation', true, ['iterable.com']),
  vendor('act-on', 'https://act-on.com/privacy-policy/')('act-on', 'Act-On', 'marketing-automation', true, ['actonsoftware.com', 'actonservice.com', 'act-on.com']),
  vendor('sharpspring', 'https://sharpspring.com/legal/privacy/')('sharpspring', 'SharpSpring', 'marketing-automation', true,
    ['sharpspring.com', 'marketingautomation.services']),
  vendor('constant-contact', 'https://www.constantcontact.com/legal/privacy-center')('constant-contact', 'Constant Contact (signup forms)', 'marketing-automation', true,
    ['ctctcdn.com', 'constantcontact.com']),
  vendor('keap', 'https://keap.com/legal/privacy-policy')('keap', 'Keap (Infusionsoft)', 'marketing-automation', true,
    ['infusionsoft.com', 'infusionsoft.app', 'keap.app', 'keap.com']),
  vendor('getresponse', 'https://www.getresponse.com/legal/privacy')('getresponse', 'GetResponse', 'marketing-automation', true, ['getresponse.com', 'gr-cdn.com']),
  vendor('cleverreach', 'https://www.cleverreach.com/en/privacy-policy/')('cleverreach', 'CleverReach', 'marketing-automation', true, ['cleverreach.com', 'cleverreach.de']),
  vendor('rapidmail', 'https://www.rapidmail.de/datenschutz')('rapidmail', 'rapidmail', 'marketing-automation', true, ['rapidmail.de', 'rapidmail.com']),
  vendor('sap-emarsys', 'https://help.sap.com/docs/SAP_EMARSYS/f8e2fafeea804018a954a8857d9dfff3/fc7ed8d274c110149f7fd88a0ff68f1c.html')(
    'emarsys', 'Emarsys (SAP) Web Extend', 'marketing-automation', true, ['emarsys.net', 'emarsys.com', 'scarabresearch.com']),
  vendor('acquia', 'https://docs.mautic.org/en/5.x/contacts/contact_monitoring.html')('mautic', 'Mautic / Acquia Campaign Studio', 'marketing-automation', true, [], {
    selfHosted: true, notes: `${SELF_HOSTED} Acquia Campaign Studio hosts Mautic on the customer's own subdomain.`,
  }),
  vendor('acquia', 'https://www.acquia.com/about-us/legal/privacy-policy')('acquia-personalization', 'Acquia Personalization (Lift)', 'personalization', true,
    ['lift.acquia.com']),
  vendor('acquia', 'https://www.acquia.com/about-us/legal/privacy-policy')('acquia-hosting', 'Acquia Cloud hosting', 'hosting', false, ['acquia-sites.com']),
  vendor('ortto', 'https://ortto.com/privacy/')('autopilot', 'Ortto (formerly Autopilot)', 'marketing-automation', true, ['autopilothq.com', 'ortto.com', 'ortto.app']),
  vendor('drip', 'https://www.drip.com/privacy')('drip', 'Drip', 'marketing-automation', true, ['getdrip.com', 'drip.com']),
  vendor('kit', 'https://kit.com/privacy')('convertkit', 'Kit (ConvertKit)', 'marketing-automation', true, ['convertkit.com', 'ck.page', 'kit.com']),
  vendor('mailerlite', 'https://www.mailerlite.com/legal/cookie-policy')('mailerlite', 'MailerLite', 'marketing-automation', true, ['mailerlite.com', 'mlcdn.com']),
  vendor('omnisend', 'https://www.omnisend.com/privacy-policy/')('omnisend', 'Omnisend', 'marketing-automation', true, ['omnisend.com', 'omnisnippet1.com', 'omnisrc.com']),
  vendor('dotdigital', 'https://dotdigital.com/privacy-policy/')('dotdigital', 'Dotdigital (web behaviour tracking)', 'marketing-automation', true,
    ['dotdigital.com', 'dotmailer.com', 'trackedweb.net', 'dotdigital-pages.com']),
  vendor('selligent', 'https://meetmarigold.com/privacy-policy/')('selligent', 'Selligent / Marigold Engage', 'marketing-automation', true,
    ['slgnt.eu', 'slgnt.us', 'selligent.com']),
  vendor('sc-networks', 'https://www.evalanche.com/datenschutz/')('evalanche', 'Evalanche (SC-Networks)', 'marketing-automation', true, ['evalanche.com', 'evalanche.cloud']),
  vendor('inxmail', 'https://www.inxmail.de/datenschutz')('inxmail', 'Inxmail', 'marketing-automation', true, ['inxmail.com', 'inxmail.de']),
  vendor('mailjet', 'https://www.mailjet.com/privacy-policy/')('mailjet', 'Mailjet (signup widgets)', 'marketing-automation', true, ['mailjet.com']),
  vendor('salesmanago', 'https://www.salesmanago.com/info/privacypolicy.htm')('salesmanago', 'SALESmanago', 'marketing-automation', true,
    ['salesmanago.com', 'salesmanago.pl']),
  vendor('dealfront', 'https://www.dealfront.com/privacy-policy/')('leadfeeder', 'Leadfeeder / Dealfront Web Visitors', 'marketing-automation', true,
    ['lfeeder.com', 'leadfeeder.com', 'dealfront.com']),
  vendor('albacross', 'https://albacross.com/privacy-policy/')('albacross', 'Albacross', 'marketing-automation', true, ['albacross.com']),
  vendor('lead-forensics', 'https://www.leadforensics.com/privacy-and-cookies/')('lead-forensics', 'Lead Forensics', 'marketing-automation', true,
    ['leadforensics.com'], { notes: 'Also tracks via many neutral-looking domains that are not listed here.' }),
  vendor('leadinfo', 'https://www.leadinfo.com/en/privacy/')('leadinfo', 'Leadinfo', 'marketing-automation', true, ['leadinfo.net', 'leadinfo.com']),
  vendor('snitcher', 'https://www.snitcher.com/privacy-policy')('snitcher', 'Snitcher', 'marketing-automation', true, ['snitcher.com']),
  vendor('wiredminds', 'https://wiredminds.de/datenschutz/')('wiredminds', 'WiredMinds LeadLab', 'marketing-automation', true, ['wiredminds.de']),
  vendor('6sense', 'https://6sense.com/privacy-policy/')('6sense', '6sense', 'marketing-automation', true, ['6sc.co', '6sense.com']),
  vendor('demandbase', 'https://www.demandbase.com/privacy/')('demandbase', 'Demandbase', 'marketing-automation', true, ['demandbase.com', 'company-target.com']),
  vendor('zoominfo', 'https://www.zoominfo.com/about-zoominfo/privacy-policy')('zoominfo', 'ZoomInfo WebSights / FormComplete', 'marketing-automation', true,
    ['zoominfo.com', 'zi-scripts.com']),
  vendor('bombora', 'https://bombora.com/privacy/')('bombora', 'Bombora', 'marketing-automation', true, ['ml314.com', 'bombora.com']),
  vendor('zoho', 'https://www.zoho.com/salesiq/help/getting-started/cookies.html')('zoho-salesiq', 'Zoho SalesIQ', 'chat', true,
    ['salesiq.zoho.com', 'salesiq.zoho.eu', 'salesiq.zohopublic.com', 'salesiq.zohopublic.eu']),
  vendor('zoho', 'https://www.zoho.com/pagesense/privacy.html')('zoho-pagesense', 'Zoho PageSense', 'ab-testing', true, ['pagesense.io']),
  vendor('zoho', 'https://www.zoho.com/campaigns/help/privacy.html')('zoho-campaigns', 'Zoho Campaigns', 'marketing-automation', true,
    ['campaigns.zoho.com', 'campaigns.zoho.eu', 'maillist-manage.com', 'maillist-manage.eu']),
  vendor('zoho', 'https://www.zoho.com/privacy.html')('zoho', 'Zoho (forms, other services)', 'other', true,
    ['zoho.com', 'zoho.eu', 'zohocdn.com', 'zohopublic.com', 'zohopublic.eu', 'zohostatic.com']),
  vendor('freshworks', 'https://www.freshworks.com/privacy/')('freshmarketer', 'Freshworks Freshmarketer', 'marketing-automation', true,
    ['freshmarketer.com', 'freshmarketer.eu']),
  vendor('freshworks', 'https://www.freshworks.com/privacy/')('freshworks-chat', 'Freshworks Freshchat / Freshdesk widget', 'chat', true,
    ['freshchat.com', 'freshdesk.com', 'freshworks.com', 'fw-cdn.com']),
  vendor('pipedrive', 'https://www.pipedrive.com/en/cookie-notice')('pipedrive', 'Pipedrive (LeadBooster, web forms, web visitors)', 'marketing-automation', true,
    ['pipedrive.com', 'pipedriveassets.com']),
  vendor('optinmonster', 'https://optinmonster.com/privacy/')('optinmonster', 'OptinMonster', 'marketing-automation', true,
    ['optinmonster.com', 'optmnstr.com', 'opmnstr.com']),
  vendor('sleeknote', 'https://sleeknote.com/privacy-policy')('sleeknote', 'Sleeknote', 'marketing-automation', true, ['sleeknote.com']),
  vendor('wisepops', 'https://wisepops.com/privacy-policy')('wisepops', 'Wisepops', 'marketing-automation', true, ['wisepops.com', 'wisepops.net']),

  // ---------------- Chat and support ----------------
  vendor('intercom', 'https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies')('intercom', 'Intercom Messenger', 'chat', true,
    ['intercom.io', 'intercomcdn.com', 'intercomassets.com']),
  vendor('drift', 'https://www.salesloft.com/legal/cookie-notice')('drift', 'Drift (Salesloft)', 'chat', true, ['drift.com', 'driftt.com', 'driftcdn.com']),
  vendor('zendesk', 'https://support.zendesk.com/hc/en-us/articles/4408836402074')('zendesk', 'Zendesk Web Widget / Chat (Zopim)', 'chat', true,
    ['zendesk.com', 'zdassets.com', 'zopim.com', 'zopim.io']),
  vendor('text-sa', 'https://www.livechat.com/legal/cookies-policy/')('livechat', 'LiveChat', 'chat', true, ['livechatinc.com', 'livechat.com']),
  vendor('tawk', 'https://www.tawk.to/privacy-policy/')('tawk-to', 'tawk.to', 'chat', true, ['tawk.to']),
  vendor('userlike', 'https://www.userlike.com/en/terms#privacy-policy')('userlike', 'Userlike', 'chat', true,
    ['userlike.com', 'userlike-cdn-widgets.s3-eu-west-1.amazonaws.com'], { notes: CONSENT_IF_AUTO }),
  vendor('crisp', 'https://help.crisp.chat/en/article/whats-crisp-eu-gdpr-compliance-status-nhv54c/')('crisp', 'Crisp chat', 'chat', true, ['crisp.chat']),
  vendor('olark', 'https://www.olark.com/privacy-policy')('olark', 'Olark', 'chat', true, ['olark.com']),
  vendor('liveperson', 'https://www.liveperson.com/policies/privacy/')('liveperson', 'LivePerson', 'chat', true, ['liveperson.net', 'lpsnmedia.net', 'liveperson.com']),
  vendor('tidio', 'https://www.tidio.com/privacy-policy/')('tidio', 'Tidio', 'chat', true, ['tidio.co', 'tidiochat.com']),
  vendor('gorgias', 'https://www.gorgias.com/legal/privacy')('gorgias', 'Gorgias chat', 'chat', true, ['gorgias.chat', 'gorgias.io']),
  vendor('help-scout', 'https://www.helpscout.com/company/legal/privacy/')('help-scout', 'Help Scout Beacon', 'chat', true, ['helpscout.net']),
  vendor('smartsupp', 'https://www.smartsupp.com/help/privacy/')('smartsupp', 'Smartsupp (chat, recordings)', 'chat', true, ['smartsupp.com']),
  vendor('landbot', 'https://landbot.io/privacy')('landbot', 'Landbot', 'chat', true, ['landbot.io']),
  vendor('trengo', 'https://trengo.com/privacy-statement')('trengo', 'Trengo', 'chat', true, ['trengo.eu', 'trengo.com']),
  vendor('knowhere', 'https://www.moin.ai/datenschutz')('moinai', 'moinAI chatbot', 'chat', true, ['moin.ai']),

  // ---------------- Error monitoring and RUM ----------------
  vendor('sentry', 'https://sentry.io/privacy/')('sentry', 'Sentry', 'error-monitoring', false, ['sentry.io', 'sentry-cdn.com'], {
    notes: 'Error reports set no cookies; Session Replay, if enabled, records the page and needs consent.',
  }),
  vendor('smartbear', 'https://smartbear.com/privacy/')('bugsnag', 'Bugsnag', 'error-monitoring', false, ['bugsnag.com']),
  vendor('datadog', 'https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/')('datadog-rum', 'Datadog RUM', 'error-monitoring', true,
    ['datadoghq-browser-agent.com', 'browser-intake-datadoghq.com', 'browser-intake-datadoghq.eu', 'browser-intake-us3-datadoghq.com',
      'browser-intake-us5-datadoghq.com', 'browser-intake-ap1-datadoghq.com'], {
      notes: 'Sets the _dd_s session cookie and can record sessions.',
    }),
  vendor('new-relic', 'https://docs.newrelic.com/docs/browser/browser-monitoring/page-load-timing-resources/cookie-collection-session-tracking/')(
    'new-relic', 'New Relic Browser', 'error-monitoring', true, ['nr-data.net', 'newrelic.com'], { notes: 'Stores a session identifier for session tracking and replay.' }),
  vendor('raygun', 'https://raygun.com/privacy')('raygun', 'Raygun', 'error-monitoring', false, ['raygun.io', 'raygun.com']),
  vendor('rollbar', 'https://rollbar.com/privacy/')('rollbar', 'Rollbar', 'error-monitoring', false, ['rollbar.com']),
  vendor('trackjs', 'https://trackjs.com/privacy/')('trackjs', 'TrackJS', 'error-monitoring', false, ['trackjs.com']),

  // ---------------- Consent management ----------------
  vendor('onetrust', 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0')('onetrust', 'OneTrust / CookiePro', 'consent-manager', false,
    ['onetrust.com', 'cookielaw.org', 'cookiepro.com', 'onetrust.io', 'optanon.blob.core.windows.net']),
  vendor('usercentrics-as', 'https://www.cookiebot.com/en/privacy-policy/')('cookiebot', 'Cookiebot', 'consent-manager', false, ['cookiebot.com', 'cookiebot.eu']),
  vendor('usercentrics', 'https://usercentrics.com/privacy-policy/')('usercentrics', 'Usercentrics', 'consent-manager', false, ['usercentrics.eu', 'usercentrics.com'], {
    notes: 'privacy-proxy.usercentrics.eu relays other vendors\' scripts, which are still attributed to those vendors by URL where possible.',
  }),
  vendor('didomi', 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies')('didomi', 'Didomi', 'consent-manager', false, ['didomi.io', 'privacy-center.org']),
  vendor('consentmanager', 'https://www.consentmanager.net/en/privacy/')('consentmanager', 'consentmanager', 'consent-manager', false,
    ['consentmanager.net', 'consentmanager.de', 'consentmanager.mgr.consensu.org']),
  vendor('sourcepoint', 'https://www.sourcepoint.com/privacy-policy/')('sourcepoint', 'Sourcepoint', 'consent-manager', false,
    ['sourcepoint.com', 'sp-prod.net', 'privacy-mgmt.com', 'sp-cdn.net', 'sourcepoint.mgr.consensu.org']),
  vendor('trustarc', 'https://trustarc.com/privacy-policy/')('trustarc', 'TrustArc', 'consent-manager', false, ['trustarc.com', 'truste.com']),
  vendor('iubenda', 'https://www.iubenda.com/en/help/5525-cookies-used-by-iubenda')('iubenda', 'iubenda Privacy Controls and Cookie Solution', 'consent-manager', false,
    ['iubenda.com']),
  vendor('borlabs', 'https://borlabs.io/borlabs-cookie/')('borlabs-cookie', 'Borlabs Cookie', 'consent-manager', false, [], { selfHosted: true, notes: SELF_HOSTED }),
  vendor('cookieyes', 'https://www.cookieyes.com/privacy-policy/')('cookieyes', 'CookieYes', 'consent-manager', false, ['cookieyes.com', 'cdn-cookieyes.com']),
  vendor('osano', 'https://www.osano.com/legal/privacy')('osano', 'Osano', 'consent-manager', false, ['osano.com']),
  vendor('axeptio', 'https://www.axeptio.eu/en/legal-notice')('axeptio', 'Axeptio', 'consent-manager', false, ['axept.io']),
  vendor('kiprotect', 'https://klaro.org/docs/')('klaro', 'Klaro', 'consent-manager', false, [], {
    selfHosted: true, notes: `${SELF_HOSTED} KIProtect also offers a hosted edition (cdn.kiprotect.com).`,
  }),
  vendor('kiprotect', 'https://kiprotect.com/privacy')('kiprotect', 'Klaro hosted (KIProtect)', 'consent-manager', false, ['kiprotect.com']),
  vendor('complianz', 'https://complianz.io/cookies/')('complianz', 'Complianz', 'consent-manager', false, [], { selfHosted: true, notes: SELF_HOSTED }),
  vendor('devowl', 'https://devowl.io/privacy-policy/')('real-cookie-banner', 'Real Cookie Banner', 'consent-manager', false, [], { selfHosted: true, notes: SELF_HOSTED }),
  vendor('cookie-information', 'https://cookieinformation.com/privacy-policy/')('cookie-information', 'Cookie Information', 'consent-manager', false,
    ['cookieinformation.com']),
  vendor('cookiefirst', 'https://cookiefirst.com/privacy-policy/')('cookiefirst', 'CookieFirst', 'consent-manager', false, ['cookiefirst.com']),
  vendor('cookiehub', 'https://www.cookiehub.com/privacy-policy')('cookiehub', 'CookieHub', 'consent-manager', false, ['cookiehub.net', 'cookiehub.eu', 'cookiehub.com']),
  vendor('civic', 'https://www.civicuk.com/cookie-control')('civic-cookie-control', 'Civic Cookie Control', 'consent-manager', false, ['civiccomputing.com']),
  vendor('termly', 'https://termly.io/our-privacy-policy/')('termly', 'Termly', 'consent-manager', false, ['termly.io']),
  vendor('ketch', 'https://www.ketch.com/privacy-policy')('ketch', 'Ketch', 'consent-manager', false, ['ketchcdn.com', 'ketchjs.com']),
  vendor('papoo', 'https://www.ccm19.de/datenschutzerklaerung.html')('ccm19', 'CCM19', 'consent-manager', false, ['ccm19.de']),

  // ---------------- Push ----------------
  vendor('onesignal', 'https://onesignal.com/privacy_policy')('onesignal', 'OneSignal', 'push', true, ['onesignal.com', 'os.tc']),
  vendor('cleverpush', 'https://cleverpush.com/en/privacy/')('cleverpush', 'CleverPush', 'push', true, ['cleverpush.com']),
  vendor('airship', 'https://www.airship.com/legal/privacy/')('airship', 'Airship (Urban Airship)', 'push', true, ['urbanairship.com', 'airship.com']),
  vendor('pushwoosh', 'https://www.pushwoosh.com/privacy-policy/')('pushwoosh', 'Pushwoosh', 'push', true, ['pushwoosh.com']),
  vendor('batch', 'https://batch.com/privacy')('batch', 'Batch', 'push', true, ['batch.com']),

  // ---------------- Reviews ----------------
  vendor('trustpilot', 'https://legal.trustpilot.com/for-reviewers/end-user-privacy-terms')('trustpilot', 'Trustpilot widgets', 'reviews', true,
    ['trustpilot.com', 'trustpilot.net']),
  vendor('trusted-shops', 'https://business.trustedshops.com/imprint')('trusted-shops', 'Trusted Shops (trustbadge, reviews)', 'reviews', true,
    ['trustedshops.com', 'trustedshops.de', 'trustedshops.eu', 'etrusted.com']),
  vendor('feefo', 'https://www.feefo.com/en-gb/privacy-policy')('feefo', 'Feefo', 'reviews', true, ['feefo.com']),
  vendor('reviews-io', 'https://www.reviews.io/front/privacy-policy')('reviews-io', 'REVIEWS.io', 'reviews', true, ['reviews.io', 'reviews.co.uk']),
  vendor('yotpo', 'https://www.yotpo.com/privacy-policy/')('yotpo', 'Yotpo', 'reviews', true, ['yotpo.com']),
  vendor('bazaarvoice', 'https://www.bazaarvoice.com/legal/privacy-policy/')('bazaarvoice', 'Bazaarvoice', 'reviews', true, ['bazaarvoice.com']),
  vendor('provenexpert', 'https://www.provenexpert.com/en-gb/privacy/')('provenexpert', 'ProvenExpert', 'reviews', true, ['provenexpert.com', 'provenexpert.net']),

  // ---------------- Affiliate ----------------
  vendor('awin', 'https://www.awin.com/gb/privacy')('awin', 'Awin', 'affiliate', true, ['awin1.com', 'zenaps.com', 'dwin1.com', 'dwin2.com', 'awin.com']),
  vendor('tradedoubler', 'https://www.tradedoubler.com/en/privacy-policy/')('tradedoubler', 'Tradedoubler', 'affiliate', true, ['tradedoubler.com']),
  vendor('webgains', 'https://www.webgains.com/public/en/privacy-policy/')('webgains', 'Webgains', 'affiliate', true, ['webgains.com', 'webgains.io']),
  vendor('cj', 'https://www.cj.com/legal/privacy')('cj', 'CJ (Commission Junction)', 'affiliate', true,
    ['cj.com', 'emjcd.com', 'dpbolvw.net', 'anrdoezrs.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'qksrv.net', 'ftjcfx.com']),
  vendor('impact', 'https://impact.com/privacy-policy/')('impact', 'impact.com', 'affiliate', true,
    ['impact.com', 'impactradius-event.com', 'impactcdn.com', 'sjv.io', 'pxf.io', 'evyy.net']),
  vendor('rakuten-advertising', 'https://rakutenadvertising.com/legal-notices/services-privacy-policy/')('rakuten-advertising', 'Rakuten Advertising (LinkShare)',
    'affiliate', true, ['linksynergy.com', 'rakutenadvertising.com']),
  vendor('belboon', 'https://www.belboon.com/en/privacy-policy/')('belboon', 'belboon', 'affiliate', true, ['belboon.com', 'belboon.de']),
  vendor('tradetracker', 'https://tradetracker.com/privacy-policy/')('tradetracker', 'TradeTracker', 'affiliate', true, ['tradetracker.net', 'tradetracker.com']),
  vendor('financeads', 'https://www.financeads.com/privacy-policy/')('financeads', 'financeAds', 'affiliate', true, ['financeads.net', 'financeads.com']),
  vendor('partnerize', 'https://partnerize.com/privacy-policy/')('partnerize', 'Partnerize', 'affiliate', true, ['prf.hn']),
  vendor('skimlinks', 'https://skimlinks.com/privacy-policies/')('skimlinks', 'Skimlinks', 'affiliate', true, ['skimresources.com', 'skimlinks.com', 'redirectingat.com']),
  vendor('adcell', 'https://www.adcell.com/datenschutz')('adcell', 'ADCELL', 'affiliate', true, ['adcell.com', 'adcell.de']),

  // ---------------- Video, audio, maps, fonts ----------------
  vendor('vimeo', 'https://vimeo.com/cookie_policy')('vimeo', 'Vimeo', 'video', true, ['vimeo.com', 'vimeocdn.com'], {
    notes: 'The dnt=1 player parameter stops Vimeo\'s session tracking; the IP still reaches Vimeo.',
  }),
  vendor('wistia', 'https://wistia.com/privacy')('wistia', 'Wistia', 'video', true, ['wistia.com', 'wistia.net']),
  vendor('dailymotion', 'https://legal.dailymotion.com/en/cookie-policy/')('dailymotion', 'Dailymotion', 'video', true, ['dailymotion.com', 'dmcdn.net', 'dm-event.net']),
  vendor('jw-player', 'https://jwplayer.com/legal/privacy/')('jw-player', 'JW Player', 'video', true, ['jwplayer.com', 'jwpcdn.com', 'jwplatform.com', 'jwpsrv.com']),
  vendor('brightcove', 'https://www.brightcove.com/en/legal/privacy/')('brightcove', 'Brightcove', 'video', true,
    ['brightcove.com', 'brightcove.net', 'brightcovecdn.com', 'boltdns.net']),
  vendor('vidyard', 'https://www.vidyard.com/privacy/')('vidyard', 'Vidyard', 'video', true, ['vidyard.com']),
  vendor('kaltura', 'https://corp.kaltura.com/legal/privacy/privacy-policy/')('kaltura', 'Kaltura', 'video', true, ['kaltura.com']),
  vendor('3q', 'https://3q.video/en/privacy-policy/')('3q', '3Q video', 'video', true, ['3qsdn.com']),
  vendor('spotify', 'https://www.spotify.com/legal/cookies-policy/')('spotify', 'Spotify embeds', 'other', true, ['spotify.com', 'scdn.co', 'spotifycdn.com'], {
    notes: 'Audio embed.',
  }),
  vendor('soundcloud', 'https://soundcloud.com/pages/cookies')('soundcloud', 'SoundCloud embeds', 'other', true, ['soundcloud.com', 'sndcdn.com'], {
    notes: 'Audio embed.',
  }),
  vendor('mapbox', 'https://www.mapbox.com/legal/privacy')('mapbox', 'Mapbox', 'maps', true, ['mapbox.com']),
  vendor('here', 'https://legal.here.com/en-gb/privacy')('here-maps', 'HERE maps', 'maps', true, ['hereapi.com', 'here.com']),
  vendor('osmf', 'https://osmfoundation.org/wiki/Privacy_Policy')('openstreetmap', 'OpenStreetMap tiles', 'maps', true, ['openstreetmap.org'], {
    notes: 'Tiles come from OSMF servers in the UK (adequate); the IP is still disclosed, and OSMF asks heavy users to run their own tile server.',
  }),
  vendor('fonticons', 'https://fontawesome.com/privacy')('font-awesome', 'Font Awesome CDN / Kits', 'fonts', true, ['fontawesome.com']),
  vendor('monotype', 'https://www.monotype.com/legal/privacy-policy')('fonts-com', 'Monotype Fonts.com web fonts', 'fonts', true, ['fonts.net', 'fonts.com']),
  vendor('bunny', 'https://fonts.bunny.net/about')('bunny-fonts', 'Bunny Fonts', 'fonts', false, ['fonts.bunny.net'], {
    notes: 'EU-based Google Fonts replacement that states it logs no IPs; self-hosting is still the safest option.',
  }),

  // ---------------- CDN and hosting ----------------
  vendor('prospect-one', 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net')('jsdelivr', 'jsDelivr', 'cdn', false, ['jsdelivr.net', 'jsdelivr.com', 'esm.run']),
  cloudflare('unpkg', 'unpkg', 'cdn', false, ['unpkg.com'], { notes: 'Community project served via Cloudflare.', source: 'https://unpkg.com/' }),
  cloudflare('cdnjs', 'cdnjs', 'cdn', false, ['cdnjs.cloudflare.com', 'cdnjs.com'], { source: 'https://cdnjs.com/about' }),
  cloudflare('cloudflare-turnstile', 'Cloudflare Turnstile', 'captcha', false, ['challenges.cloudflare.com'], {
    source: 'https://www.cloudflare.com/turnstile-privacy-policy/',
  }),
  cloudflare('cloudflare', 'Cloudflare CDN', 'cdn', false, ['cloudflare.com', 'cloudflare.net', 'cloudflarestorage.com']),
  cloudflare('cloudflare-pages', 'Cloudflare Pages / Workers / R2', 'hosting', false, ['pages.dev', 'workers.dev', 'r2.dev']),
  vendor('akamai', 'https://www.akamai.com/legal/privacy-statement')('akamai', 'Akamai CDN', 'cdn', false,
    ['akamaihd.net', 'akamaized.net', 'akamai.net', 'akamaiedge.net', 'edgekey.net', 'edgesuite.net', 'akamai.com']),
  vendor('fastly', 'https://www.fastly.com/privacy')('fastly', 'Fastly CDN', 'cdn', false, ['fastly.net', 'fastly.com', 'fastlylb.net']),
  vendor('bunny', 'https://bunny.net/privacy/')('bunny-cdn', 'bunny.net CDN', 'cdn', false, ['b-cdn.net', 'bunny.net', 'bunnycdn.com']),
  vendor('keycdn', 'https://www.keycdn.com/privacy')('keycdn', 'KeyCDN', 'cdn', false, ['kxcdn.com']),
  vendor('openjs', 'https://openjsf.org/privacy')('jquery-cdn', 'jQuery CDN', 'cdn', false, ['code.jquery.com']),
  vendor('stackpath', 'https://www.stackpath.com/legal/privacy-statement/')('bootstrapcdn', 'BootstrapCDN', 'cdn', false, ['bootstrapcdn.com']),
  vendor('cloudinary', 'https://cloudinary.com/privacy')('cloudinary', 'Cloudinary', 'cdn', false, ['cloudinary.com']),
  vendor('imgix', 'https://imgix.com/privacy')('imgix', 'imgix', 'cdn', false, ['imgix.net']),
  vendor('shopify', 'https://www.shopify.com/legal/cookies')('shopify', 'Shopify (storefront platform)', 'hosting', false,
    ['shopify.com', 'shopifycdn.com', 'myshopify.com', 'shopifysvc.com', 'shop.app']),
  vendor('wix', 'https://www.wix.com/about/cookie-policy')('wix', 'Wix (site platform)', 'hosting', false, ['wix.com', 'wixstatic.com', 'parastorage.com', 'wixsite.com']),
  vendor('squarespace', 'https://www.squarespace.com/privacy')('squarespace', 'Squarespace (site platform)', 'hosting', false,
    ['squarespace.com', 'squarespace-cdn.com', 'sqspcdn.com']),
  vendor('webflow', 'https://webflow.com/legal/privacy')('webflow', 'Webflow (site platform)', 'hosting', false, ['webflow.com', 'website-files.com', 'webflow.io']),
  vendor('netlify', 'https://www.netlify.com/privacy/')('netlify', 'Netlify', 'hosting', false, ['netlify.app', 'netlify.com']),
  vendor('vercel', 'https://vercel.com/legal/privacy-policy')('vercel', 'Vercel', 'hosting', false, ['vercel.app', 'vercel.com']),

  // ---------------- Payments and captcha ----------------
  vendor('stripe', 'https://stripe.com/cookie-settings')('stripe', 'Stripe', 'payments', false, ['stripe.com', 'stripe.network', 'stripecdn.com'], {
    notes: 'Stripe.js runs fraud signals on every page it is loaded on; load it only on checkout pages.',
  }),
  vendor('paypal', 'https://www.paypal.com/de/legalhub/paypal/privacy-full')('paypal', 'PayPal', 'payments', false,
    ['paypal.com', 'paypalobjects.com', 'braintreegateway.com', 'braintree-api.com']),
  vendor('klarna', 'https://www.klarna.com/international/privacy-policy/')('klarna', 'Klarna (incl. Sofort)', 'payments', false,
    ['klarna.com', 'klarnacdn.net', 'klarnaservices.com', 'sofort.com'], { notes: 'On-site messaging widgets on non-checkout pages are marketing and need consent.' }),
  vendor('adyen', 'https://www.adyen.com/policies-and-disclaimer/privacy-policy')('adyen', 'Adyen', 'payments', false, ['adyen.com', 'adyenpayments.com']),
  vendor('mollie', 'https://www.mollie.com/privacy')('mollie', 'Mollie', 'payments', false, ['mollie.com']),
  vendor('unzer', 'https://www.unzer.com/en/privacy-statement/')('unzer', 'Unzer (heidelpay)', 'payments', false, ['unzer.com', 'heidelpay.com']),
  vendor('intuition-machines', 'https://www.hcaptcha.com/privacy')('hcaptcha', 'hCaptcha', 'captcha', false, ['hcaptcha.com']),
  vendor('friendly-captcha', 'https://friendlycaptcha.com/legal/privacy-end-users/')('friendly-captcha', 'Friendly Captcha', 'captcha', false,
    ['friendlycaptcha.com', 'friendlycaptcha.eu']),

  // ---------------- Forms, surveys, scheduling ----------------
  vendor('calendly', 'https://calendly.com/legal/cookie-notice')('calendly', 'Calendly embeds', 'other', true, ['calendly.com']),
  vendor('typeform', 'https://www.typeform.com/privacy-policy/')('typeform', 'Typeform embeds', 'other', true, ['typeform.com']),
  vendor('jotform', 'https://www.jotform.com/privacy/')('jotform', 'Jotform embeds', 'other', true, ['jotform.com', 'jotfor.ms']),
  vendor('surveymonkey', 'https://www.surveymonkey.com/mp/legal/cookies/')('surveymonkey', 'SurveyMonkey (incl. Usabilla)', 'analytics', true,
    ['surveymonkey.com', 'usabilla.com']),
  vendor('qualtrics', 'https://www.qualtrics.com/privacy-statement/')('qualtrics', 'Qualtrics Website Feedback', 'analytics', true, ['qualtrics.com']),
  vendor('medallia', 'https://www.medallia.com/privacy-policy/')('medallia', 'Medallia Digital (Kampyle)', 'analytics', true, ['kampyle.com', 'medallia.com', 'medallia.eu']),
];
