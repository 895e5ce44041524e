import { describe, expect, it } from 'vitest';
import { TEXT_FIRST_MAX_MS, textMayGoFirst, type FrameLook } from './text-first.ts';

const look = (o: Partial<FrameLook> = {}): FrameLook => ({
  detected: false,
  lifecycle: 'started',
  passes: 1,
  passesAtSeen: 0,
  ...o,
});

describe('textMayGoFirst', () => {
  it('waits while autoconsent has not finished a pass that began with the button on the page', () => {
    expect(textMayGoFirst([look({ passes: 1, passesAtSeen: 0 })], 100)).toBe(false);
    expect(textMayGoFirst([look({ passes: 2, passesAtSeen: 1 })], 100)).toBe(false);
    expect(textMayGoFirst([look({ lifecycle: 'waitingForInitResponse', passes: 0 })], 100)).toBe(false);
  });

  it('goes once every frame finished such a pass without a rule, or stopped looking', () => {
    expect(textMayGoFirst([look({ passes: 2, passesAtSeen: 0 })], 100)).toBe(true);
    expect(textMayGoFirst([look({ passes: 3, passesAtSeen: 1 })], 0)).toBe(true);
    expect(textMayGoFirst([look({ passes: 2 }), look({ lifecycle: 'nothingDetected', passes: 1 })], 0)).toBe(true);
    expect(textMayGoFirst([look({ passes: 2 }), look({ passes: 1 })], 0)).toBe(false);
  });

  it('never goes before a rule that matched, however long it takes', () => {
    expect(textMayGoFirst([look({ passes: 5, detected: true })], 0)).toBe(false);
    expect(textMayGoFirst([look({ passes: 5 }), look({ detected: true })], TEXT_FIRST_MAX_MS * 10)).toBe(false);
  });

  it('goes after the time limit when autoconsent is slow or absent', () => {
    expect(textMayGoFirst([], TEXT_FIRST_MAX_MS - 1)).toBe(false);
    expect(textMayGoFirst([], TEXT_FIRST_MAX_MS)).toBe(true);
    expect(textMayGoFirst([look({ passes: 0 })], TEXT_FIRST_MAX_MS)).toBe(true);
  });
});
