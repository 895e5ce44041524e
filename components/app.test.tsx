// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { App, type AppProps } from './app.tsx';
import { cookie, hugeRecord, smallRecord } from '../test/support/fixtures.ts';
import { T } from './strings.ts';
import { useTestRoot } from '../test/support/test-root.tsx';

const mount = useTestRoot();

function show(props: AppProps): void {
  mount.show(<App {...props} />);
}

function section(id: string): HTMLElement {
  const el = mount.el.querySelector<HTMLElement>(`#${id}`);
  if (!el) throw new Error(`no section ${id}`);
  return el;
}

function click(el: Element | null): void {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => {
    el.click();
  });
}

function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function toggleThirdParty(): void {
  const box = mount.el.querySelector<HTMLInputElement>('input[name="third-party-only"]');
  if (!box) throw new Error('no toggle');
  act(() => {
    box.click();
  });
}

describe('App with a small record', () => {
  it('shows the header, hosts grouped by site with party, and cookies', () => {
    show({ record: smallRecord(), tabUrl: 'https://www.shop.example/' });
    expect(mount.el.querySelector('h1')?.textContent).toBe('https://www.shop.example/');
    expect(mount.el.querySelector('.hdr-meta')?.textContent).toContain('shop.example');
    expect(mount.el.querySelector('.hdr-counts')?.textContent).toContain('5 requests (3 third-party)');

    const sites = mount.texts('.tree-site .name', section('requests'));
    expect(sites).toEqual(['shop.example', 'google-analytics.com', 'doubleclick.net']);
    const gaRow = mount.el.querySelectorAll('.tree-site')[1];
    expect(gaRow?.textContent).toContain('third party');
    expect(gaRow?.textContent).toContain('2 requests');
    expect(gaRow?.textContent).toContain('ping 1');
    expect(gaRow?.getAttribute('aria-expanded')).toBe('false');

    expect(mount.texts('.row-cookie .name')).toEqual(['pending_only', '_ga', 'IDE']); // time order
    const ide = [...mount.el.querySelectorAll('.row-cookie')].find((r) => r.textContent?.includes('IDE'));
    expect(ide?.textContent).toContain('HTTP header');
    expect(ide?.textContent).toContain('HttpOnly');
    expect(ide?.textContent).toContain('https://td.doubleclick.net/td/rul/1');
    expect(ide?.textContent).not.toContain(T.pageReportedOnly);
    expect(ide?.textContent).not.toContain(T.headerOnly);
    const pending = [...mount.el.querySelectorAll('.row-cookie')].find((r) => r.textContent?.includes('pending_only'));
    expect(pending?.textContent).toContain(T.pageReportedOnly);
    expect(pending?.querySelector('.chip-warn')?.getAttribute('title')).toBe(T.pageReportedOnlyHint);

    expect(mount.texts('.row-storage .name')).toEqual(['_hjSession']);
    expect(section('storage').textContent).toContain('localStorage');
    expect(section('beacons').textContent).toContain('/g/collect');
    expect(section('frames').textContent).toContain('td.doubleclick.net');
    expect(section('notes').textContent).toContain('dropped 2 malformed events');
  });

  it('expands a site to hosts and a host to its URLs, with type, status, IP and time', () => {
    show({ record: smallRecord(), tabUrl: 'https://www.shop.example/' });
    click(mount.el.querySelectorAll('.tree-site')[1] ?? null);
    expect(mount.el.querySelectorAll('.tree-site')[1]?.getAttribute('aria-expanded')).toBe('true');
    expect(mount.texts('.tree-host .name')).toEqual(['www.google-analytics.com']);
    click(mount.el.querySelector('.tree-host'));
    const urls = mount.texts('.tree-request .url');
    expect(urls).toEqual([
      'https://www.google-analytics.com/analytics.js',
      'https://www.google-analytics.com/g/collect?v=2',
    ]);
    const first = mount.el.querySelector('.tree-request');
    expect(first?.textContent).toContain('script');
    expect(first?.textContent).toContain('200');
    expect(first?.textContent).toContain('142.250.1.1');
    expect(first?.textContent).toContain('+200 ms');
    click(mount.el.querySelectorAll('.tree-site')[1] ?? null);
    expect(mount.el.querySelectorAll('.tree-request')).toHaveLength(0);
  });

  it('third-party toggle hides first-party rows everywhere', () => {
    show({ record: smallRecord(), tabUrl: 'https://www.shop.example/' });
    toggleThirdParty();
    expect(mount.texts('.tree-site .name')).toEqual(['google-analytics.com', 'doubleclick.net']);
    expect(mount.texts('.row-cookie .name')).toEqual(['IDE']);
    expect(mount.el.querySelectorAll('.row-storage')).toHaveLength(0);
    expect(section('requests').querySelector('.count')?.textContent).toBe('3 of 5');
    expect(section('storage').textContent).toContain(T.noMatch);
    toggleThirdParty();
    expect(mount.texts('.tree-site .name')).toHaveLength(3);
  });

  it('search filters hosts and cookie names', () => {
    show({ record: smallRecord(), tabUrl: 'https://www.shop.example/' });
    const input = mount.el.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search');
    type(input, 'DoubleClick');
    expect(mount.texts('.tree-site .name')).toEqual(['doubleclick.net']);
    expect(mount.texts('.row-cookie .name')).toEqual(['IDE']);
    type(input, '_ga');
    expect(mount.texts('.tree-site .name')).toEqual([]);
    expect(mount.texts('.row-cookie .name')).toEqual(['_ga']);
    type(input, '');
    expect(mount.texts('.row-cookie .name')).toHaveLength(3);
  });

  it('marks a Set-Cookie the browser never confirmed differently from a page-only report', () => {
    const r = smallRecord();
    r.cookies.push(
      cookie({
        name: 'rejected',
        domain: 'ads.example',
        setBy: 'http',
        confirmedBy: [],
        setByUrl: 'https://ads.example/px',
      }),
    );
    show({ record: r, tabUrl: 'https://www.shop.example/' });
    const row = [...mount.el.querySelectorAll('.row-cookie')].find((x) => x.textContent?.includes('rejected'));
    expect(row?.textContent).toContain(T.headerOnly);
    expect(row?.textContent).not.toContain(T.pageReportedOnly);
  });

  it('renders page-controlled strings as text, never as markup', () => {
    const r = smallRecord();
    const evil = '"><img src=x onerror=alert(1)>';
    r.cookies.push(cookie({ name: evil, domain: '<b>x</b>.example', script: '<script>alert(1)</script>' }));
    const ga = r.requests[2];
    if (!ga) throw new Error('fixture');
    r.requests[2] = { ...ga, url: 'https://www.google-analytics.com/<img src=y>' };
    show({ record: r, tabUrl: 'https://www.shop.example/' });
    click(mount.el.querySelectorAll('.tree-site')[1] ?? null);
    click(mount.el.querySelector('.tree-host'));
    expect(mount.el.querySelector('img')).toBeNull();
    expect(mount.el.querySelector('script')).toBeNull();
    expect(mount.el.querySelector('b')).toBeNull();
    expect(mount.texts('.row-cookie .name')).toContain(evil);
    expect(mount.el.textContent).toContain('https://www.google-analytics.com/<img src=y>');
  });

  it('explains a partial recording', () => {
    const r = smallRecord();
    r.partial = true;
    show({ record: r, tabUrl: 'https://www.shop.example/' });
    expect(mount.el.querySelector('.banner')?.textContent).toBe(T.partial);
    expect(section('notes').textContent).toContain(T.partial);
  });

  it('re-renders with a newer record (live push)', () => {
    const r = smallRecord();
    show({ record: r, tabUrl: 'https://www.shop.example/', status: 'live' });
    const next = smallRecord();
    next.cookies.push(cookie({ name: 'late', domain: 'late.example' }));
    show({ record: next, tabUrl: 'https://www.shop.example/', status: 'live' });
    expect(mount.texts('.row-cookie .name')).toContain('late');
    expect(mount.el.querySelector('.live')?.textContent).toBe(T.live);
  });
});

describe('App with a huge record', () => {
  it('renders only a window of rows for 5,000 requests and 500 cookies', () => {
    // Render time is the bench's job (popup first render), not a timed assertion here.
    show({ record: hugeRecord(5000, 500, 300), tabUrl: 'https://big.example/' });
    expect(mount.el.querySelector('.hdr-counts')?.textContent).toContain('5,000 requests');
    expect(section('requests').querySelector('.count')?.textContent).toBe('5,000');
    expect(section('cookies').querySelector('.count')?.textContent).toBe('500');
    // 300 site rows and 500 cookies, but each list shows only what fits plus overscan.
    expect(section('requests').querySelectorAll('.vrow').length).toBeLessThanOrEqual(40);
    expect(section('cookies').querySelectorAll('.vrow').length).toBeLessThanOrEqual(40);
    expect(section('beacons').querySelectorAll('.vrow').length).toBeLessThanOrEqual(40);
    expect(mount.el.querySelectorAll('.vrow').length).toBeLessThan(150);

    click(mount.el.querySelector('.tools button'));
    expect(section('requests').querySelector('.vlist')?.getAttribute('role')).toBe('list');
    expect(section('requests').querySelectorAll('.vrow').length).toBeLessThanOrEqual(40);
    const last = [...section('requests').querySelectorAll('.vrow')].at(-1);
    expect(Number(last?.getAttribute('aria-setsize'))).toBe(5000 + 300 + 300);
  });
});

describe('App states', () => {
  it.each([
    ['chrome://extensions/', /browser or extension page/],
    ['about:blank', /about:/],
    ['file:///tmp/a.html', /Local files/],
    ['https://chromewebstore.google.com/detail/x', /Chrome Web Store/],
    ['https://addons.mozilla.org/', /Firefox/],
  ])('says plainly that %s cannot be audited', (url, reason) => {
    show({ record: smallRecord(), tabUrl: url });
    expect(mount.el.querySelector('h1')?.textContent).toBe(T.cannotAuditTitle);
    expect(mount.el.querySelector('.reason')?.textContent).toMatch(reason);
    expect(mount.el.querySelector('#requests')).toBeNull();
  });

  it.each([
    ['no record', null],
    ['before the first push', undefined],
  ])('shows the empty state with %s', (_name, record) => {
    show({ record, tabUrl: 'https://www.shop.example/' });
    expect(mount.el.querySelector('.empty')?.textContent).toBe(T.empty);
    expect(mount.el.querySelector('#requests')).toBeNull();
  });

  it('does not judge auditability while the tab URL is unknown', () => {
    show({ record: smallRecord() });
    expect(mount.el.querySelector('#requests')).not.toBeNull();
  });
});
