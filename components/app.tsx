// The popup's top-level view: takes the record and the tab URL as props so tests render it without browser APIs.
import { useMemo, useState } from 'preact/hooks';
import type { PageRecord } from '../utils/record.ts';
import { auditability, buildView, NO_FILTER, type ViewFilter } from '../utils/record-view.ts';
import { CookiesSection } from './cookies-section.tsx';
import { Filters } from './filters.tsx';
import { Header, type LiveStatus } from './header.tsx';
import { NotesSection } from './notes-section.tsx';
import { RequestListSection } from './request-list-section.tsx';
import { RequestsSection } from './requests-section.tsx';
import { StorageSection } from './storage-section.tsx';
import { T } from './strings.ts';
import './app.css';

export interface AppProps {
  /** null/undefined: nothing recorded yet (or no push received yet) */
  record: PageRecord | null | undefined;
  /** The tab's URL; undefined while unknown (auditability is then not judged) */
  tabUrl?: string | null | undefined;
  status?: LiveStatus | undefined;
}

export function App({ record, tabUrl, status }: AppProps) {
  const [filter, setFilter] = useState<ViewFilter>(NO_FILTER);
  const view = useMemo(() => (record ? buildView(record, filter) : null), [record, filter]);

  if (tabUrl !== undefined) {
    const a = auditability(tabUrl);
    if (!a.ok) {
      return (
        <main class="app state state-cannot" aria-labelledby="state-title">
          <h1 id="state-title">{T.cannotAuditTitle}</h1>
          <p class="reason">{a.reason}</p>
          {tabUrl && <p class="state-url mono" title={tabUrl}>{tabUrl}</p>}
        </main>
      );
    }
  }
  if (!view) {
    return (
      <main class="app state state-empty" aria-labelledby="state-title">
        <h1 id="state-title" class="sr-only">{T.appTitle}</h1>
        <p class="empty">{T.empty}</p>
        {tabUrl && <p class="state-url mono" title={tabUrl}>{tabUrl}</p>}
        {status && status !== 'live' && <p class="muted" role="status">{T[status]}</p>}
      </main>
    );
  }
  return (
    <main class="app">
      <Header url={view.url} site={view.site} startedAt={view.startedAt} counts={view.counts} status={status} />
      {view.partial && <p class="banner" role="note">{T.partial}</p>}
      <Filters filter={filter} onChange={setFilter} />
      <RequestsSection view={view} />
      <CookiesSection view={view} />
      <StorageSection view={view} />
      <RequestListSection id="beacons" title={T.beacons} items={view.beacons} total={view.counts.beacons} startedAt={view.startedAt} />
      <RequestListSection id="frames" title={T.frames} items={view.frames} total={view.counts.frames} startedAt={view.startedAt} />
      <NotesSection view={view} />
    </main>
  );
}
