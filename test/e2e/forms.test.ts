// Issue 17 through the CLI as a user runs it: `scan --forms` types canaries into the demo's forms, and the JSON report
// names each leak (rule, host, field, encoding); the compliant control stays unflagged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import { demoHostArgs, runCli, SHOP, useCliRun } from './helpers.ts';

const WAIT = '1500';
let server: DemoServer;
let dir: string;

useCliRun('consent-auditor-forms-', (s, d) => {
  server = s;
  dir = d;
});

async function scan(page: string, forms: string[]): Promise<{ code: number | null; stderr: string; report: Report }> {
  const json = path.join(dir, `${page.replace(/\W/g, '-')}-${forms.join('-')}.json`);
  const args = ['scan', `${SHOP}/forms/${page}`, '--consent', 'none', '--wait', WAIT, '--json', json, '--quiet'];
  const { code, stderr } = await runCli([...args, ...forms, ...demoHostArgs(server)]);
  return { code, stderr, report: JSON.parse(await readFile(json, 'utf8')) as Report };
}

const formFindings = (r: Report) => (r.scenarios[0]?.findings ?? []).filter((f) => f.rule.startsWith('form-data'));

describe('consent-auditor scan --forms', () => {
  it('newsletter: SHA-256 of the normalised e-mail sent on blur, before submit, is a violation', async () => {
    const { code, stderr, report } = await scan('newsletter.html', ['--forms']);
    expect(code, stderr).toBe(1);
    const [f, ...rest] = formFindings(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'form-data-leak',
      severity: 'violation',
      subject: { kind: 'request', host: 'tracker.adnet.test', name: 'email' },
      evidence: { encoding: 'sha256' },
      phase: 'before-choice',
    });
    // The canary address is lower-case already, so its raw and normalised hashes are the same pattern, labelled raw.
    expect(f?.evidence.notes[0]).toBe('Encodings: sha256');
    expect(f?.evidence.items[0]).toMatchObject({
      kind: 'request',
      url: 'https://tracker.adnet.test/beacon',
      method: 'POST',
    });
  });

  it('every encoding and channel of the leak lab is recognised', async () => {
    const { report } = await scan('encodings.html', ['--forms']);
    const [f] = formFindings(report);
    expect(f).toMatchObject({
      rule: 'form-data-leak',
      subject: { host: 'tracker.adnet.test', name: 'mail' },
      evidence: { encoding: 'plain' },
    });
    const encodings = (f?.evidence.notes[0] ?? '')
      .replace(/^Encodings: /, '')
      .split(', ')
      .sort();
    // The url-safe Base64 of this address has no + or /: it is the standard pattern and is labelled base64.
    expect(encodings).toEqual(['base64', 'plain', 'sha1', 'sha256', 'upper-case', 'url-encoded']);
    expect(f?.evidence.notes[1]).toBe('Found in: url, body, header');
  });

  it('fields in an open shadow root and a same-origin iframe are typed into, their leaks found', async () => {
    const { report } = await scan('shadow.html', ['--forms']);
    const got = formFindings(report)
      .map((f) => `${f.subject.name}:${f.evidence.encoding}`)
      .sort();
    expect(got).toEqual(['message:base64', 'shadow_email:sha256']);
  });

  it('contact form posting to a US-owned host: nothing before submit, form-data-to-non-eu after --forms submit', async () => {
    const typed = await scan('contact-us.html', ['--forms']);
    expect(formFindings(typed.report)).toEqual([]);
    const sent = await scan('contact-us.html', ['--forms', 'submit']);
    const f = formFindings(sent.report);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.rule === 'form-data-to-non-eu' && x.subject.host === 'www.facebook.com')).toBe(true);
    expect(f.map((x) => x.subject.name).sort()).toEqual(expect.arrayContaining(['email', 'message', 'name', 'phone']));
  });

  it('the compliant control: fields typed and submitted, no form finding, exit 0', async () => {
    const { code, stderr, report } = await scan('compliant.html', ['--forms', 'submit']);
    expect(code, stderr).toBe(0);
    expect(formFindings(report)).toEqual([]);
    expect(report.scenarios[0]?.errors.join(' ')).not.toContain('no e-mail, phone, name or text field');
  });

  it('a third-party script keeping the hashed e-mail in localStorage: form-data-leak of kind storage', async () => {
    const { report } = await scan('stored.html', ['--forms']);
    const [f, ...rest] = formFindings(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'form-data-leak',
      severity: 'violation',
      subject: { kind: 'storage', host: 'tracker.adnet.test', name: 'email' },
      evidence: { encoding: 'sha256' },
    });
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'storage', storageKind: 'localStorage', key: '_adnet_em' });
  });

  it('double opt-in hint after --forms submit: the thank-you page that asks to confirm, and one that does not', async () => {
    const hint = (r: Report) => (r.scenarios[0]?.findings ?? []).filter((f) => f.rule === 'double-opt-in-hint');
    const doi = await scan('newsletter.html', ['--forms', 'submit']);
    expect(hint(doi.report)).toMatchObject([
      { severity: 'info', title: 'Double opt-in: the page says a confirmation e-mail was sent' },
    ]);
    expect(hint(doi.report)[0]?.evidence.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^confirmationText: .*confirm your subscription/),
        'marketingAutomation: none',
      ]),
    );
    const direct = await scan('newsletter-direct.html', ['--forms', 'submit']);
    expect(direct.code, direct.stderr).toBe(0);
    expect(hint(direct.report)).toMatchObject([
      { severity: 'info', title: 'Double opt-in: the page does not say a confirmation e-mail was sent' },
    ]);
  });

  it('a page without fields says so instead of reading as clean of leaks', async () => {
    const { report } = await scan('thanks.html', ['--forms']);
    expect(report.scenarios[0]?.errors.join(' ')).toContain('forms: no e-mail, phone, name or text field was found');
  });
});
