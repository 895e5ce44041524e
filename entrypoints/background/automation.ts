// Banner automation: drives autoconsent in the tab's frames (detect only until asked), answers its eval requests in the
// page's main world, and falls back to common button texts when no rule knows the banner. Results become audit events.
import { evalSnippets } from '@duckduckgo/autoconsent';
import type { AutoConsentCMPRule, Config } from '@duckduckgo/autoconsent';
import { browser, type Browser } from 'wxt/browser';
import {
  acActionMessage, asContentMessage, asFallbackReply, isRuleBundle, rulesForFrame, type AcBackgroundMessage,
} from '../../utils/consent/automation/autoconsent-messages.ts';
import type { AuditEvent, AutomationEvent, ConsentAction } from '../../utils/observe/events.ts';
import type { TabMessage } from '../../utils/messaging/protocol.ts';

/** How long answer() waits for autoconsent to find a banner before trying button texts (late banners, slow CMP scripts). */
const WAIT_FOR_POPUP_MS = 3000;
/** A CMP was detected but its popup not yet seen: autoconsent checks visibility for ~5 s more. */
const WAIT_AFTER_DETECT_MS = 6000;
const WAIT_MAX_MS = 8000;
/** Some rules open the settings layer and untick switches: give them time before calling it failed. */
const RESULT_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

/**
 * Full JSON rules, not the compact ones: the compact encoding drops every optIn step (decodeRules sets optIn = []),
 * so "accept" on a JSON-rule CMP would report success without a click. Each frame gets only the rules that can run there.
 */
let rules: Promise<readonly AutoConsentCMPRule[]> | null = null;
/** Loaded from the extension's own files on the first banner, not parsed on every worker wake (~1 MB of JSON). */
function loadRules(): Promise<readonly AutoConsentCMPRule[]> {
  rules ??= fetch(browser.runtime.getURL('/data/autoconsent-rules.json'))
    .then((r) => r.json())
    .then((raw: unknown) => (isRuleBundle(raw) ? raw.autoconsent : []))
    .catch((e: unknown) => {
      rules = null;
      console.error('consent-auditor: autoconsent rules could not be loaded', e);
      return [];
    });
  return rules;
}

/** Detect and report only: no autoAction (the "none" scenario must leave the banner alone), no prehide, no cosmetic hiding. */
const CONFIG: Partial<Config> = {
  enabled: true,
  autoAction: null,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  enablePopupMutationObserver: false,
  heuristicMode: 'off',
  detectRetries: 20,
  isMainWorld: false,
  visualTest: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
};

/** Autoconsent's main-world snippets by id: code is never passed as a string. */
const SNIPPETS = new Map<string, () => unknown>(Object.entries(evalSnippets));

interface FrameInfo { url: string; lifecycle: string; detected: Set<string>; popup: string | null }
interface Pending {
  action: ConsentAction;
  /** When optIn/optOut was sent: the visitor's choice happens here. */
  t: number | null;
  frameId: number | null;
  cmp: string | null;
  resultOk: boolean;
  selfTest: boolean;
  settled: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}
interface TabState { frames: Map<number, FrameInfo>; pending: Pending | null; lastDetectAt: number; seen: Set<string> }

export interface AutomationDeps { push: (tabId: number, events: AuditEvent[]) => void }
export interface Automation {
  onAutoconsentMessage(msg: unknown, sender: Browser.runtime.MessageSender): Promise<unknown>;
  answer(tabId: number, action: ConsentAction): Promise<{ started: boolean; detail: string }>;
  /** The tab was closed. */
  forget(tabId: number): void;
}

export function createAutomation(deps: AutomationDeps): Automation {
  // In memory only: after a worker restart the content scripts still hold their state, and a frame whose autoconsent has
  // the banner open answers the button-fallback request by running its rule ("delegated"), so nothing is lost but 3 s.
  const tabs = new Map<number, TabState>();

  const tab = (tabId: number): TabState => {
    let s = tabs.get(tabId);
    if (!s) {
      s = { frames: new Map(), pending: null, lastDetectAt: 0, seen: new Set() };
      tabs.set(tabId, s);
    }
    return s;
  };
  const frame = (s: TabState, frameId: number, url: string): FrameInfo => {
    let f = s.frames.get(frameId);
    if (!f) {
      f = { url, lifecycle: 'unknown', detected: new Set(), popup: null };
      s.frames.set(frameId, f);
    }
    return f;
  };
  const emit = (tabId: number, ev: Omit<AutomationEvent, 'k' | 't'> & { t?: number }): void => {
    deps.push(tabId, [{ k: 'automation', ...ev, t: ev.t ?? Date.now() }]);
  };
  const where = (frameId: number, url: string): string => (frameId === 0 ? '' : ` (in frame ${url.slice(0, 200)})`);

  async function onAutoconsentMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    const tabId = sender.tab?.id;
    const m = asContentMessage(raw);
    if (tabId === undefined || tabId < 0 || !m) return undefined;
    const frameId = sender.frameId ?? 0;
    const url = sender.url ?? '';
    const s = tab(tabId);
    switch (m.type) {
      case 'init': {
        if (frameId === 0) newDocument(tabId, s);
        s.frames.set(frameId, { url, lifecycle: 'initialized', detected: new Set(), popup: null });
        const reply: AcBackgroundMessage = { type: 'initResp', config: CONFIG, rules: { autoconsent: rulesForFrame(await loadRules(), url, frameId === 0) } };
        return reply;
      }
      case 'eval':
        return { type: 'evalResp', id: m.id, result: await evalInFrame(tabId, frameId, m.snippetId) } satisfies AcBackgroundMessage;
      case 'report': {
        const f = frame(s, frameId, url);
        f.lifecycle = m.lifecycle;
        for (const c of m.detectedCmps) f.detected.add(c);
        // A report after a worker restart is how the background learns of a popup it missed.
        if (m.detectedPopups[0] && !f.popup && m.lifecycle === 'openPopupDetected') f.popup = m.detectedPopups[0];
        return undefined;
      }
      case 'cmpDetected': {
        frame(s, frameId, url).detected.add(m.cmp);
        s.lastDetectAt = Date.now();
        if (once(s, `d:${frameId}:${m.cmp}`)) emit(tabId, { status: 'cmp-detected', cmp: m.cmp, detail: `autoconsent rule "${m.cmp}" matched${where(frameId, url)}` });
        return undefined;
      }
      case 'popupFound': {
        frame(s, frameId, url).popup = m.cmp;
        if (once(s, `p:${frameId}:${m.cmp}`)) emit(tabId, { status: 'popup-found', cmp: m.cmp, detail: `open banner found by rule "${m.cmp}"${where(frameId, url)}` });
        const p = s.pending;
        // A multi-step CMP: the first rule (intermediate) succeeded and the next layer appeared: answer it the same way.
        if (p && !p.settled && p.resultOk && (p.frameId !== frameId || p.cmp !== m.cmp)) void dispatch(tabId, s, p, frameId, m.cmp);
        return undefined;
      }
      case 'optOutResult':
      case 'optInResult': {
        const p = s.pending;
        if (!p || p.settled) return undefined;
        p.selfTest = m.scheduleSelfTest;
        if (m.result) {
          p.resultOk = true;
          return undefined;
        }
        emit(tabId, { status: 'failed', action: p.action, cmp: m.cmp, detail: `autoconsent rule "${m.cmp}" could not ${p.action} the banner; trying button texts` });
        p.frameId = null;
        void runFallback(tabId, s, p);
        return undefined;
      }
      case 'autoconsentDone': {
        const p = s.pending;
        if (!p || p.settled) return undefined;
        const t = p.t ?? Date.now();
        settle(p);
        emit(tabId, { status: 'done', action: p.action, cmp: m.cmp, detail: `autoconsent rule "${m.cmp}": ${m.totalClicks} click(s)${where(frameId, url)}` });
        deps.push(tabId, [{ k: 'choice', t, action: p.action, source: 'automation', via: `autoconsent:${m.cmp}` }]);
        if (p.selfTest && p.action === 'reject') void sendTab(tabId, { type: 'autoconsent-bg', msg: { type: 'selfTest' } }, frameId);
        return undefined;
      }
      case 'selfTestResult':
        emit(tabId, {
          status: m.result ? 'done' : 'failed',
          action: 'reject',
          cmp: m.cmp,
          detail: m.result ? `self-test: ${m.cmp} reports the opt-out` : `self-test: ${m.cmp} does not report the opt-out`,
        });
        return undefined;
      case 'autoconsentError':
      case 'visualDelay':
        return undefined;
    }
  }

  /** A new top document: frames and detections start over; an answer in flight ends here. */
  function newDocument(tabId: number, s: TabState): void {
    const p = s.pending;
    if (p && !p.settled && p.t !== null) {
      settle(p);
      if (p.resultOk) {
        emit(tabId, { status: 'done', action: p.action, cmp: p.cmp ?? undefined, detail: `autoconsent rule "${p.cmp}" answered; the page then reloaded` });
        deps.push(tabId, [{ k: 'choice', t: p.t, action: p.action, source: 'automation', via: `autoconsent:${p.cmp}` }]);
      } else {
        emit(tabId, { status: 'failed', action: p.action, cmp: p.cmp ?? undefined, detail: 'the page navigated before the banner was answered' });
      }
    }
    s.frames.clear();
    s.seen.clear();
    s.lastDetectAt = 0;
  }

  function once(s: TabState, key: string): boolean {
    if (s.seen.has(key)) return false;
    s.seen.add(key);
    return true;
  }

  function settle(p: Pending): void {
    p.settled = true;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
  }

  /** Autoconsent reports a result or nothing at all (e.g. a rule waiting for an element forever): bound the wait. */
  function watch(tabId: number, p: Pending, cmp: string): void {
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      if (p.settled) return;
      settle(p);
      emit(tabId, { status: 'failed', action: p.action, cmp, detail: `autoconsent rule "${cmp}" did not finish within ${RESULT_TIMEOUT_MS / 1000} s` });
    }, RESULT_TIMEOUT_MS);
  }

  async function evalInFrame(tabId: number, frameId: number, snippetId: string | null): Promise<unknown> {
    const func = snippetId === null ? undefined : SNIPPETS.get(snippetId);
    // Unknown ids are refused: autoconsent's string "code" is never evaluated.
    if (!func) return false;
    try {
      const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func });
      return res?.result ?? false;
    } catch {
      return false;
    }
  }

  async function sendTab(tabId: number, msg: TabMessage, frameId: number): Promise<unknown> {
    try {
      return await browser.tabs.sendMessage(tabId, msg, { frameId });
    } catch {
      return null;
    }
  }

  function popupFrame(s: TabState): [number, string] | null {
    const withPopup = [...s.frames].filter(([, f]) => f.popup !== null).sort(([a], [b]) => a - b);
    const first = withPopup[0];
    return first && first[1].popup !== null ? [first[0], first[1].popup] : null;
  }

  async function dispatch(tabId: number, s: TabState, p: Pending, frameId: number, cmp: string): Promise<{ started: boolean; detail: string }> {
    p.t ??= Date.now();
    p.frameId = frameId;
    p.cmp = cmp;
    p.resultOk = false;
    emit(tabId, { t: Date.now(), status: 'started', action: p.action, cmp, detail: `asked autoconsent to ${p.action === 'accept' ? 'opt in' : 'opt out'}` });
    watch(tabId, p, cmp);
    const ack = await sendTab(tabId, { type: 'autoconsent-bg', msg: acActionMessage(p.action) }, frameId);
    if (ack === null) {
      // The frame is gone (navigated, removed): the banner may have moved; try the texts.
      p.frameId = null;
      return runFallback(tabId, s, p);
    }
    return { started: true, detail: `Answering the banner with autoconsent's "${cmp}" rule (${p.action}).` };
  }

  async function framesOf(tabId: number, s: TabState): Promise<number[]> {
    const ids = new Set<number>([0, ...s.frames.keys()]);
    try {
      // Also frames the worker has not heard of (e.g. after a restart): a no-op in the isolated world lists them.
      const res = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
      for (const r of res) ids.add(r.frameId);
    } catch {
      // Tab not scriptable: the known frames will do.
    }
    return [...ids].sort((a, b) => a - b);
  }

  async function runFallback(tabId: number, s: TabState, p: Pending): Promise<{ started: boolean; detail: string }> {
    const reasons: string[] = [];
    for (const frameId of await framesOf(tabId, s)) {
      if (p.settled || p.frameId !== null) break;
      const sentAt = Date.now();
      const reply = asFallbackReply(await sendTab(tabId, { type: 'button-fallback', action: p.action }, frameId));
      if (!reply) continue;
      const url = s.frames.get(frameId)?.url ?? '';
      if (reply.kind === 'delegated') return dispatchDelegated(tabId, p, frameId, reply.cmp, sentAt);
      if (reply.kind === 'none') {
        if (frameId === 0 || reply.candidates > 0 || !reply.reason.startsWith('nothing found')) reasons.push(`${frameId === 0 ? 'page' : `frame ${frameId}`}: ${reply.reason}`);
        continue;
      }
      const t = reply.at >= sentAt - 1000 && reply.at <= Date.now() + 1000 ? reply.at : sentAt;
      settle(p);
      p.t = t;
      emit(tabId, { t, status: 'done', action: p.action, detail: `button text fallback: "${reply.text}" (${reply.path})${where(frameId, url)}` });
      deps.push(tabId, [{ k: 'choice', t, action: p.action, source: 'automation', via: `button-text:${reply.label}` }]);
      return { started: true, detail: `Clicked "${reply.text}" (no autoconsent rule for this banner; matched the button text).` };
    }
    if (p.settled || p.frameId !== null) return { started: true, detail: 'Answering the banner.' };
    settle(p);
    const detected = [...new Set([...s.frames.values()].flatMap((f) => [...f.detected]))];
    const known = detected.length ? `autoconsent detected ${detected.join(', ')} but no open banner` : 'no autoconsent rule matched';
    const detail = `No banner answered: ${known}; button text fallback: ${reasons.join('; ') || 'nothing found'}.`;
    emit(tabId, { status: 'no-banner', action: p.action, detail });
    return { started: false, detail };
  }

  function dispatchDelegated(tabId: number, p: Pending, frameId: number, cmp: string, sentAt: number): { started: boolean; detail: string } {
    p.t = sentAt;
    p.frameId = frameId;
    p.cmp = cmp;
    emit(tabId, { t: sentAt, status: 'started', action: p.action, cmp, detail: 'autoconsent in the frame had the banner open and answers it' });
    watch(tabId, p, cmp);
    return { started: true, detail: `Answering the banner with autoconsent's "${cmp}" rule (${p.action}).` };
  }

  async function waitForPopup(s: TabState, p: Pending, since: number): Promise<[number, string] | null> {
    for (;;) {
      const found = popupFrame(s);
      if (found || s.pending !== p) return found;
      const now = Date.now();
      const frames = [...s.frames.values()];
      // Every frame's autoconsent has finished looking and found nothing: no use waiting.
      if (frames.length > 0 && frames.every((f) => f.lifecycle === 'nothingDetected')) return null;
      const deadline = s.lastDetectAt > since - WAIT_AFTER_DETECT_MS
        ? Math.min(since + WAIT_MAX_MS, Math.max(since + WAIT_FOR_POPUP_MS, s.lastDetectAt + WAIT_AFTER_DETECT_MS))
        : since + WAIT_FOR_POPUP_MS;
      if (now >= deadline) return null;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async function answer(tabId: number, action: ConsentAction): Promise<{ started: boolean; detail: string }> {
    const s = tab(tabId);
    const prev = s.pending;
    if (prev && !prev.settled) {
      if (prev.action === action) return { started: false, detail: `Already answering the banner (${action}).` };
      settle(prev);
    }
    const p: Pending = { action, t: null, frameId: null, cmp: null, resultOk: false, selfTest: false, settled: false, timer: null };
    s.pending = p;
    const found = await waitForPopup(s, p, Date.now());
    if (s.pending !== p || p.settled) return { started: false, detail: 'Superseded by another answer.' };
    if (found) return dispatch(tabId, s, p, found[0], found[1]);
    return runFallback(tabId, s, p);
  }

  return {
    onAutoconsentMessage,
    answer,
    forget(tabId) {
      const p = tabs.get(tabId)?.pending;
      if (p) settle(p);
      tabs.delete(tabId);
    },
  };
}
