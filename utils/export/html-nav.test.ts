import { describe, expect, it } from 'vitest';
import { auditedScenario, EVIL_PAGE, evilVisit, failedScenario, reportOf } from '../../test/support/export.ts';
import { reportToHtml } from './html.ts';
import { pagesOf } from './html-nav.ts';
import type { Report, ScenarioReport } from './report.ts';

/** Two URLs: the evil visit under two scenarios (one finding waived), a page that could not be audited; one waiver each way. */
function report(): Report {
  const record = evilVisit().record();
  const one = (consent: 'none' | 'accept'): ScenarioReport =>
    auditedScenario(record, { consent, url: EVIL_PAGE, answered: { started: true, detail: '' } });
  const none = one('none');
  const first = none.findings[0];
  if (!first) throw new Error('the evil visit has findings');
  none.findings[0] = { ...first, waived: { reason: 'client <accepted> it', expires: '2099-01-01' } };
  none.summary.waived = { violation: 0, warning: 0, info: 0, [first.severity]: 1 };
  const r = reportOf([none, failedScenario(), one('accept')], {
    waivers: [
      {
        finding: first.id,
        url: null,
        reason: 'client <accepted> it',
        expires: '2099-01-01',
        status: 'active',
        matched: 1,
      },
      {
        finding: 'essential-cookie',
        url: 'https://x/*',
        reason: 'old',
        expires: '2020-01-01',
        status: 'expired',
        matched: 0,
      },
    ],
  });
  r.site = {
    crawl: { limit: 5, fromSitemaps: 2, sitemaps: [] },
    pages: [
      { url: EVIL_PAGE, trackers: ['www.google-analytics.com'], violations: 2, warnings: 0, verdict: 'violations' },
    ],
    clean: [],
  };
  return r;
}

describe('HTML report structure', () => {
  const html = reportToHtml(report());
  const ids = new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));

  it('has a table of contents whose every link targets an id of the document', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const links = Array.from(toc.matchAll(/href="#([^"]+)"/g), (m) => m[1]);
    expect(links).toEqual([
      'summary',
      'site',
      'waivers',
      'pages',
      'page-1',
      'scenario-1',
      'scenario-3',
      'page-2',
      'scenario-2',
      'about',
      'integrity',
    ]);
    const all = Array.from(html.matchAll(/href="#([^"]+)"/g), (m) => m[1] ?? '');
    expect(all.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('groups the scenarios per URL in report order, each section under its page', () => {
    expect(pagesOf(report().scenarios).map((p) => [p.url, p.items.map((i) => i.index)])).toEqual([
      [EVIL_PAGE, [0, 2]],
      ['https://nope.invalid/', [1]],
    ]);
    const page1 = html.indexOf('id="page-1"');
    const page2 = html.indexOf('id="page-2"');
    expect(page1).toBeLessThan(html.indexOf('id="scenario-1"'));
    expect(html.indexOf('id="scenario-3"')).toBeLessThan(page2);
    expect(page2).toBeLessThan(html.indexOf('id="scenario-2"'));
  });

  it('marks the waived finding and lists the waivers with their status', () => {
    expect(html).toMatch(
      /<article class="finding \w+ waived">\n<h5><span class="badge s-\w+">\w+<\/span> <span class="badge w-waived" title="client &lt;accepted&gt; it">waived until 2099-01-01<\/span>/,
    );
    expect(html.match(/class="finding [^"]*waived"/g)).toHaveLength(1);
    expect(html).toContain('<span class="badge w-waived">1 waived</span>');
    expect(html).toMatch(
      /<section id="waivers">[\s\S]*<span class="badge w-waived">active<\/span>[\s\S]*<span class="badge w-expired">EXPIRED<\/span>/,
    );
  });

  it('shows the site summary and "not audited" in its own colour class', () => {
    expect(html).toMatch(/<section id="site">[\s\S]*0\/1 clean in every scenario/);
    expect(html).toContain('<span class="badge v-error">not audited</span>');
    expect(html).toMatch(/\.v-error,\.r-error\{background:#ece6f6;color:#45207a\}/);
  });
});
