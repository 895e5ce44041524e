// Consent and page signals: the visitor's choice (the phase boundary), TCF, consent mode, GPP, CMP globals, forms,
// banner automation and clean starts.
import { choiceFromCmpStore, choiceFromTcf, isCmpStoreName } from '../consent/choice-inference.ts';
import type {
  AutomationEvent,
  ChoiceEvent,
  CleanStartEvent,
  GestureEvent,
  PageCmpGlobalsEvent,
  PageConsentModeEvent,
  PageFormsEvent,
  PageGppEvent,
  PageTcfEvent,
} from '../observe/events.ts';
import { admitSignal, noteGesture } from './choice-gate.ts';
import {
  pushCapped,
  SIGNAL_LIST_MAX,
  type Choice,
  type CookieEntry,
  type PageAccess,
  type PageRecord,
} from './page-record.ts';

/** CMP cookie writes this close together belong to one answer. */
const CMP_BURST_MS = 1000;

export type ConsentEvent =
  | PageTcfEvent
  | PageConsentModeEvent
  | PageGppEvent
  | PageCmpGlobalsEvent
  | PageFormsEvent
  | ChoiceEvent
  | AutomationEvent
  | CleanStartEvent
  | GestureEvent;

export function applyConsentEvent(pages: PageAccess, ev: ConsentEvent): void {
  switch (ev.k) {
    case 'page-tcf': {
      const c = pages.page(ev.t).consent;
      const last = c.tcf[c.tcf.length - 1];
      if (!last || last.tcString !== ev.tcString || last.eventStatus !== ev.eventStatus) {
        const { k: _k, top: _top, ...rest } = ev;
        pushCapped(c.tcf, rest);
      }
      const inferred = choiceFromTcf(ev.eventStatus, ev.tcString);
      if (inferred) noteSignal(pages, { ...inferred, at: ev.t, source: 'signal' }, ev.top === true);
      return;
    }
    case 'page-consent-mode': {
      const { k: _k, ...rest } = ev;
      pushCapped(pages.page(ev.t).consent.consentMode, rest);
      return;
    }
    case 'page-gpp': {
      const c = pages.page(ev.t).consent;
      if (c.gpp[c.gpp.length - 1]?.gppString !== ev.gppString) {
        const { k: _k, ...rest } = ev;
        pushCapped(c.gpp, rest);
      }
      return;
    }
    case 'page-cmp': {
      const c = pages.page(ev.t).consent;
      for (const g of ev.globals) if (!c.globals.includes(g) && c.globals.length < 50) c.globals.push(g);
      return;
    }
    case 'page-forms': {
      const page = pages.page(ev.t);
      for (const box of ev.checkboxes) {
        const same = (f: PageRecord['forms'][number]): boolean =>
          f.frameUrl === ev.frameUrl && f.label === box.label && f.name === box.name && f.id === box.id;
        if (page.forms.length < SIGNAL_LIST_MAX && !page.forms.some(same)) {
          page.forms.push({ ...box, t: ev.t, frameUrl: ev.frameUrl });
        }
      }
      return;
    }
    case 'choice':
      noteChoice(pages, { action: ev.action, at: ev.t, source: ev.source, via: ev.via });
      return;
    case 'automation': {
      const { k: _k, ...rest } = ev;
      pushCapped(pages.page(ev.t).consent.automation, rest);
      return;
    }
    case 'clean': {
      const { k: _k, t, ...rest } = ev;
      pages.page(t).consent.clean = { at: t, ...rest };
      return;
    }
    case 'gesture':
      for (const admitted of noteGesture(pages.page(ev.t).consent, ev.t)) noteChoice(pages, admitted);
      return;
  }
}

/** A CMP/TCF signal is the choice only from the top frame and after a visitor gesture (choice-gate.ts). */
function noteSignal(pages: PageAccess, choice: Choice, top: boolean): void {
  if (admitSignal(pages.page(choice.at).consent, choice, top)) noteChoice(pages, choice);
}

/** The earliest answer is the phase boundary; an automation click beats the signal it caused. */
function noteChoice(pages: PageAccess, choice: Choice): void {
  const c = pages.page(choice.at).consent;
  const first = c.choice;
  if (!first) {
    c.choice = choice;
    return;
  }
  const sameAnswer = first.action === choice.action && Math.abs(first.at - choice.at) < 5000;
  if (sameAnswer) {
    if (choice.at < first.at || (first.source === 'signal' && choice.source !== 'signal')) {
      c.choice = { ...choice, at: Math.min(first.at, choice.at) };
    }
    return;
  }
  if (choice.at < first.at) {
    c.changes.unshift(first);
    c.choice = choice;
  } else if (!c.changes.some((x) => x.action === choice.action && Math.abs(x.at - choice.at) < 5000)) {
    pushCapped(c.changes, choice);
  }
}

/**
 * A CMP cookie or storage key changed: the banner may just have been answered by hand. `latestOf` gives each cookie's
 * latest write in the page's order (a value the page wrote that the browser has not confirmed yet), so that one
 * answer's writes are read together, whichever view reported which of them first.
 */
export function inferFromCmpStore(
  pages: PageAccess,
  t: number,
  latestOf: (c: CookieEntry, at: number) => { value: string; t: number },
): void {
  const page = pages.page(t);
  // The top page's own CMP store only: a third-party frame's cookie or storage does not answer for the site.
  const live = page.cookies
    .filter((c) => !c.removed && c.party === 'first')
    .map((c) => ({ name: c.name, ...latestOf(c, t) }));
  const own = page.storage.filter((s) => s.party === 'first');
  const inferred = choiceFromCmpStore(
    live.map((c) => ({ name: c.name, value: c.value })),
    own.map((s) => ({ key: s.key, value: s.value })),
  );
  if (!inferred) return;
  // The answer is the burst of CMP writes that ends with the latest one (not a late report of an older write):
  // its first write is the moment of choice, so the CMP's own cookies of that burst are all after it.
  const times: number[] = [];
  for (const c of live) if (isCmpStoreName(c.name)) times.push(c.t);
  for (const st of own) if (isCmpStoreName(st.key)) times.push(st.lastT);
  const latest = times.length ? Math.max(...times) : t;
  const at = Math.min(latest, ...times.filter((x) => x >= latest - CMP_BURST_MS));
  noteSignal(pages, { ...inferred, at, source: 'signal' }, true);
}
