// Export buttons: the bundle is built once on the first click (cached per analysis) and each file is saved from it.
import { useState } from 'preact/hooks';
import type { ExportBundle, ExportFile, ExportKind } from '../../utils/export/types.ts';
import type { ReportStrings } from './strings.ts';

export const EXPORT_KINDS: readonly ExportKind[] = [
  'json',
  'html',
  'csv-findings',
  'csv-cookies',
  'csv-requests',
  'har',
];

export interface ExportBarProps {
  s: ReportStrings;
  getBundle: () => Promise<ExportBundle>;
  onFile: (file: ExportFile) => void;
}

// Kept as data, not text, so a language switch re-words a message already shown.
type Message = { kind: 'preparing' } | { kind: 'done'; name: string } | { kind: 'failed'; why: string } | null;

function messageText(m: Message, s: ReportStrings): string {
  if (!m) return '';
  return m.kind === 'preparing' ? s.preparing : m.kind === 'done' ? s.exported(m.name) : s.exportFailed(m.why);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function ExportBar({ s, getBundle, onFile }: ExportBarProps) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [msg, setMsg] = useState<Message>(null);
  const run = async (kind: ExportKind): Promise<void> => {
    setBusy(kind);
    setMsg({ kind: 'preparing' });
    try {
      const file = (await getBundle()).files[kind];
      onFile(file);
      setMsg({ kind: 'done', name: file.name });
    } catch (e) {
      setMsg({ kind: 'failed', why: message(e) });
    } finally {
      setBusy(null);
    }
  };
  const failed = msg?.kind === 'failed';
  return (
    <div class="export-bar" role="group" aria-label={s.exportLabel}>
      <span class="group-label" aria-hidden="true">
        {s.exportLabel}:
      </span>
      {EXPORT_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          class="btn"
          data-export={k}
          title={s.exportHint[k]}
          disabled={busy !== null}
          onClick={() => void run(k)}
        >
          {s.exportKind[k]}
        </button>
      ))}
      <span class={`export-msg${failed ? ' error' : ''}`} role={failed ? 'alert' : 'status'}>
        {messageText(msg, s)}
      </span>
    </div>
  );
}
