import { describe, expect, it } from 'vitest';
import { answerClickQueue, answerLanded } from '../../entrypoints/background/answer-clicks.ts';

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

  it('keeps the landings the top frame tells, for a reporting tab only; elsewhere wins until asked', () => {
    const q = answerClickQueue();
    expect(q.tell(2, 0, 'on')).toBe(false);
    q.start(2);
    expect(q.tell(2, 5, 'elsewhere')).toBe(false);
    expect(q.told(2)).toBeNull();
    expect(q.tell(2, 0, 'elsewhere')).toBe(true);
    q.tell(2, 0, 'on');
    expect(q.told(2)).toBe('elsewhere');
    expect(q.told(2)).toBeNull();
    q.take(2, true);
    expect(q.tell(2, 0, 'on')).toBe(false);
  });
});

describe('answerLanded', () => {
  it("is the top frame's own word when it is the document that reported the point", async () => {
    const q = answerClickQueue();
    q.start(1);
    q.tell(1, 0, 'on');
    expect(await answerLanded(q, 1, () => Promise.resolve({ landed: 'unseen', retried: false }))).toEqual({
      landed: 'unseen',
      retried: false,
    });
    // The told landing was for that click: not the next one's.
    expect(q.told(1)).toBeNull();
  });

  it('is what the document told as it heard the click when it is gone (a new one, or none), else gone', async () => {
    const q = answerClickQueue();
    q.start(1);
    q.tell(1, 0, 'elsewhere');
    const fresh = (): Promise<unknown> => Promise.resolve({ landed: null });
    expect(await answerLanded(q, 1, fresh)).toEqual({ landed: 'elsewhere', retried: false });
    q.tell(1, 0, 'on');
    expect(await answerLanded(q, 1, () => Promise.reject(new Error('no receiver')))).toEqual({
      landed: 'on',
      retried: false,
    });
    expect(await answerLanded(q, 1, fresh)).toEqual({ landed: 'gone', retried: false });
    // A content script cannot say gone itself, nor a landing that is none.
    expect(await answerLanded(q, 1, () => Promise.resolve({ landed: 'gone', retried: false }))).toEqual({
      landed: 'gone',
      retried: false,
    });
    q.tell(1, 0, 'on');
    expect(await answerLanded(q, 1, () => Promise.resolve({ landed: 'gone', retried: false }))).toEqual({
      landed: 'on',
      retried: false,
    });
  });
});
