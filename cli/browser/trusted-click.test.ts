import { describe, expect, it } from 'vitest';
import { parseReport, scriptClickNote } from './trusted-click.ts';

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

describe('parseReport', () => {
  it("takes the page's point, and an out-of-process frame root's only with its viewport's size", () => {
    expect(parseReport('{"x":10,"y":20}', false)).toEqual({ x: 10, y: 20 });
    expect(parseReport('{"x":10,"y":20,"w":300,"h":200}', true)).toEqual({ x: 10, y: 20, w: 300, h: 200 });
    expect(parseReport('{"x":10,"y":20}', true)).toBeNull();
  });
  it('refuses what is no point, and cuts a script reason short', () => {
    expect(parseReport('{"x":"10","y":20}', false)).toBeNull();
    expect(parseReport('{"x":1e999,"y":20}', false)).toBeNull();
    expect(parseReport('not json', false)).toBeNull();
    expect(parseReport(JSON.stringify({ script: 'x'.repeat(99) }), false)).toEqual({ script: 'x'.repeat(40) });
  });
  it('takes a landing only as on or elsewhere', () => {
    expect(parseReport('{"landing":"on"}', false)).toEqual({ landing: 'on' });
    expect(parseReport('{"landing":"elsewhere"}', true)).toEqual({ landing: 'elsewhere' });
    expect(parseReport('{"landing":"unseen","x":1,"y":2}', false)).toBeNull();
    expect(parseReport('{"landing":1}', false)).toBeNull();
  });
});
