// Isolated-world autoconsent in every frame: detects the banner
// and reports it, but clicks only when the background asks
// (the "before choice" audit must see the page untouched), plus the labelled button-text fallback.
import AutoConsent from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  asBackgroundMessage,
  type AcBackgroundMessage,
  type FallbackReply,
} from '../utils/consent/automation/autoconsent-messages.ts';
import { probeButtonFallback, runButtonFallback } from '../utils/consent/automation/button-fallback.ts';
import { patchClicks, type ClickPatch } from '../utils/consent/automation/click-report.ts';
import type { Message } from '../utils/messaging/protocol.ts';
import { runtimeAlive, sendToWorker, type Runtime } from '../utils/messaging/runtime-send.ts';
import { asTabMessage } from '../utils/messaging/protocol.ts';

const RETRY_MS = 1000;

const runtime = (): Runtime | undefined => browser.runtime;
const alive = (): boolean => runtimeAlive(runtime);

export default defineContentScript({
  matches: ['<all_urls>'],
  // Not in the manifest: the background injects this into a
  // frame once the frame has loaded (its recorder asks), so that
  // the rule bundle costs the page nothing while it loads.
  registration: 'runtime',
  main() {
    // One autoconsent per document, whoever asked twice.
    const flag = '__consentAuditorAutoconsent';
    if (Reflect.get(globalThis, flag) === true) return;
    Reflect.set(globalThis, flag, true);
    let consent: AutoConsent | null = null;
    const early: AcBackgroundMessage[] = [];

    const deliver = (m: AcBackgroundMessage): Promise<void> => {
      if (!consent) {
        early.push(m);
        return Promise.resolve();
      }
      // initResp goes through initialize(), which takes a partial config that autoconsent normalises.
      if (m.type === 'initResp') {
        consent.initialize(m.config, m.rules);
        return Promise.resolve();
      }
      return consent.receiveMessageCallback(m);
    };

    /** Autoconsent -> background; the background's reply (initResp, evalResp) comes back as the response. */
    const send = (msg: unknown, retry: boolean): Promise<void> => {
      const wire: Message = { type: 'autoconsent', msg };
      return sendToWorker(runtime, wire, retry, RETRY_MS).then((reply) => {
        const bg = asBackgroundMessage(reply);
        if (bg) void deliver(bg);
      });
    };

    // Injected after this document's load event, in idle time (see the recorder): detection starts now. Banners are
    // answered only on request, long after load (the CLI waits --wait ms first), and autoconsent keeps looking for late
    // banners itself.
    const start = (): void => {
      if (consent || !alive()) return;
      // A restarting worker rejects a send; only "init" matters enough to retry (without it nothing runs).
      consent = new AutoConsent((msg) => send(msg, msg.type === 'init'));
      for (const m of early.splice(0)) void deliver(m);
    };
    start();

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const tm = asTabMessage(raw);
      if (!tm) return undefined;
      if (tm.type === 'autoconsent-bg') {
        const bg = asBackgroundMessage(tm.msg);
        return bg ? deliver(bg).then(() => ({ ok: true })) : undefined;
      }
      if (tm.type === 'report-clicks') {
        reportClicks(tm.on);
        return Promise.resolve({ ok: true });
      }
      // A document that reports no clicks (a new one after a reload) says so: the worker then takes what was told.
      if (tm.type === 'answer-landed') return Promise.resolve(patch?.landed() ?? { landed: null });
      return Promise.resolve(fallback(tm.action, tm.probe === true));
    });

    let patch: ClickPatch | null = null;
    /** Only the worker turns this on (a tab message the page cannot send): clicks go to the CLI as points. */
    function reportClicks(on: boolean): void {
      if (on && !patch)
        patch = patchClicks(
          HTMLElement.prototype,
          window,
          (at) =>
            sendToWorker(runtime, { type: 'answer-click', at }, false, RETRY_MS).then(
              (r) => typeof r === 'object' && r !== null && 'accepted' in r && r.accepted === true,
            ),
          (landing) => void sendToWorker(runtime, { type: 'answer-landing', landing }, false, RETRY_MS),
        );
      if (!on && patch) {
        patch.undo();
        patch = null;
      }
    }

    function fallback(action: 'accept' | 'reject', probe: boolean): FallbackReply {
      // A look only: the background decides whether the text may go before a rule.
      if (probe) return probeButtonFallback(document, action);
      // Autoconsent already has this frame's banner open (the worker
      // may have forgotten after a restart): let the rule answer.
      const c = consent;
      if (c?.foundCmp && c.state.lifecycle === 'openPopupDetected') {
        void (action === 'accept' ? c.doOptIn() : c.doOptOut());
        return { kind: 'delegated', cmp: c.foundCmp.name };
      }
      const reply = runButtonFallback(document, action);
      // The reply is lost if the worker stops before it arrives: the click is reported once more, as a message of its
      // own, which a restarted worker takes (a live one has it from the reply and ignores this).
      if (reply.kind === 'clicked') void send({ type: 'fallbackClicked', action, click: reply }, true);
      return reply;
    }
  },
});
