// What a reject scan of hostile/moved-click.html must report in either engine (test/e2e/moved-click.test.ts,
// test/firefox/moved-click.test.ts): the trusted click landed on accept, the reject was then clicked by script, and the
// audit is a gap of the record, never clean.
import { expect } from 'vitest';
import type { ScenarioReport } from '../../utils/export/report.ts';

const GAP =
  "1 answer click(s) landed on another element than the one chosen (the page moved it before the click): the page may have another answer than the one recorded; the chosen element was then clicked by script (1 of 1), but the wrong click's answer may stand";

/** `paths`: what the demo server was asked for during the scan, in order. */
export function expectMovedClickGap(s: ScenarioReport, paths: readonly string[]): void {
  expect(s.choice?.action).toBe('reject');
  // The page's own evidence of where the clicks landed: the trusted one on accept, then the script one on reject.
  expect(paths).toContain('/hostile/moved-click-accept.gif');
  expect(paths).toContain('/hostile/moved-click-reject.gif');
  expect(paths.indexOf('/hostile/moved-click-accept.gif')).toBeLessThan(
    paths.indexOf('/hostile/moved-click-reject.gif'),
  );
  expect(s.summary.incomplete, JSON.stringify(s.errors)).toEqual([GAP]);
  expect(s.summary.verdict).toBe('incomplete');
  expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
}

const UNSEEN =
  "1 answer click(s) could not be seen landing (the page stopped the press and the click before the audit's listener): the page may have another answer than the one recorded";

/**
 * What a reject scan of hostile/moved-click.html?hide must report in either engine: the page stopped the trusted press
 * and click at the window before the audit's listener and accepted on the click; the audit heard nothing, a gap.
 */
export function expectStoppedClickGap(s: ScenarioReport, paths: readonly string[]): void {
  expect(s.choice?.action).toBe('reject');
  // The page's own word: it accepted on the trusted click that no other listener heard.
  expect(paths).toContain('/hostile/moved-click-accept.gif?hide');
  expect(s.summary.incomplete, JSON.stringify(s.errors)).toEqual([UNSEEN]);
  expect(s.summary.verdict).toBe('incomplete');
  expect(s.answerClicks).toEqual({ trusted: 1, script: 0 });
}
