import { describe, expect, it } from 'vitest';
import { RESULT_TIMEOUT_MS } from '../../entrypoints/background/automation-state.ts';
import {
  ANSWER_KEY_PREFIX,
  asStoredAnswer,
  storedAnswers,
  type StoredAnswer,
} from '../../entrypoints/background/automation-store.ts';

const NOW = 1_800_000_000_000;
const answer: StoredAnswer = {
  action: 'reject',
  t: NOW - 1000,
  asked: NOW - 1000,
  frameId: 0,
  cmp: 'Complianz banner',
  documentId: 'ABC',
  resultOk: false,
  selfTest: false,
  text: false,
};

describe('stored answers in flight', () => {
  it('reads back what was stored, and nothing that is not an answer', () => {
    expect(asStoredAnswer(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
    expect(asStoredAnswer({ ...answer, documentId: null })).toEqual({ ...answer, documentId: null });
    // Stored before button-text clicks were kept: an autoconsent answer.
    const { text: _text, ...older } = answer;
    expect(asStoredAnswer(older)).toEqual(answer);
    expect(asStoredAnswer({ ...answer, cmp: 'button text', text: true })).toMatchObject({ text: true });
    for (const bad of [
      null,
      'x',
      { ...answer, action: 'maybe' },
      { ...answer, frameId: -1 },
      { ...answer, t: 'x' },
      { ...answer, text: 1 },
    ])
      expect(asStoredAnswer(bad)).toBeNull();
  });

  it('keeps answers within their time limit; old, bad or other keys go', () => {
    const { answers, stale } = storedAnswers(
      {
        [`${ANSWER_KEY_PREFIX}7`]: answer,
        [`${ANSWER_KEY_PREFIX}8`]: { ...answer, asked: NOW - RESULT_TIMEOUT_MS },
        [`${ANSWER_KEY_PREFIX}9`]: { ...answer, cmp: 3 },
        [`${ANSWER_KEY_PREFIX}x`]: answer,
        'ca1-form:7': { t: 1 },
      },
      NOW,
    );
    expect([...answers]).toEqual([[7, answer]]);
    expect(stale.sort()).toEqual([`${ANSWER_KEY_PREFIX}8`, `${ANSWER_KEY_PREFIX}9`, `${ANSWER_KEY_PREFIX}x`]);
  });
});
