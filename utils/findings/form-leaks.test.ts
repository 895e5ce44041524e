import { describe, expect, it } from 'vitest';
import type { FormLeak } from '../knowledge/canary/leak.ts';
import { createKnowledge } from '../knowledge/knowledge.ts';
import { formLeakFindings, withFindings } from './form-leaks.ts';
import { analyze } from './analyze.ts';
import { smallRecord } from '../../test/support/fixtures.ts';
import { realIpTable } from '../../test/support/findings.ts';

const knowledge = createKnowledge();
const leak = (o: Partial<FormLeak>): FormLeak => ({
  url: 'https://tracker.adnet.test/beacon',
  host: 'tracker.adnet.test',
  method: 'POST',
  type: 'ping',
  t: 2_000,
  field: 'email',
  control: 'email',
  encoding: 'sha256',
  normalised: false,
  where: 'body',
  afterSubmit: false,
  serverIp: null,
  ...o,
});
const run = (leaks: FormLeak[], consent: 'none' | 'reject' | 'accept' = 'none') =>
  formLeakFindings(leaks, knowledge, { site: 'shop.test', consent, pageStart: 1_000 });

describe('formLeakFindings', () => {
  it.each([
    ['third party, before submit, no answer', {}, 'none', 'form-data-leak', 'violation'],
    ['third party, before submit, rejected', {}, 'reject', 'form-data-leak', 'violation'],
    ['third party, before submit, accepted', {}, 'accept', 'form-data-leak', 'warning'],
    // Server place unknown (no IP): the transfer cannot be called "ok", so a warning, never info.
    [
      'US-owned recipient after submit',
      { host: 'www.facebook.com', url: 'https://www.facebook.com/tr', afterSubmit: true },
      'none',
      'form-data-to-non-eu',
      'warning',
    ],
    [
      'US company without DPF after submit',
      { host: 'r.lr-ingest.io', url: 'https://r.lr-ingest.io/i', afterSubmit: true },
      'none',
      'form-data-to-non-eu',
      'warning',
    ],
    [
      'EEA company after submit',
      { host: 'script.hotjar.com', url: 'https://script.hotjar.com/x', afterSubmit: true },
      'none',
      null,
      null,
    ],
  ] as const)('%s', (_l, o: Partial<FormLeak>, consent, rule, severity) => {
    const [f, ...rest] = run([leak(o)], consent);
    expect(rest).toEqual([]);
    if (rule === null) {
      expect(knowledge.trackers.match(o.host ?? '')).not.toBeNull();
      expect(f).toBeUndefined();
      return;
    }
    expect(f).toMatchObject({
      rule,
      severity,
      subject: { kind: 'request', host: o.host ?? 'tracker.adnet.test', name: 'email' },
      evidence: { encoding: 'sha256' },
    });
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'request', t: 1_000 });
  });

  it('never reports first-party copies, nor an unknown recipient after submit as "outside the EEA"', () => {
    expect(
      run([leak({ host: 'www.shop.test' }), leak({ host: 'cdn.shop.test' }), leak({ afterSubmit: true })]),
    ).toEqual([]);
  });

  it('one finding per host and field; the most literal encoding is the evidence, all are listed', () => {
    const f = run([
      leak({ encoding: 'md5' }),
      leak({ encoding: 'url-encoded' }),
      leak({ field: 'name', control: 'first_name', encoding: 'base64' }),
    ]);
    expect(f.map((x) => [x.subject.name, x.evidence.encoding, x.evidence.notes[0]])).toEqual([
      ['email', 'url-encoded', 'Encodings: md5, url-encoded'],
      ['first_name', 'base64', 'Encodings: base64'],
    ]);
  });

  it('German texts', () => {
    const [f] = formLeakFindings([leak({})], knowledge, {
      site: 'shop.test',
      consent: 'none',
      pageStart: 0,
      lang: 'de',
    });
    expect(f?.title).toBe('Formulardaten vor dem Absenden an tracker.adnet.test gesendet: E-Mail-Adresse (sha256)');
  });

  it('withFindings brings the verdict and counts in step', () => {
    const a = analyze(smallRecord(), knowledge);
    const b = withFindings(a, run([leak({})], 'accept'));
    expect(b.findings.length).toBe(a.findings.length + 1);
    expect(b.summary.bySeverity.warning).toBe(a.summary.bySeverity.warning + 1);
    expect(b.summary.findingsByPhase['after-accept']).toBe(a.summary.findingsByPhase['after-accept'] + 1);
    const clean = {
      ...a,
      findings: [],
      summary: { ...a.summary, verdict: 'clean' as const, bySeverity: { violation: 0, warning: 0, info: 0 } },
    };
    expect(withFindings(clean, run([leak({})])).summary.verdict).toBe('violations');
    expect(withFindings(clean, [])).toBe(clean);
  });
});

describe('form-data-to-non-eu: the server of every copy counts', () => {
  // Registry countries verified in utils/knowledge/ip-country.test.ts; Hotjar Ltd is an EEA company (MT).
  const located = createKnowledge({ ipTable: realIpTable() });
  const hotjar = { host: 'script.hotjar.com', url: 'https://script.hotjar.com/x', afterSubmit: true };
  const submit = (leaks: FormLeak[]) =>
    formLeakFindings(leaks, located, { site: 'shop.test', consent: 'none', pageStart: 1_000 });

  it('a copy on a US server is not hidden behind a more literal copy on an EEA server', () => {
    const fs = submit([
      leak({ ...hotjar, encoding: 'plain', serverIp: '81.169.145.1' }),
      leak({ ...hotjar, encoding: 'sha256', serverIp: '8.8.8.8' }),
    ]);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['form-data-to-non-eu', 'warning']]);
    expect(fs[0]?.explanation).toContain('server registered in US');
  });

  it('one copy on a US-registered server, EEA company, DPF not known: outside the EEA all the same', () => {
    const fs = submit([leak({ ...hotjar, serverIp: '8.8.8.8' })]);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['form-data-to-non-eu', 'warning']]);
  });

  it('a host only third-party-web names (fbsbx.com: Meta Platforms Ireland, US parent) on an EEA server counts (Meta certified: info)', () => {
    // Before, no tracker match meant "company unknown", and an EEA server then hid the US parent entirely.
    const fs = submit([
      leak({
        host: 'static.xx.fbsbx.com',
        url: 'https://static.xx.fbsbx.com/x',
        afterSubmit: true,
        serverIp: '81.169.145.1',
      }),
    ]);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['form-data-to-non-eu', 'info']]);
    expect(fs[0]?.explanation).toContain('Meta Platforms Ireland Limited');
  });

  it('near: every copy on an EEA server, EEA company: no finding', () => {
    const fs = submit([
      leak({ ...hotjar, encoding: 'plain', serverIp: '81.169.145.1' }),
      leak({ ...hotjar, encoding: 'sha256', serverIp: '193.0.6.139' }),
    ]);
    expect(fs).toEqual([]);
  });
});
