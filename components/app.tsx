// The popup's top-level view: takes the record, the tab and a `send` function as props so tests render it without browser APIs.
import { useMemo, useState } from 'preact/hooks';
import { analyze, type Analysis, type Knowledge } from '../utils/findings/index.ts';
import type { PageRecord } from '../utils/record.ts';
import { auditability, buildView, consentView, NO_FILTER, type ViewFilter } from '../utils/record-view.ts';
import { ConsentActions, type SendFn } from './consent-actions.tsx';
import { ConsentPanel } from './consent-panel.tsx';
import { CookiesSection } from './cookies-section.tsx';
import { Filters } from './filters.tsx';
import { FindingsSection } from './findings-section.tsx';
import { Header, type LiveStatus } from './header.tsx';
import { insightOf } from './insight.ts';
import { NotesSection } from './notes-section.tsx';
import { RequestListSection } from './request-list-section.tsx';
import { RequestsSection } from './requests-section.tsx';
import { StorageSection } from './storage-section.tsx';
import { T } from './strings.ts';
import { Verdict } from './verdict.tsx';
import './app.css';

export interface AppProps {
  /** null/undefined: nothing recorded yet (or no push received yet) */
  record: PageRecord | null | undefined;
  /** The tab's URL; undefined while unknown (auditability is then not judged) */
  tabUrl?: string | null | undefined;
  status?: LiveStatus | undefined;
  /** The audited tab, for the consent actions */
  tabId?: number | null | undefined;
  /** Sends a consent action or clean-audit request to the background and resolves with its answer */
  send?: SendFn | undefined;
  /** Tracker, cookie and IP knowledge; null while it loads (verdict says so), undefined: no findings at all */
  knowledge?: Knowledge | null | undefined;
}

/** The engine promises not to throw; the popup must stay up even if a rule breaks that promise. */
function safeAnalyze(record: PageRecord, knowledge: Knowledge): Analysis | null {
  try {
    return analyze(record, knowledge);
  } catch {
    return null;
  }
}

export function App({ record, tabUrl, status, tabId, send, knowledge }: AppProps) {
  const [filter, setFilter] = useState<ViewFilter>(NO_FILTER);
  const view = useMemo(() => (record ? buildView(record, filter) : null), [record, filter]);
  // Recomputed once per pushed record (a push is a new object), not per filter change or re-render.
  const consent = useMemo(() => (record ? consentView(record) : null), [record]);
  const analysis = useMemo(() => (record && knowledge ? safeAnalyze(record, knowledge) : null), [record, knowledge]);
  const insight = useMemo(() => insightOf(analysis), [analysis]);

  const a = tabUrl !== undefined ? auditability(tabUrl) : null;
  if (a && !a.ok) {
    return (
      <main class="app state state-cannot" aria-labelledby="state-title">
        <h1 id="state-title">{T.cannotAuditTitle}</h1>
        <p class="reason">{a.reason}</p>
        {tabUrl && <p class="state-url mono" title={tabUrl}>{tabUrl}</p>}
        <ConsentActions enabled={false} send={send} tabId={tabId} />
      </main>
    );
  }
  const actions = { enabled: a?.ok === true, send, tabId };
  if (!view || !consent) {
    return (
      <main class="app state state-empty" aria-labelledby="state-title">
        <h1 id="state-title" class="sr-only">{T.appTitle}</h1>
        <p class="empty">{T.empty}</p>
        {tabUrl && <p class="state-url mono" title={tabUrl}>{tabUrl}</p>}
        {status && status !== 'live' && <p class="muted" role="status">{T[status]}</p>}
        <ConsentActions {...actions} />
      </main>
    );
  }
  return (
    <main class="app">
      {knowledge !== undefined && <Verdict analysis={analysis} />}
      <Header url={view.url} site={view.site} startedAt={view.startedAt} counts={view.counts} status={status} />
      {view.partial && <p class="banner" role="note">{T.partial}</p>}
      <ConsentPanel consent={consent} startedAt={view.startedAt} actions={actions} />
      {analysis && <FindingsSection findings={analysis.findings} />}
      <Filters filter={filter} onChange={setFilter} />
      <RequestsSection view={view} insight={insight} />
      <CookiesSection view={view} />
      <StorageSection view={view} />
      <RequestListSection id="beacons" title={T.beacons} items={view.beacons} total={view.counts.beacons} startedAt={view.startedAt} choice={view.choice} insight={insight} />
      <RequestListSection id="frames" title={T.frames} items={view.frames} total={view.counts.frames} startedAt={view.startedAt} choice={view.choice} insight={insight} />
      <NotesSection view={view} />
    </main>
  );
}
