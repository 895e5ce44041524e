// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, Visit } from '../test/support/findings.ts';
import { consentView } from '../utils/view/consent-view.ts';
import { App, type AppProps } from './app.tsx';
import { LangContext } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { Verdict } from './verdict.tsx';
import { euUsShop, SHOP_URL } from '../test/support/visit-fixtures.ts';

const mount = useTestRoot();

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

const text = (sel: string): string => mount.text(sel);

describe('verdict', () => {
  it('puts violations, warnings and the consent state (CMP, choice, when) in the first line', () => {
    const record = euUsShop();
    const knowledge = realKnowledge();
    const want = analyze(record, knowledge).summary.bySeverity;
    show({ record, tabUrl: SHOP_URL, knowledge });
    const first = mount.el.querySelector('main')?.firstElementChild;
    expect(first?.classList.contains('verdict')).toBe(true);
    expect(first?.classList.contains('verdict-violations')).toBe(true);
    const counts = `${want.violation} violations${want.warning ? `, ${want.warning} warning${want.warning === 1 ? '' : 's'}` : ''}`;
    expect(text('.verdict-line')).toBe(`${counts} · Cookiebot · Rejected at +2.00 s`);
    expect(text('.verdict-top')).toMatch(/^Most serious: /);
  });

  it("counts only the chosen phase's findings, and says which phase", () => {
    const record = euUsShop();
    const knowledge = realKnowledge();
    const findings = analyze(record, knowledge).findings;
    const afterReject = findings.filter((f) => f.phase === 'after-reject' && f.severity === 'violation').length;
    expect(afterReject).toBeGreaterThan(0);
    show({ record, tabUrl: SHOP_URL, knowledge });
    mount.choose('phase', 'after-reject');
    expect(text('.verdict-counts')).toBe(`after reject: ${afterReject} violation${afterReject === 1 ? '' : 's'}`);
    expect(text('.verdict-top')).toContain('after the visitor rejected');
    mount.choose('phase', 'after-accept');
    expect(text('.verdict-counts')).toBe('after accept: no violations or warnings');
    expect(mount.el.querySelector('.verdict-clean')).not.toBeNull();
    expect(mount.el.querySelector('.verdict-top')).toBeNull();
    // The findings list follows the phase too: nothing after accept, "0 of n".
    expect(text('#findings .count')).toBe(`0 of ${findings.length}`);
  });

  it('shows the consent state while the analysis loads, and without any analysis', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: null });
    expect(text('.verdict-counts')).toBe('Analysing…');
    expect(mount.el.querySelector('.verdict-pending')).not.toBeNull();
    show({ record: euUsShop(), tabUrl: SHOP_URL });
    expect(mount.el.querySelector('.verdict-counts')).toBeNull();
    expect(text('.verdict-line')).toBe('Cookiebot · Rejected at +2.00 s');
  });

  it('says when no consent manager was seen and nobody answered', () => {
    const record = new Visit().req('https://www.shop.example/app.js', 30).record();
    show({ record, tabUrl: SHOP_URL, knowledge: realKnowledge() });
    expect(text('.verdict-line')).toBe('No violations or warnings found · no consent manager detected · No answer yet');
    expect(mount.el.querySelector('.verdict-clean')).not.toBeNull();
  });

  it('a record the budget cut short is "incomplete", never "no violations found"', () => {
    const v = new Visit().req('https://www.shop.example/app.js', 30);
    show({ record: v.record(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    expect(mount.el.querySelector('.verdict-clean')).not.toBeNull();
    // The store's marker when the tab went over its budget (tab-store.ts): events were dropped, a tracker's among them.
    v.events.push({ k: 'truncated', t: v.record().startedAt + 500, pageEvents: 120, browserEvents: 3 });
    show({ record: v.record(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    expect(mount.el.querySelector('.verdict-clean')).toBeNull();
    expect(mount.el.querySelector('.verdict-incomplete')).not.toBeNull();
    expect(text('.verdict-counts')).toBe('Record incomplete (see Notes): no violations found is no proof of none');
  });

  it('speaks German inside a German provider', () => {
    const record = euUsShop();
    const analysis = analyze(record, realKnowledge(), { lang: 'de' });
    const n = analysis.findings.filter((f) => f.phase === 'after-reject' && f.severity === 'violation').length;
    mount.show(
      <LangContext.Provider value="de">
        <Verdict analysis={analysis} consent={consentView(record)} startedAt={record.startedAt} phase="after-reject" />
      </LangContext.Provider>,
    );
    expect(text('.verdict-line')).toBe(
      `Nach Ablehnung: ${n} ${n === 1 ? 'Verstoß' : 'Verstöße'} · Cookiebot · Abgelehnt bei +2,00 s`,
    );
    expect(text('.verdict-top')).toMatch(/^Schwerwiegendster Befund: .*nach der Ablehnung/);
  });
});
