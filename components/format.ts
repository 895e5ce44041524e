// Wording of the view model's structured labels (times, sizes,
// status, initiators, cookie flags) in the popup's language.
import type { CookieEntry, RequestEntry } from '../utils/record/record.ts';
import { cookieFlagParts, initiatorParts, relTime, statusParts, type CookieFlag } from '../utils/view/entry-labels.ts';
import type { Strings } from './strings.ts';

export function relText(S: Strings, t: number, startedAt: number): string {
  return relTime(t, startedAt, S.lang);
}

/** "12 chars", "4.1k chars" / "12 Zeichen", "4,1 Tsd. Zeichen". */
export function lengthText(S: Strings, n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  if (n === 1) return S.oneChar;
  if (n < 1000) return S.chars(S.num(n));
  if (n < 1_000_000) return S.thousandChars(S.decimal(n / 1000, 1));
  return S.millionChars(S.decimal(n / 1_000_000, 1));
}

export function statusText(S: Strings, r: RequestEntry): string {
  // The browser's word that it never left (a CSP block, no address): said first, with the reason.
  if (r.notSent) return `${S.statusWords.notSent}: ${r.notSent}`;
  const p = statusParts(r);
  switch (p.kind) {
    case 'error':
      return p.error;
    case 'redirect':
      return p.status !== null ? `${p.status} ${S.statusWords.redirect}` : S.statusWords.redirect;
    case 'status':
      return String(p.status) + (p.fromCache ? ` ${S.statusWords.cache}` : '');
    case 'pending':
      return S.statusWords.pending;
  }
}

export function initiatorText(S: Strings, r: RequestEntry): string {
  return initiatorParts(r)
    .map((p) => (p.kind === 'worker' ? S.initiator.worker() : S.initiator[p.kind](p.url)))
    .join(' · ');
}

export function flagText(S: Strings, f: CookieFlag): string {
  switch (f.kind) {
    case 'attr':
      return f.text;
    case 'session':
      return S.flag.session;
    case 'expires':
      return S.flag.expires(f.date);
    case 'removed':
      return S.flag.removed;
  }
}

export function cookieFlagTexts(S: Strings, c: CookieEntry): Array<{ text: string; warn: boolean }> {
  return cookieFlagParts(c).map((f) => ({ text: flagText(S, f), warn: f.kind === 'removed' }));
}
