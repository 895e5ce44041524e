// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  elementPath,
  findConsentButton,
  matchLabel,
  normaliseLabel,
  probeButtonFallback,
  runButtonFallback,
} from './button-fallback.ts';

let clicks: string[] = [];

function page(html: string): void {
  document.body.innerHTML = html;
  clicks = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-id]')) {
    el.addEventListener('click', (e) => {
      clicks.push(el.dataset.id ?? '?');
      e.preventDefault();
    });
  }
}

beforeEach(() => page(''));

describe('matchLabel', () => {
  it.each([
    ['Reject all', 'reject', 'Reject all', true],
    ['  REJECT   ALL ', 'reject', 'Reject all', true],
    ['Alle ablehnen', 'reject', 'Alle ablehnen', true],
    ['Nur notwendige Cookies', 'reject', 'Nur notwendige Cookies', true],
    ['Nur notwendige Cookies akzeptieren', 'reject', 'Nur notwendige Cookies', false],
    ['Continue without accepting →', 'reject', 'Continue without accepting', true],
    ['Alle akzeptieren', 'accept', 'Alle akzeptieren', true],
    ['Accept all cookies', 'accept', 'Accept all', false],
    ['Ich stimme zu', 'accept', 'Ich stimme zu', true],
    ['OK', 'accept', 'OK', true],
  ] as const)('%s -> %s %s', (text, action, label, exact) => {
    expect(matchLabel(text, action)).toMatchObject({ label, exact });
  });

  it.each([
    ['Accept only necessary', 'accept'],
    ['Nicht zustimmen', 'accept'],
    ["Don't accept", 'accept'],
    ['OK, show me the settings', 'accept'],
    ['Continue without accepting', 'accept'],
    ['Alle akzeptieren', 'reject'],
    ['Read our cookie policy to learn how we accept and process your data today', 'accept'],
    ['', 'reject'],
  ] as const)('%s is no %s button', (text, action) => {
    expect(matchLabel(text, action)).toBeNull();
  });

  it('normalises case, punctuation and whitespace', () => {
    expect(normaliseLabel('  Alle  Cookies—ABLEHNEN! ')).toBe('alle cookies ablehnen');
  });
});

const ENGLISH_BANNER = `
  <main><h1>Shop</h1><button data-id="newsletter">Accept</button></main>
  <div id="cookie-banner" class="consent"><p>We use cookies.</p>
    <div class="actions"><button data-id="en-accept">Accept all</button><button data-id="en-reject" class="reject">Reject all</button></div>
  </div>`;
const GERMAN_BANNER = `
  <section class="dsgvo-hinweis" aria-label="Datenschutz"><p>Wir verwenden Cookies.</p>
    <a href="#" data-id="de-accept" role="button">Alle akzeptieren</a>
    <button data-id="de-necessary">Nur notwendige</button>
    <button data-id="de-reject">Alle ablehnen</button>
  </section>`;

describe('runButtonFallback', () => {
  it.each([
    [ENGLISH_BANNER, 'reject', 'en-reject', 'Reject all'],
    [ENGLISH_BANNER, 'accept', 'en-accept', 'Accept all'],
    [GERMAN_BANNER, 'reject', 'de-reject', 'Alle ablehnen'],
    [GERMAN_BANNER, 'accept', 'de-accept', 'Alle akzeptieren'],
  ] as const)('banner %#: %s clicks %s', (html, action, id, label) => {
    page(html);
    const r = runButtonFallback(document, action, () => 1234);
    expect(r).toMatchObject({ kind: 'clicked', label, at: 1234, inBanner: true, exact: true });
    expect(clicks).toEqual([id]);
  });

  it('reports a selector-ish path of what it clicked', () => {
    page(ENGLISH_BANNER);
    const r = runButtonFallback(document, 'reject');
    expect(r.kind === 'clicked' && r.path).toBe('div#cookie-banner > div.actions > button.reject');
  });

  it('prefers a button inside a cookie-banner container over an exact match elsewhere', () => {
    page(`<div class="promo"><p>Our cookies are baked fresh.</p><button data-id="outside">Accept all</button></div>
      <div id="gdpr-notice"><button data-id="inside">Accept all cookies</button></div>`);
    const r = runButtonFallback(document, 'accept');
    expect(r).toMatchObject({ kind: 'clicked', inBanner: true, exact: false });
    expect(clicks).toEqual(['inside']);
  });

  it('prefers an exact match over a partial one in the same banner', () => {
    page(
      `<div class="cookie-consent"><button data-id="partial">Reject cookies and close</button><button data-id="exact">Reject</button></div>`,
    );
    runButtonFallback(document, 'reject');
    expect(clicks).toEqual(['exact']);
  });

  it('accepts a plain container when the text around the button talks about cookies', () => {
    page(`<div class="notice"><p>This site uses cookies for analytics.</p><button data-id="ok">OK</button></div>`);
    expect(runButtonFallback(document, 'accept')).toMatchObject({ kind: 'clicked', label: 'OK', inBanner: false });
    expect(clicks).toEqual(['ok']);
  });

  it('does not click generic buttons without any cookie context', () => {
    page(`<form><p>Terms of sale</p><button data-id="terms">Accept</button><button data-id="ok">OK</button></form>`);
    const r = runButtonFallback(document, 'accept');
    expect(r).toMatchObject({ kind: 'none', candidates: 0 });
    expect(r.kind === 'none' && r.reason).toContain('2 matching but not in a cookie banner');
    expect(clicks).toEqual([]);
  });

  it('skips links that navigate to another page', () => {
    page(`<div id="cookie-notice">
      <a data-id="nav" href="/privacy/reject">Reject all</a>
      <a data-id="newtab" href="#" target="_blank">Reject all</a>
      <a data-id="js" href="javascript:void(0)">Ablehnen</a></div>`);
    const r = runButtonFallback(document, 'reject');
    expect(r).toMatchObject({ kind: 'clicked', label: 'Ablehnen' });
    expect(clicks).toEqual(['js']);
  });

  it('reports when the only match is a navigating link', () => {
    page(`<div id="cookie-notice"><a data-id="nav" href="https://elsewhere.example/optout">Decline</a></div>`);
    const r = runButtonFallback(document, 'reject');
    expect(r.kind === 'none' && r.reason).toBe('no usable reject button (1 matching links that navigate away)');
    expect(clicks).toEqual([]);
  });

  it('skips invisible and disabled buttons', () => {
    page(`<div id="cookie-banner">
      <button data-id="none" style="display:none">Reject all</button>
      <div style="visibility:hidden"><button data-id="vis">Reject all</button></div>
      <button data-id="opacity" style="opacity:0">Reject all</button>
      <button data-id="hidden" hidden>Reject all</button>
      <div aria-hidden="true"><button data-id="aria">Reject all</button></div>
      <button data-id="disabled" disabled>Reject all</button>
      <button data-id="shown">Decline</button></div>`);
    const r = runButtonFallback(document, 'reject');
    expect(r).toMatchObject({ kind: 'clicked', label: 'Decline' });
    expect(clicks).toEqual(['shown']);
  });

  it('says why when every match is invisible', () => {
    page(`<div id="cookie-banner" style="display:none"><button data-id="a">Alle ablehnen</button></div>`);
    const r = runButtonFallback(document, 'reject');
    expect(r).toEqual({ kind: 'none', reason: 'no usable reject button (1 matching but invisible)', candidates: 0 });
  });

  it('finds nothing on a page without a banner', () => {
    page(`<header><a href="/">Home</a></header><main><p>Hello</p><button data-id="buy">Buy now</button></main>`);
    expect(runButtonFallback(document, 'reject')).toEqual({
      kind: 'none',
      reason: 'nothing found: no visible button with a known reject text',
      candidates: 0,
    });
    expect(runButtonFallback(document, 'accept')).toEqual({
      kind: 'none',
      reason: 'nothing found: no visible button with a known accept text',
      candidates: 0,
    });
    expect(clicks).toEqual([]);
  });

  it('matches input buttons by value and icon buttons by aria-label', () => {
    page(
      `<div class="cmp-layer"><input type="submit" data-id="in" value="Zustimmen"><button data-id="icon" aria-label="Alle ablehnen">✕</button></div>`,
    );
    expect(findConsentButton(document, 'accept').best?.label).toBe('Zustimmen');
    expect(runButtonFallback(document, 'reject')).toMatchObject({ kind: 'clicked', label: 'Alle ablehnen' });
    expect(clicks).toEqual(['icon']);
  });

  it('never reads the accept side into a reject-worded button', () => {
    page(`<div id="consent"><button data-id="necessary">Accept only necessary</button></div>`);
    expect(runButtonFallback(document, 'accept')).toMatchObject({ kind: 'none' });
    expect(runButtonFallback(document, 'reject')).toMatchObject({ kind: 'clicked', label: 'Only necessary' });
  });

  it('a probe names the button it would click and clicks nothing', () => {
    page(ENGLISH_BANNER);
    expect(probeButtonFallback(document, 'reject')).toEqual({ kind: 'found', label: 'Reject all' });
    expect(probeButtonFallback(document, 'accept')).toEqual({ kind: 'found', label: 'Accept all' });
    expect(clicks).toEqual([]);
    page('<main><button data-id="buy">Buy now</button></main>');
    expect(probeButtonFallback(document, 'reject')).toMatchObject({ kind: 'none', candidates: 0 });
  });

  it('elementPath stops at an id', () => {
    page(`<div id="x"><span class="a b c"><button>Go</button></span></div>`);
    const button = document.querySelector('button');
    expect(button && elementPath(button)).toBe('div#x > span.a.b > button');
  });
});
