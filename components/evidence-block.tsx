// A finding's evidence, the same rows on the popup and the report page: each page hands in its own phase mark, clock
// and texts (a Look), the markup is one.
import type { ComponentChild } from 'preact';
import type { EvidenceItem, Finding } from '../utils/findings/index.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import type { Phase } from '../utils/record/phase.ts';
import { ServerNote, WriterNote } from './evidence-parts.tsx';

type EvidenceWithWriter = Extract<EvidenceItem, { kind: 'request' | 'cookie' | 'storage' }>;

/** The words an evidence row needs; both pages' string tables have them. */
export interface EvidenceTexts {
  evidence: string;
  scripts: string;
  evBy: string;
  evOn: string;
  evSetBy: string;
  evIn: string;
  evCookie: string;
  evCheckbox: string;
  setBy: Readonly<Record<'http' | 'script' | 'unknown', string>>;
}

/** How one page draws the parts that differ: its phase mark, its clock, its length and count wording. */
export interface EvidenceLook {
  texts: EvidenceTexts;
  lang: Lang;
  phase(p: Phase): ComponentChild;
  /** `t` in ms since page start */
  time(t: number): string;
  /** "(first – last)" without the brackets */
  span(first: number, last: number): string;
  length(n: number): string;
  more(n: number): string;
  /** The report names the method beside the type (GET script); the narrow popup the type only. */
  withMethod: boolean;
  /** Extra class of values that may be long URLs ('url' on the report page: wrap anywhere) */
  urlClass: string;
}

function Time({ t, look }: { t: number | null; look: EvidenceLook }) {
  return t === null ? null : <span class="time">{look.time(t)}</span>;
}

/** Class of a value that may be a long URL. */
function longClass(look: EvidenceLook): string {
  return look.urlClass ? `mono ${look.urlClass}` : 'mono';
}

/** The writer of a request, cookie or storage row (for a cookie `name` may be the setting URL), with its mark. */
function Writer(props: {
  of: Pick<EvidenceWithWriter, 'script' | 'attribution'>;
  name: string | null;
  by?: string;
  look: EvidenceLook;
}) {
  const { of, name, by, look } = props;
  return (
    <WriterNote
      name={name}
      by={by}
      nameClass={longClass(look)}
      script={of.script}
      attribution={of.attribution}
      lang={look.lang}
    />
  );
}

function EvidenceLine({ e, look }: { e: EvidenceItem; look: EvidenceLook }) {
  const T = look.texts;
  const long = longClass(look);
  switch (e.kind) {
    case 'request':
      return (
        <>
          {look.phase(e.phase)} <Time t={e.t} look={look} />{' '}
          <span class="chip type">{look.withMethod ? `${e.method} ${e.type}` : e.type}</span>{' '}
          <span class={`${long} ev-main`}>{e.url}</span>
          <ServerNote ip={e.serverIp} country={e.serverCountry} />
          <Writer of={e} name={e.script} by={T.evBy} look={look} />
        </>
      );
    case 'cookie':
      return (
        <>
          {look.phase(e.phase)} <Time t={e.t} look={look} /> <span class="chip">{T.evCookie}</span>{' '}
          <span class="mono ev-main">{e.name}</span>{' '}
          <span class="muted">
            {T.evOn} <span class="mono">{e.domain}</span> · {look.length(e.valueLength)} · {T.evSetBy}{' '}
            {T.setBy[e.setBy]}
          </span>
          <Writer of={e} name={e.script ?? e.setByUrl} look={look} />
        </>
      );
    case 'storage':
      return (
        <>
          {look.phase(e.phase)} <Time t={e.t} look={look} /> <span class="chip">{e.storageKind}</span>{' '}
          <span class="mono ev-main">{e.key}</span>{' '}
          <span class="muted">
            {T.evOn} <span class={long}>{e.origin}</span> · {look.length(e.valueLength)}
          </span>
          <Writer of={e} name={e.script} by={T.evBy} look={look} />
        </>
      );
    case 'signal':
      return (
        <>
          {e.t !== null && (
            <>
              <Time t={e.t} look={look} />{' '}
            </>
          )}
          <span class="ftext">{e.detail}</span>
        </>
      );
    case 'form':
      return (
        <>
          <Time t={e.t} look={look} /> <span class="chip">{T.evCheckbox}</span> <span class="ftext">“{e.label}”</span>{' '}
          <span class="muted">
            {T.evIn} <span class={long}>{e.frameUrl}</span>
          </span>
        </>
      );
  }
}

/** Evidence rows (with their time span and the count of those left out), the scripts involved and the notes. */
export function EvidenceBlock({ evidence: ev, look }: { evidence: Finding['evidence']; look: EvidenceLook }) {
  const T = look.texts;
  return (
    <>
      {ev.items.length > 0 && (
        <>
          <p class="ev-head">
            <strong>{T.evidence}</strong>
            {ev.times && <span class="muted"> ({look.span(ev.times.first, ev.times.last)})</span>}
          </p>
          <ul class="evidence">
            {ev.items.map((e, i) => (
              <li key={i}>
                <EvidenceLine e={e} look={look} />
              </li>
            ))}
            {ev.more > 0 && <li class="muted">{look.more(ev.more)}</li>}
          </ul>
        </>
      )}
      {ev.scripts.length > 0 && (
        <p class="muted">
          <strong>{T.scripts}:</strong> <span class={longClass(look)}>{ev.scripts.join(', ')}</span>
        </p>
      )}
      {ev.notes.map((n, i) => (
        <p key={i} class="muted ftext">
          {n}
        </p>
      ))}
    </>
  );
}
