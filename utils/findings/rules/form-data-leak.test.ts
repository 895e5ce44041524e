import { describe, expect, it } from 'vitest';
import type { FormLeakEvent } from '../../observe/events.ts';
import { contextOf, START, Visit } from '../../../test/support/findings.ts';
import { formLeak } from '../../../test/support/raw-events.ts';
import { formDataLeak } from './form-data-leak.ts';

const leak = (t: number, o: Partial<FormLeakEvent> = {}): FormLeakEvent => formLeak(START + t, o);
/** A copy the form test found in the page's own storage (localStorage unless `method` says otherwise). */
const storedLeak = (t: number, o: Partial<FormLeakEvent>): FormLeakEvent =>
  leak(t, {
    type: 'storage',
    where: 'storage',
    url: 'https://www.shop.example',
    host: 'www.shop.example',
    method: 'localStorage',
    ...o,
  });
const fields: Extract<import('../../observe/events.ts').AuditEvent, { k: 'form-test' }>['fields'] = [
  { field: 'email', control: 'newsletter_email', frameUrl: 'https://www.shop.example/' },
];
function visit(...events: Array<import('../../observe/events.ts').AuditEvent>): Visit {
  const v = new Visit();
  v.events.push({ k: 'form-test', t: START + 1_000, fields }, ...events);
  return v;
}

describe('form-data-leak (extension form test)', () => {
  it('no form test, no finding', () => {
    expect(formDataLeak.run(contextOf(new Visit()))).toEqual([]);
  });

  it("a hashed e-mail in a third party's beacon before any answer: violation, named by the field's control", () => {
    const v = visit(leak(1_200)).req('https://tracker.adnet.test/beacon', 1_200, { ip: '3.5.140.2' });
    const [f, ...rest] = formDataLeak.run(contextOf(v));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'form-data-leak',
      severity: 'violation',
      phase: 'before-choice',
      subject: { kind: 'request', host: 'tracker.adnet.test', name: 'newsletter_email' },
      evidence: { encoding: 'sha256' },
    });
    expect(f?.evidence.notes[0]).toBe('Encodings: sha256 (normalised)');
    // The server address the browser reported for the same URL is the transfer evidence.
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'request', serverIp: '3.5.140.2', t: 1_200 });
  });

  it('consent given before the fill makes it a warning; an accept after the fill does not excuse the leak', () => {
    const after = visit(leak(1_200)).choice('accept', 2_000);
    expect(formDataLeak.run(contextOf(after))[0]?.severity).toBe('violation');
    const before = new Visit().choice('accept', 500);
    before.events.push({ k: 'form-test', t: START + 1_000, fields }, leak(1_200));
    expect(formDataLeak.run(contextOf(before)).map((f) => [f.severity, f.phase])).toEqual([
      ['warning', 'after-accept'],
    ]);
  });

  it('stored copies: a third-party script in first-party localStorage, and a third-party cookie', () => {
    const v = visit(
      storedLeak(1_300, {
        key: '_adnet_em',
        script: 'https://tracker.adnet.test/s.js',
      }),
      leak(1_400, {
        type: 'cookie',
        where: 'cookie',
        url: 'cookie:adnet.test/',
        host: 'adnet.test',
        method: 'SET',
        key: '_em',
        encoding: 'base64',
        normalised: false,
      }),
    );
    const got = formDataLeak.run(contextOf(v));
    expect(got.map((f) => [f.subject.kind, f.subject.host, f.severity])).toEqual([
      ['storage', 'tracker.adnet.test', 'violation'],
      ['cookie', 'adnet.test', 'violation'],
    ]);
    expect(got[0]?.title).toBe(
      'Form data stored before submission: e-mail address (sha256 (normalised)) in localStorage _adnet_em (www.shop.example)',
    );
    expect(got[0]?.evidence.items[0]).toMatchObject({
      kind: 'storage',
      storageKind: 'localStorage',
      key: '_adnet_em',
      script: 'https://tracker.adnet.test/s.js',
    });
    expect(got[1]?.evidence.items[0]).toMatchObject({ kind: 'cookie', name: '_em', domain: 'adnet.test' });
  });

  it("first-party copies are not leaks: the site's own endpoint, its own script's storage", () => {
    const v = visit(
      leak(1_200, { url: 'https://www.shop.example/api/lead', host: 'www.shop.example' }),
      storedLeak(1_300, {
        method: 'sessionStorage',
        key: 'draft',
        script: 'https://www.shop.example/app.js',
      }),
    );
    expect(formDataLeak.run(contextOf(v))).toEqual([]);
  });

  it('a copy only a page-chosen writer name ties to a third party is a warning that says so, as other findings do', () => {
    const stored = (attribution: 'named-by-page' | 'unknown' | 'confident') =>
      storedLeak(1_300, {
        key: '_em',
        script: 'https://connect.facebook.net/en_US/fbevents.js',
        attribution,
      });
    for (const attribution of ['named-by-page', 'unknown'] as const) {
      const [f, ...rest] = formDataLeak.run(contextOf(visit(stored(attribution))));
      expect(rest).toEqual([]);
      expect(f?.severity, attribution).toBe('warning');
      expect(f?.title).toMatch(/^Form data stored before submission by code the page named after /);
      expect(f?.explanation).toContain('by code named https://connect.facebook.net/en_US/fbevents.js');
      expect(f?.evidence.notes).toContain(
        'The writer https://connect.facebook.net/en_US/fbevents.js is a name the page gave its own code or took from a stack the page could shape: shown, not verified, and not used to classify this write.',
      );
      // Shown and marked on its item, never listed as a script behind the finding.
      expect(f?.evidence.items[0]).toMatchObject({ kind: 'storage', attribution });
      expect(f?.evidence.scripts).toEqual([]);
    }
    // The same write with a name our formatter read from the engine's call sites stays a violation.
    const [trusted] = formDataLeak.run(contextOf(visit(stored('confident'))));
    expect(trusted?.severity).toBe('violation');
    expect(trusted?.evidence.scripts).toEqual(['https://connect.facebook.net/en_US/fbevents.js']);
    const [de] = formDataLeak.run(contextOf(visit(stored('named-by-page')), { lang: 'de' }));
    expect(de?.title).toMatch(/^Formulardaten vor dem Absenden gespeichert, von Code, den die Seite nach /);
  });

  it('German texts', () => {
    const [f] = formDataLeak.run(contextOf(visit(leak(1_200)), { lang: 'de' }));
    expect(f?.title).toBe(
      'Formulardaten vor dem Absenden an tracker.adnet.test gesendet: E-Mail-Adresse (sha256 (normalised))',
    );
  });
});
