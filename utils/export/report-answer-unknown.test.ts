// A trusted answer click that landed on another element (cli/landed-elsewhere.ts): the page's answer is not known, so
// no finding after the answer is judged against the one recorded; findings before the choice still are.
import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/index.ts';
import type { RecordError } from '../record/page-record.ts';
import { realKnowledge, START, Visit } from '../../test/support/findings.ts';
import { buildScenarioReport } from './report-build.ts';

const GA = 'https://www.google-analytics.com/analytics.js';
const GA_HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1234567890.1700000000&en=page_view';
const UNKNOWN: RecordError = { t: 1, where: 'record', message: 'landed elsewhere', answerUnknown: true };

function scenario(v: Visit, errors: RecordError[]) {
  const record = v.record();
  record.errors.push(...errors);
  return buildScenarioReport({
    consent: 'reject',
    url: v.pageUrl,
    record,
    analysis: analyze(record, realKnowledge()),
    startedAt: START - 100,
    finishedAt: START + 5000,
    answered: { started: true, detail: 'clicked' },
  });
}

/** Google Analytics after a reject only, or also before the choice. */
function visit(before: boolean): Visit {
  const v = new Visit();
  if (before) v.req(GA, 100).req(GA_HIT, 300, { type: 'ping' });
  return v.choice('reject', 2000).req(GA, 3000).req(GA_HIT, 4000, { type: 'ping' });
}

describe('a scenario whose answer is not known', () => {
  it('tracking after the answer recorded: incomplete, not violations (its findings are still listed)', () => {
    const known = scenario(visit(false), []);
    expect(known.summary.verdict).toBe('violations');
    const s = scenario(visit(false), [UNKNOWN]);
    expect(s.findings.map((f) => f.rule)).toContain('tracking-after-reject');
    expect(s.summary.incomplete).toEqual(['landed elsewhere']);
    expect(s.summary.verdict).toBe('incomplete');
    expect(s.summary.passed).toBe(false);
  });

  it('tracking before any choice is judged still: violations', () => {
    const s = scenario(visit(true), [UNKNOWN]);
    expect(s.findings.some((f) => f.phase === 'before-choice' && f.severity === 'violation')).toBe(true);
    expect(s.summary.verdict).toBe('violations');
  });

  it('a gap that says nothing of the answer keeps the verdict of every finding', () => {
    const s = scenario(visit(false), [{ t: 1, where: 'record', message: 'an event not applied' }]);
    expect(s.summary.verdict).toBe('violations');
  });
});
