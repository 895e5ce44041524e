// Issue 17 through the extension as a user runs it: "Test forms" types canaries into the open page (popup button and
// its confirmation, or the same message), the background scans what follows, and the findings name the recipient,
// the field and the encoding. The compliant control stays unflagged.
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../cli/browser/index.ts';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import {
  expectLeakLab,
  expectNewsletterLeak,
  expectShadowLeaks,
  expectStoredLeak,
  formFindingsIn,
  onlyFormFinding,
} from '../support/demo-forms.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness, extensionKnowledge } from './helpers.ts';

const h = useHarness();
const knowledge = extensionKnowledge();
type Answer = { started: boolean; filled: number; detail: string };

async function formTest(
  page: string,
  done: (r: PageRecord) => boolean,
): Promise<{ answer: Answer; record: PageRecord; tabId: number }> {
  const { tabId } = await openTab(h, `${SHOP}/forms/${page}`);
  await settledRecord(h, tabId, (r) => r.requests.length > 0);
  const answer = (await sendToBackground(h.context, h.extensionId, { type: 'form-test', tabId })) as Answer;
  const record = (await settledRecord(h, tabId, (r) => (r.formTest?.fields.length ?? 0) > 0 && done(r), 10_000).catch(
    () => recordOf(h, tabId),
  )) as PageRecord;
  return { answer, record, tabId };
}

const findingsOf = (r: PageRecord) => analyze(r, knowledge).findings;
const formFindings = (r: PageRecord) => formFindingsIn(findingsOf(r));
const leaksTo =
  (host: string, n = 1) =>
  (r: PageRecord) =>
    (r.formLeaks ?? []).filter((l) => l.host === host).length >= n;

describe('Test forms (extension)', () => {
  it('newsletter: the SHA-256 of the e-mail in a beacon body is a form-data-leak violation', async () => {
    const { answer, record } = await formTest('newsletter.html', leaksTo('tracker.adnet.test'));
    expect(answer).toMatchObject({ started: true, filled: 2 });
    expect(answer.detail).toContain('not submitted');
    const f = onlyFormFinding(findingsOf(record));
    expectNewsletterLeak(f);
    expect(f?.evidence.notes[1]).toBe('Found in: body');
  });

  it('the leak lab: URL, beacon, fetch keepalive, XHR body and header encodings are all found', async () => {
    const { record } = await formTest(
      'encodings.html',
      (r) => new Set((r.formLeaks ?? []).map((l) => `${l.encoding}|${l.where}`)).size >= 6,
    );
    const [f] = formFindings(record);
    expectLeakLab(f);
    expect(
      (f?.evidence.notes[1] ?? '')
        .replace(/^Found in: /, '')
        .split(', ')
        .sort(),
    ).toEqual(['body', 'header', 'url']);
  });

  it('fields in an open shadow root and a same-origin iframe are typed into, their leaks found', async () => {
    const { record } = await formTest('shadow.html', leaksTo('tracker.adnet.test', 2));
    expect(record.formTest?.fields.map((x) => x.control).sort()).toEqual(['message', 'shadow_email']);
    expectShadowLeaks(findingsOf(record));
  });

  it('a third-party script keeping the hashed e-mail in localStorage is form-data-leak evidence of kind storage', async () => {
    const { record } = await formTest('stored.html', (r) => (r.formLeaks ?? []).length > 0);
    const f = onlyFormFinding(findingsOf(record));
    expectStoredLeak(f);
    expect(f?.evidence.items[0]).toMatchObject({ origin: SHOP });
  });

  it('a session-replay recorder loaded before consent is flagged with what Hotjar documents; its unmasked copy is a leak', async () => {
    const { record } = await formTest('replay.html', leaksTo('static.hotjar.com'));
    const all = findingsOf(record);
    const replay = all.filter((f) => f.rule === 'session-replay-before-consent');
    expect(replay).toHaveLength(1);
    expect(replay[0]).toMatchObject({
      severity: 'violation',
      phase: 'before-choice',
      subject: { kind: 'request', host: 'static.hotjar.com', name: 'Hotjar' },
    });
    expect(replay[0]?.explanation).toMatch(/suppresses keystroke data in recordings by default/);
    // The stub does not mask: the typed address reaches the recorder's host as it was typed.
    const leak = all.find((f) => f.rule === 'form-data-leak' && f.subject.name === 'email');
    expect(leak).toMatchObject({ subject: { host: 'static.hotjar.com' }, evidence: { encoding: 'plain' } });
  });

  it('the compliant control: fields typed, no form finding; the popup button asks first and names what it does', async () => {
    const { tabId, page } = await openTab(h, `${SHOP}/forms/compliant.html`);
    await settledRecord(h, tabId, (r) => r.requests.length > 0);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.click('button[name=form-test]');
    expect(await popup.textContent('.form-test-steps')).toContain('not submit any form');
    await popup.click('button[name=form-test-confirm]');
    await popup.waitForFunction(
      () => /Typed test values into \d+ fields/.test(document.querySelector('.action-detail')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    const record = await settledRecord(h, tabId, (r) => (r.formTest?.fields.length ?? 0) === 3);
    expect(record.formTest?.fields.map((x) => x.field).sort()).toEqual(['email', 'name', 'text']);
    // The values are in the fields, and the page stayed where it was (nothing submitted).
    expect(await page.inputValue('input[type=email]')).toMatch(/^ca-[a-z]{10}@shop\.test$/);
    expect(page.url()).toBe(`${SHOP}/forms/compliant.html`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(formFindings((await recordOf(h, tabId))!)).toEqual([]);
    await popup.close();
  });
});
