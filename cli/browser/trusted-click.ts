// The banner answer's clicks as a person's: a script's element.click() fires an event with isTrusted false, which a
// page can tell from a person's click (and track only for people). While armed, element.click() in the extension's
// own content-script world (autoconsent's rules, the button-text fallback) does not click: it reports the element's
// point, and the CLI clicks there with DevTools input (Input.dispatchMouseEvent, isTrusted true). The page's main
// world never sees the patch nor the binding (a world of the extension's only), and its calls are never obeyed.
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';

/** How the clicks of one banner answer were made. */
export interface AnswerClicks {
  trusted: number;
  /** Script clicks: the element was covered, not visible or in a cross-origin frame (each with why) */
  script: string[];
}

/** Where the trusted clicks landed (Chromium, and Firefox: cli/browser/firefox-click.ts): elsewhere, or not seen. */
export interface Landings {
  elsewhere: number;
  /** Of those elsewhere, clicked again by script on the chosen element */
  retried: number;
  /** No trusted press nor click reached the extension's listener (the page stopped them) */
  unseen: number;
  /** The world was gone when asked (the click navigated or removed its document) and had told no landing */
  gone: number;
}

interface ContextInfo {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

const BINDING = '__consentAuditorClick';

/**
 * The patch run in the extension's world (a string: the bundler must not rewrite it): element.click() reports a
 * visible, uncovered element's centre in the top page's viewport (through same-origin frames) and clicks nothing;
 * anything else is the script click, said why.
 */
export const PATCH = `((binding, root) => {
  const send = globalThis[binding];
  if (typeof send !== 'function' || globalThis.__consentAuditorPatched) return;
  globalThis.__consentAuditorPatched = true;
  const click = HTMLElement.prototype.click;
  // The elements whose points were reported, oldest first: the CLI clicks them one at a time in that order.
  const pending = [];
  // The CLI could not place a reported point (e.g. a frame covered in its parent): the script click after all.
  globalThis.__consentAuditorScriptClick = () => {
    const el = pending.shift();
    landing = null;
    clicked = false;
    if (el) click.call(el);
  };
  // Where the CLI's click landed: each trusted press and the click must be on the oldest element reported (a page can
  // move another one under the pointer). Heard at the window in this world: the page cannot remove it, and must stop
  // all three events to hide one (then nothing was seen, which the CLI says too).
  let landing = null;
  let clicked = false;
  let done = null;
  const onLanding = (e) => {
    if (!e.isTrusted || clicked || pending.length === 0) return;
    if (landing !== 'elsewhere') landing = e.composedPath().includes(pending[0]) ? 'on' : 'elsewhere';
    // Told at once too: a click that navigates or removes this document takes the world before the CLI can ask.
    send(JSON.stringify({ landing }));
    // A label's click is followed by one on its control: the first click is the one checked.
    if (e.type === 'click') clicked = true;
  };
  for (const type of ['pointerdown', 'mousedown', 'click']) window.addEventListener(type, onLanding, true);
  // Asked by the CLI once its click on the oldest element is made: on, elsewhere or unseen.
  globalThis.__consentAuditorLanded = () => {
    const l = landing || 'unseen';
    landing = null;
    clicked = false;
    done = pending.shift() || null;
    return l;
  };
  // A click that landed elsewhere: once more on the chosen element, by script (true if it was still there).
  globalThis.__consentAuditorRetry = () => {
    const el = done;
    done = null;
    if (!el || !el.isConnected) return false;
    click.call(el);
    return true;
  };
  const at = (el) => {
    if (!el.isConnected) return 'not in the document';
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return 'not visible';
    let x = r.left + r.width / 2;
    let y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) return 'covered';
    // An out-of-process frame's own document: the point in its viewport (the CLI adds the frame's box and checks it).
    if (root) return { x, y, w: window.innerWidth, h: window.innerHeight };
    // In same-origin frames: the point in each parent's viewport (frame box + border + padding), where the frame
    // element itself must be what is at the point (not covered, not out of view), up to the top page.
    for (let w = window; w !== w.top; w = w.parent) {
      let fe = null;
      try {
        fe = w.frameElement;
      } catch {}
      if (!fe) return 'in a cross-origin frame';
      const fr = fe.getBoundingClientRect();
      // A scaled or rotated frame: its inner coordinates are not its box's.
      if (Math.abs(fr.width - fe.offsetWidth) > 0.5 || Math.abs(fr.height - fe.offsetHeight) > 0.5)
        return 'in a transformed frame';
      const cs = w.parent.getComputedStyle(fe);
      x += fr.left + fe.clientLeft + (parseFloat(cs.paddingLeft) || 0);
      y += fr.top + fe.clientTop + (parseFloat(cs.paddingTop) || 0);
      if (w.parent.document.elementFromPoint(x, y) !== fe) return 'frame covered';
    }
    return { x, y };
  };
  HTMLElement.prototype.click = function () {
    let where;
    try {
      where = at(this);
    } catch {
      where = 'not measured';
    }
    if (typeof where !== 'string') {
      pending.push(this);
      return void send(JSON.stringify(where));
    }
    send(JSON.stringify({ script: where }));
    click.call(this);
  };
  // Once the CLI stops listening, clicks are the script's again (none swallowed by a binding nobody reads).
  globalThis.__consentAuditorUnpatch = () => {
    HTMLElement.prototype.click = click;
    for (const type of ['pointerdown', 'mousedown', 'click']) window.removeEventListener(type, onLanding, true);
  };
})`;

export interface TrustedClicks {
  /** Patch the extension's worlds of the page (and any it creates later) before the answer is asked for. */
  arm(): Promise<void>;
  /** The clicks so far, after the ones asked for are done. */
  done(): Promise<AnswerClicks>;
  /** Where the clicks so far landed, after the ones asked for are done. */
  landings(): Promise<Landings>;
  close(): Promise<void>;
}

/** A point the patch reported: in the top page's viewport, or (w, h given) in an out-of-process frame's. */
interface Point {
  x: number;
  y: number;
  w?: number;
  h?: number;
}

/** The extension's worlds of one DevTools session (the page's, or an out-of-process frame's) patched and heard. */
class Worlds {
  private readonly contexts = new Map<number, ContextInfo>();
  /** The landing each world told of its current click as it heard it (null: nothing heard yet) */
  private readonly heard = new Map<number, Landing | null>();
  private named = '';
  armed = false;

  constructor(
    readonly session: CDPSession,
    private readonly origin: string,
    /** The frame whose own document reports points in its viewport (an out-of-process frame's root); null: the page. */
    private readonly rootFrame: string | null,
    onReport: (m: Point | { script: string }, contextId: number) => void,
  ) {
    session.on('Runtime.executionContextCreated', (e) => {
      const c = e.context as ContextInfo;
      this.contexts.set(c.id, c);
      if (this.armed && this.ours(c)) void this.bind(c);
    });
    session.on('Runtime.executionContextDestroyed', (e) => this.contexts.delete(e.executionContextId));
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
    session.on('Runtime.bindingCalled', (e) => {
      const from = this.contexts.get(e.executionContextId);
      // Only the extension's world is obeyed (a page that found the name cannot ask for a click).
      if (e.name !== BINDING || !from || !this.ours(from)) return;
      const m = parseReport(e.payload, this.isRoot(from));
      if (!m) return;
      // Kept past the context's end: read when the world went away with the click. An elsewhere stays elsewhere.
      if ('landing' in m) {
        if (this.heard.get(from.id) !== 'elsewhere') this.heard.set(from.id, m.landing);
        return;
      }
      onReport(m, from.id);
    });
  }

  private ours(c: ContextInfo): boolean {
    return c.origin === this.origin && c.auxData?.type === 'isolated';
  }

  private isRoot(c: ContextInfo): boolean {
    return this.rootFrame !== null && c.auxData?.frameId === this.rootFrame;
  }

  private async bind(c: ContextInfo): Promise<void> {
    // The binding only in worlds of the extension's name: the page's main world never has it.
    if (this.named !== c.name) {
      this.named = c.name;
      await this.session.send('Runtime.addBinding', { name: BINDING, executionContextName: c.name }).catch(() => {});
    }
    const expression = `${PATCH}(${JSON.stringify(BINDING)}, ${this.isRoot(c)})`;
    // A context gone meanwhile: its document is gone too.
    await this.session.send('Runtime.evaluate', { contextId: c.id, expression }).catch(() => {});
  }

  async start(): Promise<void> {
    await this.session.send('Runtime.enable');
  }

  async arm(): Promise<void> {
    this.armed = true;
    for (const c of this.contexts.values()) if (this.ours(c)) await this.bind(c);
  }

  /** Before a click: nothing heard yet of where it landed. */
  listen(contextId: number): void {
    this.heard.set(contextId, null);
  }

  /**
   * Where the last click landed, asked in the world that reported its point; when the world is gone (the click
   * navigated or removed its document), what it told as it heard the click, or 'gone' if it told nothing.
   */
  async landed(contextId: number): Promise<string> {
    const r = await this.session
      .send('Runtime.evaluate', { contextId, expression: 'globalThis.__consentAuditorLanded?.()', returnByValue: true })
      .catch(() => null);
    const v: unknown = r?.result.value;
    // The world's telling went before this reply (one channel, in order): what it heard is here by now.
    const told = this.heard.get(contextId) ?? null;
    this.heard.delete(contextId);
    return typeof v === 'string' ? v : (told ?? 'gone');
  }

  /** The chosen element clicked again by script; true if it was still in its document. */
  async retry(contextId: number): Promise<boolean> {
    const r = await this.session
      .send('Runtime.evaluate', { contextId, expression: 'globalThis.__consentAuditorRetry?.()', returnByValue: true })
      .catch(() => null);
    return r?.result.value === true;
  }

  /** Runs an expression in one of the extension's worlds of this session. */
  async run(contextId: number, expression: string): Promise<void> {
    await this.session.send('Runtime.evaluate', { contextId, expression }).catch(() => {});
  }

  async close(): Promise<void> {
    this.armed = false;
    for (const c of this.contexts.values())
      if (this.ours(c)) await this.run(c.id, 'globalThis.__consentAuditorUnpatch?.()');
    await this.session.detach().catch(() => {});
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

type Landing = 'on' | 'elsewhere';

/**
 * A report of the patch, checked: a frame root's point must carry its viewport's size, the page's must not; a
 * landing is on or elsewhere.
 */
export function parseReport(payload: string, root: boolean): Point | { script: string } | { landing: Landing } | null {
  let m: { x?: unknown; y?: unknown; w?: unknown; h?: unknown; script?: unknown; landing?: unknown };
  try {
    m = JSON.parse(payload) as typeof m;
  } catch {
    return null;
  }
  if (typeof m.script === 'string') return { script: m.script.slice(0, 40) };
  if (m.landing === 'on' || m.landing === 'elsewhere') return { landing: m.landing };
  if ('landing' in m) return null;
  if (!finite(m.x) || !finite(m.y)) return null;
  if (!root) return { x: m.x, y: m.y };
  return finite(m.w) && finite(m.h) ? { x: m.x, y: m.y, w: m.w, h: m.h } : null;
}

/** Trusted clicks for the extension's automation in `page` (Chromium: DevTools). */
export async function trustedClicks(context: BrowserContext, page: Page, extensionId: string): Promise<TrustedClicks> {
  const session: CDPSession = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const clicks: AnswerClicks = { trusted: 0, script: [] };
  const landings: Landings = { elsewhere: 0, retried: 0, unseen: 0, gone: 0 };
  let queue: Promise<void> = Promise.resolve();
  const report =
    (worlds: () => Worlds, frameId: string | null) =>
    (m: Point | { script: string }, contextId: number): void => {
      if ('script' in m) return void clicks.script.push(m.script);
      // One click after the other, in the order the automation asked for them.
      queue = queue
        .then(async () => {
          const at = frameId === null ? m : await inPage(session, frameId, m);
          if (typeof at === 'string') {
            // Not placed: the element gets the script click after all, said why.
            clicks.script.push(at);
            return worlds().run(contextId, 'globalThis.__consentAuditorScriptClick?.()');
          }
          worlds().listen(contextId);
          const made = await mouseClick(session, at.x, at.y).then(
            () => true,
            () => false,
          );
          // The input is dispatched when its reply is here: the world has heard the press and the click by now (asked
          // after a failed input too, so that the world's next click is checked against its own element).
          const landed = await worlds().landed(contextId);
          if (!made) return;
          clicks.trusted++;
          if (landed === 'unseen') landings.unseen++;
          if (landed === 'gone') landings.gone++;
          if (landed !== 'elsewhere') return;
          landings.elsewhere++;
          if (await worlds().retry(contextId)) landings.retried++;
        })
        .catch(() => {});
    };
  const top: Worlds = new Worlds(
    session,
    origin,
    null,
    report(() => top, null),
  );
  await top.start();
  await session.send('DOM.enable').catch(() => {});
  // Out-of-process frames (a cross-site consent tool's banner): a session of their own, now and as they attach.
  const frames = new Map<Frame, Worlds>();
  const watchFrame = async (f: Frame): Promise<void> => {
    if (f === page.mainFrame() || frames.has(f)) return;
    const s = await context.newCDPSession(f).catch(() => null); // in the page's process: the page's session has it
    if (!s || frames.has(f)) return void s?.detach().catch(() => {});
    const info = (await s.send('Target.getTargetInfo').catch(() => null)) as {
      targetInfo?: { targetId?: string };
    } | null;
    const frameId = info?.targetInfo?.targetId;
    if (!frameId) return void s.detach().catch(() => {});
    const w: Worlds = new Worlds(
      s,
      origin,
      frameId,
      report(() => w, frameId),
    );
    frames.set(f, w);
    await w.start().catch(() => {});
    if (top.armed) await w.arm();
  };
  const onFrame = (f: Frame): void => void watchFrame(f);
  page.on('frameattached', onFrame);
  page.on('framenavigated', onFrame);
  for (const f of page.frames()) await watchFrame(f);
  return {
    async arm() {
      await top.arm();
      for (const w of frames.values()) await w.arm();
    },
    async done() {
      await queue;
      return { trusted: clicks.trusted, script: [...clicks.script] };
    },
    async landings() {
      await queue;
      return { ...landings };
    },
    async close() {
      page.off('frameattached', onFrame);
      page.off('framenavigated', onFrame);
      for (const w of frames.values()) await w.close();
      await top.close();
    },
  };
}

/**
 * An out-of-process frame's point in the page's viewport: the frame element's content box (DevTools' own box model,
 * no page script asked) plus the point, where the frame element must be what the page has at that point.
 */
async function inPage(session: CDPSession, frameId: string, p: Point): Promise<Point | string> {
  try {
    const { backendNodeId } = await session.send('DOM.getFrameOwner', { frameId });
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, x2, y2, x3, y3, x4, y4] = model.content;
    // A scaled or rotated frame: its viewport's coordinates are not its box's.
    const square = y1 === y2 && x2 === x3 && y3 === y4 && x4 === x1;
    if (!square || Math.abs(x2! - x1! - p.w!) > 1 || Math.abs(y3! - y2! - p.h!) > 1) return 'in a transformed frame';
    // A point outside the frame's viewport would click the page beside it.
    if (p.x < 0 || p.y < 0 || p.x > p.w! || p.y > p.h!) return 'outside its frame';
    const at = { x: x1! + p.x, y: y1! + p.y };
    const hit = await session.send('DOM.getNodeForLocation', { x: Math.round(at.x), y: Math.round(at.y) });
    return hit.backendNodeId === backendNodeId ? at : 'frame covered';
  } catch {
    return 'in a nested cross-origin frame';
  }
}

async function mouseClick(session: CDPSession, x: number, y: number): Promise<void> {
  const at = { x, y, button: 'left' as const, clickCount: 1 };
  await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
  await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
}

/** The report's note on script clicks: the page could tell them from a person's. */
export function scriptClickNote(c: AnswerClicks): string | null {
  // An answer with no click seen: clicked in a cross-origin frame (not patched) or made by a script of the page's.
  if (c.trusted === 0 && c.script.length === 0)
    return "answered without a click the CLI could make a person's (a click in a cross-origin frame, or the consent tool's own script): the page can tell";
  if (c.script.length === 0) return null;
  const why = [...new Set(c.script)].join(', ');
  return `answered with a script click (${c.script.length} of ${c.script.length + c.trusted}: ${why}): the page can tell`;
}
