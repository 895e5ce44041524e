// Which values can tell fresh visitors apart: random enough to be an id, not a time, a counter or a random number.
const MIN_LEN = 6;
const MAX_LEN = 256;
const ID_CHARS = /^[A-Za-z0-9._~:|+/=-]+$/;
const MIN_DISTINCT = 5;
/** Epoch times within this distance of the run read as "when", not "who". */
const NEAR_MS = 3 * 24 * 3600 * 1000;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const NUMBER = /^\d+(\.\d+)?$/;
/** A tag's account id (`G-XXXX`, `UA-1234-1`, `GTM-…`) or a version (`v1.24.3`): a page constant. */
const ACCOUNT_ID = /^(G|UA|GTM|AW|DC|GT|MC|YT|OPT|AP)-[A-Z0-9-]+$/i;
const VERSION = /^v?\d+(\.\d+){1,3}$/;
/** Of two values, the part that differs (common start and end removed) must be this long and this share of each. */
const MIN_CORE = 4;
const MIN_CORE_SHARE = 0.5;

/** A number in seconds or milliseconds since the epoch, or an ISO date, near `nearMs` (the run's time). */
export function isTimeNear(value: string, nearMs: number): boolean {
  if (ISO_DATE.test(value)) return true;
  if (!NUMBER.test(value)) return false;
  const n = Number(value);
  return [n, n * 1000].some((ms) => Math.abs(ms - nearMs) <= NEAR_MS);
}

/** Random enough to be a per-visitor id when it differs between fresh profiles: 6 to 256 id characters, 5 distinct. */
export function randomEnough(value: string, nearMs: number): boolean {
  const v = value.trim();
  if (v.length < MIN_LEN || v.length > MAX_LEN || !ID_CHARS.test(v)) return false;
  // A decimal fraction is Math.random() per call or a measurement, not an id kept for the visitor.
  if (/^\d*\.\d+$/.test(v) || isTimeNear(v, nearMs) || ACCOUNT_ID.test(v) || VERSION.test(v)) return false;
  return new Set(v).size >= MIN_DISTINCT;
}

/** The part of `a` that is not in the start or end it shares with `b`. */
function core(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.min(a.length, b.length) - start - end;
}

/** Runs of digits that read as a time near the run, masked: `sess-1765108800123` is a time, not who. */
function withoutTimes(v: string, nearMs: number): string {
  return v.replace(/\d{10,13}/g, (d) => (isTimeNear(d, nearMs) ? 'T' : d));
}

/** Two values drawn apart, not one count or one clock step from each other (`v7` and `v8`, `1001` and `1002`). */
export function farApart(a: string, b: string, nearMs: number): boolean {
  const x = withoutTimes(a, nearMs);
  const y = withoutTimes(b, nearMs);
  if (x === y) return false;
  const c = core(x, y);
  return c >= MIN_CORE && c >= MIN_CORE_SHARE * Math.min(x.length, y.length);
}
