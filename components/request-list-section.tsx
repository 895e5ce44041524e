// A flat list of requests (beacons and pings, frames): each row names its party since there is no grouping.
import type { Choice, RequestEntry } from '../utils/record/record.ts';
import type { Insight } from './insight.ts';
import { RequestRow, ROW_HEIGHT } from './request-row.tsx';
import { Section } from './section.tsx';
import { useStrings } from './strings.ts';
import { VirtualList } from './virtual-list.tsx';

export interface RequestListSectionProps {
  id: string;
  title: string;
  items: RequestEntry[];
  total: number;
  startedAt: number;
  choice: Choice | null;
  insight: Insight | null;
}

export function RequestListSection({ id, title, items, total, startedAt, choice, insight }: RequestListSectionProps) {
  const S = useStrings();
  return (
    <Section id={id} title={title} count={items.length} total={total} open={total > 0}>
      {items.length === 0 ? (
        <p class="none">{total ? S.noMatch : S.noneRecorded}</p>
      ) : (
        <VirtualList
          items={items}
          rowHeight={ROW_HEIGHT}
          height={300}
          label={title}
          getKey={(r, i) => `${r.id}|${i}`}
          renderRow={(r) => (
            <RequestRow
              r={r}
              startedAt={startedAt}
              choice={choice}
              showParty
              analyzed={insight?.byRequest.get(r.id)}
              dpf={insight?.bySite.get(r.site)?.tracker?.dpf ?? null}
            />
          )}
        />
      )}
    </Section>
  );
}
