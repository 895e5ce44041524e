// The page-side removal's answer comes from a page the clean audit does not trust: checked, and its names bounded.
import { describe, expect, it } from 'vitest';
import { asStoredFilesCleared, storedFilesNote } from './clear-stored-files.ts';

describe('asStoredFilesCleared', () => {
  it('keeps a well-formed answer', () => {
    expect(asStoredFilesCleared({ removed: 2, failed: ['OPFS _ga'] })).toEqual({ removed: 2, failed: ['OPFS _ga'] });
  });

  it.each([
    null,
    undefined,
    'ok',
    { removed: -1, failed: [] },
    { removed: 1.5, failed: [] },
    { removed: 1 },
    {
      removed: 1,
      failed: [{}],
    },
  ])('refuses %j', (raw) => {
    expect(asStoredFilesCleared(raw)).toBeNull();
  });

  it('lists at most five names, each cut short', () => {
    const r = asStoredFilesCleared({ removed: 0, failed: ['x'.repeat(500), 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect(r!.failed).toHaveLength(6);
    expect(r!.failed[0]!.length).toBeLessThanOrEqual(61);
    expect(r!.failed[5]).toBe('2 more');
  });
});

describe('storedFilesNote', () => {
  it('says nothing when all went, names what did not, and says when the page did not answer', () => {
    expect(storedFilesNote({ removed: 3, failed: [] })).toBe('');
    expect(storedFilesNote({ removed: 0, failed: ['cache ids'] })).toBe(' Not removed: cache ids.');
    expect(storedFilesNote(null)).toMatch(/could not be cleared/);
  });
});
