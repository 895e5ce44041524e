// The Firefox CLI's banner clicks as a person's: the answer is asked with reportClicks, so the extension's content
// script reports each click's point to the worker instead of clicking (utils/consent/automation/click-report.ts); this
// takes those points from the worker while the answer runs and clicks them with WebDriver BiDi input (isTrusted true).
// A page cannot add a point: only the extension's content script can message the worker, and only on the CLI's ask.
// After each click (BiDi input returns once the content process has handled its events) the content script is asked
// where it landed, as on Chromium: a click it never heard, or heard elsewhere, is a gap of the record.
import { asAnswerLanded, asClickAt } from '../../utils/messaging/protocol.ts';
import type { AnswerClicks, Landings } from './trusted-click.ts';

export interface ReportedClicks {
  /** The points the worker has now, clicked: the answer's clicks are made when this resolves. */
  flush(): Promise<void>;
  /** Stop taking points (the last ones are clicked first) and turn the reporting off; the clicks made, and where. */
  done(): Promise<{ clicks: AnswerClicks; landings: Landings }>;
}

/**
 * Take reported clicks with `take` (the worker's take-answer-clicks) every `everyMs` and click each point with `click`,
 * one after the other in the order reported, each followed by `landed` (the worker's answer-landed). `moved` says why a
 * point must not be clicked now (the document that reported it may be gone: its coordinates would click another
 * document), or null.
 */
export function takeReportedClicks(
  take: (stop: boolean) => Promise<unknown>,
  click: (x: number, y: number) => Promise<void>,
  landed: () => Promise<unknown>,
  everyMs = 100,
  moved: () => string | null = () => null,
): ReportedClicks {
  const clicks: AnswerClicks = { trusted: 0, script: [] };
  const landings: Landings = { elsewhere: 0, retried: 0, unseen: 0, gone: 0 };
  let stopped = false;
  const apply = async (reply: unknown): Promise<void> => {
    const list = typeof reply === 'object' && reply !== null && 'at' in reply ? reply.at : null;
    if (!Array.isArray(list)) return;
    for (const raw of list) {
      const at = asClickAt(raw);
      if (at === null) continue;
      if (typeof at === 'string') {
        clicks.script.push(at);
        continue;
      }
      const why = moved();
      if (why !== null) {
        clicks.script.push(why);
        continue;
      }
      const made = await click(at.x, at.y).then(
        () => true,
        () => false,
      );
      // Asked after a failed input too: the content script's next click is then checked against its own element.
      const l = asAnswerLanded(await landed().catch(() => null), true) ?? { landed: 'gone', retried: false };
      if (!made) {
        clicks.script.push('input failed');
        continue;
      }
      clicks.trusted++;
      if (l.landed === 'unseen') landings.unseen++;
      if (l.landed === 'gone') landings.gone++;
      if (l.landed !== 'elsewhere') continue;
      landings.elsewhere++;
      if (l.retried) landings.retried++;
    }
  };
  // One take at a time: a flush waits for the loop's clicks in flight, and clicks stay in the order reported.
  let chain: Promise<void> = Promise.resolve();
  const step = (stop: boolean): Promise<void> =>
    (chain = chain.then(async () => apply(await take(stop).catch(() => null))));
  let wake = (): void => {};
  const loop = (async () => {
    while (!stopped) {
      await step(false);
      if (stopped) break;
      await new Promise<void>((r) => {
        const timer = setTimeout(r, everyMs);
        wake = () => {
          clearTimeout(timer);
          r();
        };
      });
    }
  })();
  return {
    flush: () => step(false),
    async done() {
      stopped = true;
      wake();
      await loop;
      await step(true);
      return { clicks: { trusted: clicks.trusted, script: [...clicks.script] }, landings: { ...landings } };
    },
  };
}
