// The filter bar: controlled inputs, the parent owns the ViewFilter.
import { isPhaseFilter, PHASE_FILTERS, type ViewFilter } from '../utils/view/view-filter.ts';
import { useStrings } from './strings.ts';

export interface FiltersProps {
  filter: ViewFilter;
  onChange: (f: ViewFilter) => void;
  /** The non-EU and tracker filters need the analysis; until it is there they are disabled and say why. */
  analysisReady?: boolean;
}

interface ToggleProps {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onToggle: (checked: boolean) => void;
}

function Toggle({ name, label, hint, checked, disabled = false, onToggle }: ToggleProps) {
  return (
    <label class={`toggle${disabled ? ' toggle-disabled' : ''}`} title={hint}>
      <input
        type="checkbox"
        name={name}
        checked={checked && !disabled}
        disabled={disabled}
        aria-describedby={disabled ? 'filters-pending' : undefined}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

export function Filters({ filter, onChange, analysisReady = false }: FiltersProps) {
  const S = useStrings();
  return (
    <div class="filters" role="search" aria-label={S.filtersLabel}>
      <label class="phase-filter">
        <span>{S.phaseFilter}</span>
        <select
          name="phase"
          value={filter.phase}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isPhaseFilter(v)) onChange({ ...filter, phase: v });
          }}
        >
          {PHASE_FILTERS.map((p) => (
            <option key={p} value={p}>
              {p === 'all' ? S.phaseAll : S.phase[p]}
            </option>
          ))}
        </select>
      </label>
      <Toggle
        name="third-party-only"
        label={S.thirdPartyOnly}
        hint={S.thirdPartyOnly}
        checked={filter.thirdPartyOnly}
        onToggle={(v) => onChange({ ...filter, thirdPartyOnly: v })}
      />
      <Toggle
        name="non-eu-only"
        label={S.nonEuOnly}
        hint={analysisReady ? S.nonEuHint : S.needsAnalysis}
        checked={filter.nonEuOnly === true}
        disabled={!analysisReady}
        onToggle={(v) => onChange({ ...filter, nonEuOnly: v })}
      />
      <Toggle
        name="trackers-only"
        label={S.trackersOnly}
        hint={analysisReady ? S.trackersHint : S.needsAnalysis}
        checked={filter.trackersOnly === true}
        disabled={!analysisReady}
        onToggle={(v) => onChange({ ...filter, trackersOnly: v })}
      />
      <label class="search">
        <span class="sr-only">{S.search}</span>
        <input
          type="search"
          name="q"
          value={filter.query}
          placeholder={S.searchPlaceholder}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
      {!analysisReady && (
        <span id="filters-pending" class="filters-hint muted">
          {S.needsAnalysis}
        </span>
      )}
    </div>
  );
}
