// The HTML report a consultant hands over (issue 16), rendered by Chromium at 1,200 × 800: no horizontal scrolling
// with very long URLs, hosts, cookie names and storage keys; every table-of-contents link lands on an element; one
// colour per verdict everywhere, warnings never green, "not audited" in a colour of its own.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import { type CliRun, demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-html-', (s, d) => {
  server = s;
  dir = d;
});

function cli(args: string[]): Promise<CliRun> {
  return runCli([...args, ...demoHostArgs(server)], { cwd: dir, timeoutMs: 150_000 });
}

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('HTML report in the browser', () => {
  it('fits 1,200 px, links its contents and colours each verdict one way', async () => {
    const html = path.join(dir, 'report.html');
    const longUrl = `${SHOP}/cli/long.html?${'p'.repeat(1500)}`;
    // Never resolves: its error message carries the whole URL (with the style sheet of before, 4,798 px wide).
    const nowhere = `https://${'n'.repeat(63)}.${'o'.repeat(63)}.nowhere.invalid/${'path'.repeat(100)}`;
    const run = await cli([
      'scan',
      longUrl,
      `${SHOP}/trackers.html`,
      `${SHOP}/clean.html`,
      `${SHOP}/cli/does-not-exist.html`,
      nowhere,
      '--consent',
      'none',
      '--min-wait',
      '300',
      '--quiet-period',
      '500',
      '--wait',
      '4000',
      '--html',
      html,
      '--quiet',
    ]);
    // The missing and the unresolvable pages are not audited: exit 2, the report written all the same.
    expect(run.code, run.stderr).toBe(2);
    expect(existsSync(html)).toBe(true);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(pathToFileURL(html).href);
      const got = await page.evaluate(() => {
        const ids = new Set(Array.from(document.querySelectorAll('[id]'), (x) => x.id));
        const links = Array.from(
          document.querySelectorAll('a[href^="#"]'),
          (a) => a.getAttribute('href')?.slice(1) ?? '',
        );
        const colours: Record<string, string[]> = {};
        for (const b of Array.from(document.querySelectorAll('.badge'))) {
          const cls = Array.from(b.classList).find((c) => /^(v|r|s|w)-/.test(c));
          if (!cls) continue;
          const s = getComputedStyle(b);
          (colours[cls] ??= []).push(`${s.backgroundColor} ${s.color}`);
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          widest: Array.from(document.querySelectorAll('body *')).reduce(
            (w, el) => Math.max(w, el.getBoundingClientRect().right),
            0,
          ),
          tocLinks: Array.from(document.querySelectorAll('nav.toc a'), (a) => a.getAttribute('href')?.slice(1) ?? ''),
          missing: links.filter((id) => !ids.has(id)),
          colours,
          longText:
            document.body.innerText.includes('c' + 'x'.repeat(100)) && document.body.innerText.includes('a'.repeat(63)),
        };
      });
      expect(got.longText).toBe(true);
      expect(got.scrollWidth).toBeLessThanOrEqual(1200);
      expect(got.widest).toBeLessThanOrEqual(1200);
      expect(got.tocLinks).toEqual(
        expect.arrayContaining([
          'summary',
          'pages',
          'page-1',
          'page-5',
          'scenario-1',
          'scenario-5',
          'about',
          'integrity',
        ]),
      );
      expect(got.missing).toEqual([]);
      // Each verdict class looks the same wherever it appears (contents, summary table, sections).
      for (const [cls, list] of Object.entries(got.colours)) expect(new Set(list).size, cls).toBe(1);
      const one = (cls: string): string => got.colours[cls]?.[0] ?? 'absent';
      const RED = `${rgb('#fde2e1')} ${rgb('#8a0000')}`;
      const GREEN = `${rgb('#dcf2e2')} ${rgb('#0a5a1f')}`;
      const AMBER = `${rgb('#fff1d6')} ${rgb('#6b4500')}`;
      const VIOLET = `${rgb('#ece6f6')} ${rgb('#45207a')}`;
      expect(one('v-violations')).toBe(RED);
      expect(one('v-clean')).toBe(GREEN);
      expect(one('v-error')).toBe(VIOLET);
      expect(one('r-error')).toBe(VIOLET);
      if (got.colours['v-warnings']) expect(one('v-warnings')).toBe(AMBER);
      expect(one('s-warning')).toBe(AMBER);
      for (const cls of ['v-warnings', 's-warning', 'v-violations', 'v-error', 'v-not-answered', 'r-fail']) {
        expect(got.colours[cls]?.includes(GREEN) ?? false, cls).toBe(false);
      }
    } finally {
      await browser.close();
    }
  });
});
