import { describe, expect, it } from 'vitest';
import { SESSION_REPLAY } from './session-replay.ts';
import { TRACKERS } from './trackers.ts';

const today = new Date().toISOString().slice(0, 10);

describe('data/session-replay.ts', () => {
  it('covers the session-replay services issue 17 names', () => {
    expect(Object.keys(SESSION_REPLAY).sort()).toEqual([
      'contentsquare',
      'fullstory',
      'hotjar',
      'logrocket',
      'microsoft-clarity',
      'mouseflow',
      'smartlook',
    ]);
  });

  it.each(Object.entries(SESSION_REPLAY))(
    '%s is a session-replay tracker with a cited, dated fact or "not known"',
    (id, f) => {
      expect(TRACKERS.find((t) => t.id === id)?.category, id).toBe('session-replay');
      if (f.inputMasking === null) {
        // Not known: nothing that could read as a fact.
        expect([f.en, f.de, f.source, f.checked]).toEqual([null, null, null, null]);
        return;
      }
      expect(new URL(f.source ?? '').protocol).toBe('https:');
      expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((f.checked ?? '') <= today).toBe(true);
      expect(f.en?.length).toBeGreaterThan(40);
      expect(f.de?.length).toBeGreaterThan(40);
    },
  );
});
