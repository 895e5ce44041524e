// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge } from '../test/support/findings.ts';
import { buildView } from '../utils/view/record-view.ts';
import { NO_FILTER } from '../utils/view/view-filter.ts';
import { App, type AppProps } from './app.tsx';
import { hugeRecord } from '../test/support/fixtures.ts';
import { T } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';
import { viewMarks } from './view-marks.ts';
import { euUsShop, SHOP_URL, US_IP } from '../test/support/visit-fixtures.ts';

const DE_IP = '81.169.145.1'; // registry country verified in utils/knowledge/ip-country.test.ts

const mount = useTestRoot();

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

function box(name: string): HTMLInputElement {
  const b = mount.el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!b) throw new Error(`no checkbox ${name}`);
  return b;
}

function toggle(name: string): void {
  act(() => box(name).click());
}

function count(id: string): string {
  return mount.el.querySelector(`#${id} .count`)?.textContent ?? '';
}

describe('view marks from the analysis', () => {
  const record = euUsShop();
  const knowledge = realKnowledge();
  const marks = viewMarks(record, analyze(record, knowledge), knowledge);

  it('marks Mixpanel (US company) and Google Ireland (IE servers, US parent) as non-EU, first-party items not', () => {
    expect([...marks.nonEu.requests].map((r) => r.host).sort()).toEqual([
      'api-js.mixpanel.com',
      'cdn.mxpnl.com',
      'region1.google-analytics.com',
      'www.googletagmanager.com',
    ]);
    // The cookies are first-party, but their owners' data goes to the US (Mixpanel, Inc.; Google LLC as parent).
    expect([...marks.nonEu.cookies].map((c) => c.name).sort()).toEqual(['_ga', 'mp_0123456789abcdef_mixpanel']);
    expect(marks.nonEu.storage.size).toBe(0);
  });

  it('marks trackers: known tracking services, tracking cookies and storage, never the CMP or necessary cookies', () => {
    expect([...marks.trackers.requests].map((r) => r.host).sort()).toEqual([
      'api-js.mixpanel.com',
      'cdn.mxpnl.com',
      'region1.google-analytics.com',
      'www.googletagmanager.com',
    ]);
    expect([...marks.trackers.cookies].map((c) => c.name).sort()).toEqual(['_ga', 'mp_0123456789abcdef_mixpanel']);
    expect([...marks.trackers.storage].map((s) => s.key)).toEqual(['_hjSession']);
  });

  it('buildView applies them and combines them with the other filters', () => {
    const both = buildView(record, { ...NO_FILTER, nonEuOnly: true, trackersOnly: true }, marks);
    expect(both.requestCount).toBe(4);
    const rejectNonEu = buildView(record, { ...NO_FILTER, nonEuOnly: true, phase: 'after-reject' }, marks);
    expect(rejectNonEu.sites.map((s) => s.site)).toEqual(['mixpanel.com']);
    // Without marks (no analysis) the two flags do not filter.
    expect(buildView(record, { ...NO_FILTER, nonEuOnly: true, trackersOnly: true }).requestCount).toBe(
      record.requests.length,
    );
  });
});

describe('non-EU and tracker filters in the popup', () => {
  it('narrow requests, cookies, storage and companies, with real counts', () => {
    const record = euUsShop();
    show({ record, tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const total = record.requests.length;
    expect(count('requests')).toBe(String(total));
    expect(mount.texts('#companies .company-name')).toEqual([
      'Google Ireland Limited',
      'Mixpanel, Inc.',
      'Usercentrics A/S',
    ]);

    toggle('non-eu-only');
    expect(box('non-eu-only').checked).toBe(true);
    expect(mount.texts('#requests .tree-site .name')).toEqual([
      'google-analytics.com',
      'googletagmanager.com',
      'mixpanel.com',
      'mxpnl.com',
    ]);
    expect(count('requests')).toBe(`4 of ${total}`);
    expect(mount.texts('.row-cookie .name').sort()).toEqual(['_ga', 'mp_0123456789abcdef_mixpanel']);
    expect(count('storage')).toBe('0 of 2');
    expect(mount.texts('#companies .company-name')).toEqual(['Google Ireland Limited', 'Mixpanel, Inc.']);

    toggle('non-eu-only');
    toggle('trackers-only');
    expect(mount.texts('#requests .tree-site .name')).toEqual([
      'google-analytics.com',
      'googletagmanager.com',
      'mixpanel.com',
      'mxpnl.com',
    ]);
    expect(mount.texts('.row-cookie .name')).toEqual(['_ga', 'mp_0123456789abcdef_mixpanel']);
    expect(mount.texts('.row-storage .name')).toEqual(['_hjSession']);
    expect(mount.texts('#companies .company-name')).toEqual(['Google Ireland Limited', 'Mixpanel, Inc.']);

    toggle('third-party-only');
    expect(mount.texts('.row-cookie .name')).toEqual([]);
    expect(count('cookies')).toBe('0 of 3');
    toggle('trackers-only');
    toggle('third-party-only');
    expect(count('requests')).toBe(String(total));
  });

  it('are disabled, with a hint, until the analysis is there', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: null });
    expect(box('non-eu-only').disabled).toBe(true);
    expect(box('trackers-only').disabled).toBe(true);
    expect(box('third-party-only').disabled).toBe(false);
    expect(mount.el.querySelector('#filters-pending')?.textContent).toBe(T.needsAnalysis);
    expect(box('non-eu-only').getAttribute('aria-describedby')).toBe('filters-pending');
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    expect(box('non-eu-only').disabled).toBe(false);
    expect(mount.el.querySelector('#filters-pending')).toBeNull();
  });
});

describe('long lists', () => {
  it('5,000 requests and 500 cookies: only a window of rows, and the filters still count every item', () => {
    const knowledge = realKnowledge();
    const record = hugeRecord(5000, 500, 300);
    // Every tenth request and cookie belongs to a US tracker on US servers, the other requests to an EEA company on EEA
    // servers (an unknown site would stay in: "not known" is never hidden as EU/EEA).
    record.requests.forEach((q, i) => {
      if (i % 10 === 0)
        Object.assign(q, {
          url: `https://api-js.mixpanel.com/track/?i=${i}`,
          host: 'api-js.mixpanel.com',
          site: 'mixpanel.com',
          ip: US_IP,
        });
      else
        Object.assign(q, {
          url: `https://static.criteo.net/p?i=${i}`,
          host: 'static.criteo.net',
          site: 'criteo.net',
          ip: DE_IP,
        });
    });
    record.cookies.forEach((c, i) => {
      if (i % 10 === 0) Object.assign(c, { name: `mp_${i}_mixpanel`, domain: '.mixpanel.com' });
    });
    show({ record, tabUrl: 'https://big.example/', knowledge });
    expect(count('requests')).toBe('5,000');
    expect(count('cookies')).toBe('500');
    expect(mount.el.querySelectorAll('#cookies .vrow').length).toBeLessThanOrEqual(40);
    expect(mount.el.querySelectorAll('#requests .vrow').length).toBeLessThanOrEqual(40);

    // Its speed is a bench row (npm run bench, part 5: the filter change), never a timed assertion here.
    toggle('non-eu-only');
    expect(count('requests')).toBe('500 of 5,000');
    expect(count('cookies')).toBe('50 of 500');
    expect(mount.texts('#requests .tree-site .name')).toEqual(['mixpanel.com']);
    // 50 cookies render whole (under the window threshold); the request tree expands into 500 rows, windowed.
    expect(mount.el.querySelectorAll('#cookies .vrow')).toHaveLength(50);
    act(() => mount.el.querySelector<HTMLElement>('#requests .tools button')?.click());
    const rows = mount.el.querySelectorAll('#requests .vrow');
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[rows.length - 1]?.getAttribute('aria-setsize')).toBe(String(500 + 2));

    const search = mount.el.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search');
    act(() => {
      search.value = 'i=4990';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(count('requests')).toBe('1 of 5,000');
  });
});
