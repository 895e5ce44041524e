// Recording notes and analysis errors: the report is complete only when this list is empty.
import type { Analysis } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { secs } from './format.ts';
import type { RecordSectionProps } from './section-props.ts';

export function NotesList({ record, analysis, lang, s }: RecordSectionProps) {
  if (notesCount(record, analysis) === 0) return <p class="none">{s.noNotes}</p>;
  return (
    <ul class="notes">
      {record.partial && <li class="warn">{s.partial}</li>}
      {record.errors.map((e, i) => (
        <li key={`r${i}`}>
          <span class="time">{secs(e.t - record.startedAt, lang)}</span> <span class="chip">{e.where}</span> {e.message}
        </li>
      ))}
      {analysis.errors.map((e, i) => (
        <li key={`a${i}`}>
          <span class="chip">analysis</span> {e}
        </li>
      ))}
    </ul>
  );
}

export function notesCount(record: PageRecord, analysis: Analysis): number {
  return record.errors.length + analysis.errors.length + (record.partial ? 1 : 0);
}
