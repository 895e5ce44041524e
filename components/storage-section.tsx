// localStorage, sessionStorage, IndexedDB, Cache API and OPFS writes the page's scripts made, by origin and party.
import { phaseOf } from '../utils/record/phase.ts';
import type { Choice, StorageEntry } from '../utils/record/record.ts';
import type { RecordView } from '../utils/view/record-view.ts';
import { lengthText, relText } from './format.ts';
import { PartyBadge } from './party-badge.tsx';
import { AttributionMark } from './attribution-mark.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { countOf, useStrings } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

const STORAGE_ROW_HEIGHT = 42;

function StorageRow({ s, startedAt, choice }: { s: StorageEntry; startedAt: number; choice: Choice | null }) {
  const S = useStrings();
  return (
    <div class="row row-storage">
      <div class="line line-main">
        <PhaseBadge phase={phaseOf(s.t, choice)} />
        <span class="chip type">{s.kind}</span>
        <span class="name mono" title={s.key}>
          {s.key || S.emptyKey}
        </span>
        <span class="domain mono" title={s.origin}>
          {s.origin}
        </span>
        <PartyBadge party={s.party} />
      </div>
      <div class="line line-meta">
        <span class="time">{relText(S, s.t, startedAt)}</span>
        <span>{lengthText(S, s.valueLength)}</span>
        <span>{countOf(S, s.writes, 'write')}</span>
        {s.script && (
          <span class="who mono" title={s.script}>
            {S.byScript(s.script)}
          </span>
        )}
        {s.script && <AttributionMark attribution={s.attribution} lang={S.lang} />}
      </div>
    </div>
  );
}

export function StorageSection({ view }: { view: RecordView }) {
  const S = useStrings();
  return (
    <Section id="storage" title={S.storage} count={view.storage.length} total={view.counts.storage}>
      {view.storage.length === 0 ? (
        <p class="none">{view.counts.storage ? S.noMatch : S.noneRecorded}</p>
      ) : (
        <VirtualList
          items={view.storage}
          rowHeight={STORAGE_ROW_HEIGHT}
          height={300}
          label={S.storage}
          getKey={(s, i) => `${s.kind}|${s.origin}|${s.key}|${i}`}
          renderRow={(s) => <StorageRow s={s} startedAt={view.startedAt} choice={view.choice} />}
        />
      )}
    </Section>
  );
}
