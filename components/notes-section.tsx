// What the recording could not capture as it happened: said out loud, never silently dropped.
import { relTime, type RecordView } from '../utils/record-view.ts';
import { Section } from './section.tsx';
import { T } from './strings.ts';

// Error lines vary in height and are rarely many; past this the rest is summarised.
const MAX_SHOWN = 200;

export function NotesSection({ view }: { view: RecordView }) {
  const n = view.errors.length + (view.partial ? 1 : 0);
  return (
    <Section id="notes" title={T.notes} count={n} total={n} open={n > 0} alert>
      {n === 0 ? <p class="none">{T.noNotes}</p> : (
        <ul class="notes">
          {view.partial && <li class="note-partial">{T.partial}</li>}
          {view.errors.slice(0, MAX_SHOWN).map((e, i) => (
            <li key={i}>
              <span class="time">{relTime(e.t, view.startedAt)}</span> <span class="chip">{e.where}</span> <span class="msg">{e.message}</span>
            </li>
          ))}
          {view.errors.length > MAX_SHOWN && <li class="muted">…and {(view.errors.length - MAX_SHOWN).toLocaleString('en')} more</li>}
        </ul>
      )}
    </Section>
  );
}
