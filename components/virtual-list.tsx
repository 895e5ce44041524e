// Fixed-row-height list that renders only the rows in view once it is long, so 5,000 requests do not stall the popup.
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export const WINDOW_THRESHOLD = 200;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is exactly this tall (px); rows clip their own overflow. */
  rowHeight: number;
  /** Height (px) of the scroll box when windowed. */
  height: number;
  getKey: (item: T, index: number) => string;
  renderRow: (item: T, index: number) => ComponentChild;
  label: string;
  /** Lists up to this many items render whole. */
  threshold?: number;
  /** Extra rows above and below the visible ones (from the second render on: the first makes only what is in view). */
  overscan?: number;
  className?: string;
}

/** First and last (exclusive) index to render for a scroll position. Pure, exported for tests. */
export function windowRange(
  count: number,
  rowHeight: number,
  height: number,
  scrollTop: number,
  overscan: number,
): [number, number] {
  const visible = Math.ceil(height / rowHeight);
  const maxStart = Math.max(0, count - visible);
  const first = Math.min(maxStart, Math.max(0, Math.floor(scrollTop / rowHeight)));
  return [Math.max(0, first - overscan), Math.min(count, first + visible + overscan)];
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, height, getKey, renderRow, label, threshold = WINDOW_THRESHOLD, overscan = 8 } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const windowed = items.length > threshold;
  // The first render of a windowed list makes only the rows in view; the overscan follows after that frame has painted
  // (an effect), so that a popup opening on 500 cookies builds, styles and lays out half the rows before it shows.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (windowed && !painted) setPainted(true);
  }, [windowed, painted]);
  const cls = `vlist${props.className ? ` ${props.className}` : ''}`;

  if (!windowed) {
    return (
      <div class={cls} role="list" aria-label={label}>
        {items.map((item, i) => (
          <div key={getKey(item, i)} class="vrow" role="listitem" style={{ height: `${rowHeight}px` }}>
            {renderRow(item, i)}
          </div>
        ))}
      </div>
    );
  }

  const [start, end] = windowRange(items.length, rowHeight, height, scrollTop, painted ? overscan : 0);
  const rows: ComponentChild[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (item === undefined) continue;
    rows.push(
      <div
        key={getKey(item, i)}
        class="vrow"
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={items.length}
        style={{ position: 'absolute', top: `${i * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      class={`${cls} vlist-windowed`}
      role="list"
      aria-label={label}
      tabIndex={0}
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
