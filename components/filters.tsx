// The filter bar: controlled inputs, the parent owns the ViewFilter.
import { isPhaseFilter, PHASE_FILTERS, type ViewFilter } from '../utils/record-view.ts';
import { T } from './strings.ts';

export interface FiltersProps {
  filter: ViewFilter;
  onChange: (f: ViewFilter) => void;
}

export function Filters({ filter, onChange }: FiltersProps) {
  return (
    <div class="filters" role="search" aria-label={T.filtersLabel}>
      <label class="toggle">
        <input
          type="checkbox" name="third-party-only" checked={filter.thirdPartyOnly}
          onChange={(e) => onChange({ ...filter, thirdPartyOnly: e.currentTarget.checked })}
        />
        {T.thirdPartyOnly}
      </label>
      <label class="phase-filter">
        <span>{T.phaseFilter}</span>
        <select
          name="phase" value={filter.phase}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isPhaseFilter(v)) onChange({ ...filter, phase: v });
          }}
        >
          {PHASE_FILTERS.map((p) => <option key={p} value={p}>{p === 'all' ? T.phaseAll : T.phase[p]}</option>)}
        </select>
      </label>
      <label class="search">
        <span class="sr-only">{T.search}</span>
        <input
          type="search" name="q" value={filter.query} placeholder={T.searchPlaceholder} autocomplete="off" spellcheck={false}
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
    </div>
  );
}
