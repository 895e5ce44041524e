// Issue 15.2/15.3: page reports add attribution to browser evidence, never change or remove it; refused writes are attempts.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../observe/events.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { buildRecord } from './record.ts';

const TAB = 4;
const PAGE = 'https://www.site.test/';
const nav = navigation(PAGE, TAB, 1000);
const stored = (name: string, value: string, domain: string, t: number): AuditEvent =>
  cookieStored(name, domain, value, t, { hostOnly: false, secure: false });
const pageWrite = (raw: string, t: number, script?: string, frameUrl = PAGE): AuditEvent => {
  const pair = raw.split(';')[0]!;
  const eq = pair.indexOf('=');
  return {
    k: 'page-cookie',
    t,
    api: 'document.cookie',
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    raw,
    frameUrl,
    ...(script ? { script } : {}),
  };
};

describe('cookie evidence against page reports', () => {
  it('a refused write (last Domain elsewhere, SameSite=None without Secure) leaves the browser-confirmed _ga as it is', () => {
    const r = buildRecord(TAB, [
      ...nav,
      stored('_ga', 'GA1.1.123.456', '.site.test', 1100),
      pageWrite('_ga=; Domain=site.test; SameSite=None; Domain=nope.example', 1200),
    ]).record!;
    const real = r.cookies.find((c) => c.name === '_ga' && c.refused === undefined)!;
    expect(real).toMatchObject({
      value: 'GA1.1.123.456',
      valueLength: 13,
      domain: 'site.test',
      removed: false,
      confirmedBy: ['browser'],
    });
    const attempt = r.cookies.find((c) => c.name === '_ga' && c.refused !== undefined)!;
    expect(attempt).toMatchObject({ domain: 'nope.example', confirmedBy: ['page'], value: '' });
    expect(attempt.refused).toMatch(/does not match/);
  });

  it("a newer page report with another value does not overwrite the confirmed value; the browser's own event does", () => {
    const events: AuditEvent[] = [
      ...nav,
      stored('uid', 'real', '.site.test', 1100),
      pageWrite('uid=fake; domain=.site.test', 1300, 'https://www.site.test/a.js'),
    ];
    const before = buildRecord(TAB, events).record!.cookies;
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ value: 'real', confirmedBy: ['browser'] });
    const after = buildRecord(TAB, [...events, stored('uid', 'fake', '.site.test', 1302)]).record!.cookies;
    expect(after[0]).toMatchObject({ value: 'fake', script: 'https://www.site.test/a.js', setBy: 'script' });
  });

  it("the same write reported by the page adds its script to the browser's entry", () => {
    const r = buildRecord(TAB, [
      ...nav,
      stored('uid', 'v1', '.site.test', 1100),
      pageWrite('uid=v1; domain=.site.test', 1099, 'https://cdn.tracker.example/t.js'),
    ]).record!;
    expect(r.cookies).toHaveLength(1);
    expect(r.cookies[0]).toMatchObject({ value: 'v1', script: 'https://cdn.tracker.example/t.js', setBy: 'script' });
    expect([...r.cookies[0]!.confirmedBy].sort()).toEqual(['browser', 'page']);
  });

  it('a write the browser never confirmed stays page-only (attempted, not stored)', () => {
    const r = buildRecord(TAB, [
      ...nav,
      pageWrite('IDE=abc; domain=.doubleclick.net', 1200, undefined, 'https://ad.doubleclick.net/f.html'),
    ]).record!;
    expect(r.cookies).toEqual([
      expect.objectContaining({ name: 'IDE', domain: 'doubleclick.net', confirmedBy: ['page'] }),
    ]);
  });
});

describe('cookie changes no tab claimed (issue 15.7)', () => {
  const unrouted = (ev: AuditEvent): AuditEvent => ({ ...ev, unrouted: true }) as AuditEvent;

  it('a change delivered unrouted marks the cookie, so that a reader knows another tab of the site may have written it', () => {
    const r = buildRecord(TAB, [...nav, unrouted(stored('mystery', 'x', '.site.test', 1100))]).record!;
    expect(r.cookies.find((c) => c.name === 'mystery')).toMatchObject({ confirmedBy: ['browser'], unrouted: true });
  });

  it("this tab's own report of the same write outweighs the mark; a later routed change clears it", () => {
    const own = buildRecord(TAB, [
      ...nav,
      pageWrite('pref=1; path=/', 1090),
      unrouted(stored('pref', '1', '.site.test', 1100)),
    ]).record!;
    expect(own.cookies.find((c) => c.name === 'pref')?.unrouted).toBeUndefined();
    const later = buildRecord(TAB, [
      ...nav,
      unrouted(stored('m', 'a', '.site.test', 1100)),
      stored('m', 'b', '.site.test', 1200),
    ]).record!;
    expect(later.cookies.find((c) => c.name === 'm')?.unrouted).toBeUndefined();
    // The report may also come after the change was released unrouted (a page slower than the router's hold).
    const late = buildRecord(TAB, [
      ...nav,
      unrouted(stored('pref', '1', '.site.test', 1100)),
      pageWrite('pref=1; path=/', 1090),
    ]).record!;
    expect(late.cookies.find((c) => c.name === 'pref')).toMatchObject({ confirmedBy: ['browser', 'page'] });
    expect(late.cookies.find((c) => c.name === 'pref')?.unrouted).toBeUndefined();
  });
});
