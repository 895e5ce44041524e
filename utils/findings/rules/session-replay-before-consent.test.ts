import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { sessionReplayBeforeConsent } from './session-replay-before-consent.ts';

const run = (v: Visit, lang: 'en' | 'de' = 'en') => sessionReplayBeforeConsent.run(contextOf(v, { lang }));

describe('session-replay-before-consent', () => {
  it.each([
    [
      'Hotjar before the choice',
      'https://static.hotjar.com/c/hotjar-1.js',
      'Hotjar',
      'masked',
      /suppresses keystroke data in recordings by default/,
    ],
    [
      'Microsoft Clarity before the choice',
      'https://www.clarity.ms/tag/abc',
      'Microsoft Clarity',
      'masked',
      /masks the content of input boxes in all masking modes/,
    ],
    [
      'LogRocket records inputs unless told not to',
      'https://r.lr-ingest.io/i',
      'LogRocket',
      'recorded',
      /captures all other elements by default/,
    ],
    [
      'Smartlook: masking not known, said so',
      'https://web-sdk.smartlook.com/recorder.js',
      'Smartlook',
      'not known',
      /is not known to this tool/,
    ],
  ])('%s', (_n, url, name, masking, text) => {
    const [f, ...rest] = run(new Visit().req(url, 300));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'session-replay-before-consent',
      severity: 'violation',
      phase: 'before-choice',
      subject: { kind: 'request', name },
    });
    expect(f?.explanation).toMatch(text);
    expect(f?.evidence.notes[0]).toBe(`Input masking as documented: ${masking}`);
  });

  it('after a reject too; after an accept, and other session-replay tools not named in the issue, not', () => {
    const v = new Visit().choice('reject', 1_000).req('https://script.hotjar.com/modules.js', 2_000);
    expect(run(v).map((f) => f.phase)).toEqual(['after-reject']);
    expect(run(new Visit().choice('accept', 1_000).req('https://static.hotjar.com/c/hotjar-1.js', 2_000))).toEqual([]);
    expect(run(new Visit().req('https://script.crazyegg.com/pages/scripts/1.js', 300))).toEqual([]);
  });

  it('cites the vendor page and speaks German', () => {
    const [f] = run(new Visit().req('https://static.hotjar.com/c/hotjar-1.js', 300), 'de');
    expect(f?.title).toBe('Session-Replay läuft vor der Einwilligung: Hotjar (static.hotjar.com)');
    expect(f?.evidence.notes[1]).toBe('Quelle: https://www.hotjar.com/blog/more-secure-recordings (2026-12-06)');
  });
});
