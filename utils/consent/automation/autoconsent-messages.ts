// Narrowing of @duckduckgo/autoconsent's messages and of the button-fallback reply, both sides of the runtime boundary.
import type { AutoConsentCMPRule, AutoConsentRuleStep, Config, RuleBundle } from '@duckduckgo/autoconsent';
import type { ConsentAction } from '../../observe/events.ts';

/** What the autoconsent content script tells the background (only the fields we use). */
export type AcContentMessage =
  | { type: 'init'; url: string }
  | { type: 'eval'; id: string; snippetId: string | null }
  | { type: 'cmpDetected'; cmp: string; url: string }
  | { type: 'popupFound'; cmp: string; url: string }
  | { type: 'optOutResult'; cmp: string; result: boolean; scheduleSelfTest: boolean; url: string }
  | { type: 'optInResult'; cmp: string; result: boolean; scheduleSelfTest: boolean; url: string }
  | { type: 'selfTestResult'; cmp: string; result: boolean; url: string }
  | { type: 'autoconsentDone'; cmp: string; isCosmetic: boolean; url: string; totalClicks: number }
  | { type: 'autoconsentError'; detail: string }
  | {
      type: 'report';
      url: string;
      mainFrame: boolean;
      lifecycle: string;
      detectedCmps: string[];
      detectedPopups: string[];
      /** Detection passes started over the rules (autoconsent's findCmpAttempts): 2 means the first found nothing. */
      detectPasses: number;
    }
  | { type: 'visualDelay' }
  /** Ours, not autoconsent's: this frame clicked a button by its text (sent besides the reply, which may be lost). */
  | { type: 'fallbackClicked'; action: ConsentAction; click: FallbackClick };

/** What the background tells autoconsent in a frame; initResp's config is a partial autoconsent normalises. */
export type AcBackgroundMessage =
  | { type: 'initResp'; config: Partial<Config>; rules: RuleBundle }
  | { type: 'evalResp'; id: string; result: unknown }
  | { type: 'optIn' }
  | { type: 'optOut' }
  | { type: 'selfTest' };

/** A frame's button-text click. */
export type FallbackClick = {
  kind: 'clicked';
  label: string;
  text: string;
  path: string;
  exact: boolean;
  inBanner: boolean;
  at: number;
};
/** A frame's answer to `{type:'button-fallback'}`. */
export type FallbackReply =
  | FallbackClick
  | { kind: 'none'; reason: string; candidates: number }
  /** Autoconsent in that frame has the banner open (e.g. the worker forgot after a restart): it answers instead. */
  | { kind: 'delegated'; cmp: string }
  /** A probe (nothing clicked): this frame shows a button with a known text for the action. */
  | { kind: 'found'; label: string };

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const str = (x: unknown, max = 2000): string | null => (typeof x === 'string' ? x.slice(0, max) : null);
const strList = (x: unknown): string[] =>
  Array.isArray(x)
    ? x
        .filter((s): s is string => typeof s === 'string')
        .slice(0, 50)
        .map((s) => s.slice(0, 200))
    : [];

export function asContentMessage(raw: unknown): AcContentMessage | null {
  if (!isObj(raw)) return null;
  const url = str(raw.url) ?? '';
  const cmp = str(raw.cmp, 200);
  switch (raw.type) {
    case 'init':
      return { type: 'init', url };
    case 'eval': {
      const id = str(raw.id, 200);
      return id === null ? null : { type: 'eval', id, snippetId: str(raw.snippetId, 200) };
    }
    case 'cmpDetected':
    case 'popupFound':
      return cmp === null ? null : { type: raw.type, cmp, url };
    case 'optOutResult':
    case 'optInResult':
      return cmp === null || typeof raw.result !== 'boolean'
        ? null
        : { type: raw.type, cmp, result: raw.result, scheduleSelfTest: raw.scheduleSelfTest === true, url };
    case 'selfTestResult':
      return cmp === null || typeof raw.result !== 'boolean'
        ? null
        : { type: 'selfTestResult', cmp, result: raw.result, url };
    case 'autoconsentDone':
      return cmp === null
        ? null
        : {
            type: 'autoconsentDone',
            cmp,
            isCosmetic: raw.isCosmetic === true,
            url,
            totalClicks: typeof raw.totalClicks === 'number' ? raw.totalClicks : 0,
          };
    case 'autoconsentError':
      return { type: 'autoconsentError', detail: safeJson(raw.details) };
    case 'report': {
      const state = isObj(raw.state) ? raw.state : {};
      return {
        type: 'report',
        url,
        mainFrame: raw.mainFrame === true,
        lifecycle: str(state.lifecycle, 50) ?? 'unknown',
        detectedCmps: strList(state.detectedCmps),
        detectedPopups: strList(state.detectedPopups),
        detectPasses: count(state.findCmpAttempts),
      };
    }
    case 'visualDelay':
      return { type: 'visualDelay' };
    case 'fallbackClicked': {
      const click = asFallbackReply(raw.click);
      const action = raw.action;
      return click?.kind === 'clicked' && (action === 'accept' || action === 'reject')
        ? { type: 'fallbackClicked', action, click }
        : null;
    }
  }
  return null;
}

/** A non-negative whole number, 0 for anything else. */
function count(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 ? Math.floor(x) : 0;
}

function safeJson(x: unknown): string {
  try {
    return (JSON.stringify(x) ?? String(x)).slice(0, 500);
  } catch {
    return 'unserialisable error details';
  }
}

export function asBackgroundMessage(raw: unknown): AcBackgroundMessage | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'initResp': {
      const config = asConfig(raw.config);
      return config && isRuleBundle(raw.rules) ? { type: 'initResp', config, rules: raw.rules } : null;
    }
    case 'evalResp': {
      const id = str(raw.id, 200);
      return id === null ? null : { type: 'evalResp', id, result: raw.result };
    }
    case 'optIn':
    case 'optOut':
    case 'selfTest':
      return { type: raw.type };
  }
  return null;
}

const CONFIG_BOOLEANS = [
  'enabled',
  'enablePrehide',
  'enableCosmeticRules',
  'enableGeneratedRules',
  'enableHeuristicDetection',
  'enablePopupMutationObserver',
  'isMainWorld',
  'visualTest',
] as const;

/** Copies only the known, well-typed config fields: autoconsent fills the rest with its defaults. */
export function asConfig(raw: unknown): Partial<Config> | null {
  if (!isObj(raw)) return null;
  const out: Partial<Config> = {};
  for (const key of CONFIG_BOOLEANS) {
    const v = raw[key];
    if (typeof v === 'boolean') out[key] = v;
  }
  if (raw.autoAction === null || raw.autoAction === 'optIn' || raw.autoAction === 'optOut')
    out.autoAction = raw.autoAction;
  if (typeof raw.detectRetries === 'number' && Number.isInteger(raw.detectRetries) && raw.detectRetries >= 0)
    out.detectRetries = Math.min(raw.detectRetries, 100);
  if (typeof raw.prehideTimeout === 'number' && raw.prehideTimeout >= 0) out.prehideTimeout = raw.prehideTimeout;
  if (Array.isArray(raw.disabledCmps)) out.disabledCmps = strList(raw.disabledCmps);
  if (raw.heuristicMode === 'off') out.heuristicMode = 'off';
  if (isObj(raw.logs)) {
    const l = raw.logs;
    const b = (x: unknown): boolean => x === true;
    out.logs = {
      lifecycle: b(l.lifecycle),
      rulesteps: b(l.rulesteps),
      detectionsteps: b(l.detectionsteps),
      evals: b(l.evals),
      errors: b(l.errors),
      messages: b(l.messages),
      waits: b(l.waits),
    };
  }
  // An initResp without an explicit "enabled" and "autoAction" is not
  // ours: never let autoconsent fall back to autoAction 'optOut'.
  return typeof out.enabled === 'boolean' && 'autoAction' in out ? out : null;
}

/**
 * The rule bundle is our own package data sent by our background;
 * a shape check is enough, autoconsent guards the steps.
 */
export function isRuleBundle(x: unknown): x is RuleBundle {
  return isObj(x) && Array.isArray(x.autoconsent) && x.autoconsent.every(isRule) && x.compact === undefined;
}

function isRule(x: unknown): x is AutoConsentCMPRule {
  return (
    isObj(x) &&
    typeof x.name === 'string' &&
    isSteps(x.detectCmp) &&
    isSteps(x.detectPopup) &&
    isSteps(x.optOut) &&
    isSteps(x.optIn)
  );
}
function isSteps(x: unknown): x is AutoConsentRuleStep[] {
  return Array.isArray(x) && x.every(isObj);
}

/**
 * The JSON rules that can run in a frame (autoconsent's own
 * runContext semantics: main defaults to true, frame to false,
 * urlPattern is a regular expression on the frame URL). Cosmetic
 * (hide-only) rules are left out: hiding changes the audit.
 */
export function rulesForFrame(
  rules: readonly AutoConsentCMPRule[],
  url: string,
  mainFrame: boolean,
): AutoConsentCMPRule[] {
  return rules.filter((rule) => {
    if (rule.cosmetic === true) return false;
    const ctx = rule.runContext ?? {};
    if (mainFrame ? ctx.main === false : ctx.frame !== true) return false;
    if (!ctx.urlPattern) return true;
    try {
      return new RegExp(ctx.urlPattern).test(url);
    } catch {
      return false;
    }
  });
}

export function asFallbackReply(raw: unknown): FallbackReply | null {
  if (!isObj(raw)) return null;
  if (raw.kind === 'clicked') {
    const label = str(raw.label, 200);
    if (label === null) return null;
    const at = typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : 0;
    return {
      kind: 'clicked',
      label,
      text: str(raw.text, 200) ?? label,
      path: str(raw.path, 500) ?? '',
      exact: raw.exact === true,
      inBanner: raw.inBanner === true,
      at,
    };
  }
  if (raw.kind === 'none') {
    return { kind: 'none', reason: str(raw.reason, 500) ?? 'no reason given', candidates: count(raw.candidates) };
  }
  if (raw.kind === 'found') {
    const label = str(raw.label, 200);
    return label === null ? null : { kind: 'found', label };
  }
  if (raw.kind === 'delegated') {
    const cmp = str(raw.cmp, 200);
    return cmp === null ? null : { kind: 'delegated', cmp };
  }
  return null;
}

/** Autoconsent's optIn/optOut message name for an action. */
export function acActionMessage(action: ConsentAction): { type: 'optIn' } | { type: 'optOut' } {
  return action === 'accept' ? { type: 'optIn' } : { type: 'optOut' };
}
