import { describe, expect, it } from 'vitest';
import { pathIdSegments, pathWithout, splitIds, unwrapParam } from './hidden-ids.ts';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('pathIdSegments', () => {
  it('finds the id segment and its place; a file name counts without its extension', () => {
    expect(pathIdSegments('/c/3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([{ segment: '3f2a9b7c1d5e4f60a8b2', index: 2 }]);
    expect(pathIdSegments('/3f2a9b7c1d5e4f60a8b2.gif')).toEqual([{ segment: '3f2a9b7c1d5e4f60a8b2', index: 1 }]);
    expect(pathIdSegments('/u/%41bCdEfGhIjKlMnOp/')).toEqual([{ segment: 'AbCdEfGhIjKlMnOp', index: 2 }]);
  });

  it('skips build hashes, static folders and option lists', () => {
    expect(pathIdSegments('/hero.3f9a8b1c4d5e6f7a.gif')).toEqual([]);
    expect(pathIdSegments('/assets/3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([]);
    expect(pathIdSegments('/w_1200,h_800,c_fill,q_auto/p.gif')).toEqual([]);
    expect(pathIdSegments('/a=3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([]);
  });

  it('pathWithout keeps the extension of an id file name, so `/<id>.gif` still reads as a pixel', () => {
    expect(pathWithout('/3f2a9b7c1d5e4f60a8b2.gif', ['3f2a9b7c1d5e4f60a8b2'])).toBe('/.gif');
    expect(pathWithout('/c/3f2a9b7c1d5e4f60a8b2/p.gif', ['3f2a9b7c1d5e4f60a8b2'])).toBe('/c//p.gif');
  });
});

describe('splitIds', () => {
  const q = (s: string) => [...new URLSearchParams(s)].map(([name, value]) => ({ name, value }));
  it('joins a run of equal-length parts and leaves the rest', () => {
    expect(splitIds(q('e=view&a=3f2a9b&b=7c1d5e&c=4f60a8&w=1200'))).toEqual([
      { names: ['a', 'b', 'c'], value: '3f2a9b7c1d5e4f60a8' },
    ]);
  });
  it('two parts, unequal parts or parts without a digit are no split id', () => {
    expect(splitIds(q('a=3f2a9b7c&b=1d5e4f60'))).toEqual([]);
    expect(splitIds(q('a=3f2a9b&b=7c1d5e4f&c=4f60a8'))).toEqual([]);
    expect(splitIds(q('a=abcdef&b=fedcba&c=abcabc'))).toEqual([]);
  });
});

describe('unwrapParam', () => {
  it('plain values, binary base64 and broken JSON give nothing', () => {
    expect(unwrapParam({ name: 'x', value: 'b7e2c91f04a6d3e8f215' })).toEqual([]);
    expect(
      unwrapParam({ name: 'x', value: Buffer.from([0, 1, 2, 250, 251, 252, 3, 4, 5]).toString('base64') }),
    ).toEqual([]);
    expect(unwrapParam({ name: 'x', value: '{"uid":"abc' })).toEqual([]);
  });
  it('JSON leaves are named by their key and labelled by their place', () => {
    expect(unwrapParam({ name: 'd', value: b64('{"u":{"uid":"x1"},"n":[1,"a"]}') })).toEqual([
      { name: 'uid', value: 'x1', label: 'd (base64).u.uid' },
      { name: 'n', value: '1', label: 'd (base64).n' },
      { name: 'n', value: 'a', label: 'd (base64).n' },
    ]);
  });
  it('takes at most 50 leaves, and nothing from a value over 4096 characters', () => {
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, i])));
    expect(unwrapParam({ name: 'd', value: many })).toHaveLength(50);
    expect(unwrapParam({ name: 'd', value: `{"uid":"${'a'.repeat(4100)}"}` })).toEqual([]);
  });
});
