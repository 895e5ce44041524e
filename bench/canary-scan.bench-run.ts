// Issue 17: cost of the canary form-leak scan. Prints MB/s of the one-pass Aho-Corasick scanner next to a loop of
// String.includes over the same patterns, and the one-off set-up (all encodings and hashes) per audit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildScanner, canaryPatterns, canaryValues, makeCanaries } from '../utils/knowledge/canary/index.ts';

const ROUNDS = 20;

it('canary scan throughput', async () => {
  const t0 = performance.now();
  const patterns = await canaryPatterns(canaryValues(makeCanaries('shop.example.de')));
  const scanner = buildScanner(patterns);
  const setupMs = performance.now() - t0;
  // A 700 kB JSON body: the size of a busy analytics batch.
  const body = JSON.stringify(
    Array.from({ length: 20_000 }, (_, i) => ({ k: `key${i}`, v: (i * 2654435761).toString(36) })),
  );
  const mb = (body.length * ROUNDS) / 1e6;
  let sink = 0;
  let t = performance.now();
  for (let r = 0; r < ROUNDS; r++) sink += scanner.scanText(body, 'body').length;
  const scanMBps = mb / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const p of patterns) if (body.includes(p.pattern)) sink++;
  const includesMBps = mb / ((performance.now() - t) / 1000);
  const out = {
    patterns: patterns.length,
    setupMs: Math.round(setupMs),
    bodyBytes: body.length,
    scanMBps: +scanMBps.toFixed(1),
    includesMBps: +includesMBps.toFixed(1),
    sink,
  };
  console.log(
    `canary scan: ${out.patterns} patterns, set-up ${out.setupMs} ms; one pass ${out.scanMBps} MB/s vs includes loop ${out.includesMBps} MB/s`,
  );
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/canary-scan.json', JSON.stringify(out, null, 2));
});
