// A record the worker could not keep whole (the per-tab budget dropped events, or an event could not be applied) is no
// evidence of a clean page: the scenario's verdict says "incomplete" and it does not pass, where it said "clean".
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/index.ts';
import type { AuditEvent } from '../observe/events.ts';
import { TabBudget } from '../record/tab-budget.ts';
import { KEY_PREFIX } from '../record/tab-chunks.ts';
import { TabStore } from '../record/tab-store.ts';
import { buildRecord, recordGaps, type PageRecord } from '../record/record.ts';
import { TOOL } from '../../test/support/export.ts';
import { realKnowledge } from '../../test/support/findings.ts';
import { cookieStored, floodPageCookie, floodStoredCookie, navigation } from '../../test/support/raw-events.ts';
import { MemoryArea } from '../../test/support/session-area.ts';
import { buildReport, buildScenarioReport } from './report-build.ts';
import { reportToJunit } from './junit.ts';
import { scenarioPassed, summarizeReport } from './report-verdict.ts';

const TAB = 7;
const PAGE = 'https://www.site.test/';
const flood = (i: number): AuditEvent[] => [floodPageCookie(i), floodStoredCookie(i)];
/** Google Analytics' cookie, written after the flood (first party, by a script). */
const ga = cookieStored('_ga', '.site.test', 'GA1.1.1234567890.1700000000', 9000);

/** The real store with a small budget, fed `floods` flood writes, then the `_ga` write. */
async function recordOf(floods: number): Promise<PageRecord> {
  const s = new TabStore(new MemoryArea(), () => {}, Date.now, undefined, 1_000_000, 1000, small());
  s.push(TAB, navigation(PAGE, TAB, 1000));
  for (let i = 0; i < floods; i++) s.push(TAB, flood(i));
  s.push(TAB, [ga]);
  await s.settled();
  const r = s.builder(TAB)?.record;
  if (!r) throw new Error('no record');
  return r;
}
const small = (): TabBudget => new TabBudget({ pageEvents: 100_000, tab: 200_000, requests: 300_000 });

function reportOf(record: PageRecord) {
  return buildScenarioReport({
    consent: 'none',
    url: PAGE,
    record,
    analysis: analyze(record, realKnowledge()),
    startedAt: 900,
    finishedAt: 10_000,
  });
}

describe('an incomplete record is not a clean verdict', () => {
  it('control: without the flood, the _ga write is a violation', async () => {
    const s = reportOf(await recordOf(3));
    expect(s.summary.verdict).toBe('violations');
  });

  it('the budget dropped the _ga write: verdict "incomplete", not passed, and the run fails', async () => {
    const record = await recordOf(100);
    expect(record.truncated?.browserEvents).toBeGreaterThan(0);
    expect(record.cookies.some((c) => c.name === '_ga')).toBe(false);
    const s = reportOf(record);
    expect(s.summary.bySeverity.violation).toBe(0);
    expect(s.summary.verdict).toBe('incomplete');
    expect(s.summary.passed).toBe(false);
    expect(scenarioPassed(s, 'violation')).toBe(false);
    expect(scenarioPassed(s, 'never')).toBe(true);
    expect(summarizeReport([s], 'violation').verdict).toBe('fail');
    expect(s.errors.some((e) => /storage budget/.test(e))).toBe(true);
  });

  it('an event the record could not apply makes it incomplete too', () => {
    const record = {
      ...recordWithoutFindings(),
      errors: [{ t: 1500, where: 'record', message: "event 'cookie' not applied: tldts failed to load" }],
    };
    expect(reportOf(record).summary).toMatchObject({ verdict: 'incomplete', passed: false });
  });

  it("a Cache API or OPFS listing cut short (a flood past the recorder's bound) makes it incomplete, said once", () => {
    const cut = {
      k: 'page-listing-cut',
      t: 1500,
      api: 'opfs',
      origin: 'https://www.site.test',
      frameUrl: PAGE,
    } as const;
    const record = buildRecord(TAB, [...navigation(PAGE, TAB, 1000), cut, { ...cut, t: 1600 }]).record;
    expect(record && recordGaps(record)).toEqual([
      'https://www.site.test holds more OPFS files and folders than the recorder lists (5,000 names, 4 levels deep): a write past them is not seen',
    ]);
    expect(record && reportOf(record).summary).toMatchObject({ verdict: 'incomplete', passed: false });
  });

  it('a stored chunk that could not be read back after a worker restart makes it incomplete', async () => {
    const area = new MemoryArea();
    area.data.set(`${KEY_PREFIX}${TAB}:000000001.aaaa.000001`, 'garbage');
    const s = new TabStore(area);
    await s.ready;
    const record = s.builder(TAB)?.record;
    expect(record && recordGaps(record)).toEqual([expect.stringContaining('unreadable stored chunk')]);
  });

  it('events a failed write kept in memory only, lost at a worker restart, make the restored record incomplete', async () => {
    // storage.session refuses the chunk with the _ga write (its quota), then the worker restarts.
    const area = new MemoryArea(3000);
    const s = new TabStore(area);
    s.push(TAB, navigation(PAGE, TAB, 1000));
    await s.settled();
    s.push(TAB, [cookieStored('_ga', '.site.test', `GA1.1.1234567890.1700000000${'0'.repeat(4000)}`, 2000)]);
    await s.settled();
    const before = s.builder(TAB)?.record;
    expect(before?.cookies.map((c) => c.name)).toEqual(['_ga']);
    expect(before && reportOf(before).summary.verdict).toBe('violations');
    const again = new TabStore(area);
    await again.ready;
    const after = again.builder(TAB)?.record;
    if (!after) throw new Error('no record after the restart');
    expect(after.cookies).toEqual([]);
    expect(reportOf(after).summary).toMatchObject({ verdict: 'incomplete', passed: false });
  });

  it('the JSON report validates against the schema and the JUnit file fails the scenario', async () => {
    const s = reportOf(await recordOf(100));
    const report = buildReport({ tool: TOOL, urls: [PAGE], scenarios: [s], startedAt: 900, finishedAt: 10_000 });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary.verdict).toBe('fail');
    expect(reportToJunit(report)).toMatch(/<failure message="[^"]*" type="incomplete">record incomplete/);
  });

  it('other notes (an unrouted cookie note, an automation note) leave a clean verdict clean', () => {
    const record = {
      ...recordWithoutFindings(),
      errors: [{ t: 1500, where: 'automation', message: 'no banner found' }],
    };
    expect(reportOf(record).summary).toMatchObject({ verdict: 'clean', passed: true });
  });
});

function recordWithoutFindings(): PageRecord {
  const r = buildRecord(TAB, navigation(PAGE, TAB, 1000)).record;
  if (!r) throw new Error('no record');
  return r;
}
