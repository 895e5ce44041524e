// What the recording could not capture as it happened: said out loud, never silently dropped.
import type { RecordView } from '../utils/view/record-view.ts';
import { relText } from './format.ts';
import { Section } from './section.tsx';
import { useStrings } from './strings.ts';

// Error lines vary in height and are rarely many; past this the rest is summarised.
const MAX_SHOWN = 200;

export function NotesSection({ view }: { view: RecordView }) {
  const S = useStrings();
  const n = view.errors.length + (view.partial ? 1 : 0);
  return (
    <Section id="notes" title={S.notes} count={n} total={n} open={n > 0} alert>
      {n === 0 ? (
        <p class="none">{S.noNotes}</p>
      ) : (
        <ul class="notes">
          {view.partial && <li class="note-partial">{S.partial}</li>}
          {view.errors.slice(0, MAX_SHOWN).map((e, i) => (
            <li key={i}>
              <span class="time">{relText(S, e.t, view.startedAt)}</span> <span class="chip">{e.where}</span>{' '}
              <span class="msg">{e.message}</span>
            </li>
          ))}
          {view.errors.length > MAX_SHOWN && <li class="muted">{S.andMore(S.num(view.errors.length - MAX_SHOWN))}</li>}
        </ul>
      )}
    </Section>
  );
}
