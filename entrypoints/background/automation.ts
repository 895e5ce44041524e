// Banner automation: drives autoconsent in the tab's frames (detect only until asked), answers its eval requests in the
// page's main world, and falls back to common button texts when no rule knows the banner. Results become audit events.
import { browser, type Browser } from 'wxt/browser';
import {
  acActionMessage,
  asContentMessage,
  rulesForFrame,
  type AcBackgroundMessage,
} from '../../utils/consent/automation/autoconsent-messages.ts';
import type { AuditEvent, AutomationEvent, ConsentAction } from '../../utils/observe/events.ts';
import type { SessionArea } from '../../utils/record/tab-store.ts';
import { CONFIG, loadRules } from './autoconsent-config.ts';
import {
  recordClick,
  runFallback,
  watch,
  where,
  type AnswerResult,
  type AutomationOutput,
} from './automation-fallback.ts';
import { evalInFrame, sendTab } from './automation-frames.ts';
import { textFirstStep } from './automation-text-first.ts';
import {
  frameOf,
  once,
  RESULT_TIMEOUT_MS,
  settle,
  tabState,
  waitForPopup,
  type Pending,
  type TabState,
} from './automation-state.ts';
import { AnswerStore, TEXT_REPORT_MS } from './automation-store.ts';

export interface AutomationDeps {
  push: (tabId: number, events: AuditEvent[]) => void;
  session?: SessionArea;
}
export interface Automation {
  onAutoconsentMessage(msg: unknown, sender: Browser.runtime.MessageSender): Promise<unknown>;
  answer(tabId: number, action: ConsentAction): Promise<AnswerResult>;
  /** The tab was closed. */
  forget(tabId: number): void;
  /**
   * At the worker's start, from session storage as read then: the answers a stopped worker had asked autoconsent for
   * wait for its result again. Messages and answers are handled once this is done.
   */
  restore(all: Promise<Record<string, unknown>>): void;
}

export function createAutomation(deps: AutomationDeps): Automation {
  // Frames in memory only: after a worker restart the content scripts still hold their state, and a frame whose
  // autoconsent has the banner open answers the button-fallback request by running its rule ("delegated"). The answer
  // asked of autoconsent is also stored (automation-store.ts): its result may reach the next worker.
  const tabs = new Map<number, TabState>();
  const session = (): SessionArea => deps.session ?? browser.storage.session;
  // Through the worker's serial mirror writer; the area is looked up at each call (the tests give their own).
  const stored = new AnswerStore(
    { set: (items) => session().set(items), remove: (keys) => session().remove(keys) },
    { onError: () => {} },
  );
  let ready: Promise<void> = Promise.resolve();

  function keep(tabId: number, p: Pending): void {
    if (p.t === null || p.frameId === null || p.cmp === null) return;
    stored.keep(tabId, {
      action: p.action,
      t: p.t,
      asked: p.asked ?? p.t,
      frameId: p.frameId,
      cmp: p.cmp,
      documentId: p.documentId ?? null,
      resultOk: p.resultOk,
      selfTest: p.selfTest,
      text: false,
    });
  }
  function drop(tabId: number): void {
    stored.drop(tabId);
  }

  const emit = (tabId: number, ev: Omit<AutomationEvent, 'k' | 't'> & { t?: number }): void => {
    deps.push(tabId, [{ k: 'automation', ...ev, t: ev.t ?? Date.now() }]);
  };
  const out: AutomationOutput = { emit, push: deps.push, keep: (tabId, a) => stored.keep(tabId, a), drop };

  async function onAutoconsentMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    const tabId = sender.tab?.id;
    const m = asContentMessage(raw);
    if (tabId === undefined || tabId < 0 || !m) return undefined;
    const frameId = sender.frameId ?? 0;
    const url = sender.url ?? '';
    const documentId = sender.documentId ?? null;
    await ready;
    const s = tabState(tabs, tabId);
    switch (m.type) {
      case 'init': {
        if (frameId === 0) newDocument(tabId, s);
        s.frames.set(frameId, {
          url,
          lifecycle: 'initialized',
          detected: new Set(),
          popup: null,
          passes: 0,
          documentId,
        });
        const reply: AcBackgroundMessage = {
          type: 'initResp',
          config: CONFIG,
          rules: { autoconsent: rulesForFrame(await loadRules(), url, frameId === 0) },
        };
        return reply;
      }
      case 'eval':
        return {
          type: 'evalResp',
          id: m.id,
          result: await evalInFrame(tabId, frameId, m.snippetId),
        } satisfies AcBackgroundMessage;
      case 'report': {
        const f = frameOf(s, frameId, url);
        f.lifecycle = m.lifecycle;
        f.passes = Math.max(f.passes, m.detectPasses);
        for (const c of m.detectedCmps) f.detected.add(c);
        // A report after a worker restart is how the background learns of a popup it missed.
        if (m.detectedPopups[0] && !f.popup && m.lifecycle === 'openPopupDetected') f.popup = m.detectedPopups[0];
        return undefined;
      }
      case 'cmpDetected': {
        frameOf(s, frameId, url).detected.add(m.cmp);
        s.lastDetectAt = Date.now();
        if (once(s, `d:${frameId}:${m.cmp}`))
          emit(tabId, {
            status: 'cmp-detected',
            cmp: m.cmp,
            detail: `autoconsent rule "${m.cmp}" matched${where(frameId, url)}`,
          });
        return undefined;
      }
      case 'popupFound': {
        frameOf(s, frameId, url).popup = m.cmp;
        if (once(s, `p:${frameId}:${m.cmp}`))
          emit(tabId, {
            status: 'popup-found',
            cmp: m.cmp,
            detail: `open banner found by rule "${m.cmp}"${where(frameId, url)}`,
          });
        const p = s.pending;
        // A multi-step CMP: the first rule (intermediate) succeeded
        // and the next layer appeared: answer it the same way.
        if (p && !p.settled && p.resultOk && (p.frameId !== frameId || p.cmp !== m.cmp))
          void dispatch(tabId, s, p, frameId, m.cmp);
        return undefined;
      }
      case 'optOutResult':
      case 'optInResult': {
        const p = s.pending;
        if (!p || p.settled || !askedDocument(p, frameId, documentId)) return undefined;
        p.selfTest = m.scheduleSelfTest;
        if (m.result) {
          p.resultOk = true;
          keep(tabId, p);
          return undefined;
        }
        drop(tabId);
        emit(tabId, {
          status: 'failed',
          action: p.action,
          cmp: m.cmp,
          detail: `autoconsent rule "${m.cmp}" could not ${p.action} the banner; trying button texts`,
        });
        p.frameId = null;
        void runFallback(out, tabId, s, p);
        return undefined;
      }
      case 'autoconsentDone': {
        const p = s.pending;
        if (!p || p.settled || !askedDocument(p, frameId, documentId)) return undefined;
        const t = p.t ?? Date.now();
        settle(p);
        drop(tabId);
        emit(tabId, {
          status: 'done',
          action: p.action,
          cmp: m.cmp,
          detail: `autoconsent rule "${m.cmp}": ${m.totalClicks} click(s)${where(frameId, url)}`,
        });
        deps.push(tabId, [{ k: 'choice', t, action: p.action, source: 'automation', via: `autoconsent:${m.cmp}` }]);
        if (p.selfTest && p.action === 'reject')
          void sendTab(tabId, { type: 'autoconsent-bg', msg: { type: 'selfTest' } }, frameId);
        return undefined;
      }
      case 'selfTestResult':
        emit(tabId, {
          status: m.result ? 'done' : 'failed',
          action: 'reject',
          cmp: m.cmp,
          detail: m.result
            ? `self-test: ${m.cmp} reports the opt-out`
            : `self-test: ${m.cmp} does not report the opt-out`,
        });
        return undefined;
      case 'fallbackClicked': {
        // Counts only for a click a stopped worker asked of this very frame and document (restored from storage): a
        // live worker has the click from the reply.
        const p = s.pending;
        if (!p?.text || p.settled || p.frameId !== frameId || p.action !== m.action) return undefined;
        if (!askedDocument(p, frameId, documentId)) return undefined;
        drop(tabId);
        recordClick(out, tabId, p, m.click, p.t ?? Date.now(), 'reported after a worker restart', where(frameId, url));
        return undefined;
      }
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
        emit(tabId, {
          status: 'done',
          action: p.action,
          cmp: p.cmp ?? undefined,
          detail: `autoconsent rule "${p.cmp}" answered; the page then reloaded`,
        });
        deps.push(tabId, [
          { k: 'choice', t: p.t, action: p.action, source: 'automation', via: `autoconsent:${p.cmp}` },
        ]);
      } else {
        emit(tabId, {
          status: 'failed',
          action: p.action,
          cmp: p.cmp ?? undefined,
          detail: 'the page navigated before the banner was answered',
        });
      }
    }
    drop(tabId);
    s.frames.clear();
    s.seen.clear();
    s.lastDetectAt = 0;
  }

  /** A result from the asked frame counts only if it comes from the document asked (where the browser names it). */
  function askedDocument(p: Pending, frameId: number, documentId: string | null): boolean {
    return frameId !== p.frameId || !p.documentId || !documentId || p.documentId === documentId;
  }

  async function dispatch(tabId: number, s: TabState, p: Pending, frameId: number, cmp: string): Promise<AnswerResult> {
    p.t ??= Date.now();
    p.asked = Date.now();
    p.frameId = frameId;
    p.cmp = cmp;
    p.documentId = s.frames.get(frameId)?.documentId ?? null;
    p.resultOk = false;
    keep(tabId, p);
    emit(tabId, {
      t: Date.now(),
      status: 'started',
      action: p.action,
      cmp,
      detail: `asked autoconsent to ${p.action === 'accept' ? 'opt in' : 'opt out'}`,
    });
    watch(emit, tabId, p, cmp);
    const ack = await sendTab(tabId, { type: 'autoconsent-bg', msg: acActionMessage(p.action) }, frameId);
    if (ack === null) {
      // The frame is gone (navigated, removed): the banner may have moved; try the texts.
      p.frameId = null;
      drop(tabId);
      return runFallback(out, tabId, s, p);
    }
    return { started: true, detail: `Answering the banner with autoconsent's "${cmp}" rule (${p.action}).` };
  }

  async function answer(tabId: number, action: ConsentAction): Promise<AnswerResult> {
    await ready;
    const s = tabState(tabs, tabId);
    const prev = s.pending;
    if (prev && !prev.settled) {
      if (prev.action === action) return { started: false, detail: `Already answering the banner (${action}).` };
      settle(prev);
      drop(tabId);
    }
    const p: Pending = {
      action,
      t: null,
      frameId: null,
      cmp: null,
      resultOk: false,
      selfTest: false,
      settled: false,
      timer: null,
    };
    s.pending = p;
    const text = textFirstStep(out, tabId, s, p);
    const found = await waitForPopup(s, p, Date.now(), text.step);
    if (found === 'answered') return text.result();
    if (s.pending !== p || p.settled) return { started: false, detail: 'Superseded by another answer.' };
    if (found) return dispatch(tabId, s, p, found[0], found[1]);
    return runFallback(out, tabId, s, p);
  }

  return {
    onAutoconsentMessage,
    answer,
    forget(tabId) {
      const p = tabs.get(tabId)?.pending;
      if (p) settle(p);
      tabs.delete(tabId);
      drop(tabId);
    },
    restore(all) {
      ready = all
        .then((read) => {
          const now = Date.now();
          for (const [tabId, a] of stored.restore(read)) {
            const s = tabState(tabs, tabId);
            if (s.pending) continue;
            const p: Pending = { ...a, settled: false, timer: null };
            s.pending = p;
            watch(emit, tabId, p, a.cmp, a.asked + (a.text ? TEXT_REPORT_MS : RESULT_TIMEOUT_MS) - now);
          }
        })
        .catch((e: unknown) => console.error('consent-auditor: answers in flight not restored', e));
    },
  };
}
