// The Firefox CLI's banner clicks as a person's: the answer is asked with reportClicks, so the extension's content
// script reports each click's point to the worker instead of clicking (utils/consent/automation/click-report.ts); this
// takes those points from the worker while the answer runs and clicks them with WebDriver BiDi input (isTrusted true).
// A page cannot add a point: only the extension's content script can message the worker, and only on the CLI's ask.
import { asClickAt } from '../../utils/messaging/protocol.ts';
import type { AnswerClicks } from './trusted-click.ts';

export interface ReportedClicks {
  /** Stop taking points (the last ones are clicked first) and turn the reporting off; the clicks made. */
  done(): Promise<AnswerClicks>;
}

/**
 * Take reported clicks with `take` (the worker's take-answer-clicks) every `everyMs` and click each point with `click`,
 * one after the other in the order reported.
 */
export function takeReportedClicks(
  take: (stop: boolean) => Promise<unknown>,
  click: (x: number, y: number) => Promise<void>,
  everyMs = 100,
): ReportedClicks {
  const clicks: AnswerClicks = { trusted: 0, script: [] };
  let stopped = false;
  const apply = async (reply: unknown): Promise<void> => {
    const list = typeof reply === 'object' && reply !== null && 'at' in reply ? reply.at : null;
    if (!Array.isArray(list)) return;
    for (const raw of list) {
      const at = asClickAt(raw);
      if (at === null) continue;
      if (typeof at === 'string') clicks.script.push(at);
      else
        await click(at.x, at.y).then(
          () => void clicks.trusted++,
          () => void clicks.script.push('input failed'),
        );
    }
  };
  const loop = (async () => {
    while (!stopped) {
      await apply(await take(false).catch(() => null));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async done() {
      stopped = true;
      await loop;
      await apply(await take(true).catch(() => null));
      return { trusted: clicks.trusted, script: [...clicks.script] };
    },
  };
}
