// First-party collector signatures: tracking endpoints recognised by request shape (path and parameters) on any host,
// so that self-hosted and proxied collectors (sp.<site>, sGTM on a subdomain, a Meta proxy) are seen like third parties.
// Each signature cites the vendor's protocol documentation; nothing here comes from a third-party tracker database.

export interface CollectorSignature {
  /** kebab-case id, unique. */
  id: string;
  /** Service named in findings. */
  name: string;
  /** Path shape, as an anchored regex source over the URL path (no query). */
  path: string;
  /** The path's last segment(s) this shape can end with, or a fixed path prefix: the matcher's index (one lookup per request). */
  index: { last: readonly string[] } | { prefix: string };
  /** Query parameters that must all be present (name -> regex source the value must match, anchored by the author). */
  params?: Readonly<Record<string, string>>;
  /** Only these methods (upper case); any method when omitted. */
  methods?: readonly string[];
  /** Sends a visitor identifier (cookie id, client id): needs consent before it runs. */
  needsConsent: boolean;
  /** Evidence sentence: why this shape is the vendor's protocol. */
  evidence: string;
  source: string;
  checked: string;
  /** Where the hits go after the server the browser sent them to: what the vendor documents for this set-up. */
  onward: CollectorOnward;
}

/**
 * 'forwards': the vendor's documented set-up for this endpoint on a site's own host (server-side container, proxy, DNS
 * alias) sends the hits on to the vendor, named by `tracker` (data/trackers.ts: its company and documented recipients).
 * 'not-known': the product is self-hosted or vendor-hosted alike, so who receives the data cannot be told from outside.
 */
export interface CollectorOnward {
  kind: 'forwards' | 'not-known';
  tracker: string | null;
  /** How the data travels on (or why the recipients cannot be told), per the cited page; `howDe` in German. */
  how: string;
  howDe: string;
  source: string;
  checked: string;
}

const ONWARD_CHECKED = '2026-12-07';

const SNOWPLOW_ONWARD: CollectorOnward = {
  kind: 'not-known', tracker: null,
  how: 'Snowplow runs self-hosted, in the customer\'s own cloud account or hosted by Snowplow: the collector\'s address does not say which',
  howDe: 'Snowplow läuft selbst betrieben, im eigenen Cloud-Konto des Kunden oder von Snowplow gehostet: Die Adresse des Collectors verrät nicht, welches davon',
  source: 'https://docs.snowplow.io/docs/get-started/deployment-options/', checked: ONWARD_CHECKED,
};
const MATOMO_ONWARD: CollectorOnward = {
  kind: 'not-known', tracker: null,
  how: 'Matomo is installed on the site\'s own web server (On-Premise) or run as Matomo Cloud: the tracking endpoint does not say which',
  howDe: 'Matomo ist auf dem eigenen Webserver der Website installiert (On-Premise) oder läuft als Matomo Cloud: Der Tracking-Endpunkt verrät nicht, welches davon',
  source: 'https://github.com/matomo-org/matomo', checked: ONWARD_CHECKED,
};
const GA4_ONWARD: CollectorOnward = {
  kind: 'forwards', tracker: 'google-analytics-4',
  how: 'in server-side tagging the GA4 client of the server container receives the hit and sends it on to Google\'s servers (a reverse proxy to Google does the same)',
  howDe: 'beim serverseitigen Tagging nimmt der GA4-Client des Server-Containers den Aufruf an und schickt ihn an die Server von Google weiter (ein Reverse Proxy zu Google tut dasselbe)',
  source: 'https://developers.google.com/tag-platform/learn/sst-fundamentals/5-sst-setup-analytics', checked: ONWARD_CHECKED,
};
const ADOBE_ONWARD: CollectorOnward = {
  kind: 'forwards', tracker: 'adobe-analytics',
  how: 'a first-party tracking server is a subdomain of the site whose CNAME record forwards the data to Adobe\'s data collection servers',
  howDe: 'ein First-Party-Tracking-Server ist eine Subdomain der Website, deren CNAME-Eintrag die Daten an die Datenerfassungsserver von Adobe weiterleitet',
  source: 'https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/commands/configure/edgedomain', checked: ONWARD_CHECKED,
};
const META_ONWARD: CollectorOnward = {
  kind: 'forwards', tracker: 'facebook-pixel',
  how: 'the Conversions API Gateway runs on a server in the site\'s cloud account and sends the web events on to Meta server to server',
  howDe: 'das Conversions API Gateway läuft auf einem Server im Cloud-Konto der Website und schickt die Web-Ereignisse von Server zu Server an Meta weiter',
  source: 'https://developers.facebook.com/docs/marketing-api/gateway-products/conversions-api-gateway', checked: ONWARD_CHECKED,
};
const PLAUSIBLE_ONWARD: CollectorOnward = {
  kind: 'forwards', tracker: 'plausible',
  how: 'Plausible\'s proxy guides forward POST /api/event to plausible.io (a self-hosted Community Edition keeps it on the site\'s server)',
  howDe: 'die Proxy-Anleitungen von Plausible leiten POST /api/event an plausible.io weiter (eine selbst betriebene Community Edition behält sie auf dem Server der Website)',
  source: 'https://plausible.io/docs/proxy/guides/deno', checked: ONWARD_CHECKED,
};

export const COLLECTORS: readonly CollectorSignature[] = [
  {
    id: 'snowplow-tp2', name: 'Snowplow', path: '^/com\\.snowplowanalytics\\.snowplow/tp2$', index: { last: ['tp2'] }, needsConsent: true,
    evidence: 'path /com.snowplowanalytics.snowplow/tp2 is Snowplow\'s collector protocol (POST endpoint of the tracker protocol)',
    source: 'https://docs.snowplow.io/docs/events/http-requests/', checked: '2026-12-06', onward: SNOWPLOW_ONWARD,
  },
  {
    id: 'snowplow-get', name: 'Snowplow', path: '^/i$', index: { last: ['i'] }, params: { e: '^(pv|pp|ue|se|tr|ti)$', tv: '^[a-z]+-\\d', p: '^[a-z]{2,4}$' },
    needsConsent: true,
    evidence: 'path /i with e= (event type), tv= (tracker version) and p= (platform) is Snowplow\'s GET tracker protocol',
    source: 'https://docs.snowplow.io/docs/events/going-deeper/event-parameters', checked: '2026-12-06', onward: SNOWPLOW_ONWARD,
  },
  {
    id: 'matomo', name: 'Matomo', path: '^(?:/[^?#]*)?/(?:matomo|piwik)\\.php$', index: { last: ['matomo.php', 'piwik.php'] }, params: { idsite: '^\\w{1,40}$', rec: '^1$' }, needsConsent: true,
    evidence: 'path matomo.php/piwik.php with idsite= and rec=1 is Matomo\'s Tracking HTTP API (self-hosted or Piwik)',
    source: 'https://developer.matomo.org/api-reference/tracking-api', checked: '2026-12-06', onward: MATOMO_ONWARD,
  },
  {
    id: 'ga4', name: 'Google Analytics 4', path: '^(?:/[^?#]*)?/g/collect$', index: { last: ['collect'] }, params: { v: '^2$', tid: '^G-[A-Z0-9]{4,16}$' }, needsConsent: true,
    evidence: 'path /g/collect with v=2 and tid=G-… is a GA4 hit (here through a first-party or server-side tagging endpoint)',
    source: 'https://developers.google.com/tag-platform/tag-manager/server-side/send-data', checked: '2026-12-06', onward: GA4_ONWARD,
  },
  {
    id: 'adobe-analytics', name: 'Adobe Analytics', path: '^/b/ss/[\\w.,-]{1,200}/\\d(?:\\.\\d)?/', index: { prefix: '/b/ss/' }, needsConsent: true,
    evidence: 'path /b/ss/<report suite>/<hit source>/ is Adobe Analytics\' image request (tracking server on any host)',
    source: 'https://experienceleague.adobe.com/en/docs/analytics/implementation/other/hardcoded', checked: '2026-12-06', onward: ADOBE_ONWARD,
  },
  {
    id: 'meta-pixel', name: 'Meta Pixel', path: '^/tr/?$', index: { last: ['tr', ''] }, params: { id: '^\\d{6,20}$', ev: '^\\w{1,64}$' }, needsConsent: true,
    evidence: 'path /tr with id=<pixel id> and ev=<event> is the Meta Pixel\'s event request (here through a proxy)',
    source: 'https://developers.facebook.com/docs/meta-pixel/advanced', checked: '2026-12-06', onward: META_ONWARD,
  },
  {
    id: 'plausible', name: 'Plausible Analytics', path: '^(?:/[^?#]*)?/api/event$', index: { last: ['event'] }, methods: ['POST'], needsConsent: false,
    evidence: 'POST /api/event is Plausible\'s Events API: cookieless, no identifier stored on the device',
    source: 'https://plausible.io/docs/events-api', checked: '2026-12-06', onward: PLAUSIBLE_ONWARD,
  },
];
