// Requests over time, bucketed and stacked by consent phase, with the choice moment: data for the HTML export's SVG
// and the extension's report page (which renders the same Timeline with Preact).
import { PHASES, type Phase } from '../record/phase.ts';
import { htmlEscape as esc } from './html-escape.ts';

export interface TimelineBucket {
  /** ms since page start, `from` inclusive, `to` exclusive (the last bucket also holds t === spanMs) */
  from: number;
  to: number;
  byPhase: Record<Phase, number>;
  thirdParty: number;
}

export interface Timeline {
  /** Length of the time axis in ms: buckets.length × bucketMs, at least the latest request and the choice */
  spanMs: number;
  bucketMs: number;
  buckets: TimelineBucket[];
  /** Most requests in one bucket (0 when there are none) */
  max: number;
  /** ms since page start; null without a choice */
  choiceAt: number | null;
  choiceAction: 'accept' | 'reject' | null;
  /** Requests left out because their time or phase was not a valid value */
  dropped: number;
}

export interface TimelineRequest {
  t: number;
  phase: Phase;
  thirdParty: boolean;
}
export interface TimelineChoice {
  at: number;
  action: 'accept' | 'reject';
}

export const DEFAULT_BUCKETS = 60;
const MAX_BUCKETS = 1000;
const PHASE_SET: ReadonlySet<string> = new Set(PHASES);

/** The smallest 1, 2 or 5 × 10^k not below x (at least 1 ms): bucket widths that make round axis labels. */
export function niceStep(x: number): number {
  if (!Number.isFinite(x) || x <= 1) return 1;
  const pow = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * pow >= x) return m * pow;
  return 10 * pow;
}

function isPhase(x: unknown): x is Phase {
  return typeof x === 'string' && PHASE_SET.has(x);
}

const emptyPhases = (): Record<Phase, number> => ({ 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 });

// Times before the page start (a preflight, a service worker) are drawn at 0 rather than lost.
const clampTime = (t: number): number => (t < 0 ? 0 : t);

export function timelineOf(
  requests: ReadonlyArray<TimelineRequest>,
  choice: TimelineChoice | null,
  opts: { buckets?: number } = {},
): Timeline {
  const wanted = opts.buckets;
  const maxBuckets =
    typeof wanted === 'number' && Number.isFinite(wanted)
      ? Math.min(MAX_BUCKETS, Math.max(1, Math.floor(wanted)))
      : DEFAULT_BUCKETS;
  const valid =
    choice !== null &&
    typeof choice === 'object' &&
    Number.isFinite(choice.at) &&
    (choice.action === 'accept' || choice.action === 'reject');
  const choiceAt = valid ? clampTime(choice.at) : null;
  let latest = choiceAt ?? 0;
  let dropped = 0;
  const list = Array.isArray(requests) ? requests : [];
  for (const r of list) {
    if (typeof r?.t === 'number' && Number.isFinite(r.t) && isPhase(r.phase)) latest = Math.max(latest, clampTime(r.t));
  }
  const bucketMs = niceStep(latest / maxBuckets);
  const count = Math.min(maxBuckets, Math.max(1, Math.ceil(latest / bucketMs)));
  const buckets: TimelineBucket[] = Array.from({ length: count }, (_, i) => ({
    from: i * bucketMs,
    to: (i + 1) * bucketMs,
    byPhase: emptyPhases(),
    thirdParty: 0,
  }));
  const totals = new Array<number>(count).fill(0);
  for (const r of list) {
    const t: unknown = r?.t;
    const phase: unknown = r?.phase;
    if (typeof t !== 'number' || !Number.isFinite(t) || !isPhase(phase)) {
      dropped++;
      continue;
    }
    const i = Math.min(count - 1, Math.floor(clampTime(t) / bucketMs));
    const b = buckets[i];
    if (!b) continue;
    b.byPhase[phase]++;
    if (r.thirdParty === true) b.thirdParty++;
    totals[i] = (totals[i] ?? 0) + 1;
  }
  let max = 0;
  for (const n of totals) if (n > max) max = n;
  return {
    spanMs: count * bucketMs,
    bucketMs,
    buckets,
    max,
    choiceAt,
    choiceAction: valid ? choice.action : null,
    dropped,
  };
}

export interface TimelineLabels {
  title: string;
  /** Long description for screen readers; {requests}, {thirdParty} and {span} are filled in */
  desc: string;
  phases: Record<Phase, string>;
  choice: Record<'accept' | 'reject', string>;
  thirdParty: string;
  /** Unit after axis numbers, e.g. 's' */
  seconds: string;
  noRequests: string;
  /** Decimal separator for axis labels ('.' or ',') */
  decimal: string;
}

/** Phase colours, chosen to stay apart for the common colour-vision deficiencies and in greyscale print. */
export const PHASE_COLORS: Readonly<Record<Phase, string>> = {
  'before-choice': '#d95f02',
  'after-reject': '#7570b3',
  'after-accept': '#1b9e77',
};

/** Seconds with at most two decimals and the language's separator: 1500 → "1.5". */
export function secondsText(ms: number, decimal: string): string {
  const s = Math.round(ms / 10) / 100;
  return String(s).replace('.', decimal);
}

const W = 800;
const H = 260;
const LEFT = 48;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 56;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;

const n2 = (x: number): string => String(Math.round(x * 100) / 100);

/**
 * The timeline as inline SVG (no external references, every text escaped) with a fixed viewBox that scales to its box;
 * `id` prefixes the element ids when a page holds several.
 */
export function timelineSvg(tl: Timeline, labels: TimelineLabels, id = 'tl'): string {
  const idp = id.replace(/[^a-zA-Z0-9_-]/g, '_');
  const total = tl.buckets.reduce((sum, b) => sum + PHASES.reduce((s, p) => s + b.byPhase[p], 0), 0);
  const third = tl.buckets.reduce((sum, b) => sum + b.thirdParty, 0);
  const span = `${secondsText(tl.spanMs, labels.decimal)} ${labels.seconds}`;
  const desc = labels.desc
    .replace('{requests}', String(total))
    .replace('{thirdParty}', String(third))
    .replace('{span}', span);
  const parts: string[] = [
    `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${idp}-title ${idp}-desc" preserveAspectRatio="xMidYMid meet">`,
    `<title id="${idp}-title">${esc(labels.title)}</title><desc id="${idp}-desc">${esc(desc)}</desc>`,
    `<rect x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#999" stroke-width="1"/>`,
  ];
  const max = Math.max(1, tl.max);
  const n = Math.max(1, tl.buckets.length);
  const bw = PLOT_W / n;
  const gap = bw > 4 ? 1 : 0;
  tl.buckets.forEach((b, i) => {
    let y = TOP + PLOT_H;
    for (const p of PHASES) {
      const c = b.byPhase[p];
      if (c <= 0) continue;
      const h = (c / max) * PLOT_H;
      y -= h;
      parts.push(
        `<rect x="${n2(LEFT + i * bw + gap / 2)}" y="${n2(y)}" width="${n2(Math.max(0.5, bw - gap))}" height="${n2(h)}" fill="${PHASE_COLORS[p]}"><title>${esc(`${secondsText(b.from, labels.decimal)}–${secondsText(b.to, labels.decimal)} ${labels.seconds}: ${c} ${labels.phases[p]}`)}</title></rect>`,
      );
    }
  });
  if (total > 0) {
    // Third-party share of each bar: a dark mark at the height of its third-party count.
    tl.buckets.forEach((b, i) => {
      if (b.thirdParty <= 0) return;
      const y = TOP + PLOT_H - (b.thirdParty / max) * PLOT_H;
      parts.push(
        `<line x1="${n2(LEFT + i * bw)}" y1="${n2(y)}" x2="${n2(LEFT + (i + 1) * bw)}" y2="${n2(y)}" stroke="#111" stroke-width="2.5"/>`,
      );
    });
  } else {
    parts.push(
      `<text x="${W / 2}" y="${TOP + PLOT_H / 2}" text-anchor="middle" font-size="14" fill="#555">${esc(labels.noRequests)}</text>`,
    );
  }
  // Axes: 0, max on y; 0, middle, end on x.
  parts.push(`<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end" font-size="12" fill="#333">${tl.max}</text>`);
  parts.push(`<text x="${LEFT - 6}" y="${TOP + PLOT_H}" text-anchor="end" font-size="12" fill="#333">0</text>`);
  for (const f of [0, 0.5, 1]) {
    const anchor = f === 0 ? 'start' : f === 1 ? 'end' : 'middle';
    parts.push(
      `<text x="${n2(LEFT + f * PLOT_W)}" y="${TOP + PLOT_H + 16}" text-anchor="${anchor}" font-size="12" fill="#333">${esc(`${secondsText(f * tl.spanMs, labels.decimal)} ${labels.seconds}`)}</text>`,
    );
  }
  if (tl.choiceAt !== null && tl.choiceAction !== null) {
    const x = LEFT + Math.min(1, tl.spanMs > 0 ? tl.choiceAt / tl.spanMs : 0) * PLOT_W;
    const label = `${labels.choice[tl.choiceAction]} ${secondsText(tl.choiceAt, labels.decimal)} ${labels.seconds}`;
    const anchor = x > LEFT + PLOT_W * 0.8 ? 'end' : 'start';
    parts.push(
      `<line x1="${n2(x)}" y1="${TOP - 8}" x2="${n2(x)}" y2="${TOP + PLOT_H}" stroke="#000" stroke-width="2"/>`,
    );
    parts.push(
      `<text x="${n2(anchor === 'start' ? x + 4 : x - 4)}" y="${TOP - 12}" text-anchor="${anchor}" font-size="12" font-weight="bold" fill="#000">${esc(label)}</text>`,
    );
  }
  // Legend
  let lx = LEFT;
  const ly = H - 14;
  for (const p of PHASES) {
    parts.push(
      `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${PHASE_COLORS[p]}"/><text x="${lx + 16}" y="${ly}" font-size="12" fill="#333">${esc(labels.phases[p])}</text>`,
    );
    lx += 24 + labels.phases[p].length * 7;
  }
  parts.push(
    `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 16}" y2="${ly - 4}" stroke="#111" stroke-width="2.5"/><text x="${lx + 24}" y="${ly}" font-size="12" fill="#333">${esc(labels.thirdParty)}</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
