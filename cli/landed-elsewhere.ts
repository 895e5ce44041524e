// A trusted answer click that landed on another element than the one chosen (the page moved it under the pointer
// between the point's report and the click): what the page was answered is not known, so the record has a gap.
import type { RecordError } from '../utils/record/page-record.ts';

/** How many answer clicks landed elsewhere, and how many of those were made again by script on the chosen element. */
export interface Landed {
  elsewhere: number;
  retried: number;
  /** Trusted clicks whose press and click the extension's listener never heard (the page stopped them) */
  unseen?: number;
  /** Trusted clicks that took the extension's world away (navigation, frame removed) and told no landing */
  gone?: number;
}

/** The record gap (verdict incomplete: never judged against the answer recorded), or null when every click landed. */
export function landedElsewhereGap(l: Landed, t: number): RecordError | null {
  const unseen = l.unseen ?? 0;
  const gone = l.gone ?? 0;
  if (l.elsewhere <= 0 && unseen > 0)
    return {
      t,
      where: 'record',
      answerUnknown: true,
      message: `${unseen} answer click(s) could not be seen landing (the page stopped the press and the click before the audit's listener): the page may have another answer than the one recorded`,
    };
  // A click whose document went away with it and told where it landed (on) is the honest reloading consent tool's.
  if (l.elsewhere <= 0 && gone > 0)
    return {
      t,
      where: 'record',
      answerUnknown: true,
      message: `${gone} answer click(s) could not be seen landing (the page's document went away with the click before the audit's listener heard it): the page may have another answer than the one recorded`,
    };
  if (l.elsewhere <= 0) return null;
  const retry =
    l.retried > 0
      ? `; the chosen element was then clicked by script (${l.retried} of ${l.elsewhere}), but the wrong click's answer may stand`
      : '';
  return {
    t,
    where: 'record',
    answerUnknown: true,
    message: `${l.elsewhere} answer click(s) landed on another element than the one chosen (the page moved it before the click): the page may have another answer than the one recorded${retry}`,
  };
}
