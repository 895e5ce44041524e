import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  csvHeader,
  harBody,
  harSetHash,
  htmlBodyOf,
  integrityFromCsvHeader,
  integrityFromHtml,
  integrityMeta,
  ipTableLabel,
  isIntegrity,
  parseCsvHeader,
  reportBody,
  sha256Hex,
  splitCsv,
  withBody,
  type IntegrityBase,
} from './integrity.ts';

const nodeSha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const H = 'a'.repeat(64);

const BASE: IntegrityBase = {
  algorithm: 'SHA-256',
  report: 'b'.repeat(64),
  har: 'c'.repeat(64),
  url: 'https://www.shop.example/?a=1&b=<x>',
  startedAt: '2026-11-29T10:00:00.000Z',
  finishedAt: '2026-11-29T10:00:05.000Z',
  tool: { name: 'consent-auditor', version: '0.1.0' },
  data: { trackers: '2026.11.29', ipTable: null },
};

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Grüße, 東京 🍪', '\r\n\u0000', 'x'.repeat(100_000)])(
    'matches node:crypto over UTF-8 for %j',
    async (s) => {
      expect(await sha256Hex(s)).toBe(nodeSha(s));
    },
  );

  it('is the known vector for the empty string', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('JSON bodies', () => {
  it('reportBody: compact, key order kept, top-level integrity removed, nested integrity kept', () => {
    expect(reportBody({ b: 1, a: { integrity: 2 }, integrity: { x: 1 }, c: [1, 'x'] })).toBe(
      '{"b":1,"a":{"integrity":2},"c":[1,"x"]}',
    );
  });

  it('harBody: removes log._integrity only', () => {
    expect(harBody({ log: { version: '1.2', _integrity: 1, entries: [] }, _integrity: 'top stays' })).toBe(
      '{"log":{"version":"1.2","entries":[]},"_integrity":"top stays"}',
    );
  });

  it('a pretty-printed file parses back to the same body (what a verifier recomputes)', () => {
    const report = { format: 'x', n: 1.5, s: 'ä\u2028<', list: [{ k: null }], '2': 'integer key' };
    const file = JSON.stringify({ ...report, integrity: withBody(BASE, H) }, null, 2);
    expect(reportBody(JSON.parse(file))).toBe(reportBody(report));
    expect(reportBody(report)).toBe(JSON.stringify(report));
  });

  it('a "__proto__" key from a file stays a field and does not change the prototype', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"polluted":1},"a":1,"integrity":{}}');
    expect(reportBody(parsed)).toBe('{"__proto__":{"polluted":1},"a":1}');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('non-objects pass through', () => {
    expect(reportBody([1, 2])).toBe('[1,2]');
    expect(harBody('x')).toBe('"x"');
  });
});

describe('harSetHash', () => {
  it('one HAR: its own body hash; several: the hash of their hashes; none: the hash of nothing', async () => {
    expect(await harSetHash([H])).toBe(H);
    expect(await harSetHash([H, 'b'.repeat(64)])).toBe(nodeSha(`${H}\n${'b'.repeat(64)}`));
    expect(await harSetHash([])).toBe(nodeSha(''));
  });
});

describe('CSV header block', () => {
  const i = withBody(
    { ...BASE, url: 'https://x.example/a\r\nb', data: { trackers: '1', ipTable: 'pkg@1 (built 2026-01-01)' } },
    H,
  );
  const header = csvHeader('csv-cookies', i);

  it('is `# key: value` lines with CRLF, one line per value even for hostile values', () => {
    const lines = header.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => l.startsWith('# '))).toBe(true);
    expect(lines[0]).toBe('# consent-auditor-export: csv-cookies');
    expect(header).toContain('# url: https://x.example/a%0D%0Ab\r\n');
    expect(header).toContain(`# body-sha256: ${H}\r\n`);
  });

  it('parses back into the integrity data (control characters stay percent-encoded)', () => {
    const { header: lines, body } = splitCsv(`${header}name,domain\r\n#x,y\r\n`);
    expect(body).toBe('name,domain\r\n#x,y\r\n');
    expect(integrityFromCsvHeader(parseCsvHeader(lines))).toEqual({ ...i, url: 'https://x.example/a%0D%0Ab' });
  });

  it('an empty ip table value means none; a missing or malformed field means no integrity', () => {
    const none = parseCsvHeader(csvHeader('csv-findings', withBody(BASE, H)).split('\r\n'));
    expect(integrityFromCsvHeader(none)?.data.ipTable).toBeNull();
    const broken = new Map(none);
    broken.set('body-sha256', 'XYZ');
    expect(integrityFromCsvHeader(broken)).toBeNull();
    broken.delete('body-sha256');
    expect(integrityFromCsvHeader(broken)).toBeNull();
  });

  it.each<[string, string[], string]>([
    ['no header', [], 'a,b\n1,2'],
    ['LF only', ['# a: 1', '# b: 2'], 'x\n'],
    ['header only', ['# a: 1'], ''],
  ])('splitCsv: %s', (_n, header, body) => {
    const text = header.map((h) => `${h}\n`).join('') + body;
    expect(splitCsv(text)).toEqual({ header, body });
  });
});

describe('HTML markers and meta', () => {
  it('the body is the text between the first start marker and the end marker after it', () => {
    expect(htmlBodyOf('<head></head><!--ca-body-start-->\n<p>x</p>\n<!--ca-body-end--><footer>')).toBe('\n<p>x</p>\n');
    expect(htmlBodyOf('<p>no markers</p>')).toBeNull();
    expect(htmlBodyOf('<!--ca-body-start--> no end')).toBeNull();
  });

  it('the meta tag round-trips integrity whose strings hold quotes and markup', () => {
    const i = withBody({ ...BASE, url: `https://a.example/?q="'><script>` }, H);
    const meta = integrityMeta(i);
    expect(meta).not.toContain('<script>');
    expect(meta).not.toMatch(/content="[^"]*"[^>]/);
    expect(integrityFromHtml(`<head>${meta}</head><!--ca-body-start-->x<!--ca-body-end-->`)).toEqual(i);
  });

  it('absent → null; present but broken → undefined; a meta tag inside the body is not read', () => {
    expect(integrityFromHtml('<head></head><!--ca-body-start-->x<!--ca-body-end-->')).toBeNull();
    expect(
      integrityFromHtml('<meta name="consent-auditor-integrity" content="{&quot;a&quot;:1}"><!--ca-body-start-->'),
    ).toBeUndefined();
    expect(
      integrityFromHtml('<meta name="consent-auditor-integrity" content="not json"><!--ca-body-start-->'),
    ).toBeUndefined();
    expect(
      integrityFromHtml(`<head></head><!--ca-body-start-->${integrityMeta(withBody(BASE, H))}<!--ca-body-end-->`),
    ).toBeNull();
  });
});

describe('isIntegrity and labels', () => {
  it.each<[string, unknown, boolean]>([
    ['complete', withBody(BASE, H), true],
    ['with an ip table', withBody({ ...BASE, data: { trackers: 'x', ipTable: 'y' } }, H), true],
    ['upper-case hex', withBody(BASE, 'A'.repeat(64)), false],
    ['short hash', withBody(BASE, 'a'.repeat(63)), false],
    ['other algorithm', { ...withBody(BASE, H), algorithm: 'MD5' }, false],
    ['no tool', { ...withBody(BASE, H), tool: null }, false],
    ['null', null, false],
    ['array', [], false],
  ])('%s', (_n, x, ok) => {
    expect(isIntegrity(x)).toBe(ok);
  });

  it('ipTableLabel', () => {
    expect(ipTableLabel({ source: 'pkg', version: '2.1.0', built: '2026-11-01' })).toBe('pkg@2.1.0 (built 2026-11-01)');
    expect(ipTableLabel(null)).toBeNull();
  });
});
