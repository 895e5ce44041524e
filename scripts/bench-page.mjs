// Bench part 2: page-load cost. Each round loads a page once in each of four browsers, in a fresh random order: the
// extension, the webRequest floor (same listeners doing nothing, no content scripts), no extension, and a second
// browser without one (the A/A control). Rounds come in blocks of freshly launched browsers until the interval of the
// judged ratio (extension over floor, per round) is within ±0.05 and on one side of the budget, or the page's time is up.
// The four are driven as a visitor's browser runs (raw CDP pipe, no Runtime domain: lib/raw-chromium.mjs); the same
// rounds also load the page in the extension and the floor driven by Playwright (Runtime on), a context row.
import { medianInterval, settled } from './lib/bench-stats.mjs';
import { waitQuiet } from './lib/proc-quiet.mjs';

/** The judged browsers (raw pipe) and the context pair driven by Playwright. */
const KINDS = ['with', 'floor', 'without', 'again', 'with-pw', 'floor-pw'];

/** Per page URL: settle waits that ended quiet, and how long each took (for the row's detail). */
const quietness = new Map();

/** One load: `browser.load(url, reports)` gives `{ loadMs, storedMs }` (storedMs: see reports-stored.mjs). */
async function loadTime(browser, url, settleMs, reports) {
  const t = await browser.load(url, reports);
  // One page at a time, as a visitor loads them: the worker finishes this page's events (storage writes, compaction)
  // before the next load is timed, in every browser alike. At least settleMs, then until every browser of the bench
  // is quiet (at most 5 s): an extension's work left for after its load must not slow the next browser's timed load,
  // which would flatter the extension's ratio (scripts/lib/proc-quiet.mjs).
  const w = await waitQuiet({ minMs: settleMs, maxMs: 5000 });
  const q = quietness.get(url) ?? { quiet: 0, waited: [] };
  quietness.set(url, q);
  if (w.quiet) q.quiet++;
  q.waited.push(w.waited);
  return t;
}

/** Per-round ratios a/b (rounds where both loaded). */
function ratios(t, a, b) {
  return t[a].map((x, i) => x / t[b][i]).filter((x) => Number.isFinite(x));
}

/**
 * @param o.launch (kind) => Promise<{ load(url, reports), close }> for each of KINDS; `reports` (a number) asks the
 *   raw extension browser when the worker had stored that many of the page's cookie reports
 * @param o.pages [{ path, figure, budget, rounds, settleMs, reports? }]: rounds per block
 * @param o.maxMs time per page (a number, or a function of the page's index, read when the page starts); o.minBlocks blocks before a page may stop (launch-to-launch differences are real)
 */
export async function benchPages({
  origin,
  launch,
  pages,
  maxMs,
  minBlocks,
  maxBlocks,
  report,
  part = 2,
  precision = 0.05,
}) {
  const state = pages.map(() => ({
    times: Object.fromEntries(KINDS.map((k) => [k, []])),
    stored: [],
    notStored: 0,
    spent: 0,
    blocks: 0,
    stop: null,
  }));
  for (let block = 0; block < maxBlocks && state.some((s) => s.stop === null); block++) {
    const browsers = {};
    try {
      for (const k of KINDS) browsers[k] = await launch(k);
      for (const [i, p] of pages.entries()) {
        const s = state[i];
        if (s.stop !== null) continue;
        const t0 = performance.now();
        const limit = typeof maxMs === 'function' ? maxMs(i) : maxMs;
        const url = `${origin}${p.path}`;
        // One untimed load each: caches and the worker warm alike.
        for (const k of KINDS) await loadTime(browsers[k], url, p.settleMs);
        // The time limit holds inside a block too: on a busy machine one round can take a minute.
        for (let r = 0; r < p.rounds && s.spent + performance.now() - t0 < limit; r++) {
          const order = [...KINDS].sort(() => Math.random() - 0.5);
          const round = {};
          for (const k of order) round[k] = await loadTime(browsers[k], url, p.settleMs, k === 'with' && p.reports);
          for (const k of KINDS) s.times[k].push(round[k].loadMs);
          if (p.reports && round.with.storedMs === null) s.notStored++;
          else if (p.reports) s.stored.push(round.with.storedMs);
        }
        s.spent += performance.now() - t0;
        s.blocks++;
        if (s.blocks < minBlocks && s.spent < limit) continue;
        const iv = medianInterval(ratios(s.times, 'with', 'floor'));
        if (settled(iv, p.budget, precision)) s.stop = 'settled';
        else if (s.spent >= limit) s.stop = 'time';
      }
    } finally {
      for (const b of Object.values(browsers)) await b.close().catch(() => {});
    }
  }
  for (const [i, p] of pages.entries()) {
    const s = state[i];
    const t = s.times;
    const med = (k) => medianInterval(t[k]).median.toFixed(1);
    const q = quietness.get(`${origin}${p.path}`) ?? { quiet: 0, waited: [0] };
    const detail = `raw CDP pipe, Page domain only; ${t.with.length} rounds in ${s.blocks} launches, ${(s.spent / 1000).toFixed(0)} s; load median with ${med('with')}, floor ${med('floor')}, without ${med('without')} ms; settle waits ended quiet in ${q.quiet} of ${q.waited.length} loads (median ${medianInterval(q.waited).median.toFixed(0)} ms)`;
    report.add({
      part,
      figure: `${p.figure}: extension over the webRequest floor`,
      budget: p.budget,
      unit: 'x',
      iv: medianInterval(ratios(t, 'with', 'floor')),
      stop: s.stop ?? 'blocks',
      detail,
    });
    report.add({
      part,
      figure: `  same page, with/without extension`,
      unit: 'x',
      iv: medianInterval(ratios(t, 'with', 'without')),
    });
    report.add({
      part,
      figure: `  same page, webRequest floor/without`,
      unit: 'x',
      iv: medianInterval(ratios(t, 'floor', 'without')),
    });
    report.add({
      part,
      figure: `  same page, A/A control (two browsers without)`,
      unit: 'x',
      iv: medianInterval(ratios(t, 'again', 'without')),
    });
    report.add({
      part,
      figure: `  same page, with a DevTools Runtime session (as Playwright drives pages): extension over the floor`,
      unit: 'x',
      iv: medianInterval(ratios(t, 'with-pw', 'floor-pw')),
      detail: `the same rounds; load median with ${med('with-pw')}, floor ${med('floor-pw')} ms`,
    });
    if (p.reports)
      report.add({
        part,
        figure: `  same page, load event to the worker's storing of the page's ${p.reports.toLocaleString('en')} reports`,
        unit: 'ms',
        iv: medianInterval(s.stored),
        detail: `the extension's raw browser, per round (a storage.session listener in an extension page, added after the load event); never complete within 5 s in ${s.notStored} rounds`,
      });
  }
}
