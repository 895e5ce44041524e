import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-cells.ts';
import { reportToHtml } from './html.ts';
import { htmlBodyOf, HTML_BODY_START, splitCsv } from './integrity.ts';
import { bundleOf, flipChar } from '../../test/support/export.ts';
import type { ExportKind } from './types.ts';
import { verifyExport } from './verify.ts';

const KINDS: readonly ExportKind[] = ['json', 'html', 'csv-findings', 'csv-cookies', 'csv-requests', 'har'];

/** Index of a character inside the hashed body of a file (a value, not JSON syntax or whitespace). */
function bodyIndex(kind: ExportKind, text: string): number {
  if (kind === 'html')
    return text.indexOf(HTML_BODY_START) + HTML_BODY_START.length + (htmlBodyOf(text)?.indexOf('<h1>') ?? 0) + 5;
  if (kind.startsWith('csv')) return text.length - splitCsv(text).body.length + 2;
  // Inside the first URL string value: changes data, keeps JSON valid.
  return text.indexOf('"https://') + 10;
}

describe('verifyExport: round trip', async () => {
  const bundle = await bundleOf();

  it.each(KINDS)('%s: a fresh export is ok and names its kind', async (kind) => {
    const r = await verifyExport(bundle.files[kind].text);
    expect(r).toMatchObject({ kind, ok: true, problem: null });
    expect(r.claimed).toBe(r.actual);
    expect(r.integrity).toMatchObject({
      report: bundle.integrity.report,
      har: bundle.integrity.har,
      url: bundle.integrity.url,
    });
  });

  it.each(KINDS)('%s: one character changed in the body is caught', async (kind) => {
    const text = bundle.files[kind].text;
    const tampered = flipChar(text, bodyIndex(kind, text));
    expect(tampered).not.toBe(text);
    const r = await verifyExport(tampered);
    expect(r).toMatchObject({ kind, ok: false });
    expect(r.claimed).not.toBe(r.actual);
    expect(r.problem).toMatch(/changed after export/);
  });

  it('JSON and HAR: reformatting (indentation, key spacing) is not a change; a changed value is', async () => {
    for (const kind of ['json', 'har'] as const) {
      const reformatted = JSON.stringify(JSON.parse(bundle.files[kind].text));
      expect((await verifyExport(reformatted)).ok).toBe(true);
    }
    const report = JSON.parse(bundle.files.json.text);
    report.summary.verdict = 'pass';
    expect(await verifyExport(JSON.stringify(report))).toMatchObject({ kind: 'json', ok: false });
  });

  it('HTML: the whole file is covered (issue 15.10): CSS that hides the findings, a forged visible body, a comment after it', async () => {
    const text = bundle.files.html.text;
    expect((await verifyExport(text)).ok).toBe(true);
    expect((await verifyExport(text.replace('</body>', '<!-- printed --></body>'))).ok).toBe(false);
    expect((await verifyExport(text.replace('</style>', '.finding{display:none}</style>'))).ok).toBe(false);
    const forged = text
      .replace('<!--ca-body-start-->', '<div><h1>All clean</h1></div><div hidden><!--ca-body-start-->')
      .replace('<!--ca-body-end-->', '<!--ca-body-end--></div>');
    expect((await verifyExport(forged)).ok).toBe(false);
    // Only the integrity meta itself is outside the hash (it carries the hash).
    expect(text.match(/<meta name="consent-auditor-integrity"[^>]*>/g)).toHaveLength(1);
    const passed = text.replace('<span class="badge r-fail">Failed</span>', '<span class="badge r-pass">Passed</span>');
    expect(passed).not.toBe(text);
    expect((await verifyExport(passed)).ok).toBe(false);
  });

  it('a byte-order mark added by an editor is not a change', async () => {
    expect((await verifyExport(`\uFEFF${bundle.files['csv-requests'].text}`)).ok).toBe(true);
  });

  it('changing the claimed hash instead of the body is caught too', async () => {
    const text = bundle.files['csv-findings'].text.replace(
      /# body-sha256: ([0-9a-f])/,
      (_m, c: string) => `# body-sha256: ${c === 'a' ? 'b' : 'a'}`,
    );
    expect(await verifyExport(text)).toMatchObject({ kind: 'csv-findings', ok: false });
  });

  it('a JSON report whose report hash differs from its body hash is not ok', async () => {
    const report = JSON.parse(bundle.files.json.text);
    report.integrity.report = 'f'.repeat(64);
    expect(await verifyExport(JSON.stringify(report))).toMatchObject({
      kind: 'json',
      ok: false,
      problem: expect.stringMatching(/must be the same/),
    });
  });
});

describe('verifyExport: files without integrity data', async () => {
  const bundle = await bundleOf();
  const noIntegrity: Array<[ExportKind, string]> = [
    ['json', JSON.stringify(bundle.report)],
    [
      'har',
      (() => {
        const har = JSON.parse(bundle.files.har.text);
        delete har.log._integrity;
        return JSON.stringify(har);
      })(),
    ],
    ['html', reportToHtml(bundle.report)],
    ['csv-findings', splitCsv(bundle.files['csv-findings'].text).body],
    ['csv-cookies', splitCsv(bundle.files['csv-cookies'].text).body],
  ];

  it.each(noIntegrity)('%s says so, with the hash computed now', async (kind, text) => {
    const r = await verifyExport(text);
    expect(r).toMatchObject({
      kind,
      ok: false,
      claimed: null,
      integrity: null,
      problem: expect.stringMatching(/no integrity data/),
    });
    expect(r.actual).toMatch(/^[0-9a-f]{64}$/);
  });

  it('malformed integrity data is reported as malformed', async () => {
    const report = JSON.parse(bundle.files.json.text);
    report.integrity.body = 'XYZ';
    expect(await verifyExport(JSON.stringify(report))).toMatchObject({
      kind: 'json',
      ok: false,
      claimed: null,
      problem: expect.stringMatching(/malformed/),
    });
    const html = bundle.files.html.text.replace(/(<meta name="consent-auditor-integrity" content=")[^"]*/, '$1{}');
    expect(await verifyExport(html)).toMatchObject({
      kind: 'html',
      ok: false,
      problem: expect.stringMatching(/malformed/),
    });
  });
});

describe('verifyExport: garbage', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['not JSON', '{ nope'],
    ['other JSON', '{"hello":"world"}'],
    ['JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['other HTML', '<!doctype html><html><body>hi</body></html>'],
    ['other CSV', 'a,b,c\r\n1,2,3\r\n'],
    ['binary', '\u0000\u0001\u0002\uFFFD'],
    ['comment only', '# hello\n# world\n'],
  ])('%s → unknown, not ok, a reason, no throw', async (_n, text) => {
    const r = await verifyExport(text);
    expect(r).toMatchObject({ kind: 'unknown', ok: false, claimed: null, integrity: null });
    expect(r.problem).toEqual(expect.any(String));
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an object', { log: [] }],
  ])('%s at run time does not throw', async (_n, value) => {
    const r: unknown = await Reflect.apply(verifyExport, undefined, [value]);
    expect(r).toMatchObject({ kind: 'unknown', ok: false, problem: 'not text' });
  });

  it('never throws on arbitrary text, and never says ok for it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.constant(toCsv(['a'], [['=1']]))), async (text) => {
        const r = await verifyExport(text);
        expect(r.ok).toBe(false);
        expect(typeof r.problem).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
