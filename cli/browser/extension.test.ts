import { describe, expect, it } from 'vitest';
import { pickTab } from './extension.ts';

describe('pickTab', () => {
  const tabs = [
    { id: 3, url: 'https://a.test/', pendingUrl: '' },
    { id: 7, url: 'https://a.test/#x', pendingUrl: '' },
    { id: 5, url: 'about:blank', pendingUrl: 'https://b.test/page' },
    { id: -1, url: 'https://c.test/', pendingUrl: '' },
  ];

  it('an exact URL wins over one that differs in the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/')).toBe(3);
  });
  it('else the newest tab equal without the fragment', () => {
    expect(pickTab(tabs, 'https://a.test/#other')).toBe(7);
  });
  it('a tab still loading is found by its pending URL', () => {
    expect(pickTab(tabs, 'https://b.test/page')).toBe(5);
  });
  it('no tab, or only tabs without an id: null', () => {
    expect(pickTab(tabs, 'https://d.test/')).toBeNull();
    expect(pickTab(tabs, 'https://c.test/')).toBeNull();
  });
});
