// What the demo's form pages (demo/site/www.shop.test/forms/) must yield, through the CLI or the extension alike.
import { expect } from 'vitest';
import type { Finding } from '../../utils/findings/index.ts';

/** The form-data-* findings among `findings`. */
export function formFindingsIn<F extends Finding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.rule.startsWith('form-data'));
}

/** The one form finding (a second one is a failure). */
export function onlyFormFinding<F extends Finding>(findings: readonly F[]): F | undefined {
  const [f, ...rest] = formFindingsIn(findings);
  expect(rest).toEqual([]);
  return f;
}

/** newsletter.html: the SHA-256 of the typed e-mail in t.js's beacon body, before any choice. */
export function expectNewsletterLeak(f: Finding | undefined): void {
  expect(f).toMatchObject({
    rule: 'form-data-leak',
    severity: 'violation',
    subject: { kind: 'request', host: 'tracker.adnet.test', name: 'email' },
    evidence: { encoding: 'sha256' },
    phase: 'before-choice',
  });
  expect(f?.evidence.items[0]).toMatchObject({
    kind: 'request',
    url: 'https://tracker.adnet.test/beacon',
    method: 'POST',
  });
}

/** encodings.html: one finding for the `mail` field, every encoding of the leak lab in its first note. */
export function expectLeakLab(f: Finding | undefined): void {
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
}

/** shadow.html: the fields in the open shadow root and the same-origin iframe, each with its encoding. */
export function expectShadowLeaks(findings: readonly Finding[]): void {
  const got = formFindingsIn(findings)
    .map((f) => `${f.subject.name}:${f.evidence.encoding}`)
    .sort();
  expect(got).toEqual(['message:base64', 'shadow_email:sha256']);
}

/** stored.html: a third-party script keeps the hashed e-mail in the page's localStorage. */
export function expectStoredLeak(f: Finding | undefined): void {
  expect(f).toMatchObject({
    rule: 'form-data-leak',
    severity: 'violation',
    subject: { kind: 'storage', host: 'tracker.adnet.test', name: 'email' },
    evidence: { encoding: 'sha256' },
  });
  expect(f?.evidence.items[0]).toMatchObject({ kind: 'storage', storageKind: 'localStorage', key: '_adnet_em' });
}
