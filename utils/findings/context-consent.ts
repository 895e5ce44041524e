// Context step three, the consent timeline: CMPs and their stored choices, TC strings, Consent Mode, reject window.
import { CMPS, cmpById } from '../../data/cmps.ts';
import { detectCmps, readCmpChoice, tcfCmpIdsOf } from '../consent/cmp-detect.ts';
import { parseConsentCommand, replayConsentMode, type ConsentCommand } from '../consent/consent-mode.ts';
import { decodeTcString, isTcError, type TcDecoded } from '../consent/tcf.ts';
import type { Choice, PageRecord } from '../record/record.ts';
import type { Ctx, RequestFact, TcSnapshot } from './context.ts';
import { actionLabel } from './labels.ts';
import { phrase } from './phrases.ts';
import type { ConsentSummary, Lang } from './types.ts';

/** A choice found within this time after page start, with no clean start, was most likely stored earlier. */
/** A consent-manager choice this soon after page start was stored earlier: a visitor reading a banner needs longer. */
export const STORED_CHOICE_WINDOW_MS = 1000;
/**
 * A signal-inferred accept this soon after a reject is the contradiction itself, not the visitor changing their mind.
 */
const CONTRADICTION_WINDOW_MS = 5000;

const CMP_SCRIPT_PATHS: readonly string[] = CMPS.flatMap((c) => c.scriptPaths ?? []);

export type ConsentFacts = Pick<
  Ctx,
  'rejectWindow' | 'cmps' | 'cmpChoices' | 'tcStrings' | 'consentMode' | 'storedConsentAtStart'
>;

export function consentFacts(
  record: PageRecord,
  requests: readonly RequestFact[],
  choice: Choice | null,
  lang: Lang,
  freshProfile = false,
): ConsentFacts {
  const consent = record.consent;
  const liveCookies = (record.cookies ?? []).filter((c) => !c.removed).map((c) => ({ name: c.name, value: c.value }));
  const storagePairs = (record.storage ?? []).map((s) => ({ key: s.key, value: s.value }));
  // Only scripts that can be a CMP's: CMP hosts (cached per host)
  // or self-hosted plugin paths; detectCmps re-checks them.
  const scriptUrls = Array.from(
    new Set(
      requests
        .filter(
          (r) =>
            (r.entry.type === 'script' || r.entry.type === 'sub_frame') &&
            (r.hostFact.isCmp || CMP_SCRIPT_PATHS.some((p) => r.path.includes(p))),
        )
        .map((r) => r.entry.url),
    ),
  );
  const cmps = detectCmps({
    scriptUrls,
    cookies: liveCookies,
    storage: storagePairs,
    globals: consent?.globals ?? [],
    tcfCmpIds: tcfCmpIdsOf(consent?.tcf),
  });
  const cmpChoices = cmps.flatMap((d) => {
    const sig = cmpById(d.cmpId);
    return sig ? [readCmpChoice(sig, liveCookies, storagePairs)] : [];
  });

  const tcStrings = collectTcStrings(record);
  const commands: { t: number; cmd: ConsentCommand }[] = [];
  for (const c of consent?.consentMode ?? []) {
    const cmd = Array.isArray(c.args) ? parseConsentCommand(c.args) : null;
    if (cmd) commands.push({ t: c.t, cmd });
  }
  const consentMode = commands.length > 0 ? replayConsentMode(commands) : null;
  return {
    rejectWindow: rejectWindowOf(choice, consent?.changes ?? []),
    cmps,
    cmpChoices,
    tcStrings,
    consentMode,
    // A browser that started with nothing stored had no earlier visit: a "stored" consent is the page's own claim.
    storedConsentAtStart: freshProfile ? null : storedAtStart(record, tcStrings, lang),
  };
}

/** From the reject to the visitor's later accept; a signal-inferred accept right after the reject does not end it. */
export function rejectWindowOf(choice: Choice | null, changes: readonly Choice[]): { from: number; to: number } | null {
  if (!choice || choice.action !== 'reject') return null;
  const later = changes.find(
    (c) =>
      c.action === 'accept' &&
      c.at > choice.at &&
      (c.source !== 'signal' || c.at - choice.at > CONTRADICTION_WINDOW_MS),
  );
  return { from: choice.at, to: later ? later.at : Number.POSITIVE_INFINITY };
}

function decode(s: string): { decoded: TcDecoded | null; error: string | null } {
  const d = decodeTcString(s);
  return isTcError(d) ? { decoded: null, error: d.error } : { decoded: d, error: null };
}

function collectTcStrings(record: PageRecord): TcSnapshot[] {
  const out: TcSnapshot[] = [];
  const seen = new Set<string>();
  for (const e of record.consent?.tcf ?? []) {
    if (typeof e.tcString !== 'string' || e.tcString === '' || seen.has(e.tcString)) continue;
    seen.add(e.tcString);
    out.push({ t: e.t, tcString: e.tcString, source: 'tcf-api', ...decode(e.tcString) });
  }
  // The cookie holds only its latest value, written at lastT.
  const cookie = (record.cookies ?? []).find((c) => c.name === 'euconsent-v2' && !c.removed && c.value !== '');
  if (cookie && !seen.has(cookie.value))
    out.push({ t: cookie.lastT, tcString: cookie.value, source: 'cookie', ...decode(cookie.value) });
  return out.sort((a, b) => a.t - b.t);
}

/** Not started clean, and a choice or a consenting TC string was there from the start (no banner shown before it). */
function storedAtStart(record: PageRecord, tcStrings: readonly TcSnapshot[], lang: Lang): { detail: string } | null {
  const consent = record.consent;
  if (!consent || consent.clean) return null;
  // A stored answer is re-signalled at load, before any visitor
  // gesture: then it is an unconfirmed claim, not the choice.
  const claim = consent.unconfirmed?.find((u) => u.reason === 'no-gesture') ?? null;
  const choice = consent.choice?.source === 'signal' ? consent.choice : claim;
  const uiShownAt = consent.tcf.find((e) => e.eventStatus === 'cmpuishown')?.t ?? null;
  const userAct = consent.automation.some((a) => a.status === 'done' || a.status === 'started');
  // TCF useractioncomplete is an answer given on this page, however fast.
  const answeredHere = choice?.via.startsWith('tcf:useractioncomplete') ?? false;
  if (
    choice &&
    choice.source === 'signal' &&
    !answeredHere &&
    choice.at - record.startedAt <= STORED_CHOICE_WINDOW_MS &&
    !userAct
  ) {
    return {
      detail: phrase(lang, 'storedChoice', {
        action: actionLabel(choice.action, lang),
        via: choice.via,
        ms: Math.round(choice.at - record.startedAt),
      }),
    };
  }
  const firstTc = consent.tcf[0];
  if (firstTc && firstTc.eventStatus !== 'useractioncomplete' && (uiShownAt === null || firstTc.t < uiShownAt)) {
    const snap = tcStrings.find((s) => s.tcString === firstTc.tcString);
    if (snap?.decoded?.anyConsent && firstTc.t - record.startedAt <= STORED_CHOICE_WINDOW_MS) {
      return {
        detail: phrase(lang, 'storedTcString', {
          purposes: snap.decoded.purposeConsents.join(','),
          status: firstTc.eventStatus,
        }),
      };
    }
  }
  return null;
}

export function consentSummaryOf(ctx: Ctx, mismatches: ConsentSummary['mismatches']): ConsentSummary {
  const latest = ctx.tcStrings[ctx.tcStrings.length - 1];
  return {
    cmps: ctx.cmps,
    cmpChoices: ctx.cmpChoices,
    choice: ctx.choice,
    changes: ctx.record.consent?.changes ?? [],
    tcf: latest
      ? {
          t: ctx.rel(latest.t),
          source: latest.source,
          tcString: latest.tcString,
          decoded: latest.decoded,
          error: latest.error,
        }
      : null,
    consentMode: ctx.consentMode,
    mismatches,
    storedConsentAtStart: ctx.storedConsentAtStart !== null,
    cleanStart: ctx.record.consent?.clean != null,
  };
}
