// EU-US Data Privacy Framework status of the US entities that receive data, one verified entry each.
// An entry exists only where a source was read: the entity's record on the DPF participant list
// (dataprivacyframework.gov) or the entity's own DPF notice. A US entity with no entry here is "not known", never "no".

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
];

/** Keyed by the legal name of the US entity, exactly as in `entity`. */
export const DPF_EVIDENCE: Readonly<Record<string, DpfEvidence>> = Object.fromEntries(ENTRIES.map((e) => [e.entity, e]));
