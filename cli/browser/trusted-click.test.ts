import { describe, expect, it } from 'vitest';
import { scriptClickNote } from './trusted-click.ts';

describe('scriptClickNote', () => {
  it('says nothing when every click was trusted input', () => {
    expect(scriptClickNote({ trusted: 3, script: [] })).toBeNull();
  });
  it('says an answer made without any click it saw (a cross-origin frame, or a script of the page)', () => {
    expect(scriptClickNote({ trusted: 0, script: [] })).toMatch(
      /^answered without a click the CLI could make a person's/,
    );
  });
  it('says how many clicks were a script and why, once each', () => {
    expect(scriptClickNote({ trusted: 1, script: ['covered', 'in a cross-origin frame', 'covered'] })).toBe(
      'answered with a script click (3 of 4: covered, in a cross-origin frame): the page can tell',
    );
  });
});
