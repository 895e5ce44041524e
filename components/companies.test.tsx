// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, Visit } from '../test/support/findings.ts';
import { App, type AppProps } from './app.tsx';
import { companiesOf } from './companies.ts';
import { zoneOf } from './country-tag.tsx';
import { useTestRoot } from '../test/support/test-root.tsx';
import { euUsShop, namedOnlyShop, SHOP_URL, US_IP } from '../test/support/visit-fixtures.ts';

const mount = useTestRoot();

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

function company(name: string): HTMLDetailsElement {
  const d = [...mount.el.querySelectorAll('#companies .company')].find(
    (c) => c.querySelector('.company-name')?.textContent === name,
  );
  if (!(d instanceof HTMLDetailsElement)) throw new Error(`no company ${name}`);
  return d;
}

function zones(el: Element): string[] {
  return [...el.querySelectorAll('summary .zone')].map((z) => z.textContent ?? '');
}

function withUnknown(): Visit {
  const v = new Visit(SHOP_URL)
    .req('https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js', 50, { ip: US_IP })
    .req('https://stats.unknown-counter.example/hit.gif?uid=8f14e45fceea167a5a36dedd4bea2543', 90, {
      type: 'image',
      ip: US_IP,
    });
  return v;
}

describe('zoneOf', () => {
  it.each([
    ['IE', null, 'eu'],
    ['NO', null, 'eu'],
    ['CH', null, 'adequate'],
    ['GB', null, 'adequate'],
    ['US', true, 'dpf'],
    ['US', false, 'non-eu'],
    ['US', null, 'dpf-unknown'],
    ['CN', null, 'non-eu'],
    [null, null, 'unknown'],
    ['not a country', true, 'unknown'],
  ] as const)('%s (DPF %s) → %s', (code, dpf, zone) => {
    expect(zoneOf(code, dpf)).toBe(zone);
  });
});

describe('companiesOf', () => {
  it("groups a company's sites, adds up requests per phase, keeps countries and categories", () => {
    const groups = companiesOf(analyze(euUsShop(), realKnowledge()));
    const google = groups.find((g) => g.name === 'Google Ireland Limited');
    expect(google?.sites.sort()).toEqual(['google-analytics.com', 'googletagmanager.com']);
    expect(google?.categories.sort()).toEqual(['analytics', 'tag-manager']);
    expect(google?.country).toBe('IE');
    expect(google?.serverCountries).toEqual(['IE']);
    expect(google?.requests).toEqual({ 'before-choice': 2, 'after-reject': 0, 'after-accept': 0, total: 2 });
    // IE seat and IE servers, but the data goes to the US parent Google LLC.
    expect(google?.nonEu).toBe(true);
    expect(google?.transferCountries).toEqual(['US']);
    const mixpanel = groups.find((g) => g.name === 'Mixpanel, Inc.');
    expect(mixpanel?.requests).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0, total: 2 });
    expect(mixpanel?.nonEu).toBe(true);
    expect(mixpanel?.tracking).toBe(true);
    expect(groups.find((g) => g.name === 'Usercentrics A/S')?.tracking).toBe(false);
  });
});

describe('third parties by company', () => {
  it('lists each company with category, company and server country marked EU/non-EU in words, requests and phases', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const google = company('Google Ireland Limited');
    expect(zones(google)).toEqual(['IE EU/EEA', 'IE EU/EEA']);
    expect(google.querySelector('summary')?.textContent).toContain('analytics');
    expect(google.querySelector('summary')?.textContent).toContain('2 requests');
    const mixpanel = company('Mixpanel, Inc.');
    // Mixpanel, Inc. has no verified DPF entry: "not known", never "DPF" or "not certified".
    expect(zones(mixpanel)).toEqual(['US DPF not known', 'US DPF not known']);
    expect(mixpanel.classList.contains('company-non-eu')).toBe(true);
    expect([...mixpanel.querySelectorAll('summary .phase')].map((b) => b.textContent)).toEqual([
      '1 before choice',
      '1 after reject',
    ]);
    expect(mixpanel.querySelector('.zone')?.getAttribute('title')).toContain('United States');
    expect(zones(company('Usercentrics A/S'))).toEqual(['DK EU/EEA', 'DE EU/EEA']);
  });

  it('opens to services, hosts and the transfer verdict; the summary is the keyboard target', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const google = company('Google Ireland Limited');
    expect(google.open).toBe(false);
    const summary = google.querySelector('summary');
    expect(summary).not.toBeNull();
    act(() => summary?.click());
    expect(google.open).toBe(true);
    const body = google.querySelector('.company-body')?.textContent ?? '';
    expect(body).toContain('Google Analytics 4');
    expect(body).toContain('www.googletagmanager.com');
    expect(body).toContain('Data goes to');
    // data/dpf-evidence.ts cites Google LLC's DPF certification.
    expect(body).toContain(
      'Google Ireland Limited (IE, EEA) → data processed by Google LLC (US): third-country transfer, covered by the EU-US DPF (Google LLC certified, adequacy decision of 10 July 2023)',
    );
  });

  it('keeps a site the dataset does not know under its own name, marked as such', () => {
    show({ record: withUnknown().record(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const unknown = company('unknown-counter.example');
    expect(unknown.textContent).toMatch(/tracking suspected|not in the dataset/);
    expect(zones(unknown)).toEqual(['US DPF not known']);
  });

  it('names a company only third-party-web knows, with "country not known" rather than as unknown', () => {
    show({ record: namedOnlyShop(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const fb = company('InsideMetrics');
    expect(fb.textContent).toContain('named by third-party-web');
    expect(fb.textContent).toContain('country not known');
    expect(fb.textContent).not.toContain('not in the dataset');
    // The seat from data/entities.ts is shown as a country like the own data's.
    expect(zones(company('Doofinder, S.L.'))[0]).toBe('ES EU/EEA');
    expect(company('nobody-knows.example').textContent).toContain('not in the dataset');
  });

  it('follows the phase filter', () => {
    show({ record: euUsShop(), tabUrl: SHOP_URL, knowledge: realKnowledge() });
    const select = mount.el.querySelector<HTMLSelectElement>('select[name="phase"]');
    act(() => {
      if (!select) return;
      select.value = 'after-reject';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([...mount.el.querySelectorAll('#companies .company-name')].map((e) => e.textContent)).toEqual([
      'Mixpanel, Inc.',
    ]);
    expect(mount.el.querySelector('#companies .count')?.textContent).toBe('1 of 3');
  });
});
