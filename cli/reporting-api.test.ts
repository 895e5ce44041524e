import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { recordGaps } from '../utils/record/record-gaps.ts';
import { reportGap, watchReports } from './reporting-api.ts';

class FakeSession extends EventEmitter {
  enabled = false;
  send(method: string, params: { enable: boolean }): Promise<unknown> {
    this.enabled = method === 'Network.enableReportingApi' && params.enable;
    return Promise.resolve({});
  }
  report(id: string, initiatorUrl: string, destination: string, type = 'csp-violation'): void {
    this.emit('Network.reportingApiReportAdded', { report: { id, initiatorUrl, destination, type } });
  }
}

const PAGE = 'https://www.shop.test/hostile/reporting-api.html';

describe('watchReports', () => {
  it('enables the reports and lists each once, by the endpoint its origin declared for its group', async () => {
    const s = new FakeSession();
    const w = await watchReports(s);
    expect(s.enabled).toBe(true);
    s.emit('Network.reportingApiEndpointsChangedForOrigin', {
      origin: 'https://www.shop.test',
      endpoints: [{ url: 'https://tracker.example/r', groupName: 'tk' }],
    });
    s.report('a', PAGE, 'tk');
    s.emit('Network.reportingApiReportUpdated', { report: { id: 'a', initiatorUrl: PAGE, destination: 'tk' } });
    s.report('b', PAGE, 'other', 'deprecation');
    s.emit('Network.reportingApiReportAdded', { nothing: 1 });
    expect(w.list()).toEqual([
      { endpoints: ['https://tracker.example/r'], type: 'csp-violation', initiator: PAGE },
      { endpoints: ['(endpoint group "other")'], type: 'deprecation', initiator: PAGE },
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
    expect(reportGap(w.list(), 5)?.message).toContain('a report (csp-violation) for https://tracker.example/r (');
  });
});

describe('reportGap', () => {
  it('is a gap of the record for reports to another site or an endpoint not known', () => {
    const gap = reportGap(
      [
        { endpoints: ['https://tracker.example/r'], type: 'csp-violation', initiator: PAGE },
        { endpoints: ['https://tracker.example/r'], type: 'csp-violation', initiator: PAGE },
        { endpoints: ['(endpoint group "x")'], type: 'deprecation', initiator: PAGE },
      ],
      5,
    );
    expect(gap?.message).toBe(
      'the browser queued 3 reports (csp-violation, deprecation) for https://tracker.example/r, (endpoint group "x") (Reporting API): reports leave without a tab, so what they carried is not in this record',
    );
    expect(recordGaps({ errors: [gap!] })).toHaveLength(1);
  });

  it("is none for reports to the reporting document's own site, or no report", () => {
    expect(
      reportGap([{ endpoints: ['https://csp.shop.test/r'], type: 'csp-violation', initiator: PAGE }], 5),
    ).toBeNull();
    // An embedded frame's report to its own site: that party has the frame's requests, which the record holds.
    const frame = 'https://www.video.example/embed/1';
    expect(
      reportGap([{ endpoints: ['https://csp.video.example/r'], type: 'csp-violation', initiator: frame }], 5),
    ).toBeNull();
    expect(reportGap([], 5)).toBeNull();
  });

  it('is a gap for a frame that reports to a third site', () => {
    const frame = 'https://www.video.example/embed/1';
    const gap = reportGap([{ endpoints: ['https://tracker.example/r'], type: 'deprecation', initiator: frame }], 5);
    expect(gap?.message).toContain('a report (deprecation) for https://tracker.example/r');
  });
});
