// Pieces every evidence row ends with, in the popup and on the report page: the server a request went to and the
// script that wrote, each shown only when known.
import type { Attribution } from '../utils/observe/events.ts';
import type { Lang } from '../utils/i18n/lang.ts';
import { AttributionMark } from './attribution-mark.tsx';

/** " · 1.2.3.4 (US)" after a request, nothing without a server address. */
export function ServerNote({ ip, country }: { ip: string | null; country: string | null }) {
  if (!ip) return null;
  return (
    <span class="muted">
      {' '}
      · {ip}
      {country ? ` (${country})` : ''}
    </span>
  );
}

/**
 * " · by <name>" (or " · <name>" without `by`) and, when the name is a page-reported script, the mark that says how far
 * it can be trusted; nothing without a name.
 */
export function WriterNote(props: {
  name: string | null;
  by?: string;
  nameClass: string;
  script: string | null;
  attribution?: Attribution | null;
  lang: Lang;
}) {
  const { name, by, nameClass, script, attribution, lang } = props;
  return (
    <>
      {name && (
        <span class="muted">
          {' '}
          · {by !== undefined && <>{by} </>}
          <span class={nameClass}>{name}</span>
        </span>
      )}
      {script && <AttributionMark attribution={attribution} lang={lang} />}
    </>
  );
}
