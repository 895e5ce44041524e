// Consent-signal mismatches (utils/consent/signals.ts) worded in the
// analysis language, rebuilt from the facts the check was given.
// The English wording matches the consent module's own (a test compares them), so English reports do not change.
import type { CmpChoice } from '../consent/cmp-detect.ts';
import type { ConsentModeState } from '../consent/consent-mode.ts';
import type { Mismatch } from '../consent/signals.ts';
import type { TcDecoded } from '../consent/tcf.ts';
import { phrase } from './phrases.ts';
import type { Lang } from './types.ts';

/** Signals that need consent (the consent module's list). */
const CONSENT_REQUIRED: readonly string[] = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];
const MAX_EVIDENCE = 10;

// Clock values in the evidence are raw epoch ms: passed as strings so no thousands separators are added.
const raw = (n: number | null): string => String(n);

export function tcBeforeActionMismatch(
  m: Mismatch,
  lang: Lang,
  tc: TcDecoded,
  storedAt: number,
  userActionAt: number | null,
): Mismatch {
  const when =
    userActionAt === null
      ? phrase(lang, 'tcWithoutAction')
      : phrase(lang, 'tcBeforeActed', { ms: Math.round(userActionAt - storedAt) });
  return {
    ...m,
    message: phrase(lang, 'tcBeforeAction', { purposes: tc.purposeConsents.join(', '), when }),
    evidence: [
      phrase(lang, 'tcEvidence', {
        cmpId: raw(tc.cmpId),
        purposes: tc.purposeConsents.join(','),
        vendors: tc.vendorConsentCount,
      }),
      userActionAt === null
        ? phrase(lang, 'tcStoredNoAction', { storedAt: raw(storedAt) })
        : phrase(lang, 'tcStoredAction', { storedAt: raw(storedAt), actionAt: raw(userActionAt) }),
    ],
  };
}

export function consentModeDefaultMismatch(
  m: Mismatch,
  lang: Lang,
  state: ConsentModeState,
  answeredAt: number | null,
): Mismatch {
  const granted = state.defaultGrantedBeforeUpdate.filter((s) => CONSENT_REQUIRED.includes(s));
  return {
    ...m,
    message: phrase(lang, 'cmDefaultGranted', { signals: granted.join(', ') }),
    evidence: [
      phrase(lang, 'cmDefaultSetAt', {
        t: raw(state.firstDefaultAt),
        pairs: granted.map((s) => `${s}=granted`).join(', '),
      }),
      answeredAt === null
        ? phrase(lang, 'bannerNotAnswered')
        : phrase(lang, 'bannerAnsweredAt', { t: raw(answeredAt) }),
    ],
  };
}

/** The granted signals are the check's own technical lines ("gcs ad_storage (G111)"); the rest is reworded. */
export function googleHitMismatch(
  m: Mismatch,
  lang: Lang,
  host: string,
  choice: CmpChoice,
  cmpName: string,
  hitUrl: string,
): Mismatch {
  const granted = m.evidence.filter((e) => /^gc[sd] /.test(e));
  const vars = { host, cmp: cmpName, count: granted.length };
  return {
    ...m,
    message: phrase(lang, granted.length === 1 ? 'googleHitOne' : 'googleHitMany', vars),
    evidence: [
      ...granted,
      phrase(lang, 'cmpChoice', { choice: choice.evidence || cmpName }),
      ...(hitUrl ? [hitUrl.slice(0, 500)] : []),
    ],
  };
}

export function trackingAfterRejectMismatch(
  m: Mismatch,
  lang: Lang,
  choice: CmpChoice,
  cmpName: string,
  rejectedAt: number,
  graceMs: number,
  requests: ReadonlyArray<{ t: number; url?: string }>,
): Mismatch {
  const after = requests.filter((r) => Number.isFinite(r.t) && r.t > rejectedAt + graceMs).sort((a, b) => a.t - b.t);
  return {
    ...m,
    message: phrase(lang, after.length === 1 ? 'trackingAfterRejectOne' : 'trackingAfterRejectMany', {
      count: after.length,
      cmp: cmpName,
    }),
    evidence: [
      phrase(lang, 'rejectedAtRaw', { t: raw(rejectedAt), evidence: choice.evidence || phrase(lang, 'noStoredValue') }),
      ...after
        .slice(0, MAX_EVIDENCE)
        .map((r) =>
          `+${phrase(lang, 'msOnly', { ms: Math.round(r.t - rejectedAt) })} ${r.url ? r.url.slice(0, 300) : ''}`.trim(),
        ),
    ],
  };
}
