// Micro A/B of the worker's body id scan (utils/findings/body-ids.ts): the adapter's start event of a POST without
// the scan (A) and with it (B), side by side in one process, order alternating per round, on the corpus's bodies (as
// UTF-8 bytes, as webRequest gives them) plus bodies that carry an id. Prints medians per body; writes
// .bench/body-ids.json. Run: npx vitest run --project bench bench/body-ids.bench-run.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { bodyFactsOf } from '../utils/findings/body-ids.ts';
import { fromBeforeRequest, type RawRequestDetails } from '../utils/observe/browser/adapter.ts';
import { makeCorpus } from './corpus.ts';

const BODIES = 1000;
const ROUNDS = Number(process.env.BENCH_BODY_ROUNDS ?? 30);

it('body id scan, 1,000 bodies', () => {
  const utf8 = new TextEncoder();
  const withBody = makeCorpus(20_000).filter((q) => q.body !== null);
  const ID = 'b7e2c91f04a6d3e8f215';
  // One body in ten carries an id (JSON or form), as a collector's would.
  const requests: RawRequestDetails[] = withBody.slice(0, BODIES).map((q, i) => {
    const text =
      i % 10 === 0 ? (q.body!.startsWith('{') ? `{"uid":"${ID}",${q.body!.slice(1)}` : `cid=${ID}&${q.body}`) : q.body!;
    return {
      requestId: `r${i}`,
      url: q.url,
      method: 'POST',
      type: 'xmlhttprequest',
      tabId: 1,
      frameId: 0,
      timeStamp: q.t,
      initiator: 'https://www.shop.example',
      requestBody: { raw: [{ bytes: utf8.encode(text).buffer as ArrayBuffer }] },
    };
  });
  let sink = 0;
  const a = (): void => {
    for (const d of requests) sink += fromBeforeRequest(d).length;
  };
  const b = (): void => {
    for (const d of requests) sink += fromBeforeRequest(d, false, bodyFactsOf(d)).length;
  };
  // Reference: decoding the same first 4 kB and parsing them (JSON.parse or the form's pairs), nothing judged.
  const decoder = new TextDecoder();
  const c = (): void => {
    for (const d of requests) {
      const bytes = new Uint8Array(d.requestBody!.raw![0]!.bytes as ArrayBuffer);
      const text = decoder.decode(bytes.subarray(0, 4096));
      try {
        sink += text.startsWith('{') ? Object.keys(JSON.parse(text) as object).length : text.split('&').length;
      } catch {
        sink += 1;
      }
    }
  };
  const sides = [a, b, c];
  const times: [number[], number[], number[]] = [[], [], []];
  for (let i = 0; i < 5; i++) for (const side of sides) side(); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    for (const k of [i % 3, (i + 1) % 3, (i + 2) % 3]) {
      const t0 = performance.now();
      sides[k]!();
      times[k]!.push(((performance.now() - t0) * 1e6) / BODIES);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const kept = requests.map((d) => bodyFactsOf(d)).filter((f) => f?.ids).length;
  const meanBytes = Math.round(
    requests.reduce((n, d) => n + (d.requestBody?.raw?.[0]?.bytes as ArrayBuffer).byteLength, 0) / BODIES,
  );
  const out = {
    bodies: BODIES,
    rounds: ROUNDS,
    meanBytes,
    withIds: kept,
    aNs: median(times[0]),
    bNs: median(times[1]),
    parseNs: median(times[2]),
  };
  console.log(
    `body id scan: A (adapter, no scan) ${out.aNs.toFixed(0)} ns/body, B (with scan) ${out.bNs.toFixed(0)} ns/body, ` +
      `scan ${(out.bNs - out.aNs).toFixed(0)} ns/body (median of ${ROUNDS} rounds; ${BODIES} bodies of ${meanBytes} B mean, ` +
      `${kept} with ids kept); decode + parse alone ${out.parseNs.toFixed(0)} ns/body${sink < 0 ? '' : ''}`,
  );
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/body-ids.json', JSON.stringify(out, null, 2));
});

// The scan's bound (BODY_SAMPLE) A/B: event batches of 2 to 64 kB whose id sits at the end of the first 5 kB, 20 kB
// or 60 kB, scanned to 4, 16 and 64 kB side by side; medians per body and how many ids each bound finds.
it('body id scan bound, 4 vs 16 vs 64 kB, on big batches', () => {
  const utf8 = new TextEncoder();
  const ID = 'b7e2c91f04a6d3e8f215';
  const event = (n: number): string =>
    JSON.stringify({ ev: 'scroll', n, ts: 1733600000000 + n, path: '/products/shoes', depth: n % 100 });
  const batch = (kb: number): string => {
    const events: string[] = [];
    let size = 0;
    for (let n = 0; size < kb * 1024; n++) {
      const e = event(n);
      events.push(e);
      size += e.length + 1;
    }
    return `{"events":[${events.join(',')}],"uid":"${ID}"}`;
  };
  const sizes = [2, 5, 20, 60];
  const requests: RawRequestDetails[] = [];
  for (let i = 0; i < 200; i++) {
    const text = batch(sizes[i % sizes.length]!);
    requests.push({
      requestId: `r${i}`,
      url: 'https://collect.example.net/v1/batch',
      method: 'POST',
      type: 'xmlhttprequest',
      tabId: 1,
      frameId: 0,
      timeStamp: i,
      initiator: 'https://www.shop.example',
      requestBody: { raw: [{ bytes: utf8.encode(text).buffer as ArrayBuffer }] },
    });
  }
  const bounds = [4096, 16 * 1024, 64 * 1024];
  const times: number[][] = bounds.map(() => []);
  let sink = 0;
  const side = (bound: number) => (): void => {
    for (const d of requests) sink += bodyFactsOf(d, bound)?.ids?.length ?? 0;
  };
  const sides = bounds.map(side);
  for (let i = 0; i < 3; i++) for (const s of sides) s();
  for (let i = 0; i < ROUNDS; i++) {
    for (let j = 0; j < sides.length; j++) {
      const k = (i + j) % sides.length;
      const t0 = performance.now();
      sides[k]!();
      times[k]!.push(((performance.now() - t0) * 1e6) / requests.length);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const found = bounds.map((b) => sizes.map((kb, j) => (bodyFactsOf(requests[j]!, b)?.ids?.length ? kb : 0)));
  const out = bounds.map((b, k) => ({
    bound: b,
    ns: Math.round(median(times[k]!)),
    foundAtKb: found[k]!.filter(Boolean),
  }));
  for (const o of out)
    console.log(
      `bound ${o.bound / 1024} kB: ${o.ns} ns/body (median of ${ROUNDS}); id found in the ${o.foundAtKb.join(', ')} kB batches${sink < 0 ? '' : ''}`,
    );
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/body-bound.json', JSON.stringify(out, null, 2));
});
