// Wires browser APIs (which tab, its URL, the live record port) into <App>; all rendering lives in components/.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { AnalysisEngine } from '../../components/analysis-engine.ts';
import { AppView } from '../../components/app-view.tsx';
import type { SendFn } from '../../components/consent-actions.tsx';
import type { LiveStatus } from '../../components/header.tsx';
import { STRINGS } from '../../components/strings.ts';
import type { Knowledge } from '../../utils/findings/index.ts';
import { pickLang, type Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { FirstScreen } from '../../utils/view/first-screen.ts';
import { followRecord } from '../../utils/view/record-port.ts';
import { cnameWatch } from './cname-watch.ts';
import type { CnameView } from '../../components/cname-note.tsx';

/** Only for a worker that never answers: every connect gets a push (a record or null), which starts the knowledge. */
const KNOWLEDGE_FALLBACK_MS = 2000;

interface State {
  record: PageRecord | null | undefined;
  /** The worker's first screen, shown until the record arrives */
  screen: FirstScreen | undefined;
  tabUrl: string | null | undefined;
  status: LiveStatus;
  tabId: number | null;
  /** null until the IP table has loaded (or failed to: then findings come without server countries) */
  knowledge: Knowledge | null;
  /** The findings engine, loaded with the knowledge: null until both are in */
  engine: AnalysisEngine | null;
  cname: CnameView;
}

const send: SendFn = (msg) => browser.runtime.sendMessage(msg);

/** The browser's UI language unless `?lang=en|de` chooses one. */
function uiLang(): Lang {
  let browserLang: string | null = null;
  try {
    browserLang = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (e.g. a test page): the explicit choice or English.
  }
  return pickLang(browserLang, new URLSearchParams(location.search).get('lang'));
}

/**
 * The full report for the audited tab, in the popup's language, in a new tab. Same URL as
 * runtime.getURL('/report.html'):
 * the popup lives at the extension's root, and this spelling does not depend on WXT's generated list of page paths.
 */
function openReport(tabId: number, lang: Lang): void {
  const url = `${new URL('/report.html', location.origin).href}?tab=${tabId}&lang=${lang}`;
  void browser.tabs.create({ url }).catch(() => undefined);
}

/** `?tab=<id>` (tests, full report page) or the active tab of the current window. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(root: HTMLElement): Promise<void> {
  const lang = uiLang();
  document.documentElement.lang = lang;
  document.title = STRINGS[lang].appTitle;
  const cname = cnameWatch();
  const state: State = {
    record: undefined,
    screen: undefined,
    tabUrl: undefined,
    status: 'connecting',
    tabId: null,
    knowledge: null,
    engine: null,
    cname: cname.initial,
  };
  const checkCname = (): void => {
    if (state.record && state.knowledge) {
      cname.update(state.record, state.knowledge, (v) => {
        state.cname = v;
        paint();
      });
    }
  };
  const paint = (): void => {
    const tabId = state.tabId;
    render(
      <AppView
        engine={state.engine}
        record={state.record}
        screen={state.screen}
        tabUrl={state.tabUrl}
        status={state.status}
        tabId={tabId}
        send={send}
        knowledge={state.knowledge}
        lang={lang}
        deferAnalysis
        cname={state.cname}
        onOpenReport={tabId === null ? undefined : () => openReport(tabId, lang)}
      />,
      root,
    );
  };
  paint();
  // The IP table (1.5 MB, opened without a full decode: about 10 ms of CPU) waits until the first push has painted, so
  // the lists come first: a short fallback timer made it block the first record's paint whenever the push came late.
  let knowledgeStarted = false;
  const startKnowledge = (): void => {
    if (knowledgeStarted) return;
    knowledgeStarted = true;
    // The engine and its tables are a chunk of their own (import()): the first paint evaluates neither.
    void Promise.all([
      import('../../utils/knowledge/load-knowledge.ts').then((m) =>
        m.loadKnowledge(browser.runtime.getURL('/data/ip-country.bin')),
      ),
      import('../../components/analysis-engine.ts'),
    ]).then(([k, m]) => {
      state.knowledge = k;
      state.engine = m.ANALYSIS_ENGINE;
      paint();
      checkCname();
    });
  };
  setTimeout(startKnowledge, KNOWLEDGE_FALLBACK_MS);

  const tabId = await targetTabId();
  state.tabId = tabId;
  if (tabId === null) {
    state.tabUrl = null;
    paint();
    return;
  }
  const refreshUrl = async (): Promise<void> => {
    try {
      const tab = await browser.tabs.get(tabId);
      state.tabUrl = tab.url ?? tab.pendingUrl ?? null;
    } catch {
      state.tabUrl = null; // tab closed
    }
    if (state.record !== undefined || state.screen) paintRecord();
    else paint();
  };
  // The port opens while the tab's URL is asked for, so that the worker builds the first screen meanwhile; a screen or
  // record that arrives first is painted with the URL (the view judges the URL before it shows a record).
  let recordAsked = false;
  let knowledgeQueued = false;
  /** Asks the worker for the record once the first screen is on screen (set when the first screen arrives). */
  let wantRecord: (() => void) | null = null;
  /**
   * A paint with the first screen, then after that frame the record is asked for and the knowledge loads while the
   * worker sends it (the popup's thread is otherwise idle until the record arrives); a record without a first screen
   * (a reconnect) is painted, then the knowledge follows that frame, so that its parse does not delay the lists.
   */
  const paintRecord = (): void => {
    paint();
    if (state.record === undefined) {
      if (recordAsked) return;
      recordAsked = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          wantRecord?.();
          startKnowledge();
        }, 0),
      );
      return;
    }
    if (knowledgeStarted || knowledgeQueued) return;
    knowledgeQueued = true;
    requestAnimationFrame(() => setTimeout(startKnowledge, 0));
  };
  const urlKnown = refreshUrl();
  followRecord((name) => browser.runtime.connect({ name }), tabId, {
    onFirstScreen: (screen, want) => {
      state.screen = screen;
      state.status = 'live';
      wantRecord = want;
      if (state.tabUrl !== undefined) paintRecord();
    },
    onRecord: (record) => {
      state.record = record;
      state.screen = undefined;
      state.status = 'live';
      if (state.tabUrl !== undefined) paintRecord();
      checkCname();
    },
    onDisconnect: () => {
      state.status = 'reconnecting';
      paint();
    },
  });
  await urlKnown;
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId && change.url !== undefined) void refreshUrl();
  });
}

const root = document.getElementById('app');
if (root) void main(root);
