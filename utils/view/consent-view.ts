// What the consent header shows, from the record alone: CMPs, TCF, the choice and its changes, Consent Mode.
import { CMPS } from '../../data/cmps.ts';
import { detectCmps, tcfCmpIdsOf, type CmpDetection } from '../consent/cmp-detect.ts';
import {
  CONSENT_MODE_SIGNALS,
  parseConsentCommand,
  replayConsentMode,
  type ConsentCommand,
  type ConsentSignal,
  type ConsentValue,
} from '../consent/consent-mode.ts';
import { decodeTcString, isTcError } from '../consent/tcf.ts';
import type { Choice, PageRecord } from '../record/record.ts';

/**
 * A choice from the sender's point of view: 'automation' = the extension
 * answered, 'user' = the visitor, 'signal' = read from CMP/TCF data.
 */
export interface ChoiceView {
  action: Choice['action'];
  at: number;
  source: Choice['source'];
  via: string;
}

export interface ConsentModeRow {
  signal: ConsentSignal;
  initial: ConsentValue | null;
  current: ConsentValue | null;
}

export interface ConsentView {
  cmps: Array<{ id: string; name: string; confidence: CmpDetection['confidence']; evidence: string[] }>;
  /** From the latest TCF API report: which CMP the TC string says wrote it */
  tcf: { cmpId: number; cmpVersion: number; cmpName: string | null; eventStatus: string; t: number } | null;
  choice: ChoiceView | null;
  changes: ChoiceView[];
  consentMode: { rows: ConsentModeRow[]; updated: boolean } | null;
  /** Set after "Start clean audit": the consent found stored before it was cleared */
  clean: { at: number; clearedCookies: number; storedConsent: string[] } | null;
  /**
   * A signal-read choice from the very start and no clean audit: stored consent probably hid the before-choice phase
   */
  storedConsentHint: boolean;
  automation: PageRecord['consent']['automation'];
}

/**
 * A choice read from stored consent arrives right with the page; a real answer takes the visitor at least this long.
 */
export const STORED_CHOICE_MS = 50;
const CMP_SCRIPT_TYPES: ReadonlySet<string> = new Set(['script', 'sub_frame']);

function cmpNameForTcfId(id: number): string | null {
  return CMPS.find((c) => c.tcfCmpIds?.includes(id))?.name ?? null;
}

function choiceView(c: Choice): ChoiceView {
  return { action: c.action, at: c.at, source: c.source, via: c.via };
}

/** Everything the consent header shows, from the record alone (no findings engine needed). */
export function consentView(r: PageRecord): ConsentView {
  const consent = r.consent;
  const scriptUrls = [...new Set(r.requests.filter((q) => CMP_SCRIPT_TYPES.has(q.type)).map((q) => q.url))];
  const cmps = detectCmps({
    scriptUrls,
    cookies: r.cookies.filter((c) => !c.removed).map((c) => ({ name: c.name, value: c.value })),
    storage: r.storage.map((s) => ({ key: s.key, value: s.value })),
    globals: consent?.globals ?? [],
    tcfCmpIds: tcfCmpIdsOf(consent?.tcf),
  }).map((d) => ({
    id: d.cmpId,
    name: d.name,
    confidence: d.confidence,
    evidence: d.evidence.map((e) => `${e.kind}: ${e.detail}`),
  }));

  let tcf: ConsentView['tcf'] = null;
  const latest = consent?.tcf[consent.tcf.length - 1];
  if (latest) {
    const d = decodeTcString(latest.tcString);
    const cmpId = isTcError(d) ? latest.cmpId : d.cmpId;
    const cmpVersion = isTcError(d) ? latest.cmpVersion : d.cmpVersion;
    if (cmpId !== undefined) {
      tcf = {
        cmpId,
        cmpVersion: cmpVersion ?? 0,
        cmpName: cmpNameForTcfId(cmpId),
        eventStatus: latest.eventStatus,
        t: latest.t,
      };
    }
  }

  let consentMode: ConsentView['consentMode'] = null;
  const commands: Array<{ t: number; cmd: ConsentCommand }> = [];
  for (const c of consent?.consentMode ?? []) {
    const cmd = Array.isArray(c.args) ? parseConsentCommand(c.args) : null;
    if (cmd) commands.push({ t: c.t, cmd });
  }
  if (commands.length > 0) {
    const state = replayConsentMode(commands);
    const rows = CONSENT_MODE_SIGNALS.flatMap((signal): ConsentModeRow[] => {
      const initial = state.defaults[signal] ?? null;
      const current = state.current[signal] ?? null;
      return initial === null && current === null ? [] : [{ signal, initial, current }];
    });
    consentMode = { rows, updated: state.firstUpdateAt !== null };
  }

  const choice = consent?.choice ?? null;
  const clean = consent?.clean ?? null;
  return {
    cmps,
    tcf,
    choice: choice ? choiceView(choice) : null,
    changes: (consent?.changes ?? []).map(choiceView),
    consentMode,
    clean: clean ? { at: clean.at, clearedCookies: clean.clearedCookies, storedConsent: clean.storedConsent } : null,
    storedConsentHint:
      !clean &&
      [choice?.source === 'signal' ? choice : null, consent?.unconfirmed?.find((u) => u.reason === 'no-gesture')].some(
        (c) => c != null && Math.abs(c.at - r.startedAt) <= STORED_CHOICE_MS,
      ),
    automation: consent?.automation ?? [],
  };
}
