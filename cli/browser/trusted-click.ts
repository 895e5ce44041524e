// The banner answer's clicks as a person's: a script's element.click() fires an event with isTrusted false, which a
// page can tell from a person's click (and track only for people). While armed, element.click() in the extension's
// own content-script world (autoconsent's rules, the button-text fallback) does not click: it reports the element's
// point, and the CLI clicks there with DevTools input (Input.dispatchMouseEvent, isTrusted true). The page's main
// world never sees the patch nor the binding (a world of the extension's only), and its calls are never obeyed.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** How the clicks of one banner answer were made. */
export interface AnswerClicks {
  trusted: number;
  /** Script clicks: the element was covered, not visible or in a cross-origin frame (each with why) */
  script: string[];
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
const PATCH = `((binding) => {
  const send = globalThis[binding];
  if (typeof send !== 'function' || globalThis.__consentAuditorPatched) return;
  globalThis.__consentAuditorPatched = true;
  const click = HTMLElement.prototype.click;
  const at = (el) => {
    if (!el.isConnected) return 'not in the document';
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return 'not visible';
    let x = r.left + r.width / 2;
    let y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) return 'covered';
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
    if (typeof where !== 'string') return void send(JSON.stringify(where));
    send(JSON.stringify({ script: where }));
    click.call(this);
  };
  // Once the CLI stops listening, clicks are the script's again (none swallowed by a binding nobody reads).
  globalThis.__consentAuditorUnpatch = () => {
    HTMLElement.prototype.click = click;
  };
})`;

export interface TrustedClicks {
  /** Patch the extension's worlds of the page (and any it creates later) before the answer is asked for. */
  arm(): Promise<void>;
  /** The clicks so far, after the ones asked for are done. */
  done(): Promise<AnswerClicks>;
  close(): Promise<void>;
}

/** Trusted clicks for the extension's automation in `page` (Chromium: DevTools). */
export async function trustedClicks(context: BrowserContext, page: Page, extensionId: string): Promise<TrustedClicks> {
  const session: CDPSession = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const contexts = new Map<number, ContextInfo>();
  const clicks: AnswerClicks = { trusted: 0, script: [] };
  let armed = false;
  let queue: Promise<void> = Promise.resolve();
  const ours = (c: ContextInfo): boolean => c.origin === origin && c.auxData?.type === 'isolated';
  const patchIn = (c: ContextInfo): Promise<void> =>
    session
      .send('Runtime.evaluate', { contextId: c.id, expression: `${PATCH}(${JSON.stringify(BINDING)})` })
      .then(() => {})
      .catch(() => {}); // a context gone meanwhile: its document is gone too
  let named = '';
  const bind = async (c: ContextInfo): Promise<void> => {
    // The binding only in worlds of the extension's name: the page's main world never has it.
    if (named !== c.name) {
      named = c.name;
      await session.send('Runtime.addBinding', { name: BINDING, executionContextName: c.name }).catch(() => {});
    }
    await patchIn(c);
  };
  session.on('Runtime.executionContextCreated', (e) => {
    const c = e.context as ContextInfo;
    contexts.set(c.id, c);
    if (armed && ours(c)) void bind(c);
  });
  session.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  session.on('Runtime.bindingCalled', (e) => {
    const from = contexts.get(e.executionContextId);
    // Only the extension's world is obeyed (a page that found the name cannot ask for a click).
    if (e.name !== BINDING || !from || !ours(from)) return;
    let m: { x?: unknown; y?: unknown; script?: unknown };
    try {
      m = JSON.parse(e.payload) as typeof m;
    } catch {
      return;
    }
    if (typeof m.script === 'string') {
      clicks.script.push(m.script.slice(0, 40));
      return;
    }
    const { x, y } = m;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return;
    // One click after the other, in the order the automation asked for them.
    queue = queue.then(() => mouseClick(session, x, y).then(() => void clicks.trusted++)).catch(() => {});
  });
  await session.send('Runtime.enable');
  return {
    async arm() {
      armed = true;
      for (const c of contexts.values()) if (ours(c)) await bind(c);
    },
    async done() {
      await queue;
      return { trusted: clicks.trusted, script: [...clicks.script] };
    },
    async close() {
      armed = false;
      const unpatch = 'globalThis.__consentAuditorUnpatch?.()';
      for (const c of contexts.values())
        if (ours(c)) await session.send('Runtime.evaluate', { contextId: c.id, expression: unpatch }).catch(() => {});
      await session.detach().catch(() => {});
    },
  };
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
