import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ActivityClock } from './settle.ts';
import { countRequests } from './watch.ts';

/** A request as both engines hand it over: only its URL is read. */
const req = (url: string): { url(): string } => ({ url: () => url });

describe('countRequests', () => {
  it('counts web requests from start to finish or failure, and nothing else', () => {
    const events = new EventEmitter();
    const clock = new ActivityClock();
    countRequests(events, clock);
    const [a, b, own] = [req('https://t.test/p.gif'), req('HTTP://t.test/x'), req('chrome-extension://id/popup.html')];
    events.emit('request', a);
    events.emit('request', b);
    events.emit('request', own);
    expect(clock.inFlight).toBe(2);
    events.emit('requestfinished', a);
    events.emit('requestfailed', b);
    expect(clock.inFlight).toBe(0);
  });
  it('stops counting once unsubscribed and leaves no listener behind', () => {
    const events = new EventEmitter();
    const clock = new ActivityClock();
    countRequests(events, clock)();
    events.emit('request', req('https://t.test/'));
    expect(clock.inFlight).toBe(0);
    expect(events.eventNames()).toEqual([]);
  });
});
