import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/index.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { buildReport, buildScenarioReport } from '../export/report-build.ts';
import { TOOL } from '../../test/support/export.ts';
import { realKnowledge } from '../../test/support/findings.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { buildRecord, type PageRecord } from './record.ts';
import { joinDocuments } from './record-join.ts';

const TAB = 4;
const PAGE = 'https://www.shop.test/';
const GA = 'https://www.google-analytics.com/g/collect?v=2&tid=G-TEST';
const request = (id: string, url: string, t: number): AuditEvent[] =>
  fromBeforeRequest({ requestId: id, url, type: 'ping', method: 'POST', tabId: TAB, frameId: 0, timeStamp: t });
const ga = (t: number, value: string): AuditEvent => cookieStored('_ga', '.shop.test', value, t);

/** The document answered "reject" at 1500, then tracked, then its consent tool reloaded it; the reload tracked too. */
function twoDocuments(): { first: PageRecord; second: PageRecord } {
  const b = buildRecord(TAB, [
    ...navigation(PAGE, TAB, 1000, 'n1'),
    { k: 'choice', t: 1500, action: 'reject', source: 'automation', via: 'autoconsent demo' },
    ...request('r1', `${GA}&doc=1`, 1600),
    ga(1700, 'GA1.1.111.1'),
    {
      k: 'page-storage',
      t: 1750,
      api: 'localStorage',
      origin: 'https://www.shop.test',
      key: 'uid',
      value: 'abc',
      valueLength: 3,
      frameUrl: PAGE,
    },
    ...navigation(PAGE, TAB, 3000, 'n2'),
    ...request('r2', `${GA}&doc=2`, 3100),
    ga(3200, 'GA1.1.111.2'),
  ]);
  return { first: b.previous!, second: b.record! };
}

describe('joinDocuments', () => {
  it('keeps every request once with its document, one entry per cookie with both writes, and the first choice', () => {
    const { first, second } = twoDocuments();
    const joined = joinDocuments(first, second);
    expect(joined.documents).toEqual([
      { url: PAGE, startedAt: 1000 },
      { url: PAGE, startedAt: 3000 },
    ]);
    expect(joined.requests.map((q) => [q.url, q.document])).toEqual([
      [PAGE, 0],
      [`${GA}&doc=1`, 0],
      [PAGE, 1],
      [`${GA}&doc=2`, 1],
    ]);
    const cookie = joined.cookies.filter((c) => c.name === '_ga');
    expect(cookie).toHaveLength(1);
    expect(cookie[0]).toMatchObject({ t: 1700, lastT: 3200, writes: 2, value: 'GA1.1.111.2', document: 0 });
    expect(joined.storage.map((s) => [s.key, s.document])).toEqual([['uid', 0]]);
    expect(joined.consent.choice).toMatchObject({ action: 'reject', at: 1500 });
    expect(joined.startedAt).toBe(1000);
    // The inputs are left as they were.
    expect(first.requests.some((q) => 'document' in q)).toBe(false);
    expect(second.cookies[0]!.writes).toBe(1);
  });

  it("a tracker after reject in the replaced document is a violation of the joined audit, the reload's too", () => {
    const { first, second } = twoDocuments();
    const report = (record: PageRecord) =>
      buildScenarioReport({
        consent: 'reject',
        url: PAGE,
        record,
        analysis: analyze(record, realKnowledge()),
        answered: { started: true, detail: '' },
        startedAt: 900,
        finishedAt: 5_000,
      });
    const joined = report(joinDocuments(first, second));
    const ga = joined.requests.filter((q) => q.url.startsWith(GA));
    expect(ga.map((q) => [q.url.slice(-5), q.phase, q.document])).toEqual([
      ['doc=1', 'after-reject', 0],
      ['doc=2', 'after-reject', 1],
    ]);
    expect(joined.summary.verdict).toBe('violations');
    expect(joined.summary.incomplete).toBeUndefined();
    expect(joined.documents).toEqual([
      { url: PAGE, startedAt: new Date(1000).toISOString() },
      { url: PAGE, startedAt: new Date(3000).toISOString() },
    ]);
    expect(joined.cookies.map((c) => [c.name, c.writes, c.document])).toEqual([['_ga', 2, 0]]);
    expect(joined.storage.map((x) => [x.key, x.document])).toEqual([['uid', 0]]);
    const full = buildReport({ tool: TOOL, urls: [PAGE], scenarios: [joined], startedAt: 900, finishedAt: 5_000 });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
    );
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    // The second document alone has no choice: its record could not even tell the answer was given.
    expect(
      report(second)
        .requests.filter((q) => q.url.startsWith(GA))
        .map((q) => q.phase),
    ).toEqual(['before-choice']);
  });

  it('the second document says a different answer: a change of mind; the same answer again: nothing new', () => {
    const { first, second } = twoDocuments();
    const accept = { action: 'accept' as const, at: 3300, source: 'user' as const, via: 'banner' };
    expect(joinDocuments(first, { ...second, consent: { ...second.consent, choice: accept } }).consent.changes).toEqual(
      [accept],
    );
    const again = { ...accept, action: 'reject' as const };
    expect(joinDocuments(first, { ...second, consent: { ...second.consent, choice: again } }).consent.changes).toEqual(
      [],
    );
  });
});
