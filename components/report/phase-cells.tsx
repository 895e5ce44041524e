// Columns per consent phase, as the summary matrices and the third-party table draw them: a tagged header cell and a
// number cell for each phase, in PHASES order.
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../utils/i18n/lang.ts';
import { PHASES, type Phase } from '../../utils/record/phase.ts';
import { num } from './format.ts';
import { PhaseTag } from './phase-tag.tsx';
import type { ReportStrings } from './strings.ts';

/** One header cell per phase with its tag, `label` above the tag when given. */
export function PhaseHeads({ s, label }: { s: ReportStrings; label?: string }) {
  return (
    <>
      {PHASES.map((p) => (
        <th key={p} scope="col" class="num">
          {label !== undefined && (
            <>
              {label}
              <br />
            </>
          )}
          <PhaseTag phase={p} s={s} />
        </th>
      ))}
    </>
  );
}

/** One number cell per phase. */
export function PhaseCells({ counts, lang }: { counts: Readonly<Record<Phase, number>>; lang: Lang }) {
  return (
    <>
      {PHASES.map((p) => (
        <td key={p} class="num">
          {num(counts[p], lang)}
        </td>
      ))}
    </>
  );
}

/** A table of counts by phase: `first` heads the row-label column, `extraHeads` stand between the phases and Total. */
export function PhaseMatrix(props: {
  caption: string;
  first: string;
  extraHeads?: readonly string[];
  s: ReportStrings;
  children: ComponentChildren;
}) {
  const { caption, first, extraHeads = [], s, children } = props;
  return (
    <div class="table-wrap">
      <table class="report-table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <PhaseHeads s={s} />
            {extraHeads.map((h) => (
              <th key={h} scope="col" class="num">
                {h}
              </th>
            ))}
            <th scope="col" class="num">
              {s.total}
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
