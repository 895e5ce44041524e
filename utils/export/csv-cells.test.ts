import { describe, expect, it } from 'vitest';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import { csvCell, toCsv } from './csv-cells.ts';
import { csvBody } from './csv.ts';
import { buildScenarioReport } from './report-build.ts';
import { analyze, createKnowledge } from '../findings/index.ts';
import { buildRecord } from '../record/record.ts';
import { navigation } from '../../test/support/raw-events.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+cmd|/C calc', "'+cmd|/C calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['a,b', '"a,b"'],
    ['x;=cmd|/C calc', '"x;=cmd|/C calc"'],
    ['a;b', '"a;b"'],
    ['  =1+1', "'  =1+1"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    [' padded ', '" padded "'],
    [-5, '-5'],
    [true, 'true'],
    [null, ''],
  ])('%j', (value, want) => expect(csvCell(value)).toBe(want));
});

describe('exports', () => {
  it('rows and header have the same width, with CRLF line ends', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        [1, '=x'],
        ['y', null],
      ],
    );
    expect(csv).toBe("a,b\r\n1,'=x\r\ny,\r\n");
  });

  it('a cookie named like a formula and a URL with commas stay inert text in their cells', () => {
    const rec = buildRecord(1, [
      ...navigation('https://www.shop.example/', 1, 1000, 'm'),
      ...fromBeforeRequest({
        requestId: 'g',
        url: 'https://www.google-analytics.com/g/collect?a=1,2',
        type: 'ping',
        tabId: 1,
        timeStamp: 1010,
      }),
      {
        k: 'page-cookie',
        t: 1020,
        api: 'document.cookie',
        name: '=HYPERLINK("https://evil.example")',
        value: 'x',
        raw: '=HYPERLINK("https://evil.example")=x',
        frameUrl: 'https://www.shop.example/',
      },
    ]).record!;
    const scenario = buildScenarioReport({
      consent: 'reject',
      url: rec.url,
      record: rec,
      analysis: analyze(rec, createKnowledge()),
      startedAt: 1000,
      finishedAt: 2000,
    });
    const cookies = csvBody('csv-cookies', [scenario]);
    expect(cookies).toContain(`,"'=HYPERLINK(""https://evil.example"")",`);
    expect(cookies).not.toContain(',=HYPERLINK');
    const requests = csvBody('csv-requests', [scenario]);
    expect(requests).toContain('"https://www.google-analytics.com/g/collect?a=1,2"');
    expect(requests).toContain('Google Analytics');
  });
});
