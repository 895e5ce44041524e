import { describe, expect, it } from 'vitest';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import { tabsForWorkerRequest } from '../observe/browser/attribution.ts';
import { FrameOrigins } from './frame-origins.ts';
import { RecordBuilder } from './record.ts';

const TRACKER = 'https://tracker.example';
let nextId = 1;
function load(b: RecordBuilder, url: string, type: string, frameId = 0): void {
  for (const ev of fromBeforeRequest({ requestId: String(nextId++), url, type, tabId: 1, frameId, timeStamp: nextId }))
    b.apply(ev);
}

describe('FrameOrigins: which pages loaded a frame of an origin', () => {
  it('knows the frames of a record as it grows, and only those of the current page', () => {
    const frames = new FrameOrigins();
    const b = new RecordBuilder(1);
    load(b, 'https://shop.example/', 'main_frame');
    load(b, `${TRACKER}/pixel.gif`, 'image');
    // A tracker's image is no frame: its origin runs no service worker of this page.
    expect(frames.has(b.current, TRACKER)).toBe(false);
    load(b, `${TRACKER}/frame.html`, 'sub_frame', 5);
    expect(frames.has(b.current, TRACKER)).toBe(true);
    expect(frames.has(b.current, 'https://other.example')).toBe(false);
    load(b, 'https://shop.example/next', 'main_frame');
    expect(frames.has(b.current, TRACKER)).toBe(false);
    expect(frames.has(null, TRACKER)).toBe(false);
  });

  it('a worker request goes to the tabs of its origin first, and only failing those to the tabs framing it', () => {
    const tabs = [
      { tabId: 1, url: 'https://shop.example/' },
      { tabId: 2, url: 'https://news.example/a' },
      { tabId: 3, url: 'https://tracker.example/home' },
    ];
    const framedIn = (ids: number[]) => (tabId: number, origin: string) => origin === TRACKER && ids.includes(tabId);
    expect(tabsForWorkerRequest('https://shop.example', tabs, framedIn([2]))).toEqual([1]);
    expect(tabsForWorkerRequest(TRACKER, tabs, framedIn([1, 2]))).toEqual([3]);
    expect(tabsForWorkerRequest(TRACKER, tabs.slice(0, 2), framedIn([1, 2]))).toEqual([1, 2]);
    expect(tabsForWorkerRequest(TRACKER, tabs.slice(0, 2))).toEqual([]);
    expect(tabsForWorkerRequest('null', tabs, () => true)).toEqual([]);
    expect(tabsForWorkerRequest(undefined, tabs, () => true)).toEqual([]);
  });
});
