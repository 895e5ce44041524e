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
];

/** Keyed by the legal name of the US entity, exactly as in `entity`. */
export const DPF_EVIDENCE: Readonly<Record<string, DpfEvidence>> = Object.fromEntries(ENTRIES.map((e) => [e.entity, e]));
