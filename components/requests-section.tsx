// Requests as an expandable site > host > URL tree, flattened so one virtual list can window it.
import { useState } from 'preact/hooks';
import type { ThirdParty } from '../utils/findings/index.ts';
import { PHASES } from '../utils/phase.ts';
import type { Choice } from '../utils/record.ts';
import type { PhaseCounts, RecordView, TreeRow, TypeCount } from '../utils/record-view.ts';
import { flattenTree, hostKey, siteKey } from '../utils/record-view.ts';
import type { Insight } from './insight.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { RequestRow, ROW_HEIGHT } from './request-row.tsx';
import { Section } from './section.tsx';
import { plural, T } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

function Types({ types }: { types: TypeCount[] }) {
  return (
    <span class="types">
      {types.map((t) => <span key={t.type} class="chip type">{t.type} {t.count}</span>)}
    </span>
  );
}

function Phases({ phases }: { phases: PhaseCounts }) {
  return <>{PHASES.filter((p) => phases[p] > 0).map((p) => <PhaseBadge key={p} phase={p} count={phases[p]} />)}</>;
}

/** "Google Analytics · Google LLC (US) · servers in US, IE": who receives the data and where. */
function Receiver({ tp }: { tp: ThirdParty }) {
  const t = tp.tracker;
  const servers = tp.serverCountries.join(', ');
  return (
    <span class="receiver" title={tp.transfer.explanation}>
      {t && <><strong class="tracker-name">{t.name}</strong> · {t.company} <span class="chip country">{T.company} {t.companyCountry}</span></>}
      {servers && <span class="chip country">{T.servers} {servers}</span>}
    </span>
  );
}

interface TreeLineProps { row: TreeRow; startedAt: number; choice: Choice | null; insight: Insight | null; toggle: (key: string) => void }

function TreeLine({ row, startedAt, choice, insight, toggle }: TreeLineProps) {
  if (row.kind === 'request') {
    return <div class="tree-request"><RequestRow r={row.request} startedAt={startedAt} choice={choice} analyzed={insight?.byRequest.get(row.request.id)} /></div>;
  }
  const g = row.group;
  const name = row.kind === 'site' ? row.group.site : row.group.host;
  const tp = row.kind === 'site' ? insight?.bySite.get(row.group.site) : undefined;
  return (
    <button
      type="button" class={`row tree-toggle tree-${row.kind} party-row-${g.party}`} aria-expanded={row.expanded}
      onClick={() => toggle(row.key)}
    >
      <span class="line line-main">
        <span class="caret" aria-hidden="true">{row.expanded ? '▾' : '▸'}</span>
        <span class="name mono">{name}</span>
        <PartyBadge party={g.party} />
        <span class="n">{plural(g.count, 'request', 'requests')}</span>
        {row.kind === 'site' && row.group.hosts.length > 1 && <span class="n muted">{plural(row.group.hosts.length, 'host', 'hosts')}</span>}
      </span>
      <span class="line line-meta">
        <Phases phases={g.phases} />
        {tp?.tracker ? <Receiver tp={tp} /> : <><Types types={g.types} />{tp && <Receiver tp={tp} />}</>}
      </span>
    </button>
  );
}

export function RequestsSection({ view, insight }: { view: RecordView; insight: Insight | null }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = flattenTree(view.sites, expanded);
  const toggle = (key: string): void => {
    const next = new Set(expanded);
    if (!next.delete(key)) next.add(key);
    setExpanded(next);
  };
  const expandAll = (): void => {
    const next = new Set<string>();
    for (const s of view.sites) {
      next.add(siteKey(s));
      for (const h of s.hosts) next.add(hostKey(h));
    }
    setExpanded(next);
  };
  return (
    <Section id="requests" title={T.requests} count={view.requestCount} total={view.counts.requests}>
      {view.sites.length === 0 ? (
        <p class="none">{view.counts.requests ? T.noMatch : T.noneRecorded}</p>
      ) : (
        <>
          <div class="tools">
            <button type="button" onClick={expandAll}>{T.expandAll}</button>
            <button type="button" onClick={() => setExpanded(new Set())} disabled={expanded.size === 0}>{T.collapseAll}</button>
          </div>
          <VirtualList
            items={rows} rowHeight={ROW_HEIGHT} height={380} label={T.requests} className="tree"
            getKey={(r) => r.key}
            renderRow={(r) => <TreeLine row={r} startedAt={view.startedAt} choice={view.choice} insight={insight} toggle={toggle} />}
          />
        </>
      )}
    </Section>
  );
}
