import { describe, expect, it } from 'vitest';
import { reportEndpointsOf } from './report-endpoints.ts';

const DOC = 'https://www.shop.example/page';

describe('reportEndpointsOf', () => {
  it('reads Reporting-Endpoints and the older Report-To, relative URLs against the document', () => {
    const headers = [
      { name: 'Content-Type', value: 'text/html' },
      { name: 'Reporting-Endpoints', value: 'tk="https://tracker.example/r?uid=1", own="/csp", bad="javascript:x"' },
      {
        name: 'report-to',
        value: '{"group":"g","max_age":1,"endpoints":[{"url":"https://t2.example/r"},{"url":7}]}, {"group":"h"}',
      },
    ];
    expect(reportEndpointsOf(headers, DOC)).toEqual([
      'https://tracker.example/r?uid=1',
      'https://www.shop.example/csp',
      'https://t2.example/r',
    ]);
  });

  it('takes nothing from a malformed or missing header, and at most five endpoints of a hostile one', () => {
    expect(reportEndpointsOf([{ name: 'Report-To', value: '{"group":' }], DOC)).toEqual([]);
    expect(reportEndpointsOf([{ name: 'Reporting-Endpoints' }], DOC)).toEqual([]);
    expect(reportEndpointsOf(undefined, DOC)).toEqual([]);
    const many = Array.from({ length: 50 }, (_, i) => `e${i}="https://t${i}.example/r"`).join(', ');
    expect(reportEndpointsOf([{ name: 'Reporting-Endpoints', value: many }], DOC)).toHaveLength(5);
  });
});
