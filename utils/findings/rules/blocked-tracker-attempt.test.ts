import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromErrorOccurred } from '../../observe/browser/adapter.ts';
import { realKnowledge, START, TAB, Visit } from '../../../test/support/findings.ts';
import { analyze } from '../analyze.ts';

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-BLOCKED';
const PIXEL = 'https://www.facebook.com/tr?id=1&ev=PageView';
const SHOP = 'https://www.shop.example/';

/** The shop's CSP blocked gtag (a trusted violation: a not-sent row), and the Meta pixel got no address. */
function blockedVisit(): Visit {
  const v = new Visit(SHOP);
  v.events.push({
    k: 'page-resource',
    t: START + 200,
    url: GTAG,
    initiator: 'other',
    frameUrl: SHOP,
    csp: 'script-src-elem',
  });
  v.events.push(
    ...fromBeforeRequest({
      requestId: 'px',
      url: PIXEL,
      type: 'image',
      tabId: TAB,
      frameId: 0,
      timeStamp: START + 300,
    }),
    fromErrorOccurred({
      requestId: 'px',
      url: PIXEL,
      tabId: TAB,
      timeStamp: START + 310,
      error: 'net::ERR_NAME_NOT_RESOLVED',
    }),
  );
  return v;
}

describe('blocked-tracker-attempt', () => {
  it('a tracker the browser never sent is a warning, never a violation, and its row says why', () => {
    const a = analyze(blockedVisit().record(), realKnowledge());
    expect(a.summary.bySeverity.violation).toBe(0);
    expect(a.findings.filter((f) => f.rule === 'tracking-request-before-choice')).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'third-country-transfer')).toEqual([]);
    const hits = a.findings.filter((f) => f.rule === 'blocked-tracker-attempt');
    expect(hits.map((f) => [f.subject.host, f.severity, f.phase])).toEqual([
      ['www.googletagmanager.com', 'warning', 'before-choice'],
      ['www.facebook.com', 'warning', 'before-choice'],
    ]);
    expect(hits[0]!.title).toBe(
      'The page tried to load Google tag (gtag.js) (www.googletagmanager.com) before the consent choice; the browser did not send it',
    );
    expect(hits[0]!.explanation).toContain('(csp:script-src-elem)');
    expect(hits[1]!.explanation).toContain('(net::ERR_NAME_NOT_RESOLVED)');
    expect(a.requests.filter((r) => r.notSent).map((r) => [r.url, r.notSent])).toEqual([
      [GTAG, 'csp:script-src-elem'],
      [PIXEL, 'net::ERR_NAME_NOT_RESOLVED'],
    ]);
    expect(a.thirdParties.map((t) => t.site)).toEqual([]);
    expect(a.summary.verdict).toBe('warnings');
  });

  it('German texts', () => {
    const a = analyze(blockedVisit().record(), realKnowledge(), { lang: 'de' });
    const f = a.findings.find((x) => x.rule === 'blocked-tracker-attempt');
    expect(f?.title).toContain('der Browser hat es nicht gesendet');
  });

  it('the same tracker sent is still a violation', () => {
    const a = analyze(new Visit(SHOP).req(GTAG, 200).record(), realKnowledge());
    expect(a.findings.map((f) => f.rule)).toContain('tracking-request-before-choice');
    expect(a.findings.map((f) => f.rule)).not.toContain('blocked-tracker-attempt');
  });
});
