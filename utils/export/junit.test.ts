import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { START, Visit } from '../../test/support/findings.ts';
import { auditedScenario, BARE_TOOL, failedScenario, reportOf } from '../../test/support/export.ts';
import { reportToJunit, xmlEscape } from './junit.ts';
import type { FailOn, ScenarioReport } from './report.ts';

const GA = 'https://www.google-analytics.com/analytics.js';
const EVIL = 'https://www.shop.example/?q=<script>&a="b"&c=\'d\'&e=\u0001\u0007]]>';

/** Well-formedness the way an XML parser sees it: one root, balanced tags, quoted attributes, only known entities. */
function wellFormedErrors(xml: string): string[] {
  const errors: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    if (m[0] === '<' || m[0] === '&') {
      errors.push(`stray ${m[0]} at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
      continue;
    }
    const [, close, name = '', , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) errors.push(`unbalanced </${name}>`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length) errors.push(`unclosed ${stack.join(', ')}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) errors.push('control character');
  return errors;
}

function parse(xml: string) {
  const w = new Window();
  return new w.DOMParser().parseFromString(xml, 'application/xml');
}

function scenarioOf(
  v: Visit,
  consent: 'none' | 'reject' | 'accept',
  url: string,
  answered?: { started: boolean; detail: string },
): ScenarioReport {
  return auditedScenario(v.record(), { consent, url, finishedAt: START + 2500, ...(answered ? { answered } : {}) });
}

function runReport(failOn: FailOn) {
  const tracking = new Visit().req(GA, 100, { ip: '8.8.8.8' });
  const clean = new Visit('https://www.shop.example/clean').req('https://www.shop.example/app.js', 50);
  const scenarios = [
    scenarioOf(tracking, 'none', 'https://www.shop.example/'),
    scenarioOf(new Visit().req(GA, 100), 'reject', 'https://www.shop.example/', {
      started: false,
      detail: 'No banner answered: <nothing> & no "button"',
    }),
    scenarioOf(clean, 'none', 'https://www.shop.example/clean'),
    scenarioOf(new Visit(EVIL).req(GA, 100), 'none', EVIL),
    failedScenario({ error: 'net::ERR_NAME_NOT_RESOLVED <&>' }),
  ];
  // URLs in order, once each: the two scenarios of the shop's home page share one.
  return reportOf(scenarios, { tool: BARE_TOOL, finishedAt: START + 10_000, failOn });
}

describe('reportToJunit', () => {
  const xml = reportToJunit(runReport('violation'));
  const doc = parse(xml);
  const cases = Array.from(doc.querySelectorAll('testcase'));

  it('is well-formed XML whatever the page put in its URL', () => {
    expect(wellFormedErrors(xml)).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it('has one suite per URL and one test case per URL × scenario, with totals', () => {
    const suites = Array.from(doc.querySelectorAll('testsuite'));
    expect(suites.map((s) => s.getAttribute('name'))).toEqual([
      'https://www.shop.example/',
      'https://www.shop.example/clean',
      // eslint-disable-next-line no-control-regex -- control characters are the bad input under test
      EVIL.replace(/[\u0001\u0007]/g, ''),
      'https://nope.invalid/',
    ]);
    expect(cases.map((c) => `${c.getAttribute('classname')} | ${c.getAttribute('name')}`)).toEqual([
      'https://www.shop.example/ | consent: none',
      'https://www.shop.example/ | consent: reject',
      'https://www.shop.example/clean | consent: none',
      // eslint-disable-next-line no-control-regex -- as above
      `${EVIL.replace(/[\u0001\u0007]/g, '')} | consent: none`,
      'https://nope.invalid/ | consent: none',
    ]);
    const root = doc.querySelector('testsuites');
    expect([root?.getAttribute('tests'), root?.getAttribute('failures'), root?.getAttribute('errors')]).toEqual([
      '5',
      '3',
      '1',
    ]);
  });

  it('a failing case carries its findings; an unanswered banner fails with the reason; a clean case passes', () => {
    const [tracking, unanswered, clean, , dns] = cases;
    const f = tracking?.querySelector('failure');
    expect(f?.getAttribute('type')).toBe('findings');
    expect(f?.getAttribute('message')).toMatch(/^[1-9]\d* violation\(s\)/);
    expect(f?.textContent).toMatch(/\[violation\] .*Google Analytics.*www\.google-analytics\.com/);
    const u = unanswered?.querySelector('failure');
    expect(u?.getAttribute('type')).toBe('not-answered');
    expect(u?.textContent).toContain('No banner answered: <nothing> & no "button"');
    expect(clean?.querySelector('failure, error')).toBeNull();
    expect(dns?.querySelector('error')?.getAttribute('message')).toBe('net::ERR_NAME_NOT_RESOLVED <&>');
    expect(Number(tracking?.getAttribute('time'))).toBe(2.5);
  });

  it('under --fail-on never nothing fails, and the findings go to system-out', () => {
    const never = parse(reportToJunit(runReport('never')));
    expect(never.querySelectorAll('failure')).toHaveLength(0);
    expect(never.querySelectorAll('error')).toHaveLength(1);
    expect(never.querySelector('testcase system-out')?.textContent).toMatch(/\[violation\]/);
  });
});

describe('xmlEscape', () => {
  it.each<[string, string]>([
    ['a & b < c > d " e \' f', 'a &amp; b &lt; c &gt; d &quot; e &apos; f'],
    ['tab\tnl\ncr\r kept', 'tab\tnl\ncr\r kept'],
    ['\u0000\u0001\u001F\uFFFE gone', ' gone'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['&amp; twice', '&amp;amp; twice'],
  ])('%j', (input, out) => {
    expect(xmlEscape(input)).toBe(out);
  });
});
