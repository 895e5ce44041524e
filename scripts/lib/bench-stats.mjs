// Statistics of `npm run bench`: medians with 95 % intervals, the verdict against a budget, and the rule that adds
// rounds until a figure is decided. Pure functions (the sampler takes its clock), so the unit tests pin them down.

/** Sorted copy, finite values only (a failed measurement is NaN and must not count as fast). */
function sorted(xs) {
  return xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** Median (the mean of the two middle values for an even count); NaN for no values. */
export function median(xs) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Binomial(n, 1/2) cumulative probabilities P(X <= k), k = 0..n (log-space: exact enough up to millions). */
function binomialHalfCdf(n) {
  const out = new Float64Array(n + 1);
  let logC = 0;
  let acc = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log((n - k + 1) / k);
    acc += Math.exp(logC - n * Math.LN2);
    out[k] = Math.min(1, acc);
  }
  return out;
}

/**
 * Distribution-free interval of the median from order statistics: the k-th smallest and k-th largest values, k the
 * largest rank whose binomial coverage is still >= level. Fewer than 6 values cannot reach 95 %: then the interval is
 * the whole range and `coverage` says what it really covers.
 */
export function medianInterval(xs, level = 0.95) {
  const s = sorted(xs);
  const n = s.length;
  if (n === 0) return { median: NaN, lo: NaN, hi: NaN, n: 0, coverage: 0 };
  if (n > 100_000) {
    // Normal approximation: the exact sum is needless (and slow) for samples this large.
    const i = Math.max(0, Math.floor(n / 2 - (1.959964 * Math.sqrt(n)) / 2) - 1);
    return { median: median(s), lo: s[i], hi: s[n - 1 - i], n, coverage: level };
  }
  const cdf = binomialHalfCdf(n);
  // Coverage of [s[i], s[n-1-i]] (0-based) is 1 - 2 P(X <= i), X ~ Binomial(n, 1/2).
  let i = 0;
  while (i + 1 <= n - 2 - i && 1 - 2 * cdf[i + 1] >= level) i++;
  return { median: median(s), lo: s[i], hi: s[n - 1 - i], n, coverage: 1 - 2 * cdf[i] };
}

/** Small seeded PRNG: the same samples give the same interval on every run. */
export function prng(seed = 1) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * median(a) / median(b) with a 95 % percentile-bootstrap interval: both samples resampled independently, `resamples`
 * times. For interleaved rounds of two browsers; NaN bounds when either sample is empty.
 */
export function ratioInterval(a, b, { resamples = 2000, level = 0.95, seed = 7 } = {}) {
  const sa = sorted(a);
  const sb = sorted(b);
  const ratio = median(sa) / median(sb);
  if (sa.length === 0 || sb.length === 0) return { ratio: NaN, lo: NaN, hi: NaN, n: Math.min(sa.length, sb.length) };
  const rnd = prng(seed);
  const draw = (s) => {
    const r = new Float64Array(s.length);
    for (let i = 0; i < s.length; i++) r[i] = s[Math.floor(rnd() * s.length)];
    return median(r);
  };
  const rs = new Float64Array(resamples);
  for (let i = 0; i < resamples; i++) rs[i] = draw(sa) / draw(sb);
  rs.sort();
  const tail = (1 - level) / 2;
  return {
    ratio,
    lo: rs[Math.floor(tail * resamples)],
    hi: rs[Math.min(resamples - 1, Math.ceil((1 - tail) * resamples) - 1)],
    n: Math.min(sa.length, sb.length),
  };
}

/**
 * pass: the whole interval is within budget; fail: the whole interval is over it; undecided: it straddles, is NaN, or
 * covers less than `level` (too few values for a 95 % interval).
 */
export function verdict(iv, budget, level = 0.95) {
  if (!Number.isFinite(iv.lo) || !Number.isFinite(iv.hi)) return 'undecided';
  if (iv.coverage !== undefined && iv.coverage < level) return 'undecided';
  if (iv.hi <= budget) return 'pass';
  if (iv.lo > budget) return 'fail';
  return 'undecided';
}

/** Enough rounds: the interval is no wider than ±precision and lies wholly on one side of the budget. */
export function settled(iv, budget, precision) {
  return (iv.hi - iv.lo) / 2 <= precision && verdict(iv, budget) !== 'undecided';
}

/**
 * Runs `round()` until `interval()` is settled (after at least minRounds), or until maxMs have passed, or maxRounds.
 * `now` is the clock (ms). Returns the final interval, its verdict, the rounds run and why it stopped.
 */
export async function sampleUntil({
  round,
  interval,
  budget,
  precision,
  minRounds = 6,
  maxRounds = Infinity,
  maxMs,
  now = () => performance.now(),
}) {
  const t0 = now();
  let rounds = 0;
  for (;;) {
    await round(rounds);
    rounds++;
    if (rounds < minRounds) continue;
    const iv = interval();
    if (settled(iv, budget, precision)) return { ...iv, verdict: verdict(iv, budget), rounds, stop: 'settled' };
    if (rounds >= maxRounds || now() - t0 >= maxMs)
      return { ...iv, verdict: verdict(iv, budget), rounds, stop: rounds >= maxRounds ? 'rounds' : 'time' };
  }
}
