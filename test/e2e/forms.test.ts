// Issue 17 through the CLI as a user runs it: `scan --forms` types canaries into the demo's forms, and the JSON report
// names each leak (rule, host, field, encoding); the compliant control stays unflagged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/lib/demo-server.mjs';
import type { Report } from '../../utils/export/report.ts';
import {
  expectLeakLab,
  expectNewsletterLeak,
  expectShadowLeaks,
  expectStoredLeak,
  formFindingsIn,
  onlyFormFinding,
} from '../support/demo-forms.ts';
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
  const url = page.startsWith('/') ? `${SHOP}${page}` : `${SHOP}/forms/${page}`;
  const args = ['scan', url, '--consent', 'none', '--wait', WAIT, '--json', json, '--quiet'];
  const { code, stderr } = await runCli([...args, ...forms, ...demoHostArgs(server)]);
  return { code, stderr, report: JSON.parse(await readFile(json, 'utf8')) as Report };
}

const findingsOf = (r: Report) => r.scenarios[0]?.findings ?? [];
const formFindings = (r: Report) => formFindingsIn(findingsOf(r));

describe('consent-auditor scan --forms', () => {
  it('newsletter: SHA-256 of the normalised e-mail sent on blur, before submit, is a violation', async () => {
    const { code, stderr, report } = await scan('newsletter.html', ['--forms']);
    expect(code, stderr).toBe(1);
    const f = onlyFormFinding(findingsOf(report));
    expectNewsletterLeak(f);
    // The canary address is lower-case already, so its raw and normalised hashes are the same pattern, labelled raw.
    expect(f?.evidence.notes[0]).toBe('Encodings: sha256');
  });

  it('every encoding and channel of the leak lab is recognised', async () => {
    const { report } = await scan('encodings.html', ['--forms']);
    const [f] = formFindings(report);
    expectLeakLab(f);
    expect(f?.evidence.notes[1]).toBe('Found in: url, body, header');
  });

  it('fields in an open shadow root and a same-origin iframe are typed into, their leaks found', async () => {
    const { report } = await scan('shadow.html', ['--forms']);
    expectShadowLeaks(findingsOf(report));
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
    expectStoredLeak(onlyFormFinding(findingsOf(report)));
  });

  it("a copy the site keeps under a tracker's name (//# sourceURL=) is a warning that says so, never a violation", async () => {
    const { code, stderr, report } = await scan('/hostile/form-framed.html', ['--forms']);
    expect(code, stderr).toBe(0);
    const [f, ...rest] = formFindings(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'form-data-leak',
      severity: 'warning',
      subject: { kind: 'storage', host: 'tracker.adnet.test', name: 'email' },
    });
    expect(f?.title).toMatch(/^Form data stored before submission by code the page named after /);
    expect(f?.evidence.items[0]).toMatchObject({
      kind: 'storage',
      key: '_adnet_em',
      script: 'https://tracker.adnet.test/form-store.js',
      attribution: 'named-by-page',
    });
    expect(f?.evidence.scripts).toEqual([]);
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
