// localStorage, sessionStorage and IndexedDB writes the page's scripts made, by origin and party.
import { phaseOf } from '../utils/phase.ts';
import type { Choice, StorageEntry } from '../utils/record.ts';
import { lengthLabel, relTime, type RecordView } from '../utils/record-view.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { Section } from './section.tsx';
import { plural, T } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

const STORAGE_ROW_HEIGHT = 42;

function StorageRow({ s, startedAt, choice }: { s: StorageEntry; startedAt: number; choice: Choice | null }) {
  return (
    <div class="row row-storage">
      <div class="line line-main">
        <PhaseBadge phase={phaseOf(s.t, choice)} />
        <span class="chip type">{s.kind}</span>
        <span class="name mono" title={s.key}>{s.key || '(empty key)'}</span>
        <span class="domain mono" title={s.origin}>{s.origin}</span>
        <PartyBadge party={s.party} />
      </div>
      <div class="line line-meta">
        <span class="time">{relTime(s.t, startedAt)}</span>
        <span>{lengthLabel(s.valueLength)}</span>
        <span>{plural(s.writes, 'write', 'writes')}</span>
        {s.script && <span class="who mono" title={s.script}>by {s.script}</span>}
      </div>
    </div>
  );
}

export function StorageSection({ view }: { view: RecordView }) {
  return (
    <Section id="storage" title={T.storage} count={view.storage.length} total={view.counts.storage}>
      {view.storage.length === 0 ? (
        <p class="none">{view.counts.storage ? T.noMatch : T.noneRecorded}</p>
      ) : (
        <VirtualList
          items={view.storage} rowHeight={STORAGE_ROW_HEIGHT} height={300} label={T.storage}
          getKey={(s, i) => `${s.kind}|${s.origin}|${s.key}|${i}`}
          renderRow={(s) => <StorageRow s={s} startedAt={view.startedAt} choice={view.choice} />}
        />
      )}
    </Section>
  );
}
