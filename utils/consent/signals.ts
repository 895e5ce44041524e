// Cross-checks between consent signals (TC string, Consent Mode, Google hits, CMP choice) and observed behaviour.
import type { CmpChoice } from './cmp-detect.ts';
import type { ConsentModeState, ConsentSignal } from './consent-mode.ts';
import type { GoogleHitConsent } from './google-hit-consent.ts';
import type { TcDecoded } from './tcf.ts';

export type MismatchId =
  | 'tcf-consent-before-action'
  | 'consent-mode-default-granted'
  | 'consent-mode-update-before-default'
  | 'google-hit-granted-after-reject'
  | 'tracking-after-reject';

export interface Mismatch {
  id: MismatchId;
  /** A hint for ranking; the report decides the final wording. */
  severity: 'high' | 'medium' | 'low';
  message: string;
  evidence: string[];
}

/** Signals that need consent; functionality/security storage may legitimately default to granted. */
const CONSENT_REQUIRED_SIGNALS: readonly ConsentSignal[] = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
];
const MAX_EVIDENCE = 10;

/** A TC string with purpose consents was stored before the visitor did anything (or with no action at all). */
export function checkTcBeforeAction(input: {
  tc: TcDecoded;
  storedAt: number;
  userActionAt: number | null;
}): Mismatch[] {
  const { tc, storedAt, userActionAt } = input;
  if (!tc.anyConsent) return [];
  if (userActionAt !== null && storedAt >= userActionAt) return [];
  const when =
    userActionAt === null
      ? 'without any visitor action'
      : `${Math.round(userActionAt - storedAt)} ms before the visitor acted`;
  return [
    {
      id: 'tcf-consent-before-action',
      severity: 'high',
      message: `A TCF consent string granting purposes ${tc.purposeConsents.join(', ')} was stored ${when}.`,
      evidence: [
        `cmpId ${tc.cmpId}, purposes consented: ${tc.purposeConsents.join(',')}, vendors consented: ${tc.vendorConsentCount}`,
        `stored at ${storedAt}${userActionAt === null ? ', no user action recorded' : `, user action at ${userActionAt}`}`,
      ],
    },
  ];
}

/** Consent Mode defaults that grant consent-requiring signals before the banner was answered. */
export function checkConsentModeDefaults(state: ConsentModeState, bannerAnsweredAt: number | null): Mismatch[] {
  const out: Mismatch[] = [];
  const granted = state.defaultGrantedBeforeUpdate.filter((s) => CONSENT_REQUIRED_SIGNALS.includes(s));
  const beforeAnswer =
    state.firstDefaultAt !== null && (bannerAnsweredAt === null || state.firstDefaultAt < bannerAnsweredAt);
  if (granted.length > 0 && beforeAnswer) {
    out.push({
      id: 'consent-mode-default-granted',
      severity: 'high',
      message: `Google Consent Mode default grants ${granted.join(', ')} before the consent banner was answered.`,
      evidence: [
        `default set at ${state.firstDefaultAt}: ${granted.map((s) => `${s}=granted`).join(', ')}`,
        bannerAnsweredAt === null ? 'banner not answered' : `banner answered at ${bannerAnsweredAt}`,
      ],
    });
  }
  if (state.updateBeforeDefault) {
    out.push({
      id: 'consent-mode-update-before-default',
      severity: 'low',
      message: 'A Consent Mode update ran before any default command; tags firing in between had no consent state.',
      evidence: [`first update at ${state.firstUpdateAt}, first default at ${state.firstDefaultAt ?? 'never'}`],
    });
  }
  return out;
}

function grantedOnHit(hit: GoogleHitConsent): string[] {
  const out: string[] = [];
  if (hit.gcs?.adStorage === 'granted') out.push(`gcs ad_storage (${hit.gcsRaw})`);
  if (hit.gcs?.analyticsStorage === 'granted') out.push(`gcs analytics_storage (${hit.gcsRaw})`);
  const gcd = hit.gcd;
  if (gcd) {
    const pairs: [string, typeof gcd.adStorage][] = [
      ['ad_storage', gcd.adStorage],
      ['analytics_storage', gcd.analyticsStorage],
      ['ad_user_data', gcd.adUserData],
      ['ad_personalization', gcd.adPersonalization],
    ];
    for (const [name, sig] of pairs)
      if (sig.effective === 'granted') out.push(`gcd ${name} '${sig.letter}' (${hit.gcdRaw})`);
  }
  return out;
}

/** A Google hit declares consent granted while the CMP records a rejection. */
export function checkGoogleHitVsCmp(hit: GoogleHitConsent, choice: CmpChoice, hitUrl?: string): Mismatch[] {
  if (choice.state !== 'rejected') return [];
  const granted = grantedOnHit(hit);
  if (granted.length === 0) return [];
  return [
    {
      id: 'google-hit-granted-after-reject',
      severity: 'high',
      message: `A Google request to ${hit.host} declares consent granted (${granted.length} signal${granted.length > 1 ? 's' : ''}) although the visitor rejected in ${choice.cmpId}.`,
      evidence: [
        ...granted,
        `CMP choice: ${choice.evidence || choice.cmpId}`,
        ...(hitUrl ? [hitUrl.slice(0, 500)] : []),
      ],
    },
  ];
}

/** Tracker requests keep coming after the CMP recorded a rejection (beyond a grace period for in-flight requests). */
export function checkTrackingAfterReject(input: {
  choice: CmpChoice;
  rejectedAt: number;
  trackerRequests: { t: number; url?: string }[];
  graceMs?: number;
}): Mismatch[] {
  const { choice, rejectedAt, trackerRequests } = input;
  if (choice.state !== 'rejected') return [];
  const grace = input.graceMs ?? 1000;
  const after = trackerRequests
    .filter((r) => Number.isFinite(r.t) && r.t > rejectedAt + grace)
    .sort((a, b) => a.t - b.t);
  if (after.length === 0) return [];
  return [
    {
      id: 'tracking-after-reject',
      severity: 'high',
      message: `${after.length} tracker request${after.length > 1 ? 's' : ''} after the visitor rejected in ${choice.cmpId}.`,
      evidence: [
        `rejected at ${rejectedAt} (${choice.evidence || 'no stored value'})`,
        ...after
          .slice(0, MAX_EVIDENCE)
          .map((r) => `+${Math.round(r.t - rejectedAt)} ms ${r.url ? r.url.slice(0, 300) : ''}`.trim()),
      ],
    },
  ];
}
