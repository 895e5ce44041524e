// Long tables show one page of rows at a time, so 5,000 requests do not put 5,000 rows in the DOM.
import { useEffect, useState } from 'preact/hooks';
import type { ReportStrings } from './strings.ts';

/** Lists up to this many rows render whole; longer ones are paged. */
export const PAGE_THRESHOLD = 500;
export const PAGE_SIZE = 250;

export interface Paging {
  start: number;
  end: number;
  page: number;
  pages: number;
  setPage(page: number): void;
}

export function usePaging(count: number, resetKey: unknown, pageSize = PAGE_SIZE, threshold = PAGE_THRESHOLD): Paging {
  const [page, setPage] = useState(0);
  // A new snapshot starts again on the first page.
  useEffect(() => setPage(0), [resetKey]);
  if (count <= threshold) return { start: 0, end: count, page: 0, pages: 1, setPage };
  const pages = Math.ceil(count / pageSize);
  const p = Math.min(Math.max(0, page), pages - 1);
  return { start: p * pageSize, end: Math.min(count, (p + 1) * pageSize), page: p, pages, setPage };
}

export function Pager({ paging, count, label, s }: { paging: Paging; count: number; label: string; s: ReportStrings }) {
  if (paging.pages <= 1) return null;
  return (
    <nav class="pager no-print" aria-label={`${label}: ${s.pager}`}>
      <button type="button" disabled={paging.page === 0} onClick={() => paging.setPage(paging.page - 1)}>
        {s.prev}
      </button>
      <span class="pager-pos" role="status">
        {s.rowsOf(paging.start + 1, paging.end, count)}
      </span>
      <button type="button" disabled={paging.page >= paging.pages - 1} onClick={() => paging.setPage(paging.page + 1)}>
        {s.next}
      </button>
    </nav>
  );
}

export function PrintedPageNote({ paging, s }: { paging: Paging; s: ReportStrings }) {
  return paging.pages > 1 ? <p class="print-only muted">{s.printedPage}</p> : null;
}

/** A column head; `num` right-aligns it like its numbers. */
export type Head = string | { text: string; num: true };

export interface PagedTableProps<T> {
  items: readonly T[];
  /** CSS class of the table (cookies, storage, requests) */
  kind: string;
  label: string;
  heads: readonly Head[];
  s: ReportStrings;
  /** One <tr> for an item; `key` is stable across pages */
  row: (item: T, key: string) => preact.JSX.Element;
}

/** The frame every long table shares: pager, caption, head row, the current page's rows, the print note. */
export function PagedTable<T>({ items, kind, label, heads, s, row }: PagedTableProps<T>) {
  const paging = usePaging(items.length, items);
  return (
    <>
      <Pager paging={paging} count={items.length} label={label} s={s} />
      <div class="table-wrap">
        <table class={`report-table ${kind}`}>
          <caption class="sr-only">{label}</caption>
          <thead>
            <tr>
              {heads.map((h, i) =>
                typeof h === 'string' ? (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ) : (
                  <th key={i} scope="col" class="num">
                    {h.text}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{items.slice(paging.start, paging.end).map((x, i) => row(x, `${paging.start + i}`))}</tbody>
        </table>
      </div>
      <PrintedPageNote paging={paging} s={s} />
    </>
  );
}
