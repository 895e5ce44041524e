// Talking to the tab's frames for the automation: messages, autoconsent's main-world snippets, the list of frames.
import { evalSnippets } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../utils/messaging/protocol.ts';

/** Autoconsent's main-world snippets by id: code is never passed as a string. Made at the first use, not at start. */
let snippets: ReadonlyMap<string, () => unknown> | null = null;

/** Runs one of autoconsent's snippets in a frame's main world; false when it cannot. */
export async function evalInFrame(tabId: number, frameId: number, snippetId: string | null): Promise<unknown> {
  const func = snippetId === null ? undefined : (snippets ??= new Map(Object.entries(evalSnippets))).get(snippetId);
  // Unknown ids are refused: autoconsent's string "code" is never evaluated.
  if (!func) return false;
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func,
    });
    return res?.result ?? false;
  } catch {
    return false;
  }
}

/** A message to one frame of the tab; null when the frame is gone or does not answer. */
export async function sendTab(tabId: number, msg: TabMessage, frameId: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, msg, { frameId });
  } catch {
    return null;
  }
}

/** The tab's frames to try, in id order: the known ones and any the browser lists. */
export async function framesOf(tabId: number, known: Iterable<number>): Promise<number[]> {
  const ids = new Set<number>([0, ...known]);
  try {
    // Also frames the worker has not heard of (e.g. after a restart): a no-op in the isolated world lists them.
    const res = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    for (const r of res) ids.add(r.frameId);
  } catch {
    // Tab not scriptable: the known frames will do.
  }
  return [...ids].sort((a, b) => a - b);
}
