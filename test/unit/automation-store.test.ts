import { describe, expect, it } from 'vitest';
import { RESULT_TIMEOUT_MS } from '../../entrypoints/background/automation-state.ts';
import {
  ANSWER_KEY_PREFIX,
  AnswerStore,
  asStoredAnswer,
  type StoredAnswer,
} from '../../entrypoints/background/automation-store.ts';
import { MemoryArea } from '../support/session-area.ts';

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

  it('keeps answers within their time limit; old, future, bad or other keys go', async () => {
    const area = new MemoryArea();
    const all = {
      [`${ANSWER_KEY_PREFIX}7`]: answer,
      [`${ANSWER_KEY_PREFIX}8`]: { ...answer, asked: NOW - RESULT_TIMEOUT_MS },
      [`${ANSWER_KEY_PREFIX}9`]: { ...answer, cmp: 3 },
      [`${ANSWER_KEY_PREFIX}10`]: { ...answer, asked: NOW + 5000 },
      [`${ANSWER_KEY_PREFIX}x`]: answer,
      'ca1-form:7': { t: 1 },
    };
    await area.set(all);
    const s = new AnswerStore(area, { now: () => NOW, later: () => {} });
    expect([...s.restore(all)]).toEqual([[7, answer]]);
    await s.settled();
    expect([...area.data.keys()].sort()).toEqual([`${ANSWER_KEY_PREFIX}7`, 'ca1-form:7']);
    // A restored key is removed when its answer ends.
    s.drop(7);
    await s.settled();
    expect([...area.data.keys()]).toEqual(['ca1-form:7']);
  });

  it('writes through one serial writer: a drop is never overtaken by its keep, a second keep replaces the first', async () => {
    const area = new MemoryArea();
    const s = new AnswerStore(area, { now: () => NOW, later: () => {} });
    s.keep(3, answer);
    s.drop(3);
    s.keep(4, answer);
    s.keep(4, { ...answer, action: 'accept' });
    await s.settled();
    expect([...area.data]).toEqual([[`${ANSWER_KEY_PREFIX}4`, { ...answer, action: 'accept' }]]);
    expect(s.has(3)).toBe(false);
  });

  it('sweeps a key past its rule time limit even when nothing else removes it', async () => {
    const area = new MemoryArea();
    let now = NOW;
    const timers: Array<() => void> = [];
    const s = new AnswerStore(area, { now: () => now, later: (fn) => timers.push(fn) });
    s.keep(5, answer);
    await s.settled();
    expect(area.data.has(`${ANSWER_KEY_PREFIX}5`)).toBe(true);
    now = answer.asked + RESULT_TIMEOUT_MS;
    timers.shift()?.();
    await s.settled();
    expect(area.data.size).toBe(0);
  });
});
