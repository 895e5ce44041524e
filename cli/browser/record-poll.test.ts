import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../utils/record/record.ts';
import { pollRecord, recordOfAnswer } from './record-poll.ts';

/** Only what the poll looks at: the tests tell records apart by their request count. */
const rec = (n: number): PageRecord => ({ requests: Array.from({ length: n }) }) as unknown as PageRecord;

describe('recordOfAnswer', () => {
  it('the record of a get-record answer, null included', () => {
    const r = rec(1);
    expect(recordOfAnswer({ record: r })).toBe(r);
    expect(recordOfAnswer({ record: null })).toBeNull();
  });
  it('any other answer is an error that shows it, never an empty record', () => {
    expect(() => recordOfAnswer(undefined)).toThrow(/unexpected answer from the background: undefined/);
    expect(() => recordOfAnswer({ error: 'no' })).toThrow(/\{"error":"no"\}/);
  });
});

describe('pollRecord', () => {
  it('returns the first record that is accepted', async () => {
    let calls = 0;
    const got = await pollRecord(
      async () => rec(++calls),
      (r) => r.requests.length >= 3,
      10_000,
    );
    expect(got?.requests.length).toBe(3);
    expect(calls).toBe(3);
  });
  it('returns the last record when none is accepted by the deadline', async () => {
    let calls = 0;
    const got = await pollRecord(
      async () => rec(++calls),
      () => false,
      250,
    );
    expect(got?.requests.length).toBe(calls);
    expect(calls).toBeGreaterThan(1);
  });
  it('retries a failing read, and throws its error only once the deadline has passed', async () => {
    let calls = 0;
    const flaky = async (): Promise<PageRecord> => {
      if (++calls < 3) throw new Error('worker asleep');
      return rec(5);
    };
    expect((await pollRecord(flaky, () => true, 10_000))?.requests.length).toBe(5);
    await expect(
      pollRecord(
        async () => {
          throw new Error('still asleep');
        },
        () => true,
        150,
      ),
    ).rejects.toThrow('still asleep');
  });
});
