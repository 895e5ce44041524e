// Budget 1: the whole per-request path vs tldts.parse of the same URLs, side by side in one process.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'tldts';
import { it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted } from '../utils/observe/browser/adapter.ts';
import { loadIpTable } from '../utils/knowledge/ip-country.ts';
import { phaseOf } from '../utils/record/phase.ts';
import { RecordBuilder } from '../utils/record/record.ts';
import { defaultCollectorMatcher } from '../utils/knowledge/collector-match.ts';
import { defaultTrackerMatcher } from '../utils/knowledge/tracker-match.ts';
import { makeCorpus } from './corpus.ts';

const N = 100_000;
const ROUNDS = 5;

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

it('per-request core cost', () => {
  const corpus = makeCorpus(N);
  const table = loadIpTable(readFileSync('public/data/ip-country.bin'));
  const matcher = defaultTrackerMatcher();
  const collectors = defaultCollectorMatcher();
  const choice = { action: 'reject' as const, at: 1000 + N / 2, source: 'automation' as const, via: 'bench' };
  const core = new Float64Array(N * ROUNDS);
  const base = new Float64Array(N * ROUNDS);
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh page per round: the record grows like a real 100k-request page would.
    const b = new RecordBuilder(1);
    b.apply(fromBeforeRequest({ requestId: 'main', url: 'https://www.shop.example/', type: 'main_frame', tabId: 1, timeStamp: 999 })[0]!);
    for (let i = 0; i < N; i++) {
      const q = corpus[i]!;
      // Alternate which runs first so that cache warmth and drift do not favour either side.
      const coreFirst = (i & 1) === 0;
      for (let k = 0; k < 2; k++) {
        if ((k === 0) === coreFirst) {
          const t0 = process.hrtime.bigint();
          const id = `${round}:${i}`;
          for (const ev of fromBeforeRequest({ requestId: id, url: q.url, type: q.type, tabId: 1, frameId: 0, timeStamp: q.t })) b.apply(ev);
          b.apply(fromResponseStarted({ requestId: id, url: q.url, statusCode: 200, ip: q.ip, tabId: 1, timeStamp: q.t + 1 }));
          const entry = b.record!.requests[b.record!.requests.length - 1]!;
          const m = matcher.match(entry.host, '/');
          // Collector signatures run on every request too (path and query of the recorded URL).
          const qi = entry.url.indexOf('?');
          const s = collectors.match(qi < 0 ? entry.url.slice(entry.url.indexOf("/", 8)) : entry.url.slice(entry.url.indexOf("/", 8), qi), qi < 0 ? "" : entry.url.slice(qi + 1), entry.method);
          const c = table.lookup(q.ip);
          const p = phaseOf(entry.t, choice);
          sink += (m ? 1 : 0) + (s ? 1 : 0) + (c.country ? 1 : 0) + p.length;
          core[round * N + i] = Number(process.hrtime.bigint() - t0);
        } else {
          const t0 = process.hrtime.bigint();
          const r = parse(q.url);
          sink += r.domain ? 1 : 0;
          base[round * N + i] = Number(process.hrtime.bigint() - t0);
        }
      }
    }
  }
  core.sort();
  base.sort();
  const result = {
    requests: N * ROUNDS,
    coreMedianNs: quantile(core, 0.5), coreP99Ns: quantile(core, 0.99),
    tldtsMedianNs: quantile(base, 0.5), tldtsP99Ns: quantile(base, 0.99),
    ratioMedian: quantile(core, 0.5) / quantile(base, 0.5),
    ratioP99: quantile(core, 0.99) / quantile(base, 0.99),
    sink,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/core.json', JSON.stringify(result, null, 2));
  console.log(`core per request: median ${result.coreMedianNs} ns, p99 ${result.coreP99Ns} ns; tldts.parse: median ${result.tldtsMedianNs} ns, p99 ${result.tldtsP99Ns} ns; ratio ${result.ratioMedian.toFixed(2)} (median), ${result.ratioP99.toFixed(2)} (p99)`);
});
