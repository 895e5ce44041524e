// The popup's view: takes the record, the tab and a `send` function as props so tests render it without browser APIs.
// The findings engine comes in as a prop (`engine`): the popup loads it after its first paint (`import()`), so that its
// first screen does not wait for the engine and its tables; `App` (app.tsx) has it from the start.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis, Knowledge } from '../utils/findings/index.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import type { PageRecord } from '../utils/record/record.ts';
import { recordGaps } from '../utils/record/record-gaps.ts';
import { auditability } from '../utils/view/auditability.ts';
import { consentView } from '../utils/view/consent-view.ts';
import type { FirstScreen } from '../utils/view/first-screen.ts';
import { buildView } from '../utils/view/record-view.ts';
import { NO_FILTER, type ViewFilter } from '../utils/view/view-filter.ts';
import type { AnalysisEngine } from './analysis-engine.ts';
import { ConsentActions, type SendFn } from './consent-actions.tsx';
import { ConsentPanel } from './consent-panel.tsx';
import { CookiesSection } from './cookies-section.tsx';
import { Filters } from './filters.tsx';
import { Header, type LiveStatus } from './header.tsx';
import { insightOf } from './insight.ts';
import { NotesSection } from './notes-section.tsx';
import { CnameNote, type CnameView } from './cname-note.tsx';
import type { CnameCloak } from '../utils/findings/cname-cloak.ts';
import { RequestListSection } from './request-list-section.tsx';
import { RequestsSection } from './requests-section.tsx';
import { StorageSection } from './storage-section.tsx';
import { LangContext, STRINGS } from './strings.ts';
import { Verdict } from './verdict.tsx';
import './theme.css';
import './app.css';

export interface AppProps {
  /** null/undefined: nothing recorded yet (or no push received yet) */
  record: PageRecord | null | undefined;
  /** The worker's first screen (the popup), shown until the record is in; the filter applies once it is */
  screen?: FirstScreen | undefined;
  /** The tab's URL; undefined while unknown (auditability is then not judged) */
  tabUrl?: string | null | undefined;
  status?: LiveStatus | undefined;
  /** The audited tab, for the consent actions */
  tabId?: number | null | undefined;
  /** Sends a consent action or clean-audit request to the background and resolves with its answer */
  send?: SendFn | undefined;
  /** Tracker, cookie and IP knowledge; null while it loads (verdict says so), undefined: no findings at all */
  knowledge?: Knowledge | null | undefined;
  /** UI language of every string, findings included; English by default */
  lang?: Lang | undefined;
  /** Opens the full report page for this tab; the button shows only when set */
  onOpenReport?: (() => void) | undefined;
  /** Run the findings engine after the first paint of a record (the popup); tests render synchronously */
  deferAnalysis?: boolean | undefined;
  /** CNAME cloaking as the popup sees it (Firefox: browser.dns); undefined: not shown */
  cname?: CnameView | undefined;
}

const NO_CLOAKS: readonly CnameCloak[] = [];
/** Beacons and frames: request lists without the tree, in this order after storage. */
const LIST_SECTIONS = ['beacons', 'frames'] as const;

/**
 * The findings for a record. Deferred (the popup): the record's lists paint first and the engine runs in the next
 * task, cancelled when a newer record arrives first; the last analysis stays shown until its successor is ready.
 */
function useAnalysis(
  engine: AnalysisEngine | null,
  record: PageRecord | null | undefined,
  knowledge: Knowledge | null | undefined,
  lang: Lang,
  defer: boolean,
): Analysis | null {
  const now = useMemo(
    () => (!defer && engine && record && knowledge ? engine.analyze(record, knowledge, lang) : null),
    [engine, defer, record, knowledge, lang],
  );
  const [later, setLater] = useState<Analysis | null>(null);
  useEffect(() => {
    if (!defer || !engine || !record || !knowledge) return undefined;
    const timer = setTimeout(() => setLater(engine.analyze(record, knowledge, lang)), 0);
    return () => clearTimeout(timer);
  }, [engine, defer, record, knowledge, lang]);
  return defer ? (record && knowledge ? later : null) : now;
}

/** The popup's view with the findings engine given (null until it has loaded: then no analysis is shown). */
export function AppView(props: AppProps & { engine: AnalysisEngine | null }) {
  const lang = props.lang ?? 'en';
  return (
    <LangContext.Provider value={lang}>
      <AppBody {...props} lang={lang} />
    </LangContext.Provider>
  );
}

function AppBody({
  engine,
  record,
  screen,
  tabUrl,
  status,
  tabId,
  send,
  knowledge,
  lang = 'en',
  onOpenReport,
  deferAnalysis = false,
  cname,
}: AppProps & { engine: AnalysisEngine | null }) {
  const S = STRINGS[lang];
  const [filter, setFilter] = useState<ViewFilter>(NO_FILTER);
  // Recomputed once per pushed record (a push is a new object), not per filter change or re-render.
  const consent = useMemo(
    () => (record ? consentView(record) : record === undefined ? (screen?.consent ?? null) : null),
    [record, screen],
  );
  // Cloaked first-party hosts are analysed as the tracker they alias (as the CLI does); the lists keep what was seen.
  const cloaks = cname?.supported ? cname.cloaks : NO_CLOAKS;
  const seen = useMemo(
    () =>
      engine && record && knowledge && cloaks.length
        ? engine.applyCnameCloaks(record, knowledge, cloaks)
        : { record, knowledge },
    [engine, record, knowledge, cloaks],
  );
  const analysis = useAnalysis(engine, seen.record, seen.knowledge, lang, deferAnalysis);
  const insight = useMemo(() => insightOf(analysis), [analysis]);
  const marks = useMemo(
    () => (engine && record && analysis ? engine.viewMarks(record, analysis, knowledge ?? null) : null),
    [engine, record, analysis, knowledge],
  );
  const companies = useMemo(() => (engine && analysis ? engine.companiesOf(analysis) : null), [engine, analysis]);
  const view = useMemo(
    () => (record ? buildView(record, filter, marks) : record === undefined ? (screen?.view ?? null) : null),
    [record, screen, filter, marks],
  );
  // Without the analysis the two analysis-based filters are off, whatever the checkboxes last said.
  const effective: ViewFilter = marks ? filter : { ...filter, nonEuOnly: false, trackersOnly: false };

  const a = tabUrl !== undefined ? auditability(tabUrl) : null;
  if (a && !a.ok) {
    return (
      <main class="app state state-cannot" aria-labelledby="state-title">
        <h1 id="state-title">{S.cannotAuditTitle}</h1>
        <p class="reason">{S.cannotAudit[a.code](a.scheme ?? '')}</p>
        {tabUrl && (
          <p class="state-url mono" title={tabUrl}>
            {tabUrl}
          </p>
        )}
        <ConsentActions enabled={false} send={send} tabId={tabId} />
      </main>
    );
  }
  const actions = {
    enabled: a?.ok === true,
    send,
    tabId,
    // Planned when the confirm box opens, with the engine's planner (tldts stays out of the first paint).
    cleanSites: (): readonly string[] | null =>
      tabUrl ? (engine ? (engine.cleanPlan(tabUrl, record ?? null)?.sites ?? []) : null) : [],
  };
  if (!view || !consent) {
    return (
      <main class="app state state-empty" aria-labelledby="state-title">
        <h1 id="state-title" class="sr-only">
          {S.appTitle}
        </h1>
        <p class="empty">{S.empty}</p>
        {tabUrl && (
          <p class="state-url mono" title={tabUrl}>
            {tabUrl}
          </p>
        )}
        {status && status !== 'live' && (
          <p class="muted" role="status">
            {S[status]}
          </p>
        )}
        <ConsentActions {...actions} />
      </main>
    );
  }
  return (
    <main class="app">
      <Verdict
        analysis={knowledge === undefined ? undefined : analysis}
        consent={consent}
        startedAt={view.startedAt}
        phase={filter.phase}
        incomplete={record ? recordGaps(record).length > 0 : false}
      />
      <Header
        url={view.url}
        site={view.site}
        startedAt={view.startedAt}
        counts={view.counts}
        status={status}
        onOpenReport={onOpenReport}
      />
      {view.partial && (
        <p class="banner" role="note">
          {S.partial}
        </p>
      )}
      <ConsentPanel consent={consent} startedAt={view.startedAt} actions={actions} />
      <Filters filter={effective} onChange={setFilter} analysisReady={marks !== null} />
      {engine && analysis && <engine.FindingsSection findings={analysis.findings} phase={filter.phase} />}
      <CnameNote cname={cname} />
      {engine && companies && (
        <engine.CompaniesSection
          companies={companies}
          filter={effective}
          cnameSeen={cname?.supported === true}
          collectors={analysis?.serverSideCollectors}
        />
      )}
      <RequestsSection view={view} insight={insight} />
      <CookiesSection view={view} />
      <StorageSection view={view} />
      {LIST_SECTIONS.map((id) => (
        <RequestListSection
          key={id}
          id={id}
          title={S[id]}
          items={view[id]}
          total={view.counts[id]}
          startedAt={view.startedAt}
          choice={view.choice}
          insight={insight}
        />
      ))}
      <NotesSection view={view} />
    </main>
  );
}
