// Consent-signal cross-checks (utils/consent/signals.ts) run over the analysis facts, once per context.
import { CMPS } from '../../data/cmps.ts';
import { matchesName, type CmpChoice } from '../consent/cmp-detect.ts';
import { consentFromGoogleHit, isGoogleConsentHit } from '../consent/google-hit-consent.ts';
import {
  checkConsentModeDefaults,
  checkGoogleHitVsCmp,
  checkTcBeforeAction,
  checkTrackingAfterReject,
  type Mismatch,
} from '../consent/signals.ts';
import type { Ctx, RequestFact, TcSnapshot } from './context.ts';
import {
  consentModeDefaultMismatch,
  googleHitMismatch,
  tcBeforeActionMismatch,
  trackingAfterRejectMismatch,
} from './mismatch-text.ts';
import { phrase } from './phrases.ts';

export interface GoogleHitMismatch {
  request: RequestFact;
  mismatch: Mismatch;
}

/** Mismatch texts are in the analysis language (mismatch-text.ts). */
export interface SignalFacts {
  tcBeforeAction: Array<{ snap: TcSnapshot; mismatch: Mismatch }>;
  consentModeDefaults: Mismatch[];
  googleHits: GoogleHitMismatch[];
  /**
   * The CMP's stored choice is "rejected" while the recorded
   * choice is not a reject: when it was stored and what followed.
   */
  cmpReject: { choice: CmpChoice; at: number; mismatch: Mismatch; requests: RequestFact[] } | null;
  /** TC strings granting purposes inside the reject window. */
  tcAfterReject: TcSnapshot[];
  trackingAfterReject: Mismatch[];
}

const cache = new WeakMap<Ctx, SignalFacts>();

export function signalFacts(ctx: Ctx): SignalFacts {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const facts = compute(ctx);
  cache.set(ctx, facts);
  return facts;
}

export function allMismatches(f: SignalFacts): Mismatch[] {
  return [
    ...f.tcBeforeAction.map((x) => x.mismatch),
    ...f.consentModeDefaults,
    ...f.googleHits.map((x) => x.mismatch),
    ...(f.cmpReject ? [f.cmpReject.mismatch] : []),
    ...f.trackingAfterReject,
  ];
}

/** Latest write of any cookie or storage key the CMP keeps its choice in. */
function cmpStoreTime(ctx: Ctx, cmpId: string): number | null {
  const sig = CMPS.find((c) => c.id === cmpId);
  if (!sig) return null;
  let at: number | null = null;
  for (const c of ctx.cookies)
    if (!c.entry.removed && sig.cookies.some((p) => matchesName(p, c.entry.name)))
      at = Math.max(at ?? -Infinity, c.entry.lastT);
  for (const s of ctx.storage)
    if (sig.storageKeys.some((p) => matchesName(p, s.entry.key))) at = Math.max(at ?? -Infinity, s.entry.lastT);
  return at;
}

function compute(ctx: Ctx): SignalFacts {
  const lang = ctx.lang;
  const choice = ctx.choice;
  const userActionAt = choice?.at ?? null;
  const stored = ctx.storedConsentAtStart !== null;

  const tcBeforeAction: SignalFacts['tcBeforeAction'] = [];
  if (!stored) {
    for (const snap of ctx.tcStrings) {
      if (!snap.decoded) continue;
      for (const m of checkTcBeforeAction({ tc: snap.decoded, storedAt: snap.t, userActionAt })) {
        tcBeforeAction.push({ snap, mismatch: tcBeforeActionMismatch(m, lang, snap.decoded, snap.t, userActionAt) });
      }
    }
  }
  const cm = ctx.consentMode;
  const consentModeDefaults =
    !stored && cm
      ? checkConsentModeDefaults(cm, userActionAt)
          .filter((m) => m.id === 'consent-mode-default-granted')
          .map((m) => consentModeDefaultMismatch(m, lang, cm, userActionAt))
      : [];

  const w = ctx.rejectWindow;
  const googleHits: GoogleHitMismatch[] = [];
  const tcAfterReject: TcSnapshot[] = [];
  const trackingAfterReject: Mismatch[] = [];
  const rejectedCmp = ctx.cmpChoices.find((c) => c.state === 'rejected') ?? null;
  if (w && choice) {
    const cmpId = rejectedCmp?.cmpId ?? ctx.cmps[0]?.cmpId ?? null;
    const reference: CmpChoice = rejectedCmp ?? {
      cmpId: cmpId ?? 'recorded choice',
      state: 'rejected',
      categories: {},
      necessary: [],
      evidence: choice.via,
      answered: true,
    };
    const cmpName = cmpId ?? phrase(lang, 'recordedChoice');
    // Only what started before the reject can be in flight: a request started after it is after it, however soon.
    const from = w.from;
    for (const r of ctx.requests) {
      if (r.entry.t < from || r.entry.t >= w.to || !isGoogleConsentHit(r.out.host, r.path)) continue;
      const h = consentFromGoogleHit(r.entry.url);
      if (!h) continue;
      for (const m of checkGoogleHitVsCmp(h, reference, r.entry.url)) {
        googleHits.push({ request: r, mismatch: googleHitMismatch(m, lang, h.host, reference, cmpName, r.entry.url) });
      }
    }
    for (const snap of ctx.tcStrings)
      if (snap.t >= w.from && snap.t < w.to && snap.decoded?.anyConsent) tcAfterReject.push(snap);
    const trackerRequests = ctx.requests
      .filter((r) => r.consentTracker && r.out.thirdParty && r.entry.t < w.to)
      .map((r) => ({ t: r.entry.t, url: r.entry.url }));
    for (const m of checkTrackingAfterReject({ choice: reference, rejectedAt: w.from, graceMs: 0, trackerRequests })) {
      trackingAfterReject.push(trackingAfterRejectMismatch(m, lang, reference, cmpName, w.from, 0, trackerRequests));
    }
  }

  let cmpReject: SignalFacts['cmpReject'] = null;
  if (rejectedCmp && choice?.action !== 'reject') {
    const at = cmpStoreTime(ctx, rejectedCmp.cmpId);
    if (at !== null) {
      const requests = ctx.requests.filter((r) => r.consentTracker && r.out.thirdParty && r.entry.t >= at);
      const trackerRequests = requests.map((r) => ({ t: r.entry.t, url: r.entry.url }));
      const m = checkTrackingAfterReject({ choice: rejectedCmp, rejectedAt: at, graceMs: 0, trackerRequests })[0];
      if (m) {
        const mismatch = trackingAfterRejectMismatch(m, lang, rejectedCmp, rejectedCmp.cmpId, at, 0, trackerRequests);
        cmpReject = { choice: rejectedCmp, at, mismatch, requests };
      }
    }
  }
  return { tcBeforeAction, consentModeDefaults, googleHits, cmpReject, tcAfterReject, trackingAfterReject };
}
