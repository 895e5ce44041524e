// The Firefox CLI's trusted answer clicks (consent-action reportClicks): while patched, element.click() in this
// content-script world (autoconsent's rules, the button-text fallback) reports the element's centre to the worker and
// clicks nothing; the CLI clicks there with WebDriver BiDi input (isTrusted true). The page's own element.click() is
// its world's, never this patch; only the worker turns it on, when the CLI asks.
/** The element's centre in the top frame's viewport, or why it was clicked by script (as protocol.ts ClickAt). */
export type ClickAt = { x: number; y: number } | string;

/** Reported when a trusted click lands on none of the elements whose points were taken (the page moved them). */
export const LANDED_ELSEWHERE = 'clicked another element';
/** As LANDED_ELSEWHERE, and the chosen element was then clicked by script (what the wrong click answered may stand). */
export const LANDED_ELSEWHERE_RETRIED = 'clicked another element, then by script';
/** The trusted events that show where a click landed: a page must stop all three at the window to hide one. */
export const LANDING_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;
/** A wrong press whose click event never came (stopped by the page): the retry waits this long for it. */
const RETRY_WITHOUT_CLICK_MS = 500;

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
 * any more); a reason is reported and clicked by script at once. Returns the undo.
 */
export function patchClicks(
  proto: { click(this: HTMLElement): void },
  win: Window,
  report: (at: ClickAt) => Promise<boolean>,
  trusted: (e: Event) => boolean = (e) => e.isTrusted,
): () => void {
  const click = proto.click;
  // A taken point is clicked later by the CLI: a page that moves another element under it meanwhile gets that one
  // clicked. Each trusted press and click is checked (capture on the window, before the page's element listeners).
  const pending = new Set<HTMLElement>();
  let matched: HTMLElement | null = null;
  let wrong: HTMLElement | undefined | null = null;
  let timer = 0;
  const onLanding = (e: Event): void => {
    if (!trusted(e) || pending.size === 0) return;
    const path = e.composedPath();
    const el = [...pending].find((p) => path.includes(p));
    if (el) {
      if (e.type !== 'click') return;
      pending.delete(el);
      matched = el;
      return;
    }
    // A label's click is followed by one on its control: that one is the same answer.
    const labels = (e.target as { labels?: Iterable<Node> | null } | null)?.labels;
    if (matched && labels && [...labels].includes(matched)) return;
    // The CLI clicks in the order reported: the oldest point is the one this click was for.
    [wrong] = pending;
    pending.clear();
    // After the wrong click's own click event (a retry before it would be overridden by it), or soon without one.
    win.clearTimeout(timer);
    timer = win.setTimeout(retry, e.type === 'click' ? 0 : RETRY_WITHOUT_CLICK_MS);
  };
  // Once more on the chosen element, by script: said so, and the wrong click's answer may stand (a record gap).
  const retry = (): void => {
    const el = wrong;
    wrong = null;
    if (!el) return;
    const again = el.isConnected;
    void report(again ? LANDED_ELSEWHERE_RETRIED : LANDED_ELSEWHERE).catch(() => false);
    if (again) click.call(el);
  };
  const onClickDone = (e: Event): void => {
    if (wrong && trusted(e)) {
      win.clearTimeout(timer);
      timer = win.setTimeout(retry, 0);
    }
  };
  win.addEventListener('click', onClickDone, true);
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
    pending.add(this);
    void report(at)
      .catch(() => false)
      .then((taken) => {
        if (taken) return;
        pending.delete(this);
        click.call(this);
      });
  };
  return () => {
    proto.click = click;
    for (const type of LANDING_EVENTS) win.removeEventListener(type, onLanding, true);
    win.removeEventListener('click', onClickDone, true);
  };
}
