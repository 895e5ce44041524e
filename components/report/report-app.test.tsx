// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import { realKnowledge, Visit } from '../../test/support/findings.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { req } from '../../test/support/fixtures.ts';
import { useTestRoot } from '../../test/support/test-root.tsx';
import { openPageNote } from '../../utils/export/index.ts';
import type { ExportFile } from '../../utils/export/types.ts';
import { ReportApp, type ReportAppProps } from './report-app.tsx';
import { DE, EN } from './strings.ts';
import { toolInfoOf } from './tool-info.ts';

const mount = useTestRoot();
const TOOL = toolInfoOf({
  version: '1.2.3',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.6778.85 Safari/537.36',
  ipMeta: null,
});

function visitRecord(): PageRecord {
  return new Visit()
    .req('https://www.google-analytics.com/g/collect?v=2', 500, { type: 'ping', ip: '142.250.185.78' })
    .choice('accept', 1500)
    .req('https://connect.facebook.net/en_US/fbevents.js', 2000, { ip: '157.240.0.35' })
    .record();
}

function base(over: Partial<ReportAppProps> = {}): ReportAppProps {
  return {
    latest: visitRecord(),
    knowledge: realKnowledge(),
    tool: TOOL,
    initialLang: 'en',
    tabId: 7,
    now: () => 1_700_000_010_000,
    ...over,
  };
}

function show(p: ReportAppProps): void {
  mount.show(<ReportApp {...p} />);
}

function button(text: string): HTMLButtonElement {
  const b = [...mount.el.querySelectorAll('button')].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
}

describe('ReportApp', () => {
  it('waits for a record, says when there is none, and when no tab was given', () => {
    show(base({ latest: undefined }));
    expect(mount.el.textContent).toContain(EN.waiting);
    show(base({ latest: null }));
    expect(mount.el.textContent).toContain(EN.noRecord);
    show(base({ tabId: null }));
    expect(mount.el.textContent).toContain(EN.noTab);
  });

  it('analyses once the knowledge has loaded', () => {
    const p = base({ knowledge: null });
    show(p);
    expect(mount.el.textContent).toContain(EN.analysing);
    show({ ...p, knowledge: realKnowledge() });
    expect(mount.el.querySelector('.finding-card')).not.toBeNull();
    expect(mount.el.querySelector('.finished')?.textContent).toContain('2023-11-14 22:13:30 UTC');
  });

  it('switches the language: the analysis is re-run, so finding texts change too', () => {
    const onLangChange = vi.fn();
    const p = base({ onLangChange });
    show(p);
    const record = p.latest;
    if (!record) throw new Error('no record');
    const en = analyze(record, realKnowledge(), { lang: 'en' }).findings.map((f) => f.title);
    const de = analyze(record, realKnowledge(), { lang: 'de' }).findings.map((f) => f.title);
    expect(mount.texts('.finding-card h3').sort()).toEqual([...en].sort());
    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    act(() => button('Deutsch').click());
    expect(onLangChange).toHaveBeenCalledWith('de');
    expect(mount.texts('.finding-card h3').sort()).toEqual([...de].sort());
    expect(mount.texts('h2')).toContain(DE.summary);
    expect(button('Deutsch').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe(DE.docTitle('www.shop.example'));
    expect(mount.el.querySelector('.marker-label')?.textContent).toBe('Zugestimmt nach 1,5 s');
  });

  it('keeps the snapshot while the live record grows, and updates on request', () => {
    const p = base();
    show(p);
    const first = p.latest;
    if (!first) throw new Error('no record');
    expect(mount.el.querySelector('.live-banner')).toBeNull();
    // The same content pushed again (worker restart) is no news.
    show({ ...p, latest: structuredClone(first) });
    expect(mount.el.querySelector('.live-banner')).toBeNull();

    const grown = structuredClone(first);
    grown.requests.push(
      req({
        id: 'late',
        url: 'https://late.example/x.js',
        host: 'late.example',
        site: 'late.example',
        t: first.startedAt + 3000,
        status: 200,
      }),
    );
    show({ ...p, latest: grown });
    expect(mount.el.querySelector('.live-banner')?.textContent).toContain(EN.liveNew(2));
    expect(mount.el.querySelector('#requests summary')?.textContent).toBe(EN.showRequests(first.requests.length));
    act(() => button(EN.refresh).click());
    expect(mount.el.querySelector('.live-banner')).toBeNull();
    expect(mount.el.querySelector('#requests summary')?.textContent).toBe(EN.showRequests(first.requests.length + 1));

    show({ ...p, latest: null });
    expect(mount.el.querySelector('.live-banner')?.textContent).toContain(EN.liveClosed);
    expect(mount.el.querySelector('.live-banner button')).toBeNull();
    expect(mount.el.querySelector('#requests summary')?.textContent).toBe(EN.showRequests(first.requests.length + 1));
  });

  it('offers the new page when the tab navigated elsewhere', () => {
    const p = base();
    show(p);
    const other = new Visit('https://www.other.example/').record();
    other.startedAt += 60_000;
    show({ ...p, latest: other });
    expect(mount.el.querySelector('.live-banner')?.textContent).toContain(
      EN.liveOtherPage('https://www.other.example/'),
    );
    act(() => button(EN.showNewPage).click());
    expect(mount.el.querySelector('h1')?.textContent).toContain('https://www.other.example/');
  });

  it('an export taken with the page still open says so, in the report language; once the page is left it does not', async () => {
    let open = true;
    const asked: string[] = [];
    const files: ExportFile[] = [];
    const p = base({
      onExport: (f) => files.push(f),
      pageOpen: async (r) => {
        asked.push(r.url);
        return open;
      },
    });
    show(p);
    const exportJson = async (): Promise<string[]> => {
      const n = files.length;
      await act(async () => {
        (mount.el.querySelector('[data-export="json"]') as HTMLButtonElement).click();
        await vi.waitFor(() => expect(files.length).toBe(n + 1));
      });
      const report = JSON.parse(files.at(-1)?.text ?? '') as { scenarios: Array<{ errors: string[] }> };
      return report.scenarios[0]?.errors ?? [];
    };
    expect(await exportJson()).toContain(openPageNote('en'));
    expect(asked).toEqual([p.latest?.url]);
    // The page left (tab on about:blank, or closed): the next export of the same snapshot is built again, without it.
    open = false;
    expect(await exportJson()).not.toContain(openPageNote('en'));
    open = true;
    act(() => button('Deutsch').click());
    expect(await exportJson()).toContain(openPageNote('de'));
    (mount.el.querySelector('[data-export="html"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(files.at(-1)?.kind).toBe('html'));
    expect(files.at(-1)?.text).toContain('Erstellt, während die Seite offen war');
    expect(openPageNote('de')).not.toBe(openPageNote('en'));
  });
});
