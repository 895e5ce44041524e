// Requests as an expandable site > host > URL tree, flattened so one virtual list can window it.
import { useState } from 'preact/hooks';
import type { ThirdParty } from '../utils/findings/index.ts';
import { PHASES } from '../utils/record/phase.ts';
import type { Choice } from '../utils/record/record.ts';
import type { PhaseCounts } from '../utils/record/phase.ts';
import type { RecordView } from '../utils/view/record-view.ts';
import type { TreeRow, TypeCount } from '../utils/view/request-tree.ts';
import { flattenTree, hostKey, siteKey } from '../utils/view/request-tree.ts';
import { CountryTag } from './country-tag.tsx';
import type { Insight } from './insight.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { RequestRow, ROW_HEIGHT } from './request-row.tsx';
import { Section } from './section.tsx';
import { countOf, useStrings } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

function Types({ types }: { types: TypeCount[] }) {
  const S = useStrings();
  return (
    <span class="types">
      {types.map((t) => (
        <span key={t.type} class="chip type">
          {t.type} {S.num(t.count)}
        </span>
      ))}
    </span>
  );
}

function Phases({ phases }: { phases: PhaseCounts }) {
  return (
    <>
      {PHASES.filter((p) => phases[p] > 0).map((p) => (
        <PhaseBadge key={p} phase={p} count={phases[p]} />
      ))}
    </>
  );
}

/**
 * "Google Analytics · Google Ireland Limited · company in IE
 * EU/EEA · servers in US non-EU": who receives the data and where.
 */
function Receiver({ tp }: { tp: ThirdParty }) {
  const S = useStrings();
  const t = tp.tracker;
  const dpf = t ? t.dpf : null;
  return (
    <span class="receiver" title={`${S.transferLabel}: ${S.transferVerdict[tp.transfer.verdict]}`}>
      {t && (
        <>
          <strong class="tracker-name">{t.name}</strong> · {t.company} <span class="muted">{S.company}</span>{' '}
          <CountryTag code={t.companyCountry} dpf={dpf} />
        </>
      )}
      {tp.serverCountries.length > 0 && (
        <>
          <span class="muted">{S.servers}</span>{' '}
          {tp.serverCountries.map((c) => (
            <CountryTag key={c} code={c} dpf={dpf} what={S.serverCountry} />
          ))}
        </>
      )}
    </span>
  );
}

interface TreeLineProps {
  row: TreeRow;
  startedAt: number;
  choice: Choice | null;
  insight: Insight | null;
  toggle: (key: string) => void;
}

function TreeLine({ row, startedAt, choice, insight, toggle }: TreeLineProps) {
  const S = useStrings();
  if (row.kind === 'request') {
    return (
      <div class="tree-request">
        <RequestRow
          r={row.request}
          startedAt={startedAt}
          choice={choice}
          analyzed={insight?.byRequest.get(row.request.id)}
          dpf={insight?.bySite.get(row.request.site)?.tracker?.dpf ?? null}
        />
      </div>
    );
  }
  const g = row.group;
  const name = row.kind === 'site' ? row.group.site : row.group.host;
  const tp = row.kind === 'site' ? insight?.bySite.get(row.group.site) : undefined;
  return (
    <button
      type="button"
      class={`row tree-toggle tree-${row.kind} party-row-${g.party}`}
      aria-expanded={row.expanded}
      onClick={() => toggle(row.key)}
    >
      <span class="line line-main">
        <span class="caret" aria-hidden="true">
          {row.expanded ? '▾' : '▸'}
        </span>
        <span class="name mono">{name}</span>
        <PartyBadge party={g.party} />
        <span class="n">{countOf(S, g.count, 'request')}</span>
        {row.kind === 'site' && row.group.hosts.length > 1 && (
          <span class="n muted">{countOf(S, row.group.hosts.length, 'host')}</span>
        )}
      </span>
      <span class="line line-meta">
        <Phases phases={g.phases} />
        {tp?.tracker ? (
          <Receiver tp={tp} />
        ) : (
          <>
            <Types types={g.types} />
            {tp && <Receiver tp={tp} />}
          </>
        )}
      </span>
    </button>
  );
}

export function RequestsSection({ view, insight }: { view: RecordView; insight: Insight | null }) {
  const S = useStrings();
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
    <Section id="requests" title={S.requests} count={view.requestCount} total={view.counts.requests}>
      {view.sites.length === 0 ? (
        <p class="none">{view.counts.requests ? S.noMatch : S.noneRecorded}</p>
      ) : (
        <>
          <div class="tools">
            <button type="button" onClick={expandAll}>
              {S.expandAll}
            </button>
            <button type="button" onClick={() => setExpanded(new Set())} disabled={expanded.size === 0}>
              {S.collapseAll}
            </button>
          </div>
          <VirtualList
            items={rows}
            rowHeight={ROW_HEIGHT}
            height={380}
            label={S.requests}
            className="tree"
            getKey={(r) => r.key}
            renderRow={(r) => (
              <TreeLine row={r} startedAt={view.startedAt} choice={view.choice} insight={insight} toggle={toggle} />
            )}
          />
        </>
      )}
    </Section>
  );
}
