import { describe, expect, it } from 'vitest';
import { answerClickQueue } from '../../entrypoints/background/answer-clicks.ts';

describe('answerClickQueue', () => {
  it('keeps clicks only for a tab the CLI asked for, points only from the top frame', () => {
    const q = answerClickQueue();
    expect(q.push(3, 0, { x: 1, y: 2 })).toBe(false);
    q.start(3);
    expect(q.push(3, 0, { x: 1, y: 2 })).toBe(true);
    expect(q.push(3, 7, { x: 5, y: 5 })).toBe(false);
    expect(q.push(3, 7, 'in a frame')).toBe(true);
    expect(q.push(4, 0, { x: 1, y: 1 })).toBe(false);
    expect(q.take(3, false)).toEqual([{ x: 1, y: 2 }, 'in a frame']);
    expect(q.take(3, false)).toEqual([]);
  });

  it('stops reporting when the CLI takes the last clicks with stop', () => {
    const q = answerClickQueue();
    q.start(1);
    q.push(1, 0, { x: 9, y: 9 });
    expect(q.take(1, true)).toEqual([{ x: 9, y: 9 }]);
    expect(q.push(1, 0, { x: 1, y: 1 })).toBe(false);
  });

  it('holds at most 50 clicks a tab (a page cannot fill the worker)', () => {
    const q = answerClickQueue();
    q.start(1);
    for (let i = 0; i < 60; i++) q.push(1, 0, 'covered');
    expect(q.take(1, false)).toHaveLength(50);
  });
});
