import { describe, expect, it } from 'vitest';
import { recordGaps } from '../utils/record/record.ts';
import { landedElsewhereGap } from './landed-elsewhere.ts';

describe('landedElsewhereGap', () => {
  it('no click elsewhere: no gap', () => {
    expect(landedElsewhereGap({ elsewhere: 0, retried: 0 }, 1)).toBeNull();
  });

  it('a click elsewhere is a gap of the record (never clean), saying the retry when there was one', () => {
    const plain = landedElsewhereGap({ elsewhere: 1, retried: 0 }, 5)!;
    expect(plain.message).toBe(
      '1 answer click(s) landed on another element than the one chosen (the page moved it before the click): the page may have another answer than the one recorded',
    );
    const retried = landedElsewhereGap({ elsewhere: 1, retried: 1 }, 5)!;
    expect(retried.message).toBe(
      `${plain.message}; the chosen element was then clicked by script (1 of 1), but the wrong click's answer may stand`,
    );
    expect(recordGaps({ truncated: undefined, errors: [retried] })).toEqual([retried.message]);
    // The report judges no finding after the answer by it (utils/export/report-build.ts).
    expect(retried.answerUnknown).toBe(true);
    // Elsewhere is the stronger statement: said alone.
    expect(landedElsewhereGap({ elsewhere: 1, retried: 0, unseen: 1 }, 5)).toEqual(plain);
  });

  it('a click nobody saw land (the page stopped its events) is a gap too', () => {
    expect(landedElsewhereGap({ elsewhere: 0, retried: 0, unseen: 2 }, 5)?.message).toBe(
      "2 answer click(s) could not be seen landing (the page stopped the press and the click before the audit's listener): the page may have another answer than the one recorded",
    );
  });

  it("a click that took the document away before its landing was heard is a gap; the unseen one's text wins", () => {
    expect(landedElsewhereGap({ elsewhere: 0, retried: 0, gone: 1 }, 5)?.message).toBe(
      "1 answer click(s) could not be seen landing (the page's document went away with the click before the audit's listener heard it): the page may have another answer than the one recorded",
    );
    expect(landedElsewhereGap({ elsewhere: 0, retried: 0, unseen: 1, gone: 1 }, 5)?.message).toMatch(/stopped/);
    expect(landedElsewhereGap({ elsewhere: 0, retried: 0, unseen: 0, gone: 0 }, 5)).toBeNull();
  });
});
