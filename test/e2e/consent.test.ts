// Issue 3 end to end: three banner kinds, each left unanswered, rejected and accepted by the visitor.
// Asserts the detected CMP, the recorded moment of choice and the phase of each request and cookie.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectCmps } from '../../utils/consent/cmp-detect.ts';
import { analyze, type Knowledge } from '../../utils/findings/index.ts';
import { phaseOf } from '../../utils/record/phase.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { openTab, settledRecord, SHOP, useHarness, extensionKnowledge } from './helpers.ts';

type Way = 'none' | 'reject' | 'accept';
const FIXTURES = [
  { page: 'tcf', cmp: (r: PageRecord) => r.consent.tcf.some((x) => x.cmpId === 10) },
  {
    page: 'gcm',
    cmp: (r: PageRecord) =>
      detectCmps(evidence(r)).some((d) => d.cmpId === 'complianz') || r.consent.consentMode.length > 0,
  },
  {
    page: 'onetrust',
    cmp: (r: PageRecord) => detectCmps(evidence(r)).some((d) => d.cmpId === 'onetrust' && d.confidence === 'high'),
  },
] as const;

function evidence(r: PageRecord) {
  return {
    scriptUrls: r.requests.filter((q) => q.type === 'script').map((q) => q.url),
    cookies: r.cookies.map((c) => ({ name: c.name, value: c.value })),
    storage: r.storage.map((s) => ({ key: s.key, value: s.value })),
    globals: r.consent.globals,
  };
}

const h = useHarness();
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = extensionKnowledge();
});

async function visit(page: string, way: Way): Promise<{ record: PageRecord; clickedAt: number | null }> {
  await h.context.clearCookies();
  const { page: tab, tabId } = await openTab(h, `${SHOP}/consent/${page}.html`);
  await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('uid=pre-')));
  let clickedAt: number | null = null;
  if (way !== 'none') {
    clickedAt = Date.now();
    await tab.click(`#${way}`);
    await tab.waitForFunction(() => document.body.dataset.after !== undefined, null, { timeout: 5000 });
  } else {
    await tab.waitForTimeout(1800);
  }
  const record = await settledRecord(h, tabId, (r) =>
    way === 'none'
      ? true
      : way === 'accept'
        ? r.requests.some((q) => q.url.includes('uid=post-accept')) && r.cookies.some((c) => c.name === '_ga')
        : r.requests.some((q) => q.host === 'www.google-analytics.com'),
  );
  await tab.close();
  return { record, clickedAt };
}

describe.each(FIXTURES)('consent fixture $page', ({ page, cmp }) => {
  it('no answer: CMP detected, no choice, everything before choice', async () => {
    const { record } = await visit(page, 'none');
    expect(cmp(record)).toBe(true);
    expect(record.consent.choice).toBeNull();
    const pre = record.requests.find((q) => q.url.includes('uid=pre-'))!;
    expect(phaseOf(pre.t, record.consent.choice)).toBe('before-choice');
    expect(record.requests.some((q) => q.url.includes('post-accept') || q.host === 'www.google-analytics.com')).toBe(
      false,
    );
    const a = analyze(record, knowledge);
    expect(a.requests.every((q) => q.phase === 'before-choice')).toBe(true);
  });

  it('reject: the moment of choice is recorded and later tracking is after reject', async () => {
    const { record, clickedAt } = await visit(page, 'reject');
    expect(cmp(record)).toBe(true);
    const choice = record.consent.choice!;
    expect(choice, JSON.stringify({ choice, startedAt: record.startedAt, clickedAt })).toMatchObject({
      action: 'reject',
      source: 'signal',
    });
    expect(choice.at).toBeGreaterThanOrEqual(clickedAt! - 50);
    expect(choice.at).toBeLessThan(clickedAt! + 1500);
    const a = analyze(record, knowledge);
    expect(
      a.requests.find((q) => q.url.includes('uid=pre-'))?.phase,
      JSON.stringify({ choice, startedAt: record.startedAt, clickedAt }),
    ).toBe('before-choice');
    expect(a.requests.find((q) => q.host === 'www.google-analytics.com')?.phase).toBe('after-reject');
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toContain('tracking-after-reject');
    expect(rules).toContain('consent-signal-contradicts-behaviour');
  });

  it('accept: the choice is an accept and later cookies and requests are after accept', async () => {
    const { record, clickedAt } = await visit(page, 'accept');
    const choice = record.consent.choice!;
    expect(choice, JSON.stringify({ choice, startedAt: record.startedAt, clickedAt })).toMatchObject({
      action: 'accept',
      source: 'signal',
    });
    expect(choice.at).toBeGreaterThanOrEqual(clickedAt! - 50);
    const a = analyze(record, knowledge);
    expect(a.requests.find((q) => q.url.includes('uid=pre-'))?.phase).toBe('before-choice');
    expect(a.requests.find((q) => q.url.includes('uid=post-accept'))?.phase).toBe('after-accept');
    expect(a.cookies.find((c) => c.name === '_ga')?.phase).toBe('after-accept');
    expect(a.findings.map((f) => f.rule)).not.toContain('tracking-after-reject');
  });
});
