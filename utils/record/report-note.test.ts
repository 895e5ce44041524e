import { describe, expect, it } from 'vitest';
import { START, TAB, Visit } from '../../test/support/findings.ts';
import { fromResponseStarted } from '../observe/browser/adapter.ts';
import { recordGaps } from './record-gaps.ts';

const PAGE = 'https://www.shop.example/';
const HEADERS = [
  { name: 'Reporting-Endpoints', value: 'tk="https://tracker.example/r", own="/csp"' },
  { name: 'Content-Security-Policy', value: "img-src 'self'; report-to tk" },
];

/** The top document's response, with `headers`, as the worker's webRequest listener hands it on. */
function visitWith(headers: typeof HEADERS, type = 'main_frame'): Visit {
  const v = new Visit(PAGE);
  v.events.push(
    fromResponseStarted({
      requestId: 'main',
      url: PAGE,
      type,
      statusCode: 200,
      tabId: TAB,
      timeStamp: START + 6,
      responseHeaders: headers,
    }),
  );
  return v;
}

describe('a document that names a report endpoint of another site', () => {
  it('is a note of the record (not a gap): the extension in Chromium does not see the reports', () => {
    const r = visitWith(HEADERS).record();
    expect(r.errors.filter((e) => e.where === 'reporting').map((e) => e.message)).toEqual([
      `the document ${PAGE} names https://tracker.example/r as the endpoint of its browser reports (Reporting API): Chromium sends them without a tab, so the extension does not see them (the CLI does; Firefox shows them as requests)`,
    ]);
    expect(recordGaps(r)).toEqual([]);
  });

  it('is no note for its own site, for a response that is no document, or twice for the same endpoint', () => {
    expect(visitWith([{ name: 'Reporting-Endpoints', value: 'a="/csp"' }]).record().errors).toEqual([]);
    expect(visitWith(HEADERS, 'script').record().errors).toEqual([]);
    const twice = visitWith(HEADERS);
    twice.events.push(...visitWith(HEADERS).events.slice(-1));
    expect(twice.record().errors).toHaveLength(1);
  });
});
