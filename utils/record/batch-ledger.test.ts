import { describe, expect, it } from 'vitest';
import { BatchLedger, MAX_DOCS, MAX_JUMP, WINDOW } from './batch-ledger.ts';

const DOC = '0:0123456789abcdef';
const OTHER = '3:0123456789abcdef';

describe('BatchLedger', () => {
  it('takes each batch of a document once, in any order', () => {
    const l = new BatchLedger();
    expect([1, 2, 4, 3].map((id) => l.take(DOC, id))).toEqual([true, true, true, true]);
    expect([1, 2, 3, 4].map((id) => l.take(DOC, id))).toEqual([false, false, false, false]);
    // The same number in another frame's document is another batch.
    expect(l.take(OTHER, 2)).toBe(true);
  });

  it('a huge id is stored but not noted: later real batches are still taken', () => {
    const l = new BatchLedger();
    expect(l.take(DOC, 1)).toBe(true);
    expect(l.take(DOC, 2 ** 40)).toBe(true);
    expect(l.take(DOC, 2 ** 40)).toBe(true);
    expect(l.take(DOC, 1 + MAX_JUMP + 1)).toBe(true);
    expect(l.take(DOC, 2)).toBe(true);
    expect(l.take(DOC, 2)).toBe(false);
  });

  it('an id far below the highest is taken again rather than lost (its first copy may be forgotten)', () => {
    const l = new BatchLedger();
    for (let id = 1; id <= WINDOW + 10; id++) expect(l.take(DOC, id)).toBe(true);
    expect(l.take(DOC, 5)).toBe(true);
    expect(l.take(DOC, WINDOW)).toBe(false);
  });

  it('many documents: the oldest is forgotten, the newest kept', () => {
    const l = new BatchLedger();
    const doc = (i: number): string => `${i}:0123456789abcdef`;
    for (let i = 0; i <= MAX_DOCS; i++) l.take(doc(i), 1);
    expect(l.take(doc(MAX_DOCS), 1)).toBe(false);
    expect(l.take(doc(0), 1)).toBe(true);
  });

  it('ids that are not a recorder token and a positive integer are never held', () => {
    const l = new BatchLedger();
    for (const [doc, id] of [
      ['evil', 1],
      [DOC, 0],
      [DOC, -1],
      [DOC, 1.5],
      [DOC, Number.NaN],
    ] as const) {
      expect(l.take(doc, id)).toBe(true);
      expect(l.take(doc, id)).toBe(true);
    }
  });
});
