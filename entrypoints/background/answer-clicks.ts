// The Firefox CLI's reported answer clicks (consent-action reportClicks): kept per tab until the CLI takes them. Only a
// tab the CLI asked for keeps any; a point only from the top frame (a frame's coordinates are not the page's).
import type { ClickAt } from '../../utils/messaging/protocol.ts';

export interface AnswerClickQueue {
  start(tabId: number): void;
  /** False when the tab is not reporting (the content script then clicks by script itself). */
  push(tabId: number, frameId: number | undefined, at: ClickAt): boolean;
  take(tabId: number, stop: boolean): ClickAt[];
}

export function answerClickQueue(): AnswerClickQueue {
  const tabs = new Map<number, ClickAt[]>();
  return {
    start(tabId) {
      tabs.set(tabId, []);
    },
    push(tabId, frameId, at) {
      const q = tabs.get(tabId);
      if (!q || (typeof at !== 'string' && frameId !== 0) || q.length >= 50) return false;
      q.push(at);
      return true;
    },
    take(tabId, stop) {
      const q = tabs.get(tabId) ?? [];
      if (stop) tabs.delete(tabId);
      return q.splice(0);
    },
  };
}
