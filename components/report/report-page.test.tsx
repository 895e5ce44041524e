// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '../../utils/export/types.ts';
import { analyze, type Analysis } from '../../utils/findings/index.ts';
import { realKnowledge, Visit } from '../../test/support/findings.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { ToolInfo } from '../../utils/export/report.ts';
import { cookie, hugeRecord, req, storageEntry } from '../../test/support/fixtures.ts';
import { useTestRoot } from '../../test/support/test-root.tsx';
import { REVOKE_AFTER_MS } from './download.ts';
import { PAGE_SIZE } from './pager.tsx';
import { ReportPage, type ReportPageProps } from './report-page.tsx';
import { DE, EN } from './strings.ts';
import { CHART, PLOT_WIDTH } from './timeline-chart.tsx';

const mount = useTestRoot();
const EVIL = '"><img src=x onerror=alert(1)>';
const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '9.8.7',
  data: {
    trackers: '2026.11.29',
    ipTable: { source: '@ip-location-db/geo-whois-asn-country', version: '2.3.1', built: '2026-11-29' },
  },
  browser: { name: 'Chrome', version: '131.0.1' },
};

/** A shop page: GA before the choice, a reject at 2.4 s, then more tracking until 4.8 s. */
function shopRecord(): PageRecord {
  const v = new Visit('https://www.shop.example/', '81.169.145.1')
    .req('https://www.shop.example/app.js', 100)
    .req('https://www.googletagmanager.com/gtag/js?id=G-1', 300, { ip: '142.250.185.78' })
    .req('https://www.google-analytics.com/g/collect?v=2&tid=G-1', 900, { type: 'ping', ip: '142.250.185.78' })
    .scriptCookie('_ga', 'GA1.1.123456789.1700000000', 950, 'https://www.googletagmanager.com/gtag/js?id=G-1')
    .choice('reject', 2400)
    .req('https://connect.facebook.net/en_US/fbevents.js', 3000, { ip: '157.240.0.35' })
    .req('https://www.facebook.com/tr?id=1&ev=PageView', 4800, { type: 'image', ip: '157.240.0.35' });
  const r = v.record();
  r.cookies.push(
    cookie({ name: EVIL, domain: 'shop.example', party: 'first', setBy: 'script', t: r.startedAt + 1000, value: EVIL }),
  );
  r.storage.push(
    storageEntry({ key: EVIL, origin: 'https://www.shop.example', host: 'www.shop.example', t: r.startedAt + 1100 }),
  );
  r.requests.push(
    req({
      id: 'evil',
      url: `https://www.shop.example/q?x=${encodeURIComponent(EVIL)}`,
      host: 'www.shop.example',
      site: 'shop.example',
      party: 'first',
      t: r.startedAt + 1200,
    }),
  );
  r.errors.push({ t: r.startedAt + 1300, where: 'page-events', message: EVIL });
  return r;
}

function props(record: PageRecord, lang: Lang = 'en', over: Partial<ReportPageProps> = {}): ReportPageProps {
  const analysis: Analysis = analyze(record, realKnowledge(), { lang });
  return { record, analysis, tool: TOOL, finishedAt: record.startedAt + 6000, lang, ...over };
}

function show(p: ReportPageProps): void {
  mount.show(<ReportPage {...p} />);
}

function el<T extends Element = HTMLElement>(sel: string, within?: ParentNode): T {
  return mount.find<T>(sel, within);
}

function openRequests(): void {
  const details = el<HTMLDetailsElement>('#requests details');
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

function click(target: Element): void {
  if (!(target instanceof HTMLElement)) throw new Error('not clickable');
  act(() => {
    target.click();
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('ReportPage in English', () => {
  it('shows the tested URL, times, verdict summary by phase and the consent facts', () => {
    const record = shopRecord();
    const p = props(record);
    show(p);
    expect(el('h1').textContent).toContain('https://www.shop.example/');
    expect(el('.started').textContent).toBe('2023-11-14 22:13:20 UTC');
    expect(el('.finished').textContent).toContain('2023-11-14 22:13:26 UTC');
    expect(el('.finished').textContent).toContain('6.0 s');
    const verdict = el('.verdict');
    expect(verdict.textContent).toContain(EN.verdict.violations);
    const b = p.analysis.summary.bySeverity;
    expect(b.violation).toBeGreaterThan(0);
    expect(verdict.textContent).toContain(EN.verdictCounts(b.violation, b.warning, b.info));
    // The matrix row of violations adds up per phase to the total.
    const row = el('#summary .sev-row-violation');
    const cells = mount.texts('td', row).map((x) => Number(x));
    expect(cells.slice(0, 4).reduce((x, y) => x + y, 0)).toBe(b.violation);
    expect(cells[4]).toBe(b.violation);
    expect(p.analysis.findings.some((f) => f.phase === 'after-reject' && f.severity === 'violation')).toBe(true);
    expect(cells[1]).toBeGreaterThan(0); // after reject
    const consent = el('#consent').textContent ?? '';
    expect(consent).toContain('Rejected 2.4 s after page start');
    expect(consent).toContain('test reject button');
    expect(consent).toContain(EN.cleanNo);
  });

  it('lists findings most serious first, each as a card with all its evidence', () => {
    const p = props(shopRecord());
    show(p);
    const cards = [...mount.el.querySelectorAll('.finding-card')];
    expect(cards).toHaveLength(p.analysis.findings.length);
    const ranks = cards.map((c) =>
      ['sev-violation', 'sev-warning', 'sev-info'].findIndex((k) => c.classList.contains(k)),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const fb = p.analysis.findings.find(
      (f) => f.rule === 'tracking-after-reject' && f.subject.host === 'www.facebook.com',
    );
    expect(fb).toBeDefined();
    const card = cards.find((c) => c.querySelector('h3')?.textContent === fb?.title);
    expect(card?.querySelectorAll('.evidence > li')).toHaveLength(fb?.evidence.items.length ?? -1);
    expect(card?.textContent).toContain('https://www.facebook.com/tr?id=1&ev=PageView');
    expect(card?.querySelector('.url')?.classList.contains('mono')).toBe(true);
    expect(card?.textContent).toContain(EN.why);
    expect(card?.textContent).toContain(fb?.fix ?? '?');
    // headings in order: h1, then h2 per section, h3 per finding
    const levels = [...mount.el.querySelectorAll('h1, h2, h3')].map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
  });

  it('draws the timeline with bars per phase and the choice marker at its time', () => {
    const p = props(shopRecord());
    show(p);
    const svg = el<SVGSVGElement>('#timeline svg.timeline-chart');
    const line = el<SVGLineElement>('.marker-line', svg);
    // Requests run to 4.8 s, so the axis spans 4.8 s and the reject at 2.4 s sits mid-plot.
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(CHART.left + PLOT_WIDTH / 2, 1);
    expect(el('.marker-label', svg).textContent).toBe('Rejected at 2.4 s');
    const before = [...svg.querySelectorAll('rect.bar-before-choice')].map((r) => Number(r.getAttribute('x')));
    const after = [...svg.querySelectorAll('rect.bar-after-reject')].map((r) => Number(r.getAttribute('x')));
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    const x = Number(line.getAttribute('x1'));
    expect(Math.max(...before)).toBeLessThan(x);
    expect(Math.min(...after)).toBeGreaterThanOrEqual(x);
    expect(el('rect.bar-after-reject', svg).getAttribute('fill')).toMatch(/^url\(#tl-after-reject\)$/);
    expect(svg.querySelector('pattern#tl-after-reject')).not.toBeNull();
    expect(mount.texts('.legend li')).toEqual([
      ...Object.values(EN.phase).map((x) => ` ${x}`),
      ` ${EN.legendThirdParty}`,
    ]);
    expect(mount.texts('.tick .axis-label', svg)).toEqual(['0 s', '1 s', '2 s', '3 s', '4 s']);
    // One level mark per bucket with third-party requests, at the height of their count.
    const marks = [...svg.querySelectorAll('line.third-mark')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.querySelector('title')?.textContent ?? '').every((t) => /: 1 third-party/.test(t))).toBe(
      true,
    );
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('lists third parties with company and country, cookies and storage', () => {
    const p = props(shopRecord());
    show(p);
    const tp = el('#third-parties table');
    expect(tp.textContent).toContain('facebook.com');
    expect(tp.textContent).toMatch(/Meta Platforms/);
    expect(mount.texts('#third-parties thead th')[0]).toBe(EN.colSite);
    expect(
      [...mount.el.querySelectorAll('th')].every(
        (th) => th.getAttribute('scope') === 'col' || th.getAttribute('scope') === 'row',
      ),
    ).toBe(true);
    expect(mount.texts('#cookies tbody th')).toContain('_ga');
    expect(el('#cookies').textContent).toContain(EN.purposes.analytics);
    expect(el('#notes').textContent).toContain(EVIL);
    expect(el('.report-footer').textContent).toContain('consent-auditor 9.8.7');
    expect(el('.report-footer').textContent).toContain('Chrome 131.0.1');
    expect(el('.report-footer').textContent).toContain('@ip-location-db/geo-whois-asn-country 2.3.1');
    expect(el('.report-footer').textContent).toContain('CC BY 4.0');
    expect(el('.report-footer').textContent).toContain(EN.localOnly);
  });

  it('renders everything taken from the page as text: no element is injected', () => {
    show(props(shopRecord()));
    openRequests();
    expect(mount.el.querySelector('img')).toBeNull();
    expect(mount.el.querySelector('[onerror]')).toBeNull();
    expect(mount.texts('#cookies tbody th')).toContain(EVIL);
    expect(mount.texts('#storage tbody th')).toContain(EVIL);
    expect(el('#requests').textContent).toContain(`q?x=${encodeURIComponent(EVIL)}`);
    expect(mount.el.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('ReportPage in German', () => {
  it('labels sections, the verdict and the choice marker in German, with German finding texts', () => {
    const p = props(shopRecord(), 'de');
    show(p);
    expect(mount.texts('h2')).toEqual(
      expect.arrayContaining([DE.summary, DE.consent, DE.timeline, expect.stringContaining(DE.findings), DE.about]),
    );
    expect(el('.verdict').textContent).toContain(DE.verdict.violations);
    expect(el('.marker-label').textContent).toBe('Abgelehnt nach 2,4 s');
    expect(el('#consent').textContent).toContain('Abgelehnt 2,4 s nach Seitenstart');
    expect(el('.started').textContent).toBe('14.11.2023, 22:13:20 UTC');
    const titles = mount.texts('.finding-card h3');
    expect(titles).toEqual(expect.arrayContaining(p.analysis.findings.map((f) => f.title)));
    const en = analyze(p.record, realKnowledge(), { lang: 'en' });
    expect(titles).not.toEqual(expect.arrayContaining(en.findings.map((f) => f.title)));
    expect(el('[data-print]').textContent).toBe(DE.print);
    expect(el('.report-footer').textContent).toContain(DE.localOnly);
  });
});

describe('ReportPage with 5,000 requests', () => {
  it('keeps the requests collapsed, then pages them: never 5,000 rows in the DOM', () => {
    const record = hugeRecord(5000, 600, 40);
    show(props(record));
    expect(mount.el.querySelectorAll('.row-request')).toHaveLength(0);
    expect(el('#requests summary').textContent).toBe(EN.showRequests(5000));
    openRequests();
    expect(mount.el.querySelectorAll('.row-request')).toHaveLength(PAGE_SIZE);
    expect(el('#requests .pager-pos').textContent).toBe('Rows 1–250 of 5,000');
    const next = [...mount.el.querySelectorAll('#requests .pager button')].find((b) => b.textContent === EN.next);
    if (!next) throw new Error('no next button');
    click(next);
    expect(el('#requests .pager-pos').textContent).toBe('Rows 251–500 of 5,000');
    expect(el('#requests .row-request th').textContent).toBe('https://t10.tracker10.example/p?i=250');
    // 600 cookies are paged too; the timeline has one bar group per bucket, not per request.
    expect(mount.el.querySelectorAll('.row-cookie')).toHaveLength(PAGE_SIZE);
    expect(mount.el.querySelectorAll('#timeline rect.bar').length).toBeLessThanOrEqual(60 * 3);
  });
});

describe('ReportPage exports', () => {
  it('builds the bundle on the first click and downloads the JSON report as a Blob with integrity', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      if (b instanceof Blob) blobs.push(b);
      return `blob:test/${blobs.length}`;
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.getAttribute('href') ?? ''}`);
    });
    const p = props(shopRecord());
    show(p);
    expect(el('.report-sha').textContent).toContain(EN.shaPending);
    await act(async () => {
      el('[data-export="json"]').click();
      await vi.waitFor(() => expect(blobs).toHaveLength(1));
    });
    expect(create).toHaveBeenCalledTimes(1);
    expect(clicks[0]).toMatch(/^consent-audit-www\.shop\.example-.*\.json blob:test\/1$/);
    const blob = blobs[0];
    if (!blob) throw new Error('no blob');
    expect(blob.type).toBe('application/json');
    const json: unknown = JSON.parse(await blob.text());
    expect(json).toMatchObject({
      format: 'consent-auditor-report',
      url: 'https://www.shop.example/',
      integrity: { algorithm: 'SHA-256' },
    });
    const sha = el('.report-sha code.hash').textContent ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(json)).toContain(`"body":"${sha}"`);
    expect(el('.export-msg').textContent).toContain('Download started');
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it('builds the bundle once per analysis and hands each kind to onExport', async () => {
    const files: ExportFile[] = [];
    const p = props(shopRecord(), 'en', { onExport: (f) => files.push(f) });
    const build = vi.fn(p.buildBundle ?? (await import('../../utils/export/index.ts')).buildExportBundle);
    show({ ...p, buildBundle: build });
    for (const kind of ['har', 'csv-cookies', 'html'] as const) {
      await act(async () => {
        el(`[data-export="${kind}"]`).click();
        await vi.waitFor(() => expect(files.at(-1)?.kind).toBe(kind));
      });
    }
    expect(build).toHaveBeenCalledTimes(1);
    const har: unknown = JSON.parse(files[0]?.text ?? '');
    expect(har).toMatchObject({ log: { version: '1.2' } });
    expect(files[1]?.text).toContain(EVIL.replace(/"/g, '""'));
    expect(files[2]?.text).not.toContain('<img src=x');
  });

  it('says so when the export fails, and tries again on the next click', async () => {
    let fail = true;
    const real = (await import('../../utils/export/index.ts')).buildExportBundle;
    const files: ExportFile[] = [];
    show(
      props(shopRecord(), 'en', {
        onExport: (f) => files.push(f),
        buildBundle: (input) => (fail ? Promise.reject(new Error('disk full')) : real(input)),
      }),
    );
    click(el('[data-export="json"]'));
    await vi.waitFor(() => expect(el('.export-msg').textContent).toContain('disk full'));
    expect(el('.export-msg').getAttribute('role')).toBe('alert');
    expect(files).toHaveLength(0);
    fail = false;
    await vi.waitFor(() => expect(el<HTMLButtonElement>('[data-export="json"]').disabled).toBe(false));
    click(el('[data-export="json"]'));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(el('.export-msg').getAttribute('role')).toBe('status');
  });
});
