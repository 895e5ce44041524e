// A page visit logged through the real adapter, replayed by the real reducer: for the phase and consent view tests.
import type { AuditEvent } from '../../utils/observe/events.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { START, Visit } from './findings.ts';

export const T0 = START;
export const PAGE = 'https://www.shop.example/';

/** A page visit as the background would log it, served from a documentation-range IP; times are ms after page start. */
export class Log {
  private readonly visit = new Visit(PAGE, '192.0.2.1');

  get events(): AuditEvent[] {
    return this.visit.events;
  }

  req(url: string, t: number, type = 'script'): this {
    this.visit.req(url, t, { type });
    return this;
  }

  /** A domain cookie (not host-only) the browser stored. */
  cookie(name: string, domain: string, value: string, t: number): this {
    this.visit.cookie(name, domain, value, t, { hostOnly: false });
    return this;
  }

  add(ev: AuditEvent): this {
    this.visit.events.push(ev);
    return this;
  }

  at(t: number): number {
    return T0 + t;
  }

  record(): PageRecord {
    return this.visit.record();
  }
}

/** Cookiebot page: tracking before the banner, the extension rejects at +2.3 s, the visitor accepts later. */
export function rejectedVisit(): Log {
  const log = new Log();
  log.add({
    k: 'page-consent-mode',
    t: log.at(40),
    args: ['consent', 'default', { ad_storage: 'denied', analytics_storage: 'granted', wait_for_update: 500 }],
    frameUrl: PAGE,
  });
  log.req('https://consent.cookiebot.com/uc.js', 50);
  log.req('https://www.google-analytics.com/analytics.js', 200);
  log.cookie('_ga', '.shop.example', 'GA1.1.1.2', 300);
  log.add({
    k: 'page-storage',
    t: log.at(400),
    api: 'localStorage',
    origin: 'https://www.shop.example',
    key: '_hjSession',
    value: '{}',
    valueLength: 2,
    frameUrl: PAGE,
  });
  log.add({ k: 'page-cmp', t: log.at(500), globals: ['Cookiebot'], frameUrl: PAGE });
  log.add({ k: 'automation', t: log.at(1000), status: 'cmp-detected', cmp: 'Cookiebot' });
  log.add({ k: 'automation', t: log.at(1100), status: 'started', action: 'reject', cmp: 'Cookiebot' });
  log.add({ k: 'choice', t: log.at(2300), action: 'reject', source: 'automation', via: 'autoconsent Cookiebot' });
  log.add({ k: 'automation', t: log.at(2310), status: 'done', action: 'reject', cmp: 'Cookiebot' });
  log.add({
    k: 'page-consent-mode',
    t: log.at(2320),
    args: ['consent', 'update', { ad_storage: 'denied', analytics_storage: 'denied' }],
    frameUrl: PAGE,
  });
  log.req('https://www.google-analytics.com/g/collect?v=2', 2500, 'ping');
  log.cookie('_gid', '.shop.example', 'GA1.1.3', 2600);
  log.add({ k: 'choice', t: log.at(9000), action: 'accept', source: 'user', via: 'Cookiebot: cookie CookieConsent' });
  return log;
}
