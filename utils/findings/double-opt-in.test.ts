import { describe, expect, it } from 'vitest';
import type { FormLeak } from '../knowledge/canary/leak.ts';
import { createKnowledge } from '../knowledge/knowledge.ts';
import {
  confirmationPhrase,
  doubleOptInFinding,
  isNewsletterForm,
  marketingAutomationRecipients,
} from './double-opt-in.ts';

const knowledge = createKnowledge();

describe('confirmationPhrase', () => {
  it.each([
    'We have sent you an e-mail: please confirm your subscription with the link in it.',
    'Almost done! Check your inbox.',
    'Please click the link in the confirmation email we just sent.',
    'Confirm your email address to start receiving our newsletter.',
    'Vielen Dank! Wir haben Ihnen eine Bestätigungs-E-Mail geschickt.',
    'Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.',
    'Fast geschafft: Sie müssen Ihre Anmeldung noch bestätigen.',
    'Schauen Sie in Ihr Postfach und bestätigen Sie die Adresse.',
  ])('finds: %s', (text) => {
    expect(confirmationPhrase(text)).not.toBeNull();
  });

  it.each([
    'Thank you for subscribing!',
    'Welcome! You are now subscribed to our newsletter.',
    'Your e-mail address is confirmed.',
    'Order confirmation',
    'We never send spam e-mails.',
    'Bitte bestätigen Sie die Cookie-Einstellungen.',
    'Bestätigung Ihrer Bestellung',
    'Danke für Ihre Anmeldung!',
    '',
  ])('near miss, no match: %s', (text) => {
    expect(confirmationPhrase(text)).toBeNull();
  });

  it('odd input is no match and no crash', () => {
    expect(confirmationPhrase(undefined as unknown as string)).toBeNull();
    expect(confirmationPhrase('x'.repeat(1_000_000))).toBeNull();
  });
});

describe('isNewsletterForm', () => {
  it.each([
    ['Newsletter E-Mail Subscribe', true],
    ['Newsletter abonnieren', true],
    ['Contact us Name E-Mail Message Send', false],
    ['Log in Password', false],
  ])('%s -> %s', (t, want) => {
    expect(isNewsletterForm(t)).toBe(want);
  });
});

const leak = (host: string, afterSubmit = true): FormLeak => ({
  url: `https://${host}/x`,
  host,
  method: 'POST',
  type: 'xmlhttprequest',
  t: 1,
  field: 'email',
  control: 'email',
  encoding: 'plain',
  normalised: false,
  where: 'body',
  afterSubmit,
  serverIp: null,
});

describe('doubleOptInFinding', () => {
  it('says so when the page confirms, and names a marketing-automation recipient of the submitted data', () => {
    expect(
      marketingAutomationRecipients(
        [leak('app-ab12.marketo.com'), leak('www.facebook.com'), leak('pi.pardot.com', false)],
        knowledge,
      ),
    ).toEqual(['Adobe Marketo Engage (app-ab12.marketo.com)']);
    const f = doubleOptInFinding(
      {
        pageText: 'Please check your inbox.',
        formText: 'Newsletter',
        pageUrl: 'https://shop.test/t',
        leaks: [leak('app-ab12.marketo.com')],
      },
      knowledge,
    );
    expect(f).toMatchObject({
      rule: 'double-opt-in-hint',
      severity: 'info',
      title: 'Double opt-in: the page says a confirmation e-mail was sent',
      subject: { kind: 'page' },
    });
    expect(f?.evidence.notes).toEqual([
      'confirmationText: check your inbox',
      'marketingAutomation: Adobe Marketo Engage (app-ab12.marketo.com)',
      'page: https://shop.test/t',
    ]);
  });

  it('no confirmation text: says so (German too); not a newsletter form: no hint at all', () => {
    const f = doubleOptInFinding(
      { pageText: 'Willkommen!', formText: 'Newsletter abonnieren', pageUrl: 'https://shop.test/w', leaks: [] },
      knowledge,
      'de',
    );
    expect(f?.title).toBe('Double-Opt-in: Die Seite sagt nicht, dass eine Bestätigungs-E-Mail gesendet wurde');
    expect(f?.evidence.notes[0]).toBe('confirmationText: none');
    expect(
      doubleOptInFinding({ pageText: 'Check your inbox', formText: 'Contact us', pageUrl: '', leaks: [] }, knowledge),
    ).toBeNull();
  });
});
