import { describe, expect, it } from 'vitest';
import { liveProgress, plainProgress, progressText } from './progress.ts';

describe('live progress text', () => {
  const a = { url: 'https://www.shop.example/a', consent: 'reject', phase: 'waiting after answer', since: 1000 };
  const b = { url: 'https://www.shop.example/b', consent: 'none', phase: 'loading', since: 3000 };

  it('says done/total, how many run, and the longest phase: scenario, phase, seconds, URL', () => {
    expect(progressText([b, a], 3, 9, 5200, 200)).toBe(
      '[3/9 done, 2 running] reject waiting after answer 4.2 s: https://www.shop.example/a',
    );
    expect(progressText([], 9, 9, 0, 200)).toBe('[9/9 done, 0 running]');
  });

  it('stays on one line: cut to the terminal width, control characters from the page removed', () => {
    const long = { ...a, url: `https://x.example/${'p'.repeat(300)}\u001b[2J\nnext` };
    const t = progressText([long], 0, 1, 1000, 80);
    expect(t).toHaveLength(79);
    expect(t.endsWith('…')).toBe(true);
    expect(progressText([{ ...a, url: 'https://x.example/\u001b[2J\r' }], 0, 1, 1000, 200)).toBe(
      '[0/1 done, 1 running] reject waiting after answer 0.0 s: https://x.example/?[2J?',
    );
  });
});

describe('live progress line', () => {
  it('rewrites one line with \\r, prints normal lines above it and clears it at the end', () => {
    const out: string[] = [];
    let now = 0;
    const line = liveProgress(
      (s) => out.push(s),
      2,
      () => 100,
      () => now,
    );
    line.phase('1', { url: 'https://a.example/', consent: 'none' }, 'loading');
    now = 1500;
    line.log('[1/2] https://a.example/ none: 0 violation(s)');
    line.finished('1');
    line.stop();
    expect(out).toEqual([
      '\r\u001b[K[0/2 done, 1 running] none loading 0.0 s: https://a.example/',
      '\r\u001b[K[1/2] https://a.example/ none: 0 violation(s)\n',
      '\r\u001b[K[0/2 done, 1 running] none loading 1.5 s: https://a.example/',
      '\r\u001b[K[1/2 done, 0 running]',
      '\r\u001b[K',
    ]);
  });

  it('off a terminal: only the normal lines, no \\r', () => {
    const out: string[] = [];
    const line = plainProgress((s) => out.push(s));
    line.phase('1', { url: 'https://a.example/', consent: 'none' }, 'loading');
    line.log('done');
    line.stop();
    expect(out).toEqual(['done\n']);
  });
});
