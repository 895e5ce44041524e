// Main-world probes for the page's consent signals: IAB TCF (__tcfapi, or its postMessage locator from a child frame),
// IAB GPP (__gpp), Google Consent Mode commands on dataLayer, and the globals that identify a CMP. Every function we
// call and every object we read here belongs to the page: each access is guarded, each string capped, and our built-ins
// captured up front. This file schedules the probes; each signal's probe has its own file (probe-*.ts).
import { CMP_GLOBALS, type Emit } from './contract.ts';
import { disguiseFor, type Disguise } from './disguise.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';
import { consentModeProbe } from './probe-consent-mode.ts';
import { gppProbe } from './probe-gpp.ts';
import { makeProbeKit, type ProbeKit, type ProbeWindow } from './probe-kit.ts';
import { tcfProbes } from './probe-tcf.ts';

export type { ProbeWindow } from './probe-kit.ts';

/** How long after the load event inserted elements still trigger a dataLayer check (polling continues after). */
const WATCH_AFTER_LOAD_MS = 5000;

export interface ProbeOptions {
  /** Poll period during the first `fastPeriodMs`, then `slowMs`. */
  fastMs?: number;
  slowMs?: number;
  fastPeriodMs?: number;
  /** No timers: the caller runs `check()` (tests). */
  manual?: boolean;
}

export interface Probes {
  /** One round of every probe, now. */
  check(): void;
  stop(): void;
}

/** Reports which CMP globals exist, from their descriptors only (a getter of the page is not run). */
function cmpGlobalsProbe(win: ProbeWindow, kit: ProbeKit, { getDesc }: Intrinsics): () => void {
  let globalsLast = '';
  return (): void => {
    let present = '';
    for (let i = 0; i < CMP_GLOBALS.length; i++) {
      const name = CMP_GLOBALS[i];
      if (name === undefined) continue;
      let d: PropertyDescriptor | undefined;
      try {
        d = getDesc(win, name);
      } catch {
        continue;
      }
      if (d && (d.get !== undefined || d.value !== undefined)) present += (present ? ',' : '') + name;
    }
    if (present === globalsLast) return;
    globalsLast = present;
    kit.send('page-cmp', { k: 'page-cmp', t: kit.now(), globals: present });
  };
}

/**
 * Starts the probes in a page (document_start): watches for the consent APIs, dataLayer and CMP globals, and reports
 * them via `emit`.
 */
export function installConsentProbes(
  win: ProbeWindow,
  emit: Emit,
  opts: ProbeOptions = {},
  i: Intrinsics = captureIntrinsics(win),
  disguise: Disguise = disguiseFor(win, i),
): Probes {
  const { fastMs = 250, slowMs = 2000, fastPeriodMs = 30_000, manual = false } = opts;
  const { apply, later, cancel, addListener } = i;
  const kit = makeProbeKit(emit, i);
  const { now } = kit;
  const started = now();
  let parentAtStart: unknown; // `parent` is replaceable by the page: the real one is read before it runs
  try {
    parentAtStart = win.parent;
  } catch {
    /* detached */
  }
  const { probeTcf, probeLocator } = tcfProbes(win, kit, i, parentAtStart);
  const probeDataLayer = consentModeProbe(win, kit, i, disguise);
  const probes = [probeTcf, probeLocator, gppProbe(win, kit, i), probeDataLayer, cmpGlobalsProbe(win, kit, i)];
  const check = (): void => {
    // no for-of: the page may replace the array iterator
    for (let i = 0; i < probes.length; i++) {
      try {
        probes[i]?.();
      } catch {
        /* next round */
      }
    }
  };
  // No accessor on window.dataLayer (a page could see it and cloak): the array is looked for after each batch of
  // inserted elements, i.e. right after each parser- or script-inserted <script> ran, until the load event settles.
  let observer: MutationObserver | undefined;
  const MO = win.MutationObserver;
  const observe = MO?.prototype.observe;
  const disconnect = MO?.prototype.disconnect;
  const watchInsertions = (): void => {
    if (!MO || !observe || !disconnect || !win.document) return;
    const o = new MO(() => {
      try {
        probeDataLayer();
      } catch {
        /* next check */
      }
    });
    apply(observe, o, [win.document, { childList: true, subtree: true }]);
    observer = o;
    const unwatch = (): void => {
      try {
        const stop = (): void => {
          try {
            apply(disconnect, o, []);
          } catch {
            /* gone */
          }
        };
        apply(later, win, [stop, WATCH_AFTER_LOAD_MS]);
      } catch {
        /* keeps watching */
      }
    };
    if (win.document.readyState === 'complete') unwatch();
    else apply(addListener, win, ['load', unwatch, { once: true }]);
  };
  let stopped = false;
  let timer: unknown;
  const tick = (): void => {
    if (stopped) return;
    check();
    try {
      timer = apply(later, win, [tick, now() - started < fastPeriodMs ? fastMs : slowMs]);
    } catch {
      /* no more polling */
    }
  };
  if (manual) check();
  else {
    tick();
    try {
      watchInsertions();
    } catch {
      /* polling still runs */
    }
    // Look again when the document is parsed and just before the visitor's first click or key: a fast answer
    // must not reach the CMP before we listen to it.
    try {
      const early = (): void => {
        try {
          check();
        } catch {
          /* next tick */
        }
      };
      if (win.document) apply(addListener, win.document, ['DOMContentLoaded', early]);
      for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchstart'])
        apply(addListener, win, [type, early, { capture: true, passive: true }]);
    } catch {
      /* polling still runs */
    }
  }
  return {
    check,
    stop(): void {
      stopped = true;
      try {
        apply(cancel, win, [timer]);
      } catch {
        /* nothing pending */
      }
      try {
        if (observer && disconnect) apply(disconnect, observer, []);
      } catch {
        /* gone */
      }
    },
  };
}
