// EU-US Data Privacy Framework status of the US entities that receive data, one verified entry each.
// An entry exists only where a source was read: the entity's record on the DPF participant list
// (dataprivacyframework.gov) or the entity's own DPF notice or privacy-policy statement. A US entity with no entry here is "not known", never "no".

export interface DpfEvidence {
  /** Legal name of the US entity whose certification was checked (e.g. 'Google LLC'). */
  entity: string;
  /** true: active EU-US DPF participant; false: a source says it is not (inactive, withdrawn, or states it relies on SCCs). */
  certified: boolean;
  /** https URL of the page that says so. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  /** One line on what the source says (e.g. 'EU-U.S. DPF: Active; covers HR and non-HR data'). */
  note?: string;
}

// Read with the search tool's stored copies of the pages; where the stored copy sat behind a proxy or mirror, `source` is the original page.
// OTA: read in Open Terms Archive's recorded copy of the vendor's own page (github.com/OpenTermsArchive/contrib-versions at
// d6fb386, vlopses-us-versions at 2d61653); the note gives the day OTA recorded that version.
const OTA = 'vendor page as recorded by Open Terms Archive';

function dpf(entity: string, certified: boolean, source: string, checked: string, note: string): DpfEvidence {
  return { entity, certified, source, checked, note };
}

const ENTRIES: readonly DpfEvidence[] = [
  dpf('LinkedIn Corporation', true, 'https://www.linkedin.com/help/linkedin/answer/62533', '2026-12-06',
    'LinkedIn Corporation and its controlled U.S. subsidiaries comply with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF.'),
  dpf('Meta Platforms, Inc.', true, 'https://about.fb.com/news/2023/05/our-response-to-the-decision-on-facebooks-eu-us-data-transfers/', '2026-12-06',
    'Meta: from 7 September 2023 it relies on the DPF for EU-US transfers of Facebook user data and data of Meta business tools.'),
  dpf('Snap Inc.', true, 'https://values.snap.com/de-DE/privacy/privacy-policy/eea-uk-privacy-notice', '2026-12-06',
    'Snap Inc. complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence to the DPF Principles.'),
  dpf('LiveRamp, Inc.', true, 'https://liveramp.com/privacy/ita-data-privacy-framework', '2026-12-06',
    "LiveRamp's Notice of Certification (effective 2024-08-26): LiveRamp and its U.S. subsidiaries comply with the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF."),
  dpf('Klaviyo, Inc.', true, 'https://www.klaviyo.com/uk/gdpr', '2026-12-06',
    'Klaviyo is certified under the UK Extension to the EU-U.S. DPF, which only EU-U.S. DPF participants can join.'),
  dpf('Fastly, Inc.', true, 'https://www.fastly.com/data-privacy-framework', '2026-12-06',
    'Notice of Self-Certification (effective 2023-08-08): Fastly, Inc. participates in and has certified its compliance with the EU-U.S. and Swiss-U.S. DPF.'),
  dpf('New Relic, Inc.', true, 'https://docs.newrelic.com/docs/security/security-privacy/data-privacy', '2026-12-06',
    "New Relic docs: since October 2023 the U.S. Department of Commerce has approved New Relic's certification under the EU-U.S. DPF, Swiss-U.S. DPF and UK Extension."),
  dpf('Twilio Inc.', true, 'https://www.twilio.com/docs/segment/guides/regional-segment', '2026-12-06',
    'Twilio Segment docs: Twilio is certified under the DPF and relies on it as the primary mechanism for EU-US personal data transfers.'),
  dpf('Amplitude, Inc.', true, 'https://amplitude.com/docs/en/get-started/create-a-new-account', '2026-12-06',
    'Amplitude docs (data storage location): Amplitude complies with the EU-US Data Privacy Framework.'),
  dpf('PostHog Inc.', true, 'https://posthog.com/privacy', '2026-12-06',
    'PostHog privacy policy: PostHog complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence to the DPF Principles.'),
  dpf('Functional Software, Inc.', true, 'https://sentry.io/trust/privacy', '2026-12-06',
    'Sentry trust page (Sentry is the brand of Functional Software, Inc.): Sentry has self-certified to the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF.'),
  dpf('Stripe, Inc.', true, 'https://stripe.com/legal/dta', '2026-12-06',
    'Stripe Data Transfers Addendum (2024-10-18): Stripe, Inc. is self-certified under the DPF; the DPF comes first in its order of transfer mechanisms.'),
  dpf('The Rocket Science Group LLC', true, 'https://mailchimp.com/help/mailchimp-european-data-transfers/', '2026-12-06',
    "Mailchimp help: The Rocket Science Group LLC d/b/a Mailchimp is covered by Intuit's DPF program and has certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF."),
  dpf('Mapbox, Inc.', true, 'https://www.mapbox.com/legal/notice-of-certification', '2026-12-06',
    'Notice of Certification (effective November 2023): for generally available products, Mapbox Inc. and its U.S. subsidiaries comply with the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF; previews, betas and trials are out of scope.'),
  dpf('Google LLC', true, 'https://business.safety.google/adscontrollerterms/', '2026-12-06',
    `Google Ads Controller-Controller Data Protection Terms: Google LLC has certified under the DPF on behalf of itself and certain wholly-owned U.S. subsidiaries; the DPF applies to transfers to a certified Google entity in the U.S. (${OTA} 2026-05-19).`),
  dpf('Microsoft Corporation', true, 'https://privacy.microsoft.com/en-gb/privacystatement', '2026-12-06',
    `Microsoft Privacy Statement: Microsoft Corporation complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence to the DPF Principles (${OTA} 2026-07-03).`),
  dpf('Amazon.com, Inc.', true, 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ', '2026-12-06',
    `Amazon.com Privacy Notice: Amazon.com, Inc. participates in the EU-US DPF, the UK Extension and the Swiss-US DPF (${OTA} 2026-01-01).`),
  dpf('Amazon Web Services, Inc.', true, 'https://aws.amazon.com/privacy/', '2026-12-06',
    `AWS Privacy Notice: Amazon Web Services, Inc. participates in the EU-US DPF, the UK Extension and the Swiss-US DPF (${OTA} 2026-05-18).`),
  dpf('Cloudflare, Inc.', true, 'https://www.cloudflare.com/privacypolicy/', '2026-12-06',
    `Cloudflare Privacy Policy: for EEA, Swiss and UK transfers to the US Cloudflare relies on its EU-U.S. DPF, Swiss-U.S. DPF and UK Extension certifications, SCCs if they lapse (${OTA} 2025-11-05).`),
  dpf('X Corp.', true, 'https://x.com/en/privacy', '2026-12-06',
    `X Privacy Policy: X is a participant in the EU-US DPF, the Swiss-US DPF and the UK Extension and complies with the DPF Principles for data received from the EU (${OTA} 2026-07-16).`),
  dpf('Pinterest, Inc.', true, 'https://policy.pinterest.com/en/privacy-policy', '2026-12-06',
    `Pinterest Privacy Policy: for EEA, Swiss and UK transfers to the U.S. Pinterest relies on and has certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF; Pinterest, Inc. complies (${OTA} 2025-09-23).`),
  dpf('Reddit, Inc.', true, 'https://www.redditinc.com/policies/privacy-policy', '2026-12-06',
    `Reddit Privacy Policy: Reddit, Inc. complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence to the DPF Principles (${OTA} 2026-01-15).`),
  dpf('Teads Holding Co.', true, 'https://www.outbrain.com/legal/privacy', '2026-12-06',
    `Outbrain/Teads Privacy Policy: Teads Holding Co. (including Zemanta Inc.) complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence (${OTA} 2026-06-24).`),
  dpf('Vimeo.com, Inc.', true, 'https://vimeo.com/privacy', '2026-12-06',
    `Vimeo Privacy Policy: Vimeo complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF and has certified adherence to the DPF Principles (${OTA} 2025-03-11).`),
  dpf('SurveyMonkey Inc.', true, 'https://www.surveymonkey.com/mp/legal/privacy/', '2026-12-06',
    `SurveyMonkey Privacy Notice: SurveyMonkey Inc. has self-certified under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF (${OTA} 2025-12-02).`),
  dpf('Magnite, Inc.', true, 'https://rubiconproject.com/privacy-policy/', '2026-12-06',
    `Magnite privacy policy: for its DV+ platform Magnite, Inc. and Magnite Hopper, Inc. commit to the EU-US and Swiss-US DPF; an older record (${OTA} 2023-12-01), scope limited to DV+.`),
  dpf('Cisco Systems, Inc.', true, 'https://www.cisco.com/c/en/us/about/trust-center/gdpr.html', '2026-12-06',
    'Cisco Trust Center, GDPR page (transfers from the EU): Cisco is certified under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF.'),
  dpf('GoDaddy.com, LLC', true, 'https://godaddy.com/uk-ua/legal/agreements/data-privacy-framework-notice', '2026-12-06',
    "GoDaddy's DPF Notice (Ukrainian-language copy on godaddy.com): GoDaddy Operating Company, LLC self-certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF; affiliates incl. GoDaddy.com, LLC certified too."),
  // --- dpf5a ---
  // Read in recorded copies of the vendor's own page (ToS;DR's or Privacy International's Open Terms Archive instances); the note names the copy.
  dpf('Calendly LLC', true, 'https://calendly.com/legal/privacy-notice', '2026-12-06',
    "Calendly Privacy Notice (effective 2024-04-15), EU-U.S. DPF Notice: Calendly, LLC and its affiliate Interview Schedule, Inc. (Prelude) comply with the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions 1270c8a)."),
  dpf('Wistia, Inc.', true, 'https://wistia.com/privacy', '2026-12-06',
    "Wistia Privacy Policy, International Transfers: EEA, Swiss and UK personal data goes to the US under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF, SCCs where appropriate (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions 0c3f64a)."),
  dpf('Heap Inc.', true, 'https://www.heap.io/privacy', '2026-12-06',
    "Heap Privacy Policy, DPF disclosures: Heap Inc. with its US affiliates Content Square, Inc. and Clicktale Inc. has self-certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions 045d2c4)."),
  dpf('Bazaarvoice, Inc.', true, 'https://www.bazaarvoice.com/legal/privacy-policy/', '2026-12-06',
    "Bazaarvoice Privacy Policy, Certifications: where applicable Bazaarvoice complies with and has certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF; SCCs where required (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions 16b18a7)."),
  dpf('Optimizely, Inc.', true, 'https://www.optimizely.com/legal/privacy-notice/', '2026-12-06',
    "Optimizely Privacy Notice, section 11: Optimizely complies with and has certified to the EU-U.S. DPF, UK Extension and Swiss-U.S. DPF; the notice names Optimizely North America Inc. as its US entity (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions ad7ea32)."),
];

/** Keyed by the legal name of the US entity, exactly as in `entity`. */
export const DPF_EVIDENCE: Readonly<Record<string, DpfEvidence>> = Object.fromEntries(ENTRIES.map((e) => [e.entity, e]));

/** A US entity whose own text was read and gave no DPF statement either way: it stays "not known"; kept so a later pass need not repeat the look-up. */
export interface DpfNotFound {
  entity: string;
  /** https URL of the vendor's own page that was read. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  /** One line on what the page says instead (e.g. the transfer mechanism it names). */
  reason: string;
}

function notFound(entity: string, source: string, reason: string): DpfNotFound {
  return { entity, source, checked: '2026-12-06', reason };
}

// Relying on SCCs or BCRs is not "not certified": none of these says it is outside the DPF, so none is `certified: false`.
export const DPF_CHECKED_NOT_KNOWN: readonly DpfNotFound[] = [
  notFound('Automattic Inc.', 'https://automattic.com/privacy/',
    `WordPress.com privacy policy names SCCs for transfers, no DPF (${OTA} 2026-08-13); Automattic's DPF notice (wpvip.com/privacyshield) covers only WordPress VIP services data, not WordPress.com, Jetpack or Gravatar.`),
  notFound('Adobe Inc.', 'https://www.adobe.com/privacy/eudatatransfers.html',
    'Cross-border data transfers page (updated 2025-11-17): SCCs, adequacy decisions and consent; no DPF statement.'),
  notFound('PayPal Holdings, Inc.', 'https://www.paypal.com/cz/webapps/mpp/ua/privacy-full',
    `PayPal Privacy Statement: Binding Corporate Rules within the group, adequacy or SCCs otherwise; no DPF statement (${OTA} 2026-06-09).`),
  notFound('Yahoo Inc.', 'https://policies.yahoo.com/ie/en/yahoo/privacy/index.htm',
    `Yahoo Privacy Policy (EU): data processing agreements based on the EU SCCs; no DPF statement (${OTA} 2025-09-23).`),
  notFound('Apple Inc.', 'https://www.apple.com/legal/privacy/en-ww/',
    `Apple Privacy Policy: transfers from the EEA, UK and Switzerland are governed by SCCs; no DPF statement (${OTA} 2025-09-23).`),
  notFound('The Trade Desk, Inc.', 'https://www.thetradedesk.com/us/website-privacy-policy',
    `Website privacy policy: EU/Swiss-US transfers "under a valid legal framework", the framework not named (${OTA} 2026-07-30).`),
  notFound('Quora, Inc.', 'https://www.quora.com/about/privacy',
    `Quora Privacy Policy: transfers out of the EEA/UK rely on mechanisms such as the SCCs; no DPF statement (${OTA} 2025-09-23).`),
  notFound('Disqus, Inc.', 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy',
    `Disqus Privacy Policy, section 10 International data transfers: no DPF statement (${OTA} 2026-08-10).`),
  // --- dpf5a ---
  notFound('Quantcast Corporation', 'https://www.quantcast.com/privacy/',
    "Quantcast privacy pages: EU data collected by Quantcast International Ltd (Dublin) goes to Quantcast Corp. (US) under intra-company SCCs with a TIA; no DPF statement (Privacy International's Open Terms Archive copy, github.com/privacyint/ota-versions, recorded 2025-07-22)."),
  notFound('Block, Inc.', 'https://squareup.com/us/en/legal/general/privacy',
    "Square Privacy Notice for Sellers and Website Visitors (effective 2024-07-01): EU users contract with Squareup International Ltd (IE); transfers to affiliates outside the EU use SCCs; no DPF statement (ToS;DR's Open Terms Archive copy, github.com/tosdr/tosdr-versions 2bb4937)."),
  notFound('Xandr, Inc.', 'https://privacy.microsoft.com/en-gb/privacystatement',
    "Microsoft Privacy Statement: Microsoft Corporation and the controlled U.S. subsidiaries named in its self-certification adhere to the DPF, but the statement does not say Xandr is one of them (Open Terms Archive copy, github.com/OpenTermsArchive/contrib-versions fe71fae, 2024-09-19)."),
];
