// Last resort when no autoconsent rule knows the banner: find a
// visible button with a common reject/accept text and click it.
import type { FallbackReply } from './autoconsent-messages.ts';
import type { ConsentAction } from '../../observe/events.ts';

export const REJECT_LABELS: readonly string[] = [
  'Reject all',
  'Alle ablehnen',
  'Alle Cookies ablehnen',
  'Decline all',
  'Reject',
  'Ablehnen',
  'Decline',
  'Deny',
  'Use necessary cookies only',
  'Only necessary',
  'Necessary only',
  'Only essential',
  'Nur notwendige Cookies',
  'Nur notwendige',
  'Nur essenzielle',
  'Nur erforderliche',
  'Continue without accepting',
  'Weiter ohne Einwilligung',
];
export const ACCEPT_LABELS: readonly string[] = [
  'Accept all',
  'Alle akzeptieren',
  'Alle Cookies akzeptieren',
  'Allow all',
  'Alle zulassen',
  'Accept cookies',
  'Accept',
  'Akzeptieren',
  'I agree',
  'Ich stimme zu',
  'Agree',
  'Zustimmen',
  'Einverstanden',
  'OK',
  'Got it',
];

/** Labels too generic to match inside a longer text ("OK" in "OK, show me settings"). */
const EXACT_ONLY = new Set(['ok', 'got it']);
/** A longer text with one of these words says the opposite ("Nicht zustimmen", "Don't accept"). */
const NEGATIONS = new Set(['not', 'don', 'dont', 't', 'no', 'without', 'nicht', 'kein', 'keine', 'ohne', 'never']);
/** Ancestors whose id, class or aria-label say "this is the cookie banner". */
const BANNER_WORDS = /cookie|consent|gdpr|privacy|cmp|banner|dsgvo|datenschutz/i;
/** Text near the button that says it is about cookies, for buttons outside an obvious banner container. */
const COOKIE_TEXT =
  /cookie|consent|einwilligung|datenschutz|privacy|tracking|gdpr|dsgvo|personal data|personenbezogen/i;
const CLICKABLE = 'button, a, [role="button"], input[type="button"], input[type="submit"]';
/** A button's own text is short; a longer text is a paragraph with a link in it. */
const MAX_WORDS = 7;
const MAX_CONTEXT_CHARS = 3000;
const MAX_DEPTH = 15;

export function normaliseLabel(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface LabelEntry {
  label: string;
  norm: string;
  rank: number;
}
const table = (labels: readonly string[]): LabelEntry[] =>
  labels.map((label, rank) => ({ label, norm: normaliseLabel(label), rank }));
const LABELS: Record<ConsentAction, LabelEntry[]> = { reject: table(REJECT_LABELS), accept: table(ACCEPT_LABELS) };

export interface LabelMatch {
  label: string;
  exact: boolean;
  rank: number;
}

/**
 * The label a button text matches for an action; reject wording wins over accept ("Accept only necessary" is a reject).
 */
export function matchLabel(text: string, action: ConsentAction): LabelMatch | null {
  const norm = normaliseLabel(text);
  if (!norm) return null;
  if (action === 'accept' && matchIn(norm, 'reject')) return null;
  return matchIn(norm, action);
}

function matchIn(norm: string, action: ConsentAction): LabelMatch | null {
  const words = norm.split(' ');
  let best: LabelMatch | null = null;
  for (const e of LABELS[action]) {
    if (norm === e.norm) return { label: e.label, exact: true, rank: e.rank };
    if (best || EXACT_ONLY.has(e.norm) || words.length > MAX_WORDS) continue;
    const at = ` ${norm} `.indexOf(` ${e.norm} `);
    if (at < 0) continue;
    const labelWords = new Set(e.norm.split(' '));
    if (words.some((w) => NEGATIONS.has(w) && !labelWords.has(w))) continue;
    best = { label: e.label, exact: false, rank: e.rank };
  }
  return best;
}

export interface ButtonCandidate {
  element: HTMLElement;
  label: string;
  text: string;
  exact: boolean;
  inBanner: boolean;
  score: number;
}

export interface FindResult {
  best: ButtonCandidate | null;
  candidates: number;
  reason: string;
}

/** The best visible, non-navigating button for the action in this document, or why there is none. */
export function findConsentButton(doc: Document, action: ConsentAction): FindResult {
  const layout = hasLayout(doc);
  const found: ButtonCandidate[] = [];
  let skippedNav = 0;
  let skippedHidden = 0;
  let skippedContext = 0;
  for (const el of doc.querySelectorAll<HTMLElement>(CLICKABLE)) {
    const text = visibleText(el);
    const match = [text, el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']
      .map((t) => (t ? matchLabel(t, action) : null))
      .find((m) => m !== null);
    if (!match) continue;
    if (!isVisible(el, layout)) {
      skippedHidden += 1;
      continue;
    }
    if (navigatesAway(el, doc)) {
      skippedNav += 1;
      continue;
    }
    const inBanner = bannerAncestor(el);
    const cookieLabel = /cookie/i.test(match.label);
    const context = inBanner || cookieLabel || nearCookieText(el);
    if (!context) {
      skippedContext += 1;
      continue;
    }
    // Banner container beats exactness beats the label's place in the list (specific labels first).
    const score = (inBanner ? 1000 : 0) + (match.exact ? 100 : 0) + (50 - Math.min(match.rank, 49));
    found.push({ element: el, label: match.label, text: text || match.label, exact: match.exact, inBanner, score });
  }
  let best: ButtonCandidate | null = null;
  for (const c of found) if (!best || c.score > best.score) best = c;
  if (best) return { best, candidates: found.length, reason: '' };
  const why: string[] = [];
  if (skippedHidden) why.push(`${skippedHidden} matching but invisible`);
  if (skippedNav) why.push(`${skippedNav} matching links that navigate away`);
  if (skippedContext) why.push(`${skippedContext} matching but not in a cookie banner`);
  const reason = why.length
    ? `no usable ${action} button (${why.join(', ')})`
    : `nothing found: no visible button with a known ${action} text`;
  return { best: null, candidates: 0, reason };
}

/** Finds without clicking: whether the background may answer by text before autoconsent's wait ends. */
export function probeButtonFallback(doc: Document, action: ConsentAction): FallbackReply {
  const { best, candidates, reason } = findConsentButton(doc, action);
  return best ? { kind: 'found', label: best.label } : { kind: 'none', reason, candidates };
}

/** Finds and clicks; the reply goes back to the background as is. */
export function runButtonFallback(doc: Document, action: ConsentAction, now: () => number = Date.now): FallbackReply {
  const { best, candidates, reason } = findConsentButton(doc, action);
  if (!best) return { kind: 'none', reason, candidates };
  const at = now();
  best.element.click();
  return {
    kind: 'clicked',
    label: best.label,
    text: best.text.slice(0, 200),
    path: elementPath(best.element),
    exact: best.exact,
    inBanner: best.inBanner,
    at,
  };
}

function visibleText(el: HTMLElement): string {
  if (el instanceof HTMLInputElement) return el.value;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Without a layout engine (tests) every box is 0x0: size is then no visibility signal. */
function hasLayout(doc: Document): boolean {
  const r = doc.documentElement.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

function isVisible(el: HTMLElement, layout: boolean): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if (el.matches(':disabled')) return false;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
    return false;
  if (layout) {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
  }
  return true;
}

/** A link to another page (or a new tab) would take the visitor away instead of answering the banner. */
function navigatesAway(el: HTMLElement, doc: Document): boolean {
  if (el.tagName !== 'A') return false;
  const href = el.getAttribute('href');
  if (href === null) return false;
  const target = el.getAttribute('target');
  if (target && target !== '_self') return true;
  const h = href.trim();
  if (h === '' || h.startsWith('#') || /^javascript:/i.test(h)) return false;
  try {
    const to = new URL(h, doc.baseURI);
    const here = new URL(doc.URL);
    return to.origin !== here.origin || to.pathname !== here.pathname || to.search !== here.search;
  } catch {
    return true;
  }
}

function bannerAncestor(el: HTMLElement): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML') return false;
    const attrs = `${node.id} ${node.getAttribute('class') ?? ''} ${node.getAttribute('aria-label') ?? ''}`;
    if (BANNER_WORDS.test(attrs)) return true;
  }
  return false;
}

/** The smallest ancestor with a sentence or more of text mentions cookies or consent. */
function nearCookieText(el: HTMLElement): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML') return false;
    const text = node.textContent ?? '';
    if (text.length > MAX_CONTEXT_CHARS) return false;
    if (COOKIE_TEXT.test(text)) return true;
  }
  return false;
}

/** A short CSS-like path for the report: "div#cookie-banner > div.actions > button.reject". */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (
    let i = 0;
    node && i < 4 && node.tagName !== 'BODY' && node.tagName !== 'HTML';
    i += 1, node = node.parentElement
  ) {
    const tag = node.tagName.toLowerCase();
    if (node.id) {
      parts.unshift(`${tag}#${node.id}`);
      break;
    }
    const cls = (node.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
    parts.unshift(cls.length ? `${tag}.${cls.join('.')}` : tag);
  }
  return parts.join(' > ');
}
