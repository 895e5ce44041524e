// The Firefox CLI's reported answer clicks (consent-action reportClicks): kept per tab until the CLI takes them. Only a
// tab the CLI asked for keeps any; a point only from the top frame (a frame's coordinates are not the page's). Also
// where the CLI's last click landed as the top frame told it: read when that document went away with the click.
import { asAnswerLanded, type AnswerLanded, type ClickAt } from '../../utils/messaging/protocol.ts';

type Landing = 'on' | 'elsewhere';

export interface AnswerClickQueue {
  start(tabId: number): void;
  /** False when the tab is not reporting (the content script then clicks by script itself). */
  push(tabId: number, frameId: number | undefined, at: ClickAt): boolean;
  take(tabId: number, stop: boolean): ClickAt[];
  /** A landing the top frame heard; false when the tab is not reporting or the frame is not the top one. */
  tell(tabId: number, frameId: number | undefined, landing: Landing): boolean;
  /** The landing told since last asked (elsewhere wins), or null; asked once per click, after it. */
  told(tabId: number): Landing | null;
}

export function answerClickQueue(): AnswerClickQueue {
  const tabs = new Map<number, ClickAt[]>();
  const landings = new Map<number, Landing | null>();
  return {
    start(tabId) {
      tabs.set(tabId, []);
      landings.set(tabId, null);
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
      if (stop) landings.delete(tabId);
      return q.splice(0);
    },
    tell(tabId, frameId, landing) {
      if (!tabs.has(tabId) || frameId !== 0) return false;
      if (landings.get(tabId) !== 'elsewhere') landings.set(tabId, landing);
      return true;
    },
    told(tabId) {
      const l = landings.get(tabId) ?? null;
      if (landings.has(tabId)) landings.set(tabId, null);
      return l;
    },
  };
}

/**
 * Where the CLI's last click landed: the top frame's own word if it is the document that reported the point (`ask`);
 * else (a new document, or none) what that document told as it heard the click, or gone if it told nothing.
 */
export async function answerLanded(
  q: AnswerClickQueue,
  tabId: number,
  ask: () => Promise<unknown>,
): Promise<AnswerLanded> {
  const asked: unknown = await ask().catch(() => null);
  // Read after the ask: a landing told while it was on its way counts.
  const told = q.told(tabId);
  return asAnswerLanded(asked, false) ?? { landed: told ?? 'gone', retried: false };
}
