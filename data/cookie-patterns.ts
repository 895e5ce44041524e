// Known cookie names: exact names, prefixes and regexes -> owner tracker, purpose and default consent need.
// Written from the vendors' and frameworks' own cookie documentation; no third-party cookie database was used.
import type { CookieMatchKind, CookiePattern, CookiePurpose } from './types.ts';

export const COOKIE_PATTERNS_CHECKED = '2026-11-29';

type Make = (pattern: string, purpose: CookiePurpose, needsConsent: boolean, description: string) => CookiePattern;

// One builder per owner keeps each cookie to one line.
function by(owner: string | null, source: string): { exact: Make; prefix: Make; regex: Make } {
  const make = (match: CookieMatchKind): Make => (pattern, purpose, needsConsent, description) => ({
    pattern,
    match,
    owner,
    purpose,
    needsConsent,
    description,
    source,
    checked: COOKIE_PATTERNS_CHECKED,
  });
  return { exact: make('exact'), prefix: make('prefix'), regex: make('regex') };
}

const GOOGLE_ADS_COOKIES = 'https://business.safety.google/adscookies/';
const GOOGLE_COOKIES = 'https://policies.google.com/technologies/cookies';

const ga4 = by('google-analytics-4', 'https://support.google.com/analytics/answer/11397207');
const ua = by('google-analytics', 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage');
const gads = by('google-ads', GOOGLE_ADS_COOKIES);
const dclk = by('google-doubleclick', GOOGLE_ADS_COOKIES);
const gam = by('google-ad-manager', GOOGLE_ADS_COOKIES);
const gother = by('google-other', GOOGLE_COOKIES);
const yt = by('youtube', GOOGLE_COOKIES);
const recaptcha = by('google-recaptcha', GOOGLE_COOKIES);
const gopt = by('google-optimize', 'https://support.google.com/optimize/answer/6337720');
const fc = by('google-funding-choices', GOOGLE_COOKIES);
const fbPixel = by('facebook-pixel', 'https://www.facebook.com/privacy/policies/cookies/');
const fb = by('facebook', 'https://www.facebook.com/privacy/policies/cookies/');
const ig = by('instagram', 'https://privacycenter.instagram.com/policies/cookies/');
const uet = by('bing-uet', 'https://help.ads.microsoft.com/#apex/ads/en/56959/1');
const clarity = by('microsoft-clarity', 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list');
const appInsights = by('application-insights', 'https://learn.microsoft.com/en-us/azure/azure-monitor/app/javascript-sdk-configuration');
const azure = by('azure', 'https://learn.microsoft.com/en-us/azure/app-service/configure-common');
const liInsight = by('linkedin-insight', 'https://www.linkedin.com/legal/l/cookie-table');
const li = by('linkedin', 'https://www.linkedin.com/legal/l/cookie-table');
const pinTag = by('pinterest-tag', 'https://policy.pinterest.com/en/cookies');
const pin = by('pinterest', 'https://policy.pinterest.com/en/cookies');
const tt = by('tiktok-pixel', 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel');
const snap = by('snap-pixel', 'https://snap.com/en-US/cookie-policy');
const xPixel = by('x-pixel', 'https://help.x.com/en/rules-and-policies/x-cookies');
const xSocial = by('x', 'https://help.x.com/en/rules-and-policies/x-cookies');
const rdt = by('reddit-pixel', 'https://www.reddit.com/policies/cookies');
const criteo = by('criteo', 'https://www.criteo.com/privacy/');
const taboola = by('taboola', 'https://www.taboola.com/policies/cookie-policy');
const outbrain = by('outbrain', 'https://www.outbrain.com/privacy/cookies/');
const amzn = by('amazon-ads', 'https://advertising.amazon.com/legal/privacy-notice');
const adform = by('adform', 'https://site.adform.com/privacy-center/platform/cookies-and-similar-technologies/');
const xandr = by('xandr', 'https://about.ads.microsoft.com/en/resources/policies/microsoft-invest-platform-privacy-policy');
const ttd = by('the-trade-desk', 'https://www.thetradedesk.com/general/privacy');
const pubmatic = by('pubmatic', 'https://pubmatic.com/legal/platform-cookie-policy/');
const magnite = by('magnite', 'https://www.magnite.com/legal/advertising-technology-privacy-policy/');
const ix = by('index-exchange', 'https://www.indexexchange.com/privacy/');
const qc = by('quantcast', 'https://www.quantcast.com/privacy/');
const hotjar = by('hotjar', 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code');
const mouseflow = by('mouseflow', 'https://mouseflow.com/legal/company/cookie-policy/');
const fullstory = by('fullstory', 'https://help.fullstory.com/hc/en-us/articles/360020829513-Cookies-and-Fullstory');
const smartlook = by('smartlook', 'https://help.smartlook.com/docs/cookies');
const logrocket = by('logrocket', 'https://docs.logrocket.com/docs/cookies');
const cs = by('contentsquare', 'https://docs.contentsquare.com/en/privacy/cookies/');
const heap = by('heap', 'https://help.heap.io/data-management/data-privacy/heap-cookies/');
const crazyEgg = by('crazy-egg', 'https://support.crazyegg.com/hc/en-us/articles/360054584474-Cookies');
const luckyOrange = by('lucky-orange', 'https://help.luckyorange.com/article/126-cookies');
const qm = by('quantum-metric', 'https://www.quantummetric.com/legal/privacy-policy');
const matomo = by('matomo', 'https://matomo.org/faq/general/faq_146/');
const piwikPro = by('piwik-pro', 'https://help.piwik.pro/support/questions/what-cookies-does-piwik-pro-set/');
const etracker = by('etracker', 'https://www.etracker.com/en/docs/integration-setup/settings-privacy/cookies/');
const econda = by('econda', 'https://www.econda.de/datenschutz/');
const mapp = by('mapp-intelligence', 'https://documentation.mapp.com/latest/en/cookies-in-mapp-intelligence-9700853.html');
const piano = by('piano-analytics', 'https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookies');
const mixpanel = by('mixpanel', 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript#cookies');
const amplitude = by('amplitude', 'https://amplitude.com/docs/sdks/analytics/browser/cookies-and-consent-management');
const segment = by('segment', 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/cookie-validity-update/');
const posthog = by('posthog', 'https://posthog.com/docs/libraries/js/persistence');
const optimizely = by('optimizely', 'https://docs.developers.optimizely.com/web-experimentation/docs/cookies-and-localstorage');
const vwo = by('vwo', 'https://help.vwo.com/hc/en-us/articles/360034420613-Cookies-Used-By-VWO');
const abTasty = by('ab-tasty', 'https://docs.abtasty.com/client-side/privacy/cookies-and-storage');
const kameleoon = by('kameleoon', 'https://developers.kameleoon.com/web-experimentation/cookies/');
const adobeAnalytics = by('adobe-analytics', 'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics');
const adobeTarget = by('adobe-target', 'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/target');
const aep = by('adobe-experience-platform', 'https://experienceleague.adobe.com/en/docs/experience-platform/collection/cookies/overview');
const aam = by('adobe-audience-manager', 'https://experienceleague.adobe.com/en/docs/audience-manager/user-guide/overview/data-security-and-privacy/data-privacy-reference/aam-privacy-cookies');
const marketo = by('marketo', 'https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/administration/settings/cookies-used-by-marketo-engage');
const pardot = by('pardot', 'https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm&type=5');
const sfis = by('salesforce-interaction-studio', 'https://help.salesforce.com/s/articleView?id=sf.mc_pers_cookies.htm&type=5');
const eloqua = by('oracle-eloqua', 'https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/EloquaAsynchronousTrackingScripts/EloquaTrackingCookies.htm');
const HUBSPOT_COOKIES = 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser';
const hubspot = by('hubspot', HUBSPOT_COOKIES);
const hubspotChat = by('hubspot-chat', HUBSPOT_COOKIES);
const hubspotBanner = by('hubspot-cookie-banner', HUBSPOT_COOKIES);
const brevo = by('brevo', 'https://www.brevo.com/legal/cookies/');
const activecampaign = by('activecampaign', 'https://help.activecampaign.com/hc/en-us/articles/221542267-An-overview-of-Site-Tracking');
const klaviyo = by('klaviyo', 'https://help.klaviyo.com/hc/en-us/articles/115005076787');
const cio = by('customer-io', 'https://customer.io/docs/sdk/web/getting-started/');
const braze = by('braze', 'https://www.braze.com/docs/developer_guide/platform_integration_guides/web/cookies_and_storage/');
const emarsys = by('emarsys', 'https://help.sap.com/docs/SAP_EMARSYS/f8e2fafeea804018a954a8857d9dfff3/fc7ed8d274c110149f7fd88a0ff68f1c.html');
const mautic = by('mautic', 'https://docs.mautic.org/en/5.x/contacts/contact_monitoring.html');
const drip = by('drip', 'https://www.drip.com/privacy');
const kit = by('convertkit', 'https://kit.com/privacy');
const omnisend = by('omnisend', 'https://www.omnisend.com/privacy-policy/');
const sharpspring = by('sharpspring', 'https://sharpspring.com/legal/privacy/');
const leadfeeder = by('leadfeeder', 'https://www.dealfront.com/privacy-policy/');
const albacross = by('albacross', 'https://albacross.com/privacy-policy/');
const leadinfo = by('leadinfo', 'https://www.leadinfo.com/en/privacy/');
const sixsense = by('6sense', 'https://6sense.com/privacy-policy/');
const demandbase = by('demandbase', 'https://www.demandbase.com/privacy/');
const zoominfo = by('zoominfo', 'https://www.zoominfo.com/about-zoominfo/privacy-policy');
const salesiq = by('zoho-salesiq', 'https://www.zoho.com/salesiq/help/getting-started/cookies.html');
const pagesense = by('zoho-pagesense', 'https://www.zoho.com/pagesense/privacy.html');
const freshworks = by('freshmarketer', 'https://www.freshworks.com/privacy/');
const intercom = by('intercom', 'https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies');
const drift = by('drift', 'https://www.salesloft.com/legal/cookie-notice');
const zendesk = by('zendesk', 'https://support.zendesk.com/hc/en-us/articles/4408836402074');
const livechat = by('livechat', 'https://www.livechat.com/legal/cookies-policy/');
const tawk = by('tawk-to', 'https://help.tawk.to/article/what-cookies-does-tawkto-use');
const userlike = by('userlike', 'https://www.userlike.com/en/terms#privacy-policy');
const crisp = by('crisp', 'https://help.crisp.chat/en/article/whats-crisp-eu-gdpr-compliance-status-nhv54c/');
const smartsupp = by('smartsupp', 'https://www.smartsupp.com/help/privacy/');
const olark = by('olark', 'https://www.olark.com/help/cookies/');
const liveperson = by('liveperson', 'https://developers.liveperson.com/web-messaging-cookies-and-storage.html');
const datadog = by('datadog-rum', 'https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/');
const CF_COOKIES = 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/';
const cloudflare = by('cloudflare', CF_COOKIES);
const turnstile = by('cloudflare-turnstile', CF_COOKIES);
const akamai = by('akamai', 'https://techdocs.akamai.com/bot-manager/docs/akamai-bot-manager-cookies');
const mpulse = by('akamai-mpulse', 'https://techdocs.akamai.com/mpulse/docs/cookies');
const aws = by('aws', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html');
const stripe = by('stripe', 'https://stripe.com/legal/cookies-policy');
const paypal = by('paypal', 'https://www.paypal.com/de/legalhub/paypal/privacy-full');
const hcaptcha = by('hcaptcha', 'https://www.hcaptcha.com/privacy');
const awin = by('awin', 'https://success.awin.com/articles/en_US/Knowledge/Awin-cookies');
const cj = by('cj', 'https://www.cj.com/legal/privacy');
const impact = by('impact', 'https://impact.com/privacy-policy/');
const tradedoubler = by('tradedoubler', 'https://www.tradedoubler.com/en/privacy-policy/');
const vimeo = by('vimeo', 'https://vimeo.com/cookie_policy');
const spotify = by('spotify', 'https://www.spotify.com/legal/cookies-policy/');
const disqus = by('disqus', 'https://help.disqus.com/en/articles/1717155-use-of-cookies');
const addthis = by('addthis', 'https://www.oracle.com/legal/privacy/addthis-privacy-policy.html');
const sharethis = by('sharethis', 'https://sharethis.com/privacy/');
const shopify = by('shopify', 'https://www.shopify.com/legal/cookies');
const wix = by('wix', 'https://support.wix.com/en/article/cookies-and-your-wix-site');
const onetrust = by('onetrust', 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0');
const cookiebot = by('cookiebot', 'https://www.cookiebot.com/en/developer/');
const usercentrics = by('usercentrics', 'https://usercentrics.com/docs/web/implementation/ui/storage/');
const didomi = by('didomi', 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies');
const borlabs = by('borlabs-cookie', 'https://borlabs.io/borlabs-cookie/');
const complianz = by('complianz', 'https://complianz.io/cookies/');
const cookieyes = by('cookieyes', 'https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/');
const klaro = by('klaro', 'https://klaro.org/docs/');
const cmgr = by('consentmanager', 'https://help.consentmanager.net/books/cmp/page/cookies-set-by-the-cmp');
// Snowplow is self-hosted (no company receives the data by default): no tracker owner, the vendor's docs as source.
const snowplowTracker = by(null, 'https://docs.snowplow.io/docs/sources/web-trackers/cookies-and-local-storage');
const snowplowCollector = by(null, 'https://docs.snowplow.io/docs/api-reference/stream-collector');
const mixpanelQueue = by('mixpanel', 'https://app.unpkg.com/mixpanel-browser@2.75.0/files/src/mixpanel-core.js');
// Self-hosted open-source banners: no tracker owner.
const osanoOss = by(null, 'https://github.com/dawesi/cookieconsent');
const orestBida = by(null, 'https://socket.dev/npm/package/vanilla-cookieconsent/diff/2.9.0');
const sourcepoint = by('sourcepoint', 'https://docs.sourcepoint.com/hc/en-us/articles/4405397441043');
const trustarc = by('trustarc', 'https://trustarc.com/privacy-policy/');
const iubenda = by('iubenda', 'https://www.iubenda.com/en/help/5525-cookies-used-by-iubenda');
const osano = by('osano', 'https://docs.osano.com/hc/en-us/articles/22293618493716');
const axeptio = by('axeptio', 'https://support.axeptio.eu/hc/en-gb/articles/4402985038225');
const cookiefirst = by('cookiefirst', 'https://cookiefirst.com/privacy-policy/');
const cookieInformation = by('cookie-information', 'https://cookieinformation.com/privacy-policy/');
const civic = by('civic-cookie-control', 'https://www.civicuk.com/cookie-control/documentation/cookies');
const cookiehub = by('cookiehub', 'https://www.cookiehub.com/privacy-policy');
const rcb = by('real-cookie-banner', 'https://devowl.io/knowledge-base/real-cookie-banner-cookies/');
const ketch = by('ketch', 'https://www.ketch.com/privacy-policy');
const tcf = by(null, 'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework');
const genericConsent = by(null, 'https://wordpress.org/plugins/');

// Generic platform cookies (owner null): the frameworks' own documentation.
const php = by(null, 'https://www.php.net/manual/en/session.configuration.php');
const java = by(null, 'https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0');
const aspnet = by(null, 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/app-state');
const django = by(null, 'https://docs.djangoproject.com/en/5.0/ref/settings/');
const laravel = by(null, 'https://laravel.com/docs/11.x/session');
const rails = by(null, 'https://guides.rubyonrails.org/security.html');
const express = by(null, 'https://expressjs.com/en/resources/middleware/session.html');
const coldfusion = by(null, 'https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-client-variables.html');
const wp = by(null, 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/');
const woo = by(null, 'https://woocommerce.com/document/woocommerce-cookies/');
const drupal = by(null, 'https://www.drupal.org/docs/administering-a-drupal-site/security-in-drupal/drupal-session-cookies');
const magento = by(null, 'https://experienceleague.adobe.com/en/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law');
const typo3 = by(null, 'https://docs.typo3.org/m/typo3/reference-coreapi/main/en-us/ApiOverview/Cookies/Index.html');
const presta = by(null, 'https://docs.prestashop-project.org/');
const imperva = by(null, 'https://docs.imperva.com/bundle/cloud-application-security/page/cookies.htm');

export const COOKIE_PATTERNS: readonly CookiePattern[] = [
  // ---------------- Google ----------------
  ga4.exact('_ga', 'analytics', true, 'Google Analytics client ID that distinguishes visitors (2 years).'),
  ga4.prefix('_ga_', 'analytics', true, 'Google Analytics 4 session state for one property (_ga_<container-id>).'),
  ga4.exact('_gid', 'analytics', true, 'Google Analytics visitor ID for 24 hours.'),
  ga4.prefix('_gat', 'analytics', true, 'Google Analytics request throttling (_gat, _gat_<property>).'),
  ua.exact('__utma', 'analytics', true, 'Legacy Google Analytics (ga.js) visitor and session counter.'),
  ua.exact('__utmb', 'analytics', true, 'Legacy Google Analytics (ga.js) session start.'),
  ua.exact('__utmc', 'analytics', true, 'Legacy Google Analytics (ga.js) session end marker.'),
  ua.exact('__utmt', 'analytics', true, 'Legacy Google Analytics (ga.js) request throttling.'),
  ua.exact('__utmv', 'analytics', true, 'Legacy Google Analytics (ga.js) custom visitor variables.'),
  ua.exact('__utmz', 'analytics', true, 'Legacy Google Analytics (ga.js) traffic source of the visit.'),
  gads.prefix('_gcl_', 'advertising', true, 'Google Ads / Floodlight click and conversion linker (_gcl_au, _gcl_aw, _gcl_dc...).'),
  gads.prefix('_gac_', 'advertising', true, 'Google Ads campaign information stored by Google Analytics.'),
  dclk.exact('IDE', 'advertising', true, 'DoubleClick ad-targeting and measurement ID on doubleclick.net.'),
  dclk.exact('test_cookie', 'advertising', true, 'DoubleClick check whether the browser accepts third-party cookies.'),
  dclk.exact('DSID', 'advertising', true, 'DoubleClick ID that links ads activity to a signed-in Google account.'),
  gam.exact('__gads', 'advertising', true, 'Google Ad Manager / AdSense ad serving and frequency ID on the site\'s domain.'),
  gam.exact('__gpi', 'advertising', true, 'Google Ad Manager / AdSense publisher ID for ad personalisation.'),
  gam.exact('__eoi', 'security', true, 'Google ad serving cookie against ad fraud.'),
  gother.exact('NID', 'advertising', true, 'Google preferences and ad personalisation ID on google.com.'),
  gother.exact('1P_JAR', 'advertising', true, 'Google ad statistics and personalisation cookie.'),
  gother.exact('AEC', 'security', true, 'Google cookie that ties requests to a browsing session against abuse.'),
  gother.prefix('__Secure-3P', 'advertising', true, 'Google cross-site identifiers (__Secure-3PSID, __Secure-3PAPISID...) used for ads personalisation.'),
  gother.exact('SOCS', 'consent', false, 'Stores the visitor\'s choice on Google\'s own consent screen.'),
  gother.exact('CONSENT', 'consent', false, 'Legacy cookie storing the choice on Google\'s own consent screen.'),
  yt.exact('VISITOR_INFO1_LIVE', 'advertising', true, 'YouTube ID that estimates bandwidth and tracks viewing for recommendations and ads.'),
  yt.exact('VISITOR_PRIVACY_METADATA', 'other', true, 'YouTube privacy state of the visitor; set by the embed before consent.'),
  yt.exact('YSC', 'analytics', true, 'YouTube session ID that links video views within a session.'),
  yt.prefix('__Secure-YEC', 'advertising', true, 'YouTube visitor data cookie.'),
  yt.exact('__Secure-ROLLOUT_TOKEN', 'other', true, 'YouTube feature rollout cookie set by embeds.'),
  recaptcha.exact('_GRECAPTCHA', 'security', true, 'reCAPTCHA risk-analysis cookie set on google.com.'),
  gopt.exact('_gaexp', 'analytics', true, 'Google Optimize experiment assignment.'),
  gopt.prefix('_opt_', 'analytics', true, 'Google Optimize experiment and campaign state (_opt_awcid, _opt_expid...).'),
  fc.exact('FCCDCF', 'consent', false, 'Google Privacy & messaging consent record.'),
  fc.exact('FCNEC', 'consent', false, 'Google Privacy & messaging non-essential consent record.'),

  // ---------------- Meta ----------------
  fbPixel.exact('_fbp', 'advertising', true, 'Meta Pixel browser ID for ad delivery and conversion measurement.'),
  fbPixel.exact('_fbc', 'advertising', true, 'Meta Pixel click ID from the fbclid URL parameter.'),
  fb.exact('fr', 'advertising', true, 'Facebook ad delivery and measurement ID on facebook.com.'),
  fb.exact('datr', 'security', true, 'Facebook browser ID against abuse; set when Facebook content loads.'),
  fb.exact('sb', 'security', true, 'Facebook browser identification for login security.'),
  ig.exact('ig_did', 'social', true, 'Instagram device ID set by embeds.'),

  // ---------------- Microsoft and LinkedIn ----------------
  uet.exact('_uetsid', 'advertising', true, 'Microsoft Advertising UET session ID (1 day).'),
  uet.exact('_uetvid', 'advertising', true, 'Microsoft Advertising UET visitor ID (13 months).'),
  uet.exact('_uetmsclkid', 'advertising', true, 'Microsoft Advertising click ID from the msclkid URL parameter.'),
  uet.exact('MUID', 'advertising', true, 'Microsoft user ID shared across Microsoft sites, used by Bing Ads and Clarity.'),
  clarity.exact('_clck', 'session-replay', true, 'Microsoft Clarity user ID and preferences.'),
  clarity.exact('_clsk', 'session-replay', true, 'Microsoft Clarity session that joins page views into one recording.'),
  clarity.exact('CLID', 'session-replay', true, 'Microsoft Clarity first-seen ID on clarity.ms.'),
  clarity.exact('ANONCHK', 'session-replay', true, 'Microsoft Clarity check that MUID is passed to Bing.'),
  appInsights.exact('ai_user', 'analytics', true, 'Azure Application Insights user ID.'),
  appInsights.exact('ai_session', 'analytics', true, 'Azure Application Insights session ID.'),
  azure.exact('ARRAffinity', 'necessary', false, 'Azure App Service load-balancer affinity.'),
  azure.exact('ARRAffinitySameSite', 'necessary', false, 'Azure App Service load-balancer affinity (SameSite=None).'),
  liInsight.exact('li_fat_id', 'advertising', true, 'LinkedIn member indirect ID for conversion tracking.'),
  liInsight.exact('li_sugr', 'advertising', true, 'LinkedIn browser ID for identity matching.'),
  liInsight.exact('UserMatchHistory', 'advertising', true, 'LinkedIn Ads ID syncing.'),
  liInsight.exact('AnalyticsSyncHistory', 'advertising', true, 'LinkedIn time of last sync with lms_analytics.'),
  liInsight.exact('ln_or', 'analytics', true, 'LinkedIn Insight Tag sampling flag on the site\'s domain.'),
  li.exact('bcookie', 'social', true, 'LinkedIn browser ID set by LinkedIn embeds and the Insight Tag.'),
  li.exact('bscookie', 'security', true, 'LinkedIn secure browser ID.'),
  li.exact('lidc', 'other', true, 'LinkedIn data-centre routing cookie.'),
  li.exact('li_gc', 'consent', false, 'Stores the visitor\'s consent to LinkedIn\'s non-essential cookies.'),

  // ---------------- Other social and ad platforms ----------------
  pinTag.exact('_pin_unauth', 'advertising', true, 'Pinterest Tag ID for visitors not logged in to Pinterest.'),
  pinTag.exact('_pinterest_ct_ua', 'advertising', true, 'Pinterest Tag cross-site ID.'),
  pinTag.exact('_pinterest_ct_rt', 'advertising', true, 'Pinterest Tag conversion tracking ID.'),
  pinTag.exact('_epik', 'advertising', true, 'Pinterest click ID from the epik URL parameter.'),
  pinTag.exact('_derived_epik', 'advertising', true, 'Pinterest Tag derived conversion ID.'),
  pin.exact('_pinterest_sess', 'social', true, 'Pinterest login session on pinterest.com.'),
  tt.exact('_ttp', 'advertising', true, 'TikTok Pixel visitor ID for ad measurement.'),
  tt.exact('_tt_enable_cookie', 'advertising', true, 'TikTok Pixel check that cookies can be set.'),
  tt.prefix('ttcsid', 'advertising', true, 'TikTok Pixel session ID (ttcsid, ttcsid_<pixel>).'),
  snap.exact('_scid', 'advertising', true, 'Snap Pixel visitor ID.'),
  snap.exact('_scid_r', 'advertising', true, 'Snap Pixel visitor ID copy.'),
  snap.exact('_sctr', 'advertising', true, 'Snap Pixel visit counter.'),
  xPixel.exact('muc_ads', 'advertising', true, 'X (Twitter) ads ID on twitter.com.'),
  xPixel.exact('guest_id_ads', 'advertising', true, 'X (Twitter) ads ID for logged-out visitors.'),
  xPixel.exact('guest_id_marketing', 'advertising', true, 'X (Twitter) marketing ID for logged-out visitors.'),
  xSocial.exact('guest_id', 'social', true, 'X (Twitter) ID for logged-out visitors set by embeds.'),
  xSocial.exact('personalization_id', 'advertising', true, 'X (Twitter) personalisation and ads ID.'),
  rdt.exact('_rdt_uuid', 'advertising', true, 'Reddit Pixel visitor ID.'),
  rdt.exact('_rdt_cid', 'advertising', true, 'Reddit Pixel click ID.'),
  criteo.prefix('cto_', 'advertising', true, 'Criteo first-party IDs (cto_bundle, cto_bidid...) for retargeting.'),
  taboola.exact('t_gid', 'advertising', true, 'Taboola visitor ID.'),
  taboola.exact('t_pt_gid', 'advertising', true, 'Taboola visitor ID set through the Taboola pixel.'),
  outbrain.exact('obuid', 'advertising', true, 'Outbrain visitor ID for recommendations and ads.'),
  amzn.exact('ad-id', 'advertising', true, 'Amazon Ads ID on amazon-adsystem.com.'),
  amzn.exact('ad-privacy', 'consent', false, 'Amazon Ads opt-out flag.'),
  adform.exact('adformfrpid', 'advertising', true, 'Adform first-party ID.'),
  xandr.exact('uuid2', 'advertising', true, 'Xandr (AppNexus) visitor ID on adnxs.com.'),
  xandr.exact('anj', 'advertising', true, 'Xandr (AppNexus) ID sync data.'),
  ttd.exact('TDID', 'advertising', true, 'The Trade Desk visitor ID on adsrvr.org.'),
  ttd.exact('TDCPM', 'advertising', true, 'The Trade Desk ID sync state.'),
  pubmatic.exact('KADUSERCOOKIE', 'advertising', true, 'PubMatic visitor ID.'),
  pubmatic.exact('PUBMDCID', 'advertising', true, 'PubMatic data-centre cookie.'),
  magnite.exact('khaos', 'advertising', true, 'Magnite (Rubicon Project) visitor ID.'),
  ix.exact('CMID', 'advertising', true, 'Index Exchange visitor ID on casalemedia.com.'),
  ix.exact('CMPS', 'advertising', true, 'Index Exchange ID sync state.'),
  ix.exact('CMPRO', 'advertising', true, 'Index Exchange ID sync state.'),
  qc.exact('__qca', 'advertising', true, 'Quantcast visitor ID for measurement and ads.'),

  // ---------------- Session replay and analytics ----------------
  hotjar.exact('_hjid', 'session-replay', true, 'Hotjar legacy user ID.'),
  hotjar.prefix('_hjSessionUser_', 'session-replay', true, 'Hotjar user ID for one site (_hjSessionUser_<site-id>).'),
  hotjar.prefix('_hjSession_', 'session-replay', true, 'Hotjar current session (_hjSession_<site-id>).'),
  hotjar.prefix('_hjIncludedIn', 'session-replay', true, 'Hotjar sampling flag for recordings.'),
  hotjar.prefix('_hj', 'session-replay', true, 'Hotjar tracking, survey and test cookie.'),
  mouseflow.prefix('mf_', 'session-replay', true, 'Mouseflow session and user IDs (mf_<website-id>, mf_user).'),
  fullstory.exact('fs_uid', 'session-replay', true, 'FullStory user and session ID.'),
  fullstory.exact('fs_cid', 'session-replay', true, 'FullStory consent state.'),
  fullstory.exact('fs_lua', 'session-replay', true, 'FullStory last user action time.'),
  smartlook.prefix('SL_C_', 'session-replay', true, 'Smartlook session and visitor IDs.'),
  smartlook.prefix('SL_L_', 'session-replay', true, 'Smartlook local visitor data.'),
  logrocket.prefix('_lr_', 'session-replay', true, 'LogRocket session state.'),
  cs.prefix('_cs_', 'session-replay', true, 'Contentsquare visitor, session and opt-out cookies (_cs_id, _cs_s...).'),
  heap.prefix('_hp2_', 'analytics', true, 'Heap user and session IDs (_hp2_id.<env>, _hp2_ses_props.<env>).'),
  crazyEgg.exact('_ceir', 'session-replay', true, 'Crazy Egg returning-visitor flag.'),
  crazyEgg.exact('cebs', 'session-replay', true, 'Crazy Egg session flag.'),
  crazyEgg.exact('_CEFT', 'session-replay', true, 'Crazy Egg page variant.'),
  crazyEgg.prefix('_ce.', 'session-replay', true, 'Crazy Egg tracking state.'),
  luckyOrange.prefix('_lo_', 'session-replay', true, 'Lucky Orange visitor and session IDs.'),
  luckyOrange.exact('_lorid', 'session-replay', true, 'Lucky Orange recording ID.'),
  qm.prefix('QuantumMetric', 'session-replay', true, 'Quantum Metric user and session IDs.'),
  matomo.prefix('_pk_id', 'analytics', true, 'Matomo/Piwik PRO visitor ID (_pk_id.<site>.<hash>).'),
  matomo.prefix('_pk_ses', 'analytics', true, 'Matomo/Piwik PRO session marker (_pk_ses.<site>.<hash>).'),
  matomo.prefix('_pk_ref', 'analytics', true, 'Matomo/Piwik PRO referrer attribution.'),
  matomo.prefix('_pk_cvar', 'analytics', true, 'Matomo custom variables.'),
  matomo.prefix('_pk_hsr', 'session-replay', true, 'Matomo heatmap and session recording state.'),
  matomo.prefix('_pk_testcookie', 'analytics', true, 'Matomo check that cookies can be set.'),
  matomo.prefix('_pk_', 'analytics', true, 'Matomo/Piwik PRO tracking cookie.'),
  matomo.exact('mtm_consent', 'consent', false, 'Matomo stored tracking consent.'),
  matomo.exact('mtm_consent_removed', 'consent', false, 'Matomo stored withdrawal of consent.'),
  matomo.exact('mtm_cookie_consent', 'consent', false, 'Matomo stored cookie consent.'),
  matomo.exact('MATOMO_SESSID', 'necessary', false, 'Matomo opt-out and UI session.'),
  piwikPro.prefix('ppms_privacy_', 'consent', false, 'Piwik PRO Consent Manager choice.'),
  piwikPro.prefix('stg_', 'analytics', true, 'Piwik PRO Tag Manager visit and traffic-source state (stg_traffic_source_priority...).'),
  etracker.exact('_et_coid', 'analytics', true, 'etracker visitor ID.'),
  etracker.exact('et_oi_v2', 'analytics', true, 'etracker returning-visitor flag.'),
  etracker.exact('et_oip', 'analytics', true, 'etracker returning-visitor flag.'),
  etracker.exact('et_allow_cookies', 'consent', false, 'etracker stored cookie consent.'),
  etracker.exact('BT_ctst', 'analytics', true, 'etracker cookie test.'),
  etracker.exact('BT_sdc', 'analytics', true, 'etracker session data.'),
  etracker.exact('BT_pdc', 'analytics', true, 'etracker visitor history.'),
  etracker.exact('BT_ecl', 'analytics', true, 'etracker campaign list.'),
  econda.prefix('emos_', 'analytics', true, 'econda visitor and session IDs (emos_jcvid, emos_jcsid).'),
  mapp.prefix('wt3_', 'analytics', true, 'Mapp Intelligence (Webtrekk) visitor and session IDs.'),
  mapp.prefix('wteid_', 'analytics', true, 'Mapp Intelligence (Webtrekk) visitor ID per account.'),
  mapp.prefix('wtsid_', 'analytics', true, 'Mapp Intelligence (Webtrekk) session ID per account.'),
  piano.exact('atuserid', 'analytics', true, 'Piano Analytics (AT Internet) visitor ID.'),
  piano.exact('atidvisitor', 'analytics', true, 'Piano Analytics (AT Internet) visitor data.'),
  piano.exact('_pcid', 'analytics', true, 'Piano browser ID.'),
  piano.exact('_pctx', 'analytics', true, 'Piano context data.'),
  mixpanel.regex('^mp_[0-9a-zA-Z]+_mixpanel$', 'analytics', true, 'Mixpanel distinct ID and super properties (mp_<token>_mixpanel).'),
  mixpanel.exact('mp_optout', 'consent', false, 'Mixpanel opt-out flag.'),
  mixpanelQueue.prefix('__mpq_', 'analytics', true, 'Mixpanel batch queue in localStorage (__mpq_<token>_ev/_pp/_gr): events with the distinct ID.'),
  snowplowTracker.prefix('_sp_id.', 'analytics', true, 'Snowplow domain user ID (_sp_id.<domain hash>), two years.'),
  snowplowTracker.prefix('_sp_ses.', 'analytics', true, 'Snowplow session cookie (_sp_ses.<domain hash>), 30 minutes.'),
  snowplowTracker.prefix('snowplowOutQueue_', 'analytics', true, 'Snowplow tracker event queue in localStorage (events with the user ID).'),
  snowplowCollector.exact('sp', 'analytics', true, 'Snowplow collector\'s network user ID, set by the collector for a year.'),
  amplitude.prefix('amplitude_id', 'analytics', true, 'Amplitude device and session IDs (legacy SDK).'),
  amplitude.prefix('AMP_MKTG_', 'analytics', true, 'Amplitude marketing attribution data.'),
  amplitude.prefix('AMP_', 'analytics', true, 'Amplitude device and session IDs (AMP_<key-prefix>).'),
  segment.prefix('ajs_', 'analytics', true, 'Segment anonymous, user and group IDs (ajs_anonymous_id, ajs_user_id).'),
  posthog.regex('^ph_.+_posthog$', 'analytics', true, 'PostHog distinct ID and properties (ph_<key>_posthog).'),
  optimizely.prefix('optimizely', 'analytics', true, 'Optimizely visitor ID, buckets and segments (optimizelyEndUserId...).'),
  vwo.prefix('_vwo_uuid', 'analytics', true, 'VWO visitor ID (_vwo_uuid, _vwo_uuid_v2).'),
  vwo.prefix('_vwo', 'analytics', true, 'VWO visitor and session data (_vwo_ds, _vwo_sn...).'),
  vwo.prefix('_vis_opt_', 'analytics', true, 'VWO experiment assignment and test cookies.'),
  abTasty.prefix('ABTasty', 'analytics', true, 'AB Tasty visitor, session and test data (ABTasty, ABTastySession).'),
  kameleoon.prefix('kameleoon', 'analytics', true, 'Kameleoon visitor code and experiment data.'),
  adobeAnalytics.prefix('AMCV_', 'analytics', true, 'Adobe Experience Cloud ID (ECID) visitor ID per organisation.'),
  adobeAnalytics.prefix('AMCVS_', 'analytics', true, 'Adobe Experience Cloud ID session flag.'),
  adobeAnalytics.exact('s_cc', 'analytics', true, 'Adobe Analytics check that cookies are enabled.'),
  adobeAnalytics.exact('s_sq', 'analytics', true, 'Adobe Analytics previous link click (ClickMap).'),
  adobeAnalytics.exact('s_vi', 'analytics', true, 'Adobe Analytics visitor ID (third-party, on omtrdc.net/2o7.net).'),
  adobeAnalytics.exact('s_fid', 'analytics', true, 'Adobe Analytics fallback visitor ID.'),
  adobeAnalytics.exact('s_ecid', 'analytics', true, 'Adobe Analytics copy of the Experience Cloud ID.'),
  adobeAnalytics.exact('s_ppv', 'analytics', true, 'Adobe Analytics percent of page viewed.'),
  adobeAnalytics.exact('s_nr', 'analytics', true, 'Adobe Analytics new/repeat visit.'),
  adobeTarget.exact('mbox', 'analytics', true, 'Adobe Target session and visitor profile.'),
  adobeTarget.exact('at_check', 'analytics', true, 'Adobe Target check that cookies can be set.'),
  aep.prefix('kndctr_', 'analytics', true, 'Adobe Experience Platform Web SDK identity and consent state.'),
  aam.exact('demdex', 'advertising', true, 'Adobe Audience Manager visitor ID on demdex.net.'),
  aam.exact('dextp', 'advertising', true, 'Adobe Audience Manager ID sync timestamps.'),
  aam.exact('dst', 'advertising', true, 'Adobe Audience Manager destination sync errors.'),
  datadog.exact('_dd_s', 'analytics', true, 'Datadog RUM session ID and state.'),
  mpulse.exact('RT', 'analytics', true, 'Akamai mPulse (boomerang) round-trip timing and session data.'),

  // ---------------- Marketing automation, B2B intelligence, chat ----------------
  hubspot.exact('__hstc', 'marketing-automation', true, 'HubSpot visitor tracking (domain, first/last/current visit, session count).'),
  hubspot.exact('__hssc', 'marketing-automation', true, 'HubSpot session counter.'),
  hubspot.exact('__hssrc', 'marketing-automation', true, 'HubSpot new-session marker.'),
  hubspot.exact('hubspotutk', 'marketing-automation', true, 'HubSpot visitor ID linked to contacts on form submission.'),
  hubspot.exact('hs_ab_test', 'analytics', true, 'HubSpot A/B test page variant.'),
  hubspotChat.exact('messagesUtk', 'marketing-automation', true, 'HubSpot chat visitor ID.'),
  hubspotChat.prefix('hs-messages-', 'preferences', false, 'HubSpot chat widget state (open, welcome message hidden).'),
  hubspotBanner.exact('__hs_opt_out', 'consent', false, 'HubSpot cookie banner opt-out.'),
  hubspotBanner.exact('__hs_do_not_track', 'consent', false, 'HubSpot do-not-track flag.'),
  hubspotBanner.exact('__hs_initial_opt_in', 'consent', false, 'HubSpot initial opt-in flag.'),
  hubspotBanner.exact('__hs_cookie_cat_pref', 'consent', false, 'HubSpot cookie banner category choices.'),
  marketo.exact('_mkto_trk', 'marketing-automation', true, 'Marketo Munchkin visitor ID linked to leads.'),
  pardot.regex('^visitor_id\\d+(-hash)?$', 'marketing-automation', true, 'Pardot (Account Engagement) visitor ID per account.'),
  pardot.prefix('pi_opt_in', 'consent', false, 'Pardot (Account Engagement) tracking opt-in choice.'),
  pardot.regex('^lpv\\d+$', 'marketing-automation', true, 'Pardot (Account Engagement) page-view deduplication.'),
  sfis.prefix('_evga_', 'marketing-automation', true, 'Salesforce Interaction Studio (Evergage) visitor ID.'),
  sfis.prefix('_sfid_', 'marketing-automation', true, 'Salesforce Marketing Cloud Personalization visitor ID.'),
  eloqua.exact('ELOQUA', 'marketing-automation', true, 'Oracle Eloqua visitor ID.'),
  eloqua.exact('ELQSTATUS', 'marketing-automation', true, 'Oracle Eloqua visitor status.'),
  brevo.exact('sib_cuid', 'marketing-automation', true, 'Brevo (Sendinblue) tracker visitor ID.'),
  activecampaign.prefix('prism_', 'marketing-automation', true, 'ActiveCampaign site tracking ID (prism_<account>).'),
  klaviyo.exact('__kla_id', 'marketing-automation', true, 'Klaviyo visitor ID linked to profiles.'),
  cio.prefix('_cio', 'marketing-automation', true, 'Customer.io visitor and anonymous IDs (_cio, _cioid, _cioanonid).'),
  braze.prefix('ab.storage.', 'marketing-automation', true, 'Braze Web SDK device, session and user IDs.'),
  emarsys.prefix('scarab.', 'marketing-automation', true, 'Emarsys Web Extend visitor and profile IDs (scarab.visitor, scarab.profile).'),
  mautic.exact('mtc_id', 'marketing-automation', true, 'Mautic contact ID.'),
  mautic.exact('mtc_sid', 'marketing-automation', true, 'Mautic session ID.'),
  mautic.exact('mautic_device_id', 'marketing-automation', true, 'Mautic device ID.'),
  mautic.exact('mautic_referer_id', 'marketing-automation', true, 'Mautic referrer ID.'),
  drip.prefix('_drip_client_', 'marketing-automation', true, 'Drip visitor ID per account.'),
  kit.exact('ck_subscriber_id', 'marketing-automation', true, 'Kit (ConvertKit) subscriber ID.'),
  omnisend.prefix('omnisend', 'marketing-automation', true, 'Omnisend contact, session and anonymous IDs.'),
  sharpspring.exact('__ss', 'marketing-automation', true, 'SharpSpring session.'),
  sharpspring.exact('__ss_tk', 'marketing-automation', true, 'SharpSpring visitor ID.'),
  sharpspring.exact('__ss_referrer', 'marketing-automation', true, 'SharpSpring referrer.'),
  leadfeeder.prefix('_lfa', 'marketing-automation', true, 'Leadfeeder / Dealfront visitor ID (_lfa, _lfa_test_cookie_stored).'),
  albacross.prefix('nQ_', 'marketing-automation', true, 'Albacross visitor and visit IDs (nQ_cookieId, nQ_userVisitId).'),
  leadinfo.prefix('_li_id.', 'marketing-automation', true, 'Leadinfo visitor ID.'),
  leadinfo.prefix('_li_ses.', 'marketing-automation', true, 'Leadinfo session ID.'),
  sixsense.prefix('_gd_', 'marketing-automation', true, '6sense visitor and session IDs (_gd_visitor, _gd_session).'),
  sixsense.exact('6suuid', 'marketing-automation', true, '6sense visitor ID.'),
  demandbase.exact('tuuid', 'marketing-automation', true, 'Demandbase visitor ID on company-target.com.'),
  demandbase.exact('tuuid_lu', 'marketing-automation', true, 'Demandbase visitor ID last update.'),
  zoominfo.exact('_zitok', 'marketing-automation', true, 'ZoomInfo WebSights visitor ID.'),
  salesiq.prefix('ZLD', 'marketing-automation', true, 'Zoho SalesIQ visitor, chat and widget state.'),
  salesiq.exact('siq_name', 'marketing-automation', true, 'Zoho SalesIQ visitor name.'),
  salesiq.exact('siq_email', 'marketing-automation', true, 'Zoho SalesIQ visitor e-mail.'),
  pagesense.prefix('zps-', 'analytics', true, 'Zoho PageSense experiment and visitor state.'),
  freshworks.exact('_fw_crm_v', 'marketing-automation', true, 'Freshworks CRM/Freshmarketer visitor ID.'),
  intercom.prefix('intercom-', 'marketing-automation', true, 'Intercom visitor, session and device IDs (intercom-id-*, intercom-session-*).'),
  drift.prefix('driftt_', 'marketing-automation', true, 'Drift visitor and session IDs (driftt_aid, driftt_sid).'),
  drift.prefix('drift_', 'marketing-automation', true, 'Drift visitor and campaign state.'),
  zendesk.exact('__zlcmid', 'other', true, 'Zendesk Chat (Zopim) visitor ID.'),
  zendesk.exact('__zlcprivacy', 'consent', false, 'Zendesk Chat privacy consent.'),
  zendesk.prefix('ZD-', 'other', true, 'Zendesk Web Widget visitor and session state (ZD-suid, ZD-buid).'),
  livechat.prefix('__lc', 'other', true, 'LiveChat visitor ID and session (__lc_cid, __lc_cst, __lc.visitor_id).'),
  livechat.exact('__livechat', 'other', true, 'LiveChat visitor state.'),
  tawk.prefix('twk_', 'other', true, 'tawk.to visitor ID (twk_uuid_<site>, twk_idm_key).'),
  tawk.exact('TawkConnectionTime', 'other', true, 'tawk.to connection time.'),
  tawk.exact('tawkUUID', 'other', true, 'tawk.to visitor ID (legacy).'),
  userlike.prefix('uslk_', 'other', true, 'Userlike visitor and session state.'),
  crisp.prefix('crisp-client', 'other', true, 'Crisp chat session ID (crisp-client/session/<website>).'),
  smartsupp.prefix('ssupp.', 'other', true, 'Smartsupp visitor ID and visit count.'),
  olark.exact('hblid', 'other', true, 'Olark visitor ID.'),
  olark.exact('olfsk', 'other', true, 'Olark visitor ID.'),
  olark.exact('wcsid', 'other', true, 'Olark session ID.'),
  liveperson.exact('LPVID', 'other', true, 'LivePerson visitor ID.'),
  liveperson.prefix('LPSID-', 'other', true, 'LivePerson session ID per account.'),

  // ---------------- Security, CDN, payments ----------------
  cloudflare.exact('__cf_bm', 'security', false, 'Cloudflare Bot Management score (30 minutes); strictly necessary.'),
  cloudflare.exact('__cfruid', 'security', false, 'Cloudflare rate-limiting ID; strictly necessary.'),
  cloudflare.exact('_cfuvid', 'security', false, 'Cloudflare rate-limiting visitor ID; strictly necessary.'),
  cloudflare.exact('__cflb', 'necessary', false, 'Cloudflare load-balancer session affinity.'),
  cloudflare.exact('__cfwaitingroom', 'necessary', false, 'Cloudflare Waiting Room position.'),
  cloudflare.prefix('cf_chl_', 'security', false, 'Cloudflare challenge state.'),
  turnstile.exact('cf_clearance', 'security', false, 'Proof that the visitor passed a Cloudflare challenge; strictly necessary.'),
  akamai.exact('_abck', 'security', false, 'Akamai Bot Manager bot detection.'),
  akamai.exact('ak_bmsc', 'security', false, 'Akamai Bot Manager session.'),
  akamai.exact('bm_sz', 'security', false, 'Akamai Bot Manager request data.'),
  akamai.exact('bm_sv', 'security', false, 'Akamai Bot Manager session validation.'),
  akamai.exact('bm_mi', 'security', false, 'Akamai Bot Manager data.'),
  aws.exact('AWSALB', 'necessary', false, 'AWS Application Load Balancer stickiness.'),
  aws.exact('AWSALBCORS', 'necessary', false, 'AWS Application Load Balancer stickiness for cross-origin requests.'),
  aws.exact('AWSALBTG', 'necessary', false, 'AWS Application Load Balancer target group stickiness.'),
  aws.exact('AWSALBTGCORS', 'necessary', false, 'AWS Application Load Balancer target group stickiness (cross-origin).'),
  aws.exact('AWSELB', 'necessary', false, 'AWS Classic Load Balancer stickiness.'),
  imperva.prefix('visid_incap_', 'security', false, 'Imperva (Incapsula) visitor session for bot and DDoS protection.'),
  imperva.prefix('incap_ses_', 'security', false, 'Imperva (Incapsula) session.'),
  imperva.prefix('nlbi_', 'necessary', false, 'Imperva (Incapsula) load balancing.'),
  stripe.exact('__stripe_mid', 'security', false, 'Stripe fraud-prevention device ID; necessary for payments.'),
  stripe.exact('__stripe_sid', 'security', false, 'Stripe fraud-prevention session ID; necessary for payments.'),
  paypal.exact('x-pp-s', 'security', false, 'PayPal session for the payment flow.'),
  paypal.exact('tsrce', 'necessary', false, 'PayPal traffic source of the payment flow.'),
  paypal.exact('enforce_policy', 'consent', false, 'PayPal cookie-policy region flag.'),
  hcaptcha.exact('hmt_id', 'security', false, 'hCaptcha bot-detection session.'),

  // ---------------- Affiliate, media, social widgets ----------------
  awin.exact('awc', 'advertising', true, 'Awin click reference stored on the advertiser\'s domain.'),
  awin.prefix('_aw_m_', 'advertising', true, 'Awin MasterTag click reference.'),
  awin.exact('AWSESS', 'advertising', true, 'Awin session on awin1.com.'),
  cj.exact('cje', 'advertising', true, 'CJ (Commission Junction) click event ID on the advertiser\'s domain.'),
  impact.prefix('IR_', 'advertising', true, 'impact.com click and partner IDs (IR_gbd, IR_<campaign>, IR_PI).'),
  tradedoubler.exact('tduid', 'advertising', true, 'Tradedoubler click ID.'),
  vimeo.exact('vuid', 'analytics', true, 'Vimeo analytics visitor ID set by the player.'),
  spotify.exact('sp_t', 'analytics', true, 'Spotify visitor ID set by embeds.'),
  spotify.exact('sp_landing', 'analytics', true, 'Spotify landing page set by embeds.'),
  disqus.exact('disqus_unique', 'analytics', true, 'Disqus visitor ID.'),
  addthis.exact('__atuvc', 'social', true, 'AddThis share counter.'),
  addthis.exact('__atuvs', 'social', true, 'AddThis share session.'),
  sharethis.exact('__stid', 'social', true, 'ShareThis visitor ID.'),
  shopify.exact('_shopify_y', 'analytics', true, 'Shopify analytics visitor ID.'),
  shopify.exact('_shopify_s', 'analytics', true, 'Shopify analytics session ID.'),
  shopify.prefix('_shopify_sa_', 'analytics', true, 'Shopify marketing attribution (_shopify_sa_t, _shopify_sa_p).'),
  shopify.exact('_shopify_essential', 'necessary', false, 'Shopify essential store session data.'),
  shopify.exact('secure_customer_sig', 'necessary', false, 'Shopify customer login signature.'),
  shopify.exact('cart_sig', 'necessary', false, 'Shopify cart signature.'),
  shopify.exact('_tracking_consent', 'consent', false, 'Shopify Customer Privacy consent choice.'),
  wix.exact('svSession', 'necessary', false, 'Wix site visitor session.'),

  // ---------------- Consent managers ----------------
  onetrust.exact('OptanonConsent', 'consent', false, 'OneTrust consent choices per category.'),
  onetrust.exact('OptanonAlertBoxClosed', 'consent', false, 'OneTrust banner was answered (date).'),
  cookiebot.exact('CookieConsent', 'consent', false, 'Cookiebot consent choices.'),
  cookiebot.prefix('CookieConsentBulkSetting-', 'consent', false, 'Cookiebot cross-domain bulk consent.'),
  cookiebot.exact('CookieConsentBulkTicket', 'consent', false, 'Cookiebot cross-domain bulk consent ticket.'),
  usercentrics.exact('uc_user_interaction', 'consent', false, 'Usercentrics: the visitor has answered the banner.'),
  usercentrics.exact('uc_settings', 'consent', false, 'Usercentrics consent settings.'),
  didomi.exact('didomi_token', 'consent', false, 'Didomi consent choices.'),
  borlabs.exact('borlabs-cookie', 'consent', false, 'Borlabs Cookie consent choices.'),
  complianz.prefix('cmplz_', 'consent', false, 'Complianz consent choices per category (cmplz_marketing...).'),
  complianz.prefix('complianz_', 'consent', false, 'Complianz consent status and policy ID.'),
  cookieyes.exact('cookieyes-consent', 'consent', false, 'CookieYes consent choices.'),
  cookieyes.exact('cky-consent', 'consent', false, 'CookieYes (legacy) consent flag.'),
  cookieyes.prefix('cookielawinfo-checkbox-', 'consent', false, 'CookieYes / GDPR Cookie Consent plugin choice per category.'),
  cookieyes.exact('viewed_cookie_policy', 'consent', false, 'CookieYes / GDPR Cookie Consent plugin: banner answered.'),
  klaro.exact('klaro', 'consent', false, 'Klaro consent choices.'),
  cmgr.prefix('__cmpcc', 'consent', false, 'consentmanager consent state (__cmpcc, __cmpcccx<id>).'),
  cmgr.prefix('__cmpconsent', 'consent', false, 'consentmanager consent string per CMP ID.'),
  cmgr.prefix('__cmpcpc', 'consent', false, 'consentmanager custom-purpose consent.'),
  sourcepoint.exact('consentUUID', 'consent', false, 'Sourcepoint consent record ID.'),
  sourcepoint.prefix('_sp_v1_', 'consent', false, 'Sourcepoint consent and messaging state (_sp_v1_*).'),
  osanoOss.exact('cookieconsent_status', 'consent', false, 'Cookie Consent (Osano open source): allow, deny or dismiss.'),
  orestBida.exact('cc_cookie', 'consent', false, 'CookieConsent by Orest Bida: accepted categories and revision.'),
  sourcepoint.exact('_sp_su', 'consent', false, 'Sourcepoint sample-rate flag for the consent message.'),
  trustarc.exact('notice_preferences', 'consent', false, 'TrustArc consent level.'),
  trustarc.exact('notice_gdpr_prefs', 'consent', false, 'TrustArc GDPR consent categories.'),
  trustarc.exact('notice_behavior', 'consent', false, 'TrustArc implied/expressed consent mode.'),
  trustarc.exact('TAconsentID', 'consent', false, 'TrustArc consent record ID.'),
  trustarc.exact('cmapi_cookie_privacy', 'consent', false, 'TrustArc consent categories.'),
  trustarc.exact('cmapi_gtm_bl', 'consent', false, 'TrustArc Google Tag Manager blocklist.'),
  iubenda.prefix('_iub_cs-', 'consent', false, 'iubenda consent choices per site.'),
  osano.prefix('osano_consentmanager', 'consent', false, 'Osano consent choices and visitor UUID.'),
  axeptio.prefix('axeptio_', 'consent', false, 'Axeptio consent choices and vendor lists.'),
  cookiefirst.exact('cookiefirst-consent', 'consent', false, 'CookieFirst consent choices.'),
  cookiefirst.exact('cookiefirst-id', 'consent', false, 'CookieFirst consent record ID.'),
  cookieInformation.exact('CookieInformationConsent', 'consent', false, 'Cookie Information consent choices.'),
  civic.exact('CookieControl', 'consent', false, 'Civic Cookie Control consent choices.'),
  cookiehub.exact('cookiehub', 'consent', false, 'CookieHub consent choices.'),
  rcb.prefix('real_cookie_banner', 'consent', false, 'Real Cookie Banner consent choices.'),
  ketch.prefix('_ketch_consent_', 'consent', false, 'Ketch consent choices.'),
  tcf.exact('euconsent-v2', 'consent', false, 'IAB TCF v2 consent string, written by any TCF-registered CMP.'),
  tcf.exact('euconsent', 'consent', false, 'IAB TCF v1 consent string (legacy).'),
  tcf.exact('addtl_consent', 'consent', false, 'Google Additional Consent string for ad tech providers outside the TCF.'),
  tcf.exact('usprivacy', 'consent', false, 'IAB US Privacy (CCPA) string.'),
  genericConsent.exact('cookie_notice_accepted', 'consent', false, 'Cookie Notice (WordPress plugin) consent choice.'),
  genericConsent.exact('moove_gdpr_popup', 'consent', false, 'GDPR Cookie Compliance (WordPress plugin) consent choices.'),
  genericConsent.exact('CookieScriptConsent', 'consent', false, 'Cookie-Script consent choices.'),

  // ---------------- Strictly necessary platform cookies ----------------
  php.exact('PHPSESSID', 'necessary', false, 'PHP session ID.'),
  java.exact('JSESSIONID', 'necessary', false, 'Java servlet session ID.'),
  aspnet.exact('ASP.NET_SessionId', 'necessary', false, 'ASP.NET session ID.'),
  aspnet.prefix('ASPSESSIONID', 'necessary', false, 'Classic ASP session ID.'),
  aspnet.prefix('.AspNetCore.', 'necessary', false, 'ASP.NET Core session, authentication or antiforgery cookie.'),
  aspnet.exact('__RequestVerificationToken', 'necessary', false, 'ASP.NET anti-forgery (CSRF) token.'),
  aspnet.exact('.ASPXAUTH', 'necessary', false, 'ASP.NET forms authentication ticket.'),
  django.exact('csrftoken', 'necessary', false, 'Django (and Instagram) CSRF protection token.'),
  django.exact('sessionid', 'necessary', false, 'Django session ID.'),
  laravel.exact('XSRF-TOKEN', 'necessary', false, 'CSRF protection token (Laravel, Angular and others).'),
  laravel.exact('laravel_session', 'necessary', false, 'Laravel session ID.'),
  rails.exact('_session_id', 'necessary', false, 'Ruby on Rails session ID.'),
  express.exact('connect.sid', 'necessary', false, 'Express (Node.js) session ID.'),
  coldfusion.exact('CFID', 'necessary', false, 'ColdFusion client ID.'),
  coldfusion.exact('CFTOKEN', 'necessary', false, 'ColdFusion client token.'),
  wp.prefix('wordpress_logged_in_', 'necessary', false, 'WordPress login state.'),
  wp.prefix('wordpress_sec_', 'necessary', false, 'WordPress secure authentication.'),
  wp.exact('wordpress_test_cookie', 'necessary', false, 'WordPress check that cookies are enabled.'),
  wp.prefix('wp-settings-', 'necessary', false, 'WordPress admin interface settings of a logged-in user.'),
  wp.prefix('wp-postpass_', 'necessary', false, 'WordPress password-protected post access.'),
  wp.prefix('comment_author_', 'preferences', false, 'WordPress remembered commenter name, e-mail and URL.'),
  wp.exact('wp_lang', 'preferences', false, 'WordPress login screen language.'),
  woo.prefix('wp_woocommerce_session_', 'necessary', false, 'WooCommerce cart session.'),
  woo.prefix('woocommerce_', 'necessary', false, 'WooCommerce cart state (woocommerce_cart_hash, woocommerce_items_in_cart).'),
  woo.prefix('sbjs_', 'analytics', true, 'WooCommerce order attribution (Sourcebuster) traffic source data.'),
  drupal.regex('^S?SESS[0-9a-f]{32,64}$', 'necessary', false, 'Drupal session ID (SESS<hash>, SSESS<hash> over HTTPS).'),
  drupal.prefix('Drupal.visitor.', 'preferences', false, 'Drupal remembered visitor details.'),
  magento.exact('form_key', 'necessary', false, 'Magento / Adobe Commerce form CSRF key.'),
  magento.exact('mage-cache-sessid', 'necessary', false, 'Magento / Adobe Commerce local cache session.'),
  magento.exact('mage-cache-storage', 'necessary', false, 'Magento / Adobe Commerce local cache storage.'),
  magento.exact('mage-messages', 'necessary', false, 'Magento / Adobe Commerce pending messages.'),
  magento.exact('private_content_version', 'necessary', false, 'Magento / Adobe Commerce private content version.'),
  magento.exact('X-Magento-Vary', 'necessary', false, 'Magento / Adobe Commerce page cache variation.'),
  typo3.exact('fe_typo_user', 'necessary', false, 'TYPO3 frontend session.'),
  typo3.exact('be_typo_user', 'necessary', false, 'TYPO3 backend session.'),
  presta.prefix('PrestaShop-', 'necessary', false, 'PrestaShop cart and customer session.'),
];
