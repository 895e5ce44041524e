import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { recordGaps } from '../utils/record/record-gaps.ts';
import { popupGap, watchPopups } from './popups.ts';

class FakePage extends EventEmitter {
  openWith(url: string | null): void {
    this.emit('popup', url === null ? null : { url: () => url });
  }
}

it('reads a window reported blank again when listed (Firefox reports it before it navigates)', () => {
  const page = new FakePage();
  let url = 'about:blank';
  const w = watchPopups(page, () => 7);
  page.emit('popup', { url: () => url });
  url = 'https://tracker.example/p.gif';
  expect(w.list()).toEqual([{ url: 'https://tracker.example/p.gif', t: 7 }]);
});

describe('watchPopups', () => {
  it('lists each window the page opens until stopped, a closed one without its address', () => {
    const page = new FakePage();
    let now = 100;
    const w = watchPopups(page, () => now++);
    page.openWith('https://tracker.example/p.gif');
    page.openWith(null);
    page.emit('popup', {
      url: () => {
        throw new Error('Target closed');
      },
    });
    w.stop();
    page.openWith('https://after.example/');
    expect(w.list()).toEqual([
      { url: 'https://tracker.example/p.gif', t: 100 },
      { url: '', t: 101 },
      { url: '', t: 102 },
    ]);
  });
});

describe('popupGap', () => {
  it('is none without windows', () => {
    expect(popupGap([], 5)).toBeNull();
  });

  it('names the windows, and the record is then never clean (a gap)', () => {
    const gap = popupGap(
      [
        { url: 'https://a.example/', t: 1 },
        { url: '', t: 2 },
      ],
      9,
    );
    expect(gap).toEqual({
      t: 9,
      where: 'record',
      message:
        'the page opened 2 windows of its own (https://a.example/, (no address)): what was loaded there is not in this record',
    });
    expect(recordGaps({ errors: [gap!] })).toEqual([gap!.message]);
  });
});
