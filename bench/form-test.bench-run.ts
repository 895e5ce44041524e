// Issue 17, extension side: what the "Test forms" body scan costs the background per request while a test runs
// (webRequest's requestBody as bytes + one canary pass + dedupe), for the body sizes pages send. Without a form test
// the listener with `requestBody` is not registered at all, so the ordinary audit's cost is unchanged (zero here).
// Prints µs per request and MB/s; writes .bench/form-test.json for the bench table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildScanner, canaryPatterns, canaryValues, makeCanaries } from '../utils/knowledge/canary/index.ts';
import { FormWatch } from '../utils/knowledge/canary/form-watch.ts';
import { requestBodyOf } from '../utils/observe/browser/request-body.ts';

const SIZES = [256, 4 * 1024, 64 * 1024, 512 * 1024, 2 * 1024 * 1024];

it('form test: body scan per request', async () => {
  const canaries = makeCanaries('shop.example.de');
  const watch = new FormWatch(buildScanner(await canaryPatterns(canaryValues(canaries))), 0);
  const rows: Array<{ bytes: number; usPerRequest: number; MBps: number }> = [];
  let sink = 0;
  for (const size of SIZES) {
    const text = JSON.stringify({ events: 'x'.repeat(size) }).slice(0, size);
    const bytes = new TextEncoder().encode(text).buffer;
    const n = Math.max(5, Math.min(2000, Math.round(20_000_000 / size)));
    const round = (): number => {
      const t = performance.now();
      for (let i = 0; i < n; i++) {
        const body = requestBodyOf({ raw: [{ bytes }] });
        sink += watch.request({
          requestId: String(i),
          url: `https://t.example/c?i=${i}`,
          method: 'POST',
          type: 'ping',
          t: 1,
          body: body.body,
        }).length;
      }
      return performance.now() - t;
    };
    // The first round warms the JIT; the best of three is the figure (the machine is shared).
    round();
    const ms = Math.min(round(), round(), round());
    rows.push({
      bytes: size,
      usPerRequest: +((ms * 1000) / n).toFixed(1),
      MBps: +((Math.min(size, 512 * 1024) * n) / 1e6 / (ms / 1000)).toFixed(1),
    });
  }
  for (const r of rows)
    console.log(
      `form test body scan: ${r.bytes} B body -> ${r.usPerRequest} µs/request (${r.MBps} MB/s; scan capped at 512 KiB)`,
    );
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/form-test.json', JSON.stringify({ rows, sink }, null, 2));
});
