// The button-text answer before autoconsent's 3 s wait ends: once a frame shows a reject/accept button and autoconsent
// has looked at the page with it and found no rule (text-first.ts), the text is clicked at once.
import { asFallbackReply } from '../../utils/consent/automation/autoconsent-messages.ts';
import { textMayGoFirst, type FrameLook } from '../../utils/consent/automation/text-first.ts';
import { clickByText, type AnswerResult, type AutomationOutput } from './automation-fallback.ts';
import { framesOf, sendTab } from './automation-frames.ts';
import type { Pending, TabState } from './automation-state.ts';

/** How often the frames are asked whether they show a button (a look costs each frame one query). */
const PROBE_MS = 200;
const EARLY = 'no autoconsent rule matched the banner on its first look';

/** A waitForPopup step that answers by text when it may; result() says what it did once the step returned true. */
export function textFirstStep(
  out: AutomationOutput,
  tabId: number,
  s: TabState,
  p: Pending,
): { step: () => Promise<boolean>; result: () => AnswerResult } {
  let seenAt: number | null = null;
  const passesAtSeen = new Map<number, number>();
  let nextLook = 0;
  let answer: AnswerResult = { started: true, detail: 'Answering the banner.' };
  const ruleFound = (): boolean => s.lastDetectAt > 0 || [...s.frames.values()].some((f) => f.detected.size > 0);

  async function shows(): Promise<boolean> {
    for (const frameId of await framesOf(tabId, s.frames.keys())) {
      const msg = { type: 'button-fallback', action: p.action, probe: true } as const;
      if (asFallbackReply(await sendTab(tabId, msg, frameId))?.kind === 'found') return true;
    }
    return false;
  }

  async function step(): Promise<boolean> {
    const now = Date.now();
    // A rule matched: the wait for its banner (waitForPopup) decides, as before.
    if (now < nextLook || ruleFound() || p.settled) return false;
    nextLook = now + PROBE_MS;
    if (seenAt === null) {
      if (!(await shows())) return false;
      seenAt = Date.now();
      for (const [id, f] of s.frames) passesAtSeen.set(id, f.passes);
    }
    const looks: FrameLook[] = [...s.frames].map(([id, f]) => ({
      detected: f.detected.size > 0 || f.popup !== null,
      lifecycle: f.lifecycle,
      passes: f.passes,
      passesAtSeen: passesAtSeen.get(id) ?? 0,
    }));
    if (!textMayGoFirst(looks, Date.now() - seenAt) || ruleFound() || p.settled) return false;
    const r = await clickByText(out, tabId, s, p, EARLY);
    if (!r) {
      // The button went away before the click: look again from the start.
      seenAt = null;
      return false;
    }
    answer = r;
    return true;
  }
  return { step, result: () => answer };
}
