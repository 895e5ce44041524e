// The report page's state: a snapshot of the live record taken
// at open, the language, and the analysis in that language.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { openPageNote, type BundleInput } from '../../utils/export/index.ts';
import type { ExportBundle, ExportFile } from '../../utils/export/types.ts';
import { analyze, type Analysis, type Knowledge } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { ToolInfo } from '../../utils/export/report.ts';
import { hostOf } from './format.ts';
import { liveState } from './live.ts';
import { ReportPage } from './report-page.tsx';
import { stringsFor } from './strings.ts';

/** A report is read and handed on: it lists more evidence per finding than the popup. */
export const REPORT_MAX_EVIDENCE = 50;

export interface ReportAppProps {
  /**
   * The latest record pushed for the tab: undefined before the first push, null when there is none (or the tab closed)
   */
  latest: PageRecord | null | undefined;
  /** null while the IP table loads */
  knowledge: Knowledge | null;
  tool: ToolInfo;
  initialLang: Lang;
  /** null: the page was opened without `?tab=` */
  tabId: number | null;
  ipAttribution?: string | null | undefined;
  /** Told when the reader switches language (e.g. to keep `?lang=` in the address) */
  onLangChange?: ((lang: Lang) => void) | undefined;
  onExport?: ((file: ExportFile) => void) | undefined;
  buildBundle?: ((input: BundleInput) => Promise<ExportBundle>) | undefined;
  /** Clock for the snapshot time (tests) */
  now?: (() => number) | undefined;
  /** Whether the snapshot's page is still open in its tab (asked at each export: then the export says so) */
  pageOpen?: ((record: PageRecord) => Promise<boolean>) | undefined;
}

interface Snapshot {
  record: PageRecord;
  takenAt: number;
}

/** The engine promises not to throw; the report must render even if a rule breaks that promise. */
function safeAnalyze(record: PageRecord, knowledge: Knowledge, lang: Lang): Analysis | null {
  try {
    return analyze(record, knowledge, { lang, maxEvidence: REPORT_MAX_EVIDENCE });
  } catch {
    return null;
  }
}

export function ReportApp(props: ReportAppProps) {
  const { latest, knowledge, tool, tabId } = props;
  const now = props.now ?? Date.now;
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const s = stringsFor(lang);

  // The first record that arrives becomes the report; later pushes only raise the "update" banner.
  useEffect(() => {
    if (!snap && latest) setSnap({ record: latest, takenAt: now() });
  }, [snap, latest]);

  const analysis = useMemo(
    () => (snap && knowledge ? safeAnalyze(snap.record, knowledge, lang) : null),
    [snap, knowledge, lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = snap ? s.docTitle(hostOf(snap.record.url)) : s.kicker;
  }, [lang, snap]);

  const changeLang = (l: Lang): void => {
    setLang(l);
    props.onLangChange?.(l);
  };

  if (tabId === null)
    return (
      <main class="report state">
        <h1>{s.kicker}</h1>
        <p>{s.noTab}</p>
      </main>
    );
  if (!snap) {
    return (
      <main class="report state">
        <h1>{s.kicker}</h1>
        <p role="status">{latest === null ? s.noRecord : s.waiting}</p>
      </main>
    );
  }
  if (!analysis) {
    return (
      <main class="report state">
        <h1>{s.kicker}</h1>
        <p class="mono url">{snap.record.url}</p>
        <p role="status">{s.analysing}</p>
      </main>
    );
  }
  const state = liveState(snap.record, latest);
  const refresh = (): void => {
    if (latest) setSnap({ record: latest, takenAt: now() });
  };
  return (
    <ReportPage
      record={snap.record}
      analysis={analysis}
      tool={tool}
      finishedAt={snap.takenAt}
      lang={lang}
      onLangChange={changeLang}
      ipAttribution={props.ipAttribution}
      onExport={props.onExport}
      buildBundle={props.buildBundle}
      live={state ? { state, onRefresh: refresh } : null}
      exportNotes={async (l) => ((await props.pageOpen?.(snap.record)) ? [openPageNote(l)] : [])}
    />
  );
}
