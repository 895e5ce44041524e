// The page load as stacked bars per time bucket, coloured and patterned by consent phase, with the choice marked.
import { niceStep, PHASE_COLORS, type Timeline } from '../../utils/export/timeline.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { PHASES, type Phase } from '../../utils/record/phase.ts';
import { digitsForStep, num, secs } from './format.ts';
import type { ReportStrings } from './strings.ts';

/** Fixed drawing box; the SVG scales to its container through the viewBox. */
export const CHART = { width: 960, height: 280, left: 56, right: 16, top: 36, bottom: 40 } as const;
export const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
export const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;

/** x of a time (ms since page start) on the chart; times past the axis end stay at its right edge. */
export function xOfTime(tl: Pick<Timeline, 'spanMs'>, t: number): number {
  const f = tl.spanMs > 0 && Number.isFinite(t) ? Math.min(1, Math.max(0, t / tl.spanMs)) : 0;
  return CHART.left + f * PLOT_WIDTH;
}

export function tickStep(spanMs: number): number {
  return Number.isFinite(spanMs) && spanMs > 0 ? niceStep(spanMs / 6) : 1;
}

/** Axis ticks at round times: 0, step, 2·step … up to the span. */
export function timeTicks(spanMs: number): number[] {
  if (!Number.isFinite(spanMs) || spanMs <= 0) return [0];
  const step = tickStep(spanMs);
  const ticks: number[] = [];
  for (let i = 0; i * step <= spanMs + 1e-9 && ticks.length < 50; i++) ticks.push(i * step);
  return ticks;
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Patterns so phases differ without colour too (greyscale print, colour-vision deficiencies). */
function PhasePatterns({ idp }: { idp: string }) {
  return (
    <defs>
      <pattern id={`${idp}-before-choice`} patternUnits="userSpaceOnUse" width="6" height="6">
        <rect width="6" height="6" fill={PHASE_COLORS['before-choice']} />
      </pattern>
      <pattern
        id={`${idp}-after-reject`}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={PHASE_COLORS['after-reject']} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2.5" />
      </pattern>
      <pattern id={`${idp}-after-accept`} patternUnits="userSpaceOnUse" width="6" height="6">
        <rect width="6" height="6" fill={PHASE_COLORS['after-accept']} />
        <circle cx="3" cy="3" r="1.3" fill="#ffffff" />
      </pattern>
    </defs>
  );
}

const fillOf = (idp: string, p: Phase): string => `url(#${idp}-${p})`;

export interface TimelineChartProps {
  timeline: Timeline;
  lang: Lang;
  s: ReportStrings;
  /** Prefix of the pattern ids (unique per page) */
  idPrefix?: string;
}

export function TimelineChart({ timeline: tl, lang, s, idPrefix = 'tl' }: TimelineChartProps) {
  const idp = idPrefix.replace(/[^a-zA-Z0-9_-]/g, '_');
  const total = tl.buckets.reduce((sum, b) => sum + PHASES.reduce((x, p) => x + b.byPhase[p], 0), 0);
  const max = Math.max(1, tl.max);
  const n = Math.max(1, tl.buckets.length);
  const bw = PLOT_WIDTH / n;
  const gap = bw > 4 ? 1 : 0;
  const base = CHART.top + PLOT_HEIGHT;
  const yOf = (count: number): number => base - (count / max) * PLOT_HEIGHT;
  const marker =
    tl.choiceAt !== null && tl.choiceAction !== null
      ? { x: xOfTime(tl, tl.choiceAt), label: s.marker(tl.choiceAction, secs(tl.choiceAt, lang)) }
      : null;
  const markerEnd = marker !== null && marker.x > CHART.left + PLOT_WIDTH * 0.75;

  const bars = tl.buckets.flatMap((b, i) => {
    let y = base;
    return PHASES.flatMap((p) => {
      const c = b.byPhase[p];
      if (c <= 0) return [];
      const h = (c / max) * PLOT_HEIGHT;
      y -= h;
      return [
        <rect
          key={`${i}-${p}`}
          class={`bar bar-${p}`}
          x={r2(CHART.left + i * bw + gap / 2)}
          y={r2(y)}
          width={r2(Math.max(0.5, bw - gap))}
          height={r2(h)}
          fill={fillOf(idp, p)}
          data-phase={p}
        >
          <title>{`${s.bucketTitle(secs(b.from, lang), secs(b.to, lang))}: ${num(c, lang)} ${s.phase[p]}`}</title>
        </rect>,
      ];
    });
  });
  const tickDigits = digitsForStep(tickStep(tl.spanMs));
  // Third-party requests per bucket as a level mark across the
  // bar: readable without colour, no zig-zag between buckets.
  const thirdMarks = tl.buckets.flatMap((b, i) =>
    b.thirdParty > 0
      ? [
          <line
            key={`tp${i}`}
            class="third-mark"
            x1={r2(CHART.left + i * bw)}
            x2={r2(CHART.left + (i + 1) * bw)}
            y1={r2(yOf(b.thirdParty))}
            y2={r2(yOf(b.thirdParty))}
          >
            <title>{`${s.bucketTitle(secs(b.from, lang), secs(b.to, lang))}: ${num(b.thirdParty, lang)} ${s.legendThirdParty}`}</title>
          </line>,
        ]
      : [],
  );
  const desc = `${s.chartSummary(total, secs(tl.spanMs, lang))}${marker ? ` ${marker.label}.` : ''}`;

  return (
    <figure class="timeline">
      <svg
        class="timeline-chart"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${idp}-title ${idp}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${idp}-title`}>{s.chartLabel}</title>
        <desc id={`${idp}-desc`}>{desc}</desc>
        <PhasePatterns idp={idp} />
        <rect class="plot" x={CHART.left} y={CHART.top} width={PLOT_WIDTH} height={PLOT_HEIGHT} />
        {timeTicks(tl.spanMs).map((t) => {
          const x = r2(xOfTime(tl, t));
          return (
            <g key={t} class="tick">
              <line class="grid" x1={x} y1={CHART.top} x2={x} y2={base + 4} />
              <text class="axis-label" x={x} y={base + 18} text-anchor="middle">
                {secs(t, lang, tickDigits)}
              </text>
            </g>
          );
        })}
        <text class="axis-label" x={CHART.left - 8} y={CHART.top + 4} text-anchor="end">
          {num(tl.max, lang)}
        </text>
        <text class="axis-label" x={CHART.left - 8} y={base} text-anchor="end">
          0
        </text>
        <text class="axis-title" x={CHART.left + PLOT_WIDTH} y={CHART.height - 4} text-anchor="end">
          {s.axisTime}
        </text>
        <text
          class="axis-title"
          x={14}
          y={CHART.top + PLOT_HEIGHT / 2}
          text-anchor="middle"
          transform={`rotate(-90 14 ${CHART.top + PLOT_HEIGHT / 2})`}
        >
          {s.axisRequests}
        </text>
        {bars}
        {total > 0 ? (
          thirdMarks
        ) : (
          <text class="axis-title" x={CHART.left + PLOT_WIDTH / 2} y={CHART.top + PLOT_HEIGHT / 2} text-anchor="middle">
            {s.noRequests}
          </text>
        )}
        {marker && (
          <g class={`choice-marker choice-${tl.choiceAction}`}>
            <line class="marker-line" x1={r2(marker.x)} y1={CHART.top - 10} x2={r2(marker.x)} y2={base} />
            <text
              class="marker-label"
              x={r2(markerEnd ? marker.x - 6 : marker.x + 6)}
              y={CHART.top - 14}
              text-anchor={markerEnd ? 'end' : 'start'}
            >
              {marker.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        <ul class="legend">
          {PHASES.map((p) => (
            <li key={p}>
              <svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={fillOf(idp, p)} />
              </svg>{' '}
              {s.phase[p]}
            </li>
          ))}
          <li>
            <svg class="swatch swatch-line" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true">
              <line class="third-mark" x1="0" y1="7" x2="22" y2="7" />
            </svg>{' '}
            {s.legendThirdParty}
          </li>
        </ul>
        <p class="muted">
          {desc}
          {marker ? '' : ` ${s.noChoiceMarker}`}
        </p>
      </figcaption>
    </figure>
  );
}
