import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { essentialCookie } from './essential-cookie.ts';

describe('essential-cookie', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'PHP session cookie from the site',
      (v) =>
        v.req('https://www.shop.example/cart', 10, {
          type: 'xmlhttprequest',
          setCookie: ['PHPSESSID=abc123; Path=/; HttpOnly'],
        }),
      ['essential-cookie:cookie:PHPSESSID@www.shop.example'],
    ],
    [
      'consent cookie of the CMP',
      (v) => v.scriptCookie('CookieConsent', '-1', 200, 'https://consent.cookiebot.com/uc.js'),
      ['essential-cookie:cookie:CookieConsent@shop.example'],
    ],
    [
      'near: analytics cookie',
      (v) => v.scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 200, 'https://www.googletagmanager.com/gtag/js'),
      [],
    ],
    [
      'near: necessary cookie, but third-party (Cloudflare load balancer on another site)',
      (v) => v.req('https://widget.other.example/x', 10, { setCookie: ['__cflb=0H28v; Path=/; Secure'] }),
      [],
    ],
    [
      'near: unknown first-party cookie',
      (v) => v.scriptCookie('layout', 'wide', 200, 'https://www.shop.example/app.js'),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(essentialCookie.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('is information with the known description', () => {
    const [f] = essentialCookie.run(
      contextOf(new Visit().req('https://www.shop.example/cart', 10, { setCookie: ['PHPSESSID=abc; HttpOnly'] })),
    );
    expect(f).toMatchObject({ severity: 'info', title: 'Essential cookie PHPSESSID (necessary)' });
    expect(f?.explanation).toContain('PHP session ID.');
  });
});
