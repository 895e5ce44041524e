// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { encodeTc, realKnowledge, START, Visit } from '../test/support/findings.ts';
import { ANALYSIS_ENGINE } from './analysis-engine.ts';
import { App, type AppProps } from './app.tsx';
import { AppView } from './app-view.tsx';
import type { PopupMessage, SendFn } from './consent-actions.tsx';
import { hugeRecord } from '../test/support/fixtures.ts';
import { T } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';

const mount = useTestRoot();
const URL_ = 'https://www.shop.example/';

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

const el = (sel: string): HTMLElement => mount.find(sel);

function button(name: string): HTMLButtonElement {
  const b = mount.el.querySelector<HTMLButtonElement>(`button[name="${name}"]`);
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

/** Resolves pending promises and lets Preact flush the state they set. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-ABC123';
const HIT = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1234567890.1700000000&en=page_view';

/** Cookiebot shop: GA before the banner, the extension rejects at +2.3 s, GA keeps collecting. */
function rejectedShop(): Visit {
  const v = new Visit()
    .req('https://consent.cookiebot.com/uc.js', 20, { ip: '8.8.8.8' })
    .gtag(['consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied' }], 30)
    .req(GTAG, 40, { ip: '2a00:1450:4001:82b::200e' })
    .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, GTAG)
    .storage('_hjSession', '{"id":"x"}', 300);
  v.events.push({ k: 'automation', t: START + 1000, status: 'cmp-detected', cmp: 'Cookiebot' });
  v.events.push({ k: 'automation', t: START + 1100, status: 'started', action: 'reject', cmp: 'Cookiebot' });
  v.events.push({ k: 'choice', t: START + 2300, action: 'reject', source: 'automation', via: 'autoconsent Cookiebot' });
  v.events.push({ k: 'automation', t: START + 2310, status: 'done', action: 'reject', cmp: 'Cookiebot' });
  return v
    .gtag(['consent', 'update', { ad_storage: 'denied', analytics_storage: 'granted' }], 2400)
    .req(HIT, 5000, { type: 'ping', ip: '2a00:1450:4001:82b::200e' })
    .scriptCookie('_ga_ABC123', 'GS1.1.1700000000', 5100, GTAG);
}

function recorder(answer: unknown): { send: SendFn; sent: PopupMessage[] } {
  const sent: PopupMessage[] = [];
  return {
    sent,
    send: async (msg) => {
      sent.push(msg);
      return answer;
    },
  };
}

describe('consent header', () => {
  it('says "No answer yet" and names no CMP on a plain page', () => {
    show({ record: new Visit().req('https://cdn.shop.example/app.js', 10).record(), tabUrl: URL_ });
    expect(el('.cons-state').textContent).toBe(T.noAnswer);
    expect(el('.consent').textContent).toContain(T.noCmp);
    expect(mount.el.querySelector('.stored-hint')).toBeNull();
    expect(mount.el.querySelector('.cm')).toBeNull();
  });

  it('shows the CMP, the automation reject with its time and source, Consent Mode and the automation steps', () => {
    show({ record: rejectedShop().record(), tabUrl: URL_ });
    const consent = el('.consent');
    expect(consent.textContent).toContain('Cookiebot');
    expect(el('.cons-state').textContent).toBe(
      "Rejected at +2.30 s (by the extension's automation: autoconsent Cookiebot)",
    );
    const rows = [...mount.el.querySelectorAll('.cm tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['ad_storage', 'denied', 'denied'],
      ['analytics_storage', 'denied', 'granted'],
    ]);
    expect(mount.texts('.auto-steps li')).toEqual([
      '+1.00 s Consent manager detected: Cookiebot',
      '+1.10 s Answering the banner (reject): Cookiebot',
      '+2.31 s Done (reject): Cookiebot',
    ]);
    expect(el('.auto > summary').textContent).toBe('+2.31 s Done (reject): Cookiebot · 3 steps');
  });

  it('reads an accept from TCF and lists a later change', () => {
    const v = new Visit().gesture(1750).tcf(encodeTc([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 'useractioncomplete', 1800);
    v.events.push({
      k: 'choice',
      t: START + 6000,
      action: 'reject',
      source: 'user',
      via: 'Cookiebot: cookie CookieConsent',
    });
    show({ record: v.record(), tabUrl: URL_ });
    expect(el('.cons-state').textContent).toMatch(/^Accepted at \+1\.80 s \(read from TCF useractioncomplete/);
    expect(el('.consent').textContent).toContain('TCF CMP id 10 (Quantcast Choice / InMobi CMP), version 1');
    expect(el('.cons-changes').textContent).toBe(
      'Rejected at +6.00 s (by the visitor: Cookiebot: cookie CookieConsent)',
    );
  });

  it('hints at stored consent when a choice is there from the very start', () => {
    show({ record: new Visit().tcf(encodeTc([1, 2]), 'useractioncomplete', 15).record(), tabUrl: URL_ });
    expect(el('.stored-hint').textContent).toBe(T.storedHint);
  });

  it('does not take an answer given by hand seconds later for stored consent', () => {
    show({
      record: new Visit().gesture(2600).tcf(encodeTc([]), 'useractioncomplete', 2680).record(),
      tabUrl: URL_,
      knowledge: realKnowledge(),
    });
    expect(el('.cons-state').textContent).toMatch(/^Rejected at \+2\.68 s \(read from TCF useractioncomplete/);
    expect(mount.el.querySelector('.stored-hint')).toBeNull();
  });

  it('after a clean audit, shows what was found stored instead of the hint', () => {
    const v = new Visit();
    v.events.push({
      k: 'clean',
      t: START - 300,
      clearedCookies: 4,
      clearedOrigins: [URL_],
      storedConsent: ['Cookiebot: accepted'],
    });
    show({ record: v.tcf(encodeTc([1, 2]), 'useractioncomplete', 15).record(), tabUrl: URL_ });
    expect(mount.el.querySelector('.stored-hint')).toBeNull();
    expect(el('.cons-clean').textContent).toBe(
      `${T.cleanDone}cleared 4 cookies · ${T.storedAtStart}: Cookiebot: accepted`,
    );
  });
});

describe('consent actions', () => {
  it("start a clean audit and show the background's detail", async () => {
    const { send, sent } = recorder({
      cleared: true,
      clearedCookies: 3,
      storedConsent: [],
      detail: 'Cleared 3 cookies, reloading',
    });
    show({ record: rejectedShop().record(), tabUrl: URL_, tabId: 42, send });
    act(() => button('clean-audit').click());
    // Nothing is deleted before the visitor saw which sites would be and confirmed (issue 15.9).
    expect(sent).toEqual([]);
    expect(el('.clean-sites').textContent).toContain('shop.example');
    act(() => button('clean-confirm').click());
    expect(button('reject-all').disabled).toBe(true); // busy
    await settle();
    expect(sent).toEqual([{ type: 'clean-audit', tabId: 42 }]);
    expect(el('.action-detail').textContent).toBe('Cleared 3 cookies, reloading');
    expect(button('reject-all').disabled).toBe(false);
  });

  it('the popup before its engine loaded: the confirm box waits for the site list, nothing can be confirmed', () => {
    const { send, sent } = recorder({ cleared: true, clearedCookies: 0, storedConsent: [], detail: 'ok' });
    const record = rejectedShop().record();
    const props = { record, tabUrl: URL_, tabId: 42, send, deferAnalysis: true };
    mount.show(<AppView {...props} engine={null} />);
    act(() => button('clean-audit').click());
    expect(el('.clean-sites').textContent).toBe(T.working);
    expect(button('clean-confirm').disabled).toBe(true);
    // The engine (and its planner) arrives after the first paint: the same box now lists what would be wiped.
    mount.show(<AppView {...props} engine={ANALYSIS_ENGINE} />);
    expect(el('.clean-sites').textContent).toContain('shop.example');
    expect(button('clean-confirm').disabled).toBe(false);
    expect(sent).toEqual([]);
  });

  it('Test forms: lists what it will do, types nothing before the confirmation, cancel sends nothing', async () => {
    const { send, sent } = recorder({
      started: true,
      filled: 2,
      detail: 'Typed test values into 2 fields (email, first_name); not submitted.',
    });
    show({ record: rejectedShop().record(), tabUrl: URL_, tabId: 42, send });
    act(() => button('form-test').click());
    expect(sent).toEqual([]);
    expect(el('.form-test-steps').textContent).toContain('not submit any form');
    act(() => button('form-test-cancel').click());
    expect(mount.el.querySelector('.form-test-steps')).toBeNull();
    act(() => button('form-test').click());
    act(() => button('form-test-confirm').click());
    await settle();
    expect(sent).toEqual([{ type: 'form-test', tabId: 42 }]);
    expect(el('.action-detail').textContent).toBe(
      'Typed test values into 2 fields (email, first_name); not submitted.',
    );
  });

  it.each([
    ['reject-all', 'reject'],
    ['accept-all', 'accept'],
  ] as const)('%s sends consent-action %s', async (name, action) => {
    const { send, sent } = recorder({ started: false, detail: 'banner automation is not available yet' });
    show({ record: rejectedShop().record(), tabUrl: URL_, tabId: 42, send });
    act(() => button(name).click());
    await settle();
    expect(sent).toEqual([{ type: 'consent-action', tabId: 42, action }]);
    expect(el('.action-detail').textContent).toBe('banner automation is not available yet');
  });

  it('says so when the background does not answer', async () => {
    const send: SendFn = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    show({ record: null, tabUrl: URL_, tabId: 42, send });
    act(() => button('accept-all').click());
    await settle();
    expect(el('.action-detail').textContent).toBe('Could not establish connection. Receiving end does not exist.');
    const { send: odd } = recorder(undefined);
    show({ record: null, tabUrl: URL_, tabId: 42, send: odd });
    act(() => button('accept-all').click());
    await settle();
    expect(el('.action-detail').textContent).toBe(T.noAnswerFromBackground);
  });

  it('are disabled for pages that cannot be audited, and without a tab', () => {
    const { send } = recorder({});
    show({ record: rejectedShop().record(), tabUrl: 'chrome://extensions/', tabId: 42, send });
    expect(['clean-audit', 'reject-all', 'accept-all'].map((n) => button(n).disabled)).toEqual([true, true, true]);
    show({ record: rejectedShop().record(), tabUrl: URL_, tabId: null, send });
    expect(button('clean-audit').disabled).toBe(true);
    expect(el('.action-detail').textContent).toBe(T.actionsUnavailable);
  });

  it('are offered before anything was recorded', () => {
    const { send } = recorder({});
    show({ record: null, tabUrl: URL_, tabId: 42, send });
    expect(button('clean-audit').disabled).toBe(false);
  });
});

describe('phases in the lists', () => {
  it('badges every cookie, storage entry and request with its phase, and counts phases in the header', () => {
    show({ record: rejectedShop().record(), tabUrl: URL_ });
    const cookieBadges = [...mount.el.querySelectorAll('.row-cookie')].map((r) => [
      r.querySelector('.name')?.textContent,
      r.querySelector('.phase')?.textContent,
    ]);
    expect(cookieBadges).toEqual([
      ['_ga', T.phase['before-choice']],
      ['_ga_ABC123', T.phase['after-reject']],
    ]);
    expect(el('.row-storage .phase').textContent).toBe(T.phase['before-choice']);
    expect(mount.texts('.hdr-phases li')).toEqual([
      'before choice 3 requests, 1 cookie, 1 storage write',
      'after reject 1 request, 1 cookie, 0 storage writes',
    ]);
    const ga = [...mount.el.querySelectorAll('.tree-site')].find((r) =>
      r.textContent?.includes('google-analytics.com'),
    );
    expect([...(ga?.querySelectorAll('.phase') ?? [])].map((b) => b.textContent)).toEqual(['1 after reject']);
    act(() => (ga instanceof HTMLElement ? ga.click() : undefined));
    act(() => mount.el.querySelector<HTMLElement>('.tree-host')?.click());
    expect(el('.tree-request .phase').textContent).toBe(T.phase['after-reject']);
    expect(el('.phase-after-reject').getAttribute('title')).toBe(T.phaseHint['after-reject']);
  });

  it('the phase filter narrows every list and combines with the third-party toggle', () => {
    show({ record: rejectedShop().record(), tabUrl: URL_ });
    expect(mount.texts('#requests .tree-site .name')).toHaveLength(4);
    mount.choose('phase', 'after-reject');
    expect(mount.texts('#requests .tree-site .name')).toEqual(['google-analytics.com']);
    expect(mount.texts('.row-cookie .name')).toEqual(['_ga_ABC123']);
    expect(el('#storage').textContent).toContain(T.noMatch);
    expect(el('#requests .count').textContent).toBe('1 of 4');
    mount.choose('phase', 'before-choice');
    expect(mount.texts('.row-cookie .name')).toEqual(['_ga']);
    act(() => mount.el.querySelector<HTMLInputElement>('input[name="third-party-only"]')?.click());
    expect(mount.texts('#requests .tree-site .name').sort()).toEqual(['cookiebot.com', 'googletagmanager.com']);
    mount.choose('phase', 'after-accept');
    expect(mount.el.querySelectorAll('.tree-site')).toHaveLength(0);
    mount.choose('phase', 'all');
    expect(mount.texts('#requests .tree-site .name').sort()).toEqual([
      'cookiebot.com',
      'google-analytics.com',
      'googletagmanager.com',
    ]);
  });
});

describe('findings', () => {
  it('shows the verdict first, findings most serious first, expandable, and who receives the data', () => {
    const record = rejectedShop().record();
    const knowledge = realKnowledge();
    const want = analyze(record, knowledge);
    show({ record, tabUrl: URL_, knowledge });
    const first = mount.el.querySelector('main')?.firstElementChild;
    expect(first?.classList.contains('verdict')).toBe(true);
    const v = want.summary.bySeverity;
    expect(v.violation).toBeGreaterThan(0);
    expect(first?.textContent).toContain(`${v.violation} violation`);
    expect(first?.textContent).toContain(want.findings[0]?.title ?? '?');

    const sev = mount.texts('.finding .sev');
    expect(sev).toHaveLength(want.findings.length);
    const rank = { violation: 0, warning: 1, info: 2 } as const;
    const order = sev.map((s) => (s === 'violation' ? rank.violation : s === 'warning' ? rank.warning : rank.info));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const after = [...mount.el.querySelectorAll('.finding')].find((d) =>
      d.textContent?.includes('after the visitor rejected'),
    );
    if (!(after instanceof HTMLDetailsElement)) throw new Error('no after-reject finding');
    expect(after.open).toBe(false);
    act(() => after.querySelector<HTMLElement>('summary')?.click());
    expect(after.open).toBe(true);
    expect(after.querySelector('.finding-body')?.textContent).toContain(T.fix);
    expect(after.querySelector('.evidence')?.textContent).toContain('/g/collect');

    const ga = [...mount.el.querySelectorAll('.tree-site')].find((r) =>
      r.textContent?.includes('google-analytics.com'),
    );
    expect(ga?.querySelector('.tracker-name')?.textContent).toBe('Google Analytics 4');
    expect(ga?.textContent).toContain('Google Ireland Limited');
    expect(ga?.textContent).toContain(`${T.servers} IE`);
  });

  it('says it is analysing while the knowledge loads', () => {
    show({ record: rejectedShop().record(), tabUrl: URL_, knowledge: null });
    expect(el('.verdict-counts').textContent).toBe(T.verdictPending);
    expect(el('.verdict-consent').textContent).toBe('Cookiebot · Rejected at +2.30 s');
    expect(mount.el.querySelector('#findings')).toBeNull();
  });

  it('renders a 5,000-request record with findings (time printed, not asserted)', () => {
    const knowledge = realKnowledge();
    const record = hugeRecord(5000, 500, 300);
    // Every third request goes to a known tracker with a public server IP, so matching and IP lookups really run.
    record.requests.forEach((q, i) => {
      if (i % 3 === 0)
        Object.assign(q, {
          url: `${HIT}&i=${i}`,
          host: 'region1.google-analytics.com',
          site: 'google-analytics.com',
          ip: '142.250.185.78',
        });
    });
    record.consent.choice = { action: 'reject', at: 2500, source: 'automation', via: 'autoconsent test' };
    const t0 = performance.now();
    show({ record, tabUrl: 'https://big.example/', knowledge });
    const ms = performance.now() - t0;
    console.log(`5,000-request record with analysis rendered in ${ms.toFixed(0)} ms`);
    expect(el('.verdict').textContent).not.toBe(T.verdictPending);
    expect(el('#requests .count').textContent).toBe('5,000');
    expect(mount.el.querySelectorAll('.finding').length).toBeGreaterThan(0);
    expect(mount.el.querySelectorAll('#requests .vrow').length).toBeLessThanOrEqual(40);
  });
});
