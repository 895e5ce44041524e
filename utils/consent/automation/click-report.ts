// The Firefox CLI's trusted answer clicks (consent-action reportClicks): while patched, element.click() in this
// content-script world (autoconsent's rules, the button-text fallback) reports the element's centre to the worker and
// clicks nothing; the CLI clicks there with WebDriver BiDi input (isTrusted true). The page's own element.click() is
// its world's, never this patch; only the worker turns it on, when the CLI asks.
/** The element's centre in the top frame's viewport, or why it was clicked by script (as protocol.ts ClickAt). */
export type ClickAt = { x: number; y: number } | string;

/** The trusted events that show where a click landed: a page must stop all three at the window to hide one. */
export const LANDING_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;

/** Where the CLI's click landed as this world heard it: on the chosen element or elsewhere (told as heard). */
export type Landing = 'on' | 'elsewhere';
/** Where the last click landed, asked after it: unseen when no trusted press nor click reached this world. */
export interface Landed {
  landed: Landing | 'unseen';
  /** A click elsewhere, and the chosen element was then clicked by script (what the wrong click answered may stand) */
  retried: boolean;
}

export interface ClickPatch {
  /** Asked by the CLI once its click on the oldest reported element is made (its events handled): where it landed. */
  landed(): Landed;
  undo(): void;
}

/** The element's centre in the top frame's viewport if a person could click it there, else why not. */
export function clickPoint(el: HTMLElement, win: Window): ClickAt {
  if (win.top !== win) return 'in a frame';
  if (!el.isConnected) return 'not in the document';
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return 'not visible';
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = win.document.elementFromPoint(x, y);
  if (!hit || !(hit === el || el.contains(hit))) return 'covered';
  return { x, y };
}

/**
 * Patch `proto.click`: a point goes to `report` and is clicked by script only if the worker refuses it (not reporting
 * any more); a reason is reported and clicked by script at once. Each landing heard goes to `tell` at once.
 */
export function patchClicks(
  proto: { click(this: HTMLElement): void },
  win: Window,
  report: (at: ClickAt) => Promise<boolean>,
  tell: (landing: Landing) => void,
  trusted: (e: Event) => boolean = (e) => e.isTrusted,
): ClickPatch {
  const click = proto.click;
  // The elements whose points were taken, oldest first: the CLI clicks them one at a time in that order, and a page
  // can move another element under a point meanwhile. Each trusted press and click is heard at the window, capturing
  // (the page cannot remove the listener; it must stop all three before it to hide a click: then nothing was heard).
  const pending: HTMLElement[] = [];
  let landing: Landing | null = null;
  let clicked = false;
  const onLanding = (e: Event): void => {
    if (!trusted(e) || clicked || pending.length === 0) return;
    const now = landing === 'elsewhere' || !e.composedPath().includes(pending[0]!) ? 'elsewhere' : 'on';
    // Told at once: a click that reloads or navigates takes this world away before the CLI can ask.
    if (now !== landing) tell(now);
    landing = now;
    // A label's click is followed by one on its control: the first click is the one checked.
    if (e.type === 'click') clicked = true;
  };
  for (const type of LANDING_EVENTS) win.addEventListener(type, onLanding, true);
  proto.click = function (this: HTMLElement) {
    let at: ClickAt;
    try {
      at = clickPoint(this, win);
    } catch {
      at = 'not measured';
    }
    if (typeof at === 'string') {
      void report(at).catch(() => false);
      click.call(this);
      return;
    }
    // Watched from now: the CLI may click before the worker's reply is here.
    pending.push(this);
    void report(at)
      .catch(() => false)
      .then((taken) => {
        if (taken) return;
        const i = pending.indexOf(this);
        if (i >= 0) pending.splice(i, 1);
        click.call(this);
      });
  };
  return {
    landed() {
      const l = landing ?? 'unseen';
      landing = null;
      clicked = false;
      const el = pending.shift();
      // Once more on the chosen element, by script, after the wrong click's events: the page can tell, and the wrong
      // click's answer may stand (the CLI says so).
      const retried = l === 'elsewhere' && el !== undefined && el.isConnected;
      if (retried) click.call(el);
      return { landed: l, retried };
    },
    undo() {
      proto.click = click;
      for (const type of LANDING_EVENTS) win.removeEventListener(type, onLanding, true);
    },
  };
}
