// A collapsible report section: native <details> gives keyboard and screen-reader behaviour for free.
import type { ComponentChildren } from 'preact';
import { useStrings } from './strings.ts';

export interface SectionProps {
  id: string;
  title: string;
  /** Items shown after filtering */
  count: number;
  /** Items in the record; shown as "n of total" while filtering */
  total: number;
  open?: boolean;
  /** Draws attention to the count (e.g. recording notes exist) */
  alert?: boolean;
  children: ComponentChildren;
}

export function Section({ id, title, count, total, open = true, alert = false, children }: SectionProps) {
  const S = useStrings();
  const label = count === total ? S.num(count) : S.ofTotal(S.num(count), S.num(total));
  return (
    <details class="section" id={id} open={open}>
      <summary>
        <h2>{title}</h2>
        <span class={`count${alert && count > 0 ? ' count-alert' : ''}`}>{label}</span>
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
