import { describe, expect, it } from 'vitest';
import { sample } from '../../test/support/view-records.ts';
import { isPageRecordShape, newPage } from '../record/record.ts';
import { asPortPush, responseDetail } from './message-checks.ts';

describe('isPageRecordShape', () => {
  it.each([
    [sample(), true],
    [newPage(1, 'https://a.example/', 0), true],
    [null, false],
    ['record', false],
    [{ ...sample(), requests: 'x' }, false],
    [{ ...sample(), startedAt: '0' }, false],
    [{ url: 'https://a/' }, false],
    [{ ...sample(), consent: null }, false],
  ])('%#', (x, want) => {
    expect(isPageRecordShape(x)).toBe(want);
  });

  it('asPortPush passes a record or null push and drops anything else', () => {
    const r = sample();
    expect(asPortPush({ type: 'record', record: r })).toEqual({ type: 'record', record: r });
    expect(asPortPush({ type: 'record', record: null })).toEqual({ type: 'record', record: null });
    for (const bad of [
      null,
      'record',
      { type: 'record' },
      { type: 'other', record: r },
      { type: 'record', record: { url: 'x' } },
    ])
      expect(asPortPush(bad)).toBeNull();
  });
});

describe('responseDetail', () => {
  it.each([
    [{ started: false, detail: 'banner automation is not available yet' }, 'banner automation is not available yet'],
    [{ cleared: true, detail: 'cleared 3 cookies' }, 'cleared 3 cookies'],
    [{ detail: 5 }, null],
    [undefined, null],
    ['detail', null],
  ])('%j', (x, want) => {
    expect(responseDetail(x)).toBe(want);
  });
});
