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
}

export const COLLECTORS: readonly CollectorSignature[] = [
  {
    id: 'snowplow-tp2', name: 'Snowplow', path: '^/com\\.snowplowanalytics\\.snowplow/tp2$', index: { last: ['tp2'] }, needsConsent: true,
    evidence: 'path /com.snowplowanalytics.snowplow/tp2 is Snowplow\'s collector protocol (POST endpoint of the tracker protocol)',
    source: 'https://docs.snowplow.io/docs/events/http-requests/', checked: '2026-12-06',
  },
  {
    id: 'snowplow-get', name: 'Snowplow', path: '^/i$', index: { last: ['i'] }, params: { e: '^(pv|pp|ue|se|tr|ti)$', tv: '^[a-z]+-\\d', p: '^[a-z]{2,4}$' },
    needsConsent: true,
    evidence: 'path /i with e= (event type), tv= (tracker version) and p= (platform) is Snowplow\'s GET tracker protocol',
    source: 'https://docs.snowplow.io/docs/events/going-deeper/event-parameters', checked: '2026-12-06',
  },
  {
    id: 'matomo', name: 'Matomo', path: '^(?:/[^?#]*)?/(?:matomo|piwik)\\.php$', index: { last: ['matomo.php', 'piwik.php'] }, params: { idsite: '^\\w{1,40}$', rec: '^1$' }, needsConsent: true,
    evidence: 'path matomo.php/piwik.php with idsite= and rec=1 is Matomo\'s Tracking HTTP API (self-hosted or Piwik)',
    source: 'https://developer.matomo.org/api-reference/tracking-api', checked: '2026-12-06',
  },
  {
    id: 'ga4', name: 'Google Analytics 4', path: '^(?:/[^?#]*)?/g/collect$', index: { last: ['collect'] }, params: { v: '^2$', tid: '^G-[A-Z0-9]{4,16}$' }, needsConsent: true,
    evidence: 'path /g/collect with v=2 and tid=G-… is a GA4 hit (here through a first-party or server-side tagging endpoint)',
    source: 'https://developers.google.com/tag-platform/tag-manager/server-side/send-data', checked: '2026-12-06',
  },
  {
    id: 'adobe-analytics', name: 'Adobe Analytics', path: '^/b/ss/[\\w.,-]{1,200}/\\d(?:\\.\\d)?/', index: { prefix: '/b/ss/' }, needsConsent: true,
    evidence: 'path /b/ss/<report suite>/<hit source>/ is Adobe Analytics\' image request (tracking server on any host)',
    source: 'https://experienceleague.adobe.com/en/docs/analytics/implementation/other/hardcoded', checked: '2026-12-06',
  },
  {
    id: 'meta-pixel', name: 'Meta Pixel', path: '^/tr/?$', index: { last: ['tr', ''] }, params: { id: '^\\d{6,20}$', ev: '^\\w{1,64}$' }, needsConsent: true,
    evidence: 'path /tr with id=<pixel id> and ev=<event> is the Meta Pixel\'s event request (here through a proxy)',
    source: 'https://developers.facebook.com/docs/meta-pixel/advanced', checked: '2026-12-06',
  },
  {
    id: 'plausible', name: 'Plausible Analytics', path: '^(?:/[^?#]*)?/api/event$', index: { last: ['event'] }, methods: ['POST'], needsConsent: false,
    evidence: 'POST /api/event is Plausible\'s Events API: cookieless, no identifier stored on the device',
    source: 'https://plausible.io/docs/events-api', checked: '2026-12-06',
  },
];
