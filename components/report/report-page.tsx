// The full audit report of one page: plain props in (record, analysis,
// tool info, language), so tests render it without browser APIs.
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { buildExportBundle, type BundleInput } from '../../utils/export/index.ts';
import type { ExportBundle, ExportFile } from '../../utils/export/types.ts';
import type { Analysis } from '../../utils/findings/index.ts';
import { LANGS, type Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { ToolInfo } from '../../utils/export/report.ts';
import { timelineOf } from '../../utils/export/timeline.ts';
import { ConsentSection } from './consent-section.tsx';
import { downloadFile } from './download.ts';
import { ExportBar } from './export-bar.tsx';
import { FindingsList } from './findings-list.tsx';
import { dateTime, num, secs } from './format.ts';
import type { LiveState } from './live.ts';
import { NotesList, notesCount } from './notes-section.tsx';
import { ReportFooter } from './report-footer.tsx';
import { RequestsTable } from './requests-table.tsx';
import { DE, EN, stringsFor, type ReportStrings } from './strings.ts';
import { recordGaps } from '../../utils/record/record-gaps.ts';
import { SummarySection } from './summary-section.tsx';
import { CookiesTable, StorageTable, ThirdPartiesTable } from './tables.tsx';
import { ServerSideTable } from './server-side-table.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import '../theme.css';
import './report.css';

export interface ReportPageProps {
  /** The snapshot the report is about */
  record: PageRecord;
  /** analyze(record, knowledge, { lang }) of that snapshot */
  analysis: Analysis;
  tool: ToolInfo;
  /** When the snapshot was taken (epoch ms): the audit's end time */
  finishedAt: number;
  lang: Lang;
  /** The EN/DE switch; without it the switch is not shown */
  onLangChange?: ((lang: Lang) => void) | undefined;
  /** Licence line of the IP data (from ip-country.meta.json); the built-in wording when null/absent */
  ipAttribution?: string | null | undefined;
  /** Saves one export file; default: Blob URL + <a download> click */
  onExport?: ((file: ExportFile) => void) | undefined;
  /** Builds the export bundle; default buildExportBundle (tests may stub it) */
  buildBundle?: ((input: BundleInput) => Promise<ExportBundle>) | undefined;
  /** How the live record differs from this snapshot, and how to take a new one */
  live?: { state: LiveState; onRefresh: () => void } | null | undefined;
  /** Asked at each export: notes on how it is taken (the audited page still open), in the report's language */
  exportNotes?: ((lang: Lang) => Promise<string[]>) | undefined;
}

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: string;
  children: ComponentChildren;
}) {
  return (
    <section id={id} class="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {count !== undefined && <span class="count"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}

function LiveBanner({ live, s }: { live: NonNullable<ReportPageProps['live']>; s: ReportStrings }) {
  const st = live.state;
  const text =
    st.kind === 'new'
      ? s.liveNew(st.count)
      : st.kind === 'changed'
        ? s.liveChanged
        : st.kind === 'other-page'
          ? s.liveOtherPage(st.url)
          : s.liveClosed;
  return (
    <div class="live-banner no-print" role="status">
      <span>{text}</span>
      {st.kind !== 'closed' && (
        <button type="button" class="btn" onClick={live.onRefresh}>
          {st.kind === 'other-page' ? s.showNewPage : s.refresh}
        </button>
      )}
    </div>
  );
}

function LangSwitch({ lang, onChange, s }: { lang: Lang; onChange: (l: Lang) => void; s: ReportStrings }) {
  const name: Record<Lang, string> = { en: EN.langName, de: DE.langName };
  return (
    <div class="lang-switch" role="group" aria-label={s.language}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          class="btn"
          lang={l}
          aria-pressed={l === lang}
          data-lang={l}
          onClick={() => l !== lang && onChange(l)}
        >
          {name[l]}
        </button>
      ))}
    </div>
  );
}

export function ReportPage(props: ReportPageProps) {
  const { record, analysis, tool, finishedAt, lang, onLangChange, live } = props;
  const s = stringsFor(lang);
  const build = props.buildBundle ?? buildExportBundle;
  const save = props.onExport ?? ((file: ExportFile) => downloadFile(file));

  // One bundle per analysis (a new snapshot or language is a new
  // analysis); a failed build is forgotten so a retry can work.
  // The notes are asked for at each export: a bundle built while the page was open is not reused once it is left.
  const cache = useRef<{ key: Analysis; notes: string; promise: Promise<ExportBundle> } | null>(null);
  const [hash, setHash] = useState<{ key: Analysis; sha: string } | null>(null);
  const getBundle = async (): Promise<ExportBundle> => {
    const notes = (await props.exportNotes?.(lang).catch(() => [])) ?? [];
    const cached = cache.current;
    if (cached && cached.key === analysis && cached.notes === notes.join('\n')) return cached.promise;
    const key = analysis;
    const promise = build({ record, analysis, tool, finishedAt, lang, ...(notes.length ? { notes } : {}) });
    cache.current = { key, notes: notes.join('\n'), promise };
    // The JSON file's own body hash is the bundle's report hash: what `verify` recomputes.
    promise.then(
      (b) => setHash({ key, sha: b.integrity.report }),
      () => {
        if (cache.current?.promise === promise) cache.current = null;
      },
    );
    return promise;
  };
  const sha = hash && hash.key === analysis ? hash.sha : null;

  const timeline = useMemo(() => {
    const c = record.consent.choice;
    return timelineOf(analysis.requests, c ? { at: c.at - record.startedAt, action: c.action } : null);
  }, [analysis, record]);

  return (
    <div class="report" lang={lang}>
      <header class="report-head">
        <p class="kicker">{s.kicker}</p>
        <h1>
          <span class="sr-only">{s.testedUrl}: </span>
          <span class="mono url report-url">{record.url}</span>
        </h1>
        <dl class="facts meta">
          <dt>{s.site}</dt>
          <dd class="mono">{record.site || '—'}</dd>
          <dt>{s.started}</dt>
          <dd class="started">{dateTime(record.startedAt, lang)}</dd>
          <dt>{s.finished}</dt>
          <dd class="finished">
            {dateTime(finishedAt, lang)}{' '}
            <span class="muted">
              ({s.duration} {secs(finishedAt - record.startedAt, lang)})
            </span>
          </dd>
        </dl>
        <div class="toolbar no-print">
          {onLangChange && <LangSwitch lang={lang} onChange={onLangChange} s={s} />}
          <button type="button" class="btn btn-primary" data-print onClick={() => window.print()}>
            {s.print}
          </button>
          <ExportBar s={s} getBundle={getBundle} onFile={save} />
        </div>
        {live && <LiveBanner live={live} s={s} />}
        <p class="muted small snapshot-note">{s.snapshotNote}</p>
      </header>
      <main>
        <Section id="summary" title={s.summary}>
          {record.partial && (
            <p class="banner warn" role="note">
              {s.partial}
            </p>
          )}
          <SummarySection analysis={analysis} lang={lang} s={s} incomplete={recordGaps(record).length > 0} />
        </Section>
        <Section id="consent" title={s.consent}>
          <ConsentSection record={record} analysis={analysis} lang={lang} s={s} />
        </Section>
        <Section id="timeline" title={s.timeline}>
          <p class="muted">{s.timelineIntro}</p>
          <TimelineChart timeline={timeline} lang={lang} s={s} />
        </Section>
        <Section id="findings" title={s.findings} count={num(analysis.findings.length, lang)}>
          <FindingsList findings={analysis.findings} lang={lang} s={s} />
        </Section>
        <Section id="third-parties" title={s.thirdParties} count={num(analysis.thirdParties.length, lang)}>
          <ThirdPartiesTable items={analysis.thirdParties} lang={lang} s={s} />
          <ServerSideTable items={analysis.serverSideCollectors} lang={lang} s={s} />
        </Section>
        <Section id="cookies" title={s.cookies} count={num(analysis.cookies.length, lang)}>
          <CookiesTable items={analysis.cookies} lang={lang} s={s} />
        </Section>
        <Section id="storage" title={s.storage} count={num(analysis.storage.length, lang)}>
          <StorageTable items={analysis.storage} lang={lang} s={s} />
        </Section>
        <Section id="requests" title={s.requests} count={num(analysis.requests.length, lang)}>
          <RequestsTable requests={analysis.requests} entries={record.requests} lang={lang} s={s} />
        </Section>
        <Section id="notes" title={s.notes} count={num(notesCount(record, analysis), lang)}>
          <NotesList record={record} analysis={analysis} lang={lang} s={s} />
        </Section>
      </main>
      <ReportFooter tool={tool} s={s} ipAttribution={props.ipAttribution ?? null} sha256={sha} />
    </div>
  );
}
