// Wires browser APIs (tab, language, live record port, IP table,
// versions) into <ReportApp>; all rendering lives in components/report/.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '../../components/report/report-app.tsx';
import { ipAttributionFrom, toolInfoOf } from '../../components/report/tool-info.ts';
import type { Knowledge } from '../../utils/findings/index.ts';
import { loadKnowledge } from '../../utils/knowledge/load-knowledge.ts';
import { pickLang, type Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { followRecord } from '../../utils/view/record-port.ts';
import type { ToolInfo } from '../../utils/export/report.ts';

interface State {
  latest: PageRecord | null | undefined;
  knowledge: Knowledge | null;
  tool: ToolInfo;
  ipAttribution: string | null;
}

async function loadIpMeta(): Promise<unknown> {
  try {
    const res = await fetch(browser.runtime.getURL('/data/ip-country.meta.json'));
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

function tabParam(params: URLSearchParams): number | null {
  const p = params.get('tab');
  return p !== null && /^\d+$/.test(p) ? Number(p) : null;
}

/** Keeps `?lang=` in the address so a reload or a shared link opens in the chosen language. */
function rememberLang(lang: Lang): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

/**
 * Whether the tab still shows the recorded page (same origin and path): its close-time requests are then not in the
 * record. A tab gone, or on about:blank or another page, is not; one whose address is not given counts as open.
 */
function pageOpenIn(tabId: number | null): (record: PageRecord) => Promise<boolean> {
  return async (record) => {
    if (tabId === null) return false;
    let tab: { url?: string | undefined };
    try {
      tab = await browser.tabs.get(tabId);
    } catch {
      return false; // closed
    }
    const at = (u: string | undefined): string | null => {
      try {
        const x = new URL(u ?? '');
        return `${x.origin}${x.pathname}`;
      } catch {
        return null;
      }
    };
    return tab.url === undefined || at(tab.url) === at(record.url);
  };
}

function main(root: HTMLElement): void {
  const params = new URLSearchParams(location.search);
  const tabId = tabParam(params);
  const initialLang = pickLang(browser.i18n.getUILanguage(), params.get('lang'));
  const pageOpen = pageOpenIn(tabId);
  const state: State = {
    latest: undefined,
    knowledge: null,
    tool: toolInfoOf({ version: browser.runtime.getManifest().version, userAgent: navigator.userAgent, ipMeta: null }),
    ipAttribution: null,
  };
  const paint = (): void =>
    render(
      <ReportApp
        latest={state.latest}
        knowledge={state.knowledge}
        tool={state.tool}
        initialLang={initialLang}
        tabId={tabId}
        ipAttribution={state.ipAttribution}
        onLangChange={rememberLang}
        pageOpen={pageOpen}
      />,
      root,
    );
  paint();
  // Versions first: the tool info must be complete before the first export can be built.
  void loadIpMeta()
    .then((meta) => {
      state.tool = toolInfoOf({
        version: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        ipMeta: meta,
      });
      state.ipAttribution = ipAttributionFrom(meta);
      return loadKnowledge(browser.runtime.getURL('/data/ip-country.bin'));
    })
    .then((k) => {
      state.knowledge = k;
      paint();
    });
  if (tabId === null) return;
  browser.tabs.onRemoved.addListener((id) => {
    if (id !== tabId) return;
    state.latest = null;
    paint();
  });

  // After a worker stop the port reconnects; the snapshot on screen stays as it is.
  followRecord((name) => browser.runtime.connect({ name }), tabId, {
    onRecord: (record) => {
      state.latest = record;
      paint();
    },
  });
}

const root = document.getElementById('app');
if (root) main(root);
