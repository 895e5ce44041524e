// Autoconsent's set-up in the worker: the rules bundle (loaded
// once from the extension's files) and the detect-only config.
import type { AutoConsentCMPRule, Config } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { isRuleBundle } from '../../utils/consent/automation/autoconsent-messages.ts';

/**
 * Full JSON rules, not the compact ones: the compact encoding drops every optIn step (decodeRules sets optIn = []),
 * so "accept" on a JSON-rule CMP would report success without
 * a click. Each frame gets only the rules that can run there.
 */
let rules: Promise<readonly AutoConsentCMPRule[]> | null = null;
/** Loaded from the extension's own files on the first banner, not parsed on every worker wake (~1 MB of JSON). */
export function loadRules(): Promise<readonly AutoConsentCMPRule[]> {
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

/**
 * Detect and report only: no autoAction (the "none" scenario
 * must leave the banner alone), no prehide, no cosmetic hiding.
 */
export const CONFIG: Partial<Config> = {
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
  logs: {
    lifecycle: false,
    rulesteps: false,
    detectionsteps: false,
    evals: false,
    errors: false,
    messages: false,
    waits: false,
  },
};
