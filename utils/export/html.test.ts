import { describe, expect, it } from 'vitest';
import { START, Visit } from '../../test/support/findings.ts';
import type { Report } from './report.ts';
import { htmlEscape, readableTime, reportHtmlBody, reportToHtml, sealedHtml, sortFindings } from './html.ts';
import { htmlBodyOf, htmlHashedText, integrityFromHtml, sha256Hex, type IntegrityBase } from './integrity.ts';
import { LABELS } from './labels.ts';
import {
  auditedScenario,
  EVIL_COOKIE,
  EVIL_PAGE,
  evilVisit,
  failedScenario,
  reportOf,
} from '../../test/support/export.ts';

function liveReport(v: Visit = evilVisit(), lang: 'en' | 'de' = 'en'): Report {
  const s = auditedScenario(v.record(), {
    consent: 'reject',
    lang,
    answered: { started: true, detail: 'user: button' },
    finishedAt: START + 5000,
  });
  return reportOf([s], { finishedAt: START + 5000 });
}

/** A CLI-style report: two scenarios, one of which could not be audited. */
function cliReport(): Report {
  const s = auditedScenario(evilVisit().record(), { url: EVIL_PAGE });
  return reportOf([s, failedScenario({ consent: 'reject', error: 'net::ERR_NAME_NOT_RESOLVED <&>' })]);
}

/** Every way a document could load something from elsewhere or run code, looked for in its tags and styles. */
function externalLoads(html: string): string[] {
  const hits: string[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const [tag, name = '', attrs = ''] = m;
    if (/^(script|link|img|iframe|object|embed|base|form|audio|video|source|image|use)$/i.test(name)) hits.push(tag);
    if (/\s(src|href|action|xlink:href|srcset|poster|data)\s*=\s*["']?\s*(https?:)?\/\//i.test(attrs)) hits.push(tag);
    if (/\son[a-z]+\s*=/i.test(attrs) || /url\s*\(/i.test(attrs)) hits.push(tag);
  }
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/gi)) {
    if (/url\s*\(|@import/i.test(m[1] ?? '')) hits.push('style with url() or @import');
  }
  return hits;
}

describe('reportToHtml: safety', () => {
  const html = reportToHtml(liveReport());

  it('shows a hostile cookie name, page URL, script URL and storage key as text', () => {
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<b>key/);
    expect(html).not.toMatch(/<i>s<\/i>/);
    expect(html).toContain(htmlEscape(EVIL_COOKIE));
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('?q=&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;key&lt;/b&gt;');
  });

  it('loads nothing: no scripts, no external URLs, no url() or @import, no event handlers, and a CSP that forbids loading', () => {
    expect(externalLoads(html)).toEqual([]);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(|@import|<script|<link/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(externalLoads(reportToHtml(cliReport()))).toEqual([]);
  });

  it('the external-load scan itself catches what it should', () => {
    expect(
      externalLoads(
        '<img src="https://x/y.png"><a href=//cdn/x.css><div style="background:url(a)"><style>@import "x";</style><p onclick=1>',
      ),
    ).toHaveLength(6);
    expect(externalLoads('<p>&lt;img src=x onerror=alert(1)&gt; url(x) @import</p>')).toEqual([]);
  });

  it.each<[string, string]>([['<a href="x">\'&', '&lt;a href=&quot;x&quot;&gt;&#39;&amp;']])(
    'htmlEscape(%j)',
    (s, out) => {
      expect(htmlEscape(s)).toBe(out);
    },
  );
});

describe('reportToHtml: content', () => {
  const report = liveReport();
  const html = reportToHtml(report, { pageStartedAt: [START] });
  const s = report.scenarios[0];

  it('opens with the title, the audited URL, the times and the overall result', () => {
    expect(html).toContain('<title>Consent Auditor report – www.shop.example</title>');
    expect(html).toContain('<h1>Consent Auditor report</h1>');
    expect(html).toContain(`${readableTime(report.startedAt)} – ${readableTime(report.finishedAt)}`);
    expect(html).toMatch(/<span class="badge r-fail">Failed<\/span>/);
  });

  it('has the scenario verdict, the consent block with the choice time after page start', () => {
    expect(html).toContain('<span class="badge v-violations">violations</span>');
    expect(html).toContain(
      'rejected by the auditor at 2023-11-14 22:13:22 UTC (2 s after page start) via <code>test reject button</code>',
    );
    expect(html).toMatch(/Consent manager<\/dt><dd>none detected/);
  });

  it('says how the CLI answer clicked (trusted input, script clicks) only when the report has it', () => {
    expect(html).not.toContain('trusted input');
    const r = liveReport();
    r.scenarios[0]!.answerClicks = { trusted: 2, script: 1 };
    expect(reportToHtml(r, { pageStartedAt: [START] })).toContain(
      '(clicks: 2 trusted input, 1 script (the page can tell these))</dd>',
    );
  });

  it('colours each verdict in the summary table by the verdict, not by pass/fail (violations are never green)', () => {
    // Two scenarios, so that the summary table is drawn; both passed (as under --fail-on never) with violations.
    const passedAnyway = structuredClone(report);
    passedAnyway.scenarios[0]!.summary.passed = true;
    passedAnyway.scenarios.push(structuredClone(passedAnyway.scenarios[0]!));
    const out = reportToHtml(passedAnyway, { pageStartedAt: [START, START] });
    expect(passedAnyway.scenarios[0]!.summary.verdict).toBe('violations');
    expect(out).not.toContain('<span class="badge r-pass">violations</span>');
    // Two table-of-contents entries, two summary rows and two scenario sections.
    expect(out.split('<span class="badge v-violations">violations</span>').length - 1).toBe(6);
  });

  it('draws the timeline with the choice line', () => {
    expect(html).toMatch(/<figure><svg class="timeline"[^>]*aria-labelledby="tl-1-title tl-1-desc"/);
    expect(html).toContain('Rejected at 2 s');
    expect(html).not.toContain(LABELS.en.timelineApprox);
  });

  it('lists findings most serious first, each with its fix and evidence', () => {
    const severities = Array.from(html.matchAll(/<article class="finding (\w+)">/g), (m) => m[1]);
    expect(severities.length).toBe(s?.findings.length);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['violation', 'warning', 'info'].indexOf(a ?? '') - ['violation', 'warning', 'info'].indexOf(b ?? ''),
      ),
    );
    expect(html).toMatch(
      /<article class="finding violation">\n<h5><span class="badge s-violation">Violation<\/span> [^<]*Google Analytics/,
    );
    expect(html).toContain('<b>How to fix:</b>');
    expect(html).toMatch(
      /<li><code>https:\/\/www\.google-analytics\.com\/analytics\.js<\/code> · script · before choice · 100 ms · Server 8\.8\.8\.8 \(US\)<\/li>/,
    );
  });

  it('shows third parties with company, company country and server country with their transfer status', () => {
    expect(html).toMatch(/<code>google-analytics\.com<\/code>.*Google Ireland Limited/);
    expect(html).toContain('Ireland (IE) – EU/EEA');
    expect(html).toContain('United States (US) – adequacy for DPF-certified companies only');
    expect(html).toMatch(/no safeguards needed|needs safeguards|unknown/);
    // The IE subsidiary's US parent and where the data goes, with the cited DPF status of Google LLC.
    expect(html).toContain(
      'Ireland (IE) – EU/EEA<br><span class="meta">Parent: Google LLC (US)</span><br><span class="meta">Data goes to: US · DPF certified</span>',
    );
  });

  it('has cookies, storage, the requests collapsed, recording notes and the data versions', () => {
    expect(html).toMatch(/<h4>Cookies \(\d+\)<\/h4>/);
    expect(html).toMatch(/<h4>Storage [^<]*\(1\)<\/h4>/);
    // Where each storage write came from and how it was seen, as in the JSON (rows: test/support/realm-scan.ts).
    expect(html).toMatch(/<th>Attribution<\/th><th>Frame<\/th><th>Seen by<\/th><\/tr><\/thead>/);
    expect(html).toMatch(/<details><summary>Requests \(\d+\)<\/summary>\s*<table>/);
    expect(html).toContain('<dt>Tracker and company data</dt><dd>2026.11.29</dd>');
    expect(html).toContain(
      '<dt>IP country table</dt><dd>@ip-location-db/geo-whois-asn-country 2.0.0 (2026-11-01)</dd>',
    );
    expect(html).toContain('<dt>Browser</dt><dd>Chromium 140.0.1</dd>');
    expect(html).toContain('<dt>Report format</dt><dd>consent-auditor-report v1</dd>');
  });

  it('prints well: a print stylesheet keeps each finding on one page', () => {
    expect(html).toMatch(/@media print\{[^}]*\}?[^@]*\.finding,[^{]*\{break-inside:avoid\}/);
  });

  it('without the page start, the choice line is placed at the first item after it and the caption says so', () => {
    const approx = reportToHtml(report);
    expect(approx).toContain(LABELS.en.timelineApprox);
    expect(approx).toContain('Rejected at 3 s');
  });

  it('says that a plain render carries no integrity data', () => {
    expect(html).toContain(LABELS.en.integrityMissing);
    expect(integrityFromHtml(html)).toBeNull();
  });
});

describe('reportToHtml: German and several scenarios', () => {
  it('uses German labels and the German finding texts of the report', () => {
    const html = reportToHtml(liveReport(evilVisit(), 'de'), { lang: 'de', pageStartedAt: [START] });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Consent-Auditor-Bericht</h1>');
    expect(html).toContain('<h2 id="summary">Zusammenfassung</h2>');
    expect(html).toContain('Abgelehnt bei 2 s');
    expect(html).toContain(
      'Irland (IE) – EU/EWR<br><span class="meta">Muttergesellschaft: Google LLC (US)</span><br><span class="meta">Daten gehen nach: US · DPF-zertifiziert</span>',
    );
    expect(html).toContain(
      'Google Ireland Limited (IE, EWR) → Daten verarbeitet von Google LLC (US): Drittlandübermittlung',
    );
    expect(html).toMatch(/<span class="badge s-violation">Verstoß<\/span> [^<]*vor der Einwilligungsentscheidung/);
    expect(html).not.toContain('>How to fix');
  });

  it('a multi-scenario report has a scenario table, a section per scenario and the reason a scenario could not be audited', () => {
    const html = reportToHtml(cliReport());
    expect(html).toMatch(/<th>Scenario<\/th>/);
    expect(html).toContain('id="scenario-1"');
    expect(html).toContain('id="scenario-2"');
    expect(html).toContain('Could not be audited: net::ERR_NAME_NOT_RESOLVED &lt;&amp;&gt;');
    expect(html).toContain('<span class="badge r-error">Not fully audited</span>');
    // Two timelines with distinct ids.
    expect(html).toContain('tl-1-title');
    expect(html).toContain('tl-2-title');
  });

  it('every label exists in both languages and none is empty', () => {
    const flat = (o: unknown, prefix = ''): Array<[string, string]> =>
      typeof o === 'string'
        ? [[prefix, o]]
        : Object.entries(typeof o === 'object' && o !== null ? o : {}).flatMap(([k, v]) => flat(v, `${prefix}.${k}`));
    const en = flat(LABELS.en);
    const de = flat(LABELS.de);
    expect(de.map(([k]) => k)).toEqual(en.map(([k]) => k));
    expect([...en, ...de].filter(([, v]) => v.trim() === '')).toEqual([]);
  });
});

describe('reportToHtml: writer attribution in the evidence (issue 15.5)', () => {
  it('marks a writer name the page chose beside the script in the finding evidence, in English and German', () => {
    const GTAG = 'https://www.googletagmanager.com/gtag/js';
    const v = new Visit()
      .storage('shop_state', 'a8f3c2e1b7d4f60a9e2c', 200, { script: GTAG, attribution: 'named-by-page' })
      .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 220, GTAG, undefined, 'confident');
    const en = reportToHtml(liveReport(v));
    expect(en).toContain(`<code>${GTAG}</code> <em class="attr">(named by the page)</em>`);
    // A confident writer gets no mark: the _ga cookie's evidence names gtag.js plainly.
    expect(en).toMatch(
      new RegExp(`<li><code>_ga</code> @ [^\\n]*Script <code>${GTAG.replace(/[./]/g, '\\$&')}</code>(?! <em)`),
    );
    const de = reportToHtml(liveReport(v, 'de'), { lang: 'de' });
    expect(de).toContain(`<code>${GTAG}</code> <em class="attr">(von der Seite benannt)</em>`);
  });
});

describe('sealedHtml', () => {
  it('puts the integrity data in the head, the hashes visibly after the body, and the body hash matches the report part', async () => {
    const report = liveReport();
    const base: IntegrityBase = {
      algorithm: 'SHA-256',
      report: '1'.repeat(64),
      har: '2'.repeat(64),
      url: report.url ?? '',
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
      tool: { name: 'consent-auditor', version: '0.1.0' },
      data: { trackers: '2026.11.29', ipTable: null },
    };
    const { text, integrity } = await sealedHtml(report, base, { pageStartedAt: [START] });
    const body = htmlBodyOf(text);
    expect(body).toBe(reportHtmlBody(report, { pageStartedAt: [START] }));
    expect(integrity.body).toBe(await sha256Hex(htmlHashedText(text)));
    expect(htmlHashedText(text)).not.toContain('consent-auditor-integrity');
    expect(integrityFromHtml(text)).toEqual(integrity);
    const after = text.slice(text.indexOf('<!--ca-body-end-->'));
    expect(after).toContain('<h2>Evidence integrity</h2>');
    expect(after).toContain(`SHA-256 ${'1'.repeat(64)}`);
    expect(after).toContain(`SHA-256 ${'2'.repeat(64)}`);
    expect(externalLoads(text)).toEqual([]);
  });
});

describe('helpers', () => {
  it('sortFindings: violations, then warnings, then notes; stable inside a severity', () => {
    const f = (id: string, severity: 'violation' | 'warning' | 'info') => ({
      ...liveReport().scenarios[0]!.findings[0]!,
      id,
      severity,
    });
    const sorted = sortFindings([f('a', 'info'), f('b', 'violation'), f('c', 'warning'), f('d', 'violation')]);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it.each<[string, string]>([
    ['2026-11-29T10:00:00.000Z', '2026-11-29 10:00:00 UTC'],
    ['2026-11-29T10:00:00Z', '2026-11-29 10:00:00 UTC'],
    ['garbage', 'garbage'],
  ])('readableTime(%j)', (iso, out) => {
    expect(readableTime(iso)).toBe(out);
  });
});
