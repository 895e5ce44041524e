import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { REPORTS_MAX, watchReports } from './reporting-api.ts';

class FakeSession extends EventEmitter {
  enabled = false;
  send(method: string, params: { enable: boolean }): Promise<unknown> {
    this.enabled = method === 'Network.enableReportingApi' && params.enable;
    return Promise.resolve({});
  }
  report(id: string, initiatorUrl: string, destination: string, more: Record<string, unknown> = {}): void {
    const report = { id, initiatorUrl, destination, type: 'csp-violation', status: 'Queued', ...more };
    this.emit('Network.reportingApiReportAdded', { report });
  }
  update(id: string, status: string, completedAttempts = 0): void {
    this.emit('Network.reportingApiReportUpdated', { report: { id, status, completedAttempts } });
  }
}

const PAGE = 'https://www.shop.test/hostile/reporting-api.html';
const NOW = 1_796_693_980_000;

describe('watchReports', () => {
  it('enables the reports and lists each once, by the endpoint its origin declared for its group', async () => {
    const s = new FakeSession();
    const w = await watchReports(s, () => NOW);
    expect(s.enabled).toBe(true);
    s.emit('Network.reportingApiEndpointsChangedForOrigin', {
      origin: 'https://www.shop.test',
      endpoints: [{ url: 'https://tracker.example/r', groupName: 'tk' }],
    });
    // DevTools' timestamp is in seconds since the epoch.
    s.report('a', PAGE, 'tk', { timestamp: (NOW - 500) / 1000 });
    s.emit('Network.reportingApiReportUpdated', { report: { id: 'a', initiatorUrl: PAGE, destination: 'tk' } });
    s.report('b', PAGE, 'other', { type: 'deprecation' });
    s.emit('Network.reportingApiReportAdded', { nothing: 1 });
    expect(w.list()).toEqual([
      {
        id: 'a',
        endpoints: ['https://tracker.example/r'],
        type: 'csp-violation',
        initiator: PAGE,
        t: NOW - 500,
        delivery: 'queued',
        attempts: 0,
      },
      {
        id: 'b',
        endpoints: ['(endpoint group "other")'],
        type: 'deprecation',
        initiator: PAGE,
        t: NOW,
        delivery: 'queued',
        attempts: 0,
      },
    ]);
  });

  it('keeps every URL an origin declared for a group: a later first-party one does not hide a tracker', async () => {
    const s = new FakeSession();
    const w = await watchReports(s);
    const declare = (url: string): boolean =>
      s.emit('Network.reportingApiEndpointsChangedForOrigin', {
        origin: 'https://www.shop.test',
        endpoints: [{ url, groupName: 'tk' }],
      });
    // The page names the tracker, then a same-origin frame names its own site for the same group.
    declare('https://tracker.example/r');
    declare('https://www.shop.test/csp');
    s.report('a', PAGE, 'tk');
    expect(w.list()[0]?.endpoints).toEqual(['https://tracker.example/r', 'https://www.shop.test/csp']);
  });

  it('says how far each upload got, as the updates tell (Chromium 156: Queued, Pending, Success)', async () => {
    const s = new FakeSession();
    const w = await watchReports(s);
    for (const id of ['sent', 'sending', 'failed', 'queued', 'removed']) s.report(id, PAGE, 'tk');
    s.update('sent', 'Pending');
    s.update('sent', 'Success');
    s.update('sent', 'MarkedForRemoval'); // a report delivered stays sent
    s.update('sending', 'Pending');
    s.update('failed', 'Pending');
    s.update('failed', 'Queued', 2);
    s.update('removed', 'MarkedForRemoval');
    const got = Object.fromEntries(w.list().map((r) => [r.id, [r.delivery, r.attempts]]));
    expect(got).toEqual({
      sent: ['sent', 0],
      sending: ['sending', 0],
      failed: ['failed', 2],
      queued: ['queued', 0],
      removed: ['queued', 0],
    });
  });

  it('does not believe a queue time far from its own clock, and counts the reports past its cap', async () => {
    const s = new FakeSession();
    const w = await watchReports(s, () => NOW);
    s.report('old', PAGE, 'tk', { timestamp: 1 });
    for (let i = 0; i < REPORTS_MAX + 2; i++) s.report(`r${i}`, PAGE, 'tk');
    expect(w.list()[0]?.t).toBe(NOW);
    expect(w.list()).toHaveLength(REPORTS_MAX);
    expect(w.dropped()).toBe(3);
  });
});
