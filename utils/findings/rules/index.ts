// Every rule, in report order.
import type { Rule } from '../finding.ts';
import { blockedTrackerAttempt } from './blocked-tracker-attempt.ts';
import { consentSignalBeforeAction } from './consent-signal-before-action.ts';
import { consentSignalContradictsBehaviour } from './consent-signal-contradicts-behaviour.ts';
import { embedBeforeConsent } from './embed-before-consent.ts';
import { essentialCookie } from './essential-cookie.ts';
import { formDataLeak } from './form-data-leak.ts';
import { noConsentManager } from './no-consent-manager.ts';
import { serverSideCollectorTransfer } from './server-side-collector-transfer.ts';
import { sessionReplayBeforeConsent } from './session-replay-before-consent.ts';
import { precheckedConsentCheckbox } from './prechecked-consent-checkbox.ts';
import { storedConsentAtStart } from './stored-consent-at-start.ts';
import { thirdCountryTransfer } from './third-country-transfer.ts';
import { trackingAfterReject } from './tracking-after-reject.ts';
import { trackingRequestBeforeChoice } from './tracking-request-before-choice.ts';
import { trackingStorageBeforeChoice } from './tracking-storage-before-choice.ts';
import { unknownThirdPartyTracking } from './unknown-third-party-tracking.ts';

export const RULES: readonly Rule[] = [
  trackingRequestBeforeChoice,
  trackingStorageBeforeChoice,
  trackingAfterReject,
  consentSignalBeforeAction,
  consentSignalContradictsBehaviour,
  embedBeforeConsent,
  thirdCountryTransfer,
  serverSideCollectorTransfer,
  noConsentManager,
  unknownThirdPartyTracking,
  precheckedConsentCheckbox,
  storedConsentAtStart,
  essentialCookie,
  formDataLeak,
  sessionReplayBeforeConsent,
  blockedTrackerAttempt,
];
