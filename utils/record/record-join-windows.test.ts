import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/index.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { buildReport, buildScenarioReport } from '../export/report-build.ts';
import { reportToHtml } from '../export/html.ts';
import { TOOL } from '../../test/support/export.ts';
import { realKnowledge } from '../../test/support/findings.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { buildRecord, type PageRecord } from './record.ts';
import { joinWindows } from './record-join-windows.ts';

const PAGE = 'https://www.shop.test/';
const UNDER = 'https://www.shop.test/under.html';
const PIXEL = 'https://www.google-analytics.com/g/collect?v=2&tid=G-UNDER';
const image = (tabId: number, id: string, url: string, t: number): AuditEvent[] =>
  fromBeforeRequest({ requestId: id, url, type: 'image', method: 'GET', tabId, frameId: 0, timeStamp: t });

function recordOf(tabId: number, events: AuditEvent[]): PageRecord {
  const r = buildRecord(tabId, events).record;
  if (!r) throw new Error('no record');
  return r;
}

/** The audited page (tab 4) tracks nothing and is answered "reject" at 1500; its pop-under (tab 5) tracks at 1600. */
function pageAndWindow(): { page: PageRecord; under: PageRecord } {
  const page = recordOf(4, [
    ...navigation(PAGE, 4, 1000, 'n1'),
    { k: 'choice', t: 1500, action: 'reject', source: 'automation', via: 'autoconsent demo' },
  ]);
  const under = recordOf(5, [
    ...navigation(UNDER, 5, 1550, 'n2'),
    ...image(5, 'r2', PIXEL, 1600),
    cookieStored('_ga', '.shop.test', 'GA1.1.111.1', 1650),
  ]);
  return { page, under };
}

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

describe('joinWindows', () => {
  it('adds each window as a document of its own, its entries tagged with it; the inputs are left as they were', () => {
    const { page, under } = pageAndWindow();
    const joined = joinWindows(page, [under]);
    expect(joined.documents).toEqual([
      { url: PAGE, startedAt: 1000 },
      { url: UNDER, startedAt: 1550, window: true },
    ]);
    expect(joined.requests.map((q) => [q.url, q.document])).toEqual([
      [PAGE, 0],
      [UNDER, 1],
      [PIXEL, 1],
    ]);
    expect(joined.cookies.map((c) => [c.name, c.document])).toEqual([['_ga', 1]]);
    expect(joined.consent).toEqual(page.consent);
    expect(page.documents).toBeUndefined();
    expect(under.requests.some((q) => 'document' in q)).toBe(false);
    expect(joinWindows(page, [])).toBe(page);
  });

  it("a tracker in the pop-under after reject is a violation of the page's audit, its rows marked in JSON and HTML", () => {
    const { page, under } = pageAndWindow();
    // Without the join the page is clean: the window's tracker is in a record of its own.
    expect(report(page).summary.verdict).toBe('clean');
    const s = report(joinWindows(page, [under]));
    expect(s.requests.filter((q) => q.url === PIXEL).map((q) => [q.phase, q.document])).toEqual([['after-reject', 1]]);
    expect(s.documents?.[1]).toEqual({ url: UNDER, startedAt: new Date(1550).toISOString(), window: true });
    expect(s.summary.verdict).toBe('violations');
    const after = s.findings.filter((f) => f.rule === 'tracking-after-reject').map((f) => f.subject.host);
    expect(after).toContain('www.google-analytics.com');
    const full = buildReport({ tool: TOOL, urls: [PAGE], scenarios: [s], startedAt: 900, finishedAt: 5_000 });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
    );
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    const html = reportToHtml(full);
    expect(html).toMatch(/tid=G-UNDER<\/code> <em class="meta">\(in a window the page opened\)<\/em>/);
    expect(html).not.toMatch(/www\.shop\.test\/<\/code> <em class="meta">\(in a window/);
  });

  it("carries a window's gaps and budget over: what it could not keep is missing from this audit", () => {
    const { page, under } = pageAndWindow();
    const cut = { ...under, partial: true, truncated: { pageEvents: 3, browserEvents: 1, since: 1700 } };
    cut.errors = [{ t: 1800, where: 'record', message: 'storage budget' }];
    const joined = joinWindows(page, [cut]);
    expect(joined.partial).toBe(true);
    expect(joined.truncated).toEqual({ pageEvents: 3, browserEvents: 1, since: 1700 });
    expect(joined.errors.map((e) => e.message)).toEqual([`in a window it opened (${UNDER}): storage budget`]);
  });
});
