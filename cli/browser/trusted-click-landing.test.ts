// @vitest-environment happy-dom
// The Chromium patch's landing check, run as the CLI runs it in the extension's world: a point is reported, the
// CLI's trusted input lands somewhere, and __consentAuditorLanded says where.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PATCH } from './trusted-click.ts';

type Patched = typeof globalThis & {
  __consentAuditorLanded?: () => string;
  __consentAuditorRetry?: () => boolean;
  __consentAuditorUnpatch?: () => void;
  __consentAuditorPatched?: boolean;
  __testBinding?: (s: string) => void;
};
const g = globalThis as Patched;
let sent: string[] = [];

/** A trusted event as the CLI's input makes it (happy-dom cannot: isTrusted is set on the instance). */
function trusted(target: Element, type: string): void {
  const e = new MouseEvent(type, { bubbles: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}

function press(target: Element): void {
  for (const type of ['pointerdown', 'mousedown', 'click']) trusted(target, type);
}

let chosen: HTMLButtonElement;
let other: HTMLButtonElement;
let clicks: string[];
beforeEach(() => {
  sent = [];
  clicks = [];
  g.__testBinding = (s) => void sent.push(s);
  document.body.innerHTML = '<button id="reject"><span>Reject</span></button><button id="accept">Accept</button>';
  chosen = document.getElementById('reject') as HTMLButtonElement;
  other = document.getElementById('accept') as HTMLButtonElement;
  for (const b of [chosen, other]) b.addEventListener('click', () => clicks.push(b.id));
  chosen.getBoundingClientRect = () => ({ left: 10, top: 20, width: 40, height: 10 }) as DOMRect;
  other.getBoundingClientRect = () => ({ left: 60, top: 20, width: 40, height: 10 }) as DOMRect;
  chosen.scrollIntoView = () => {};
  other.scrollIntoView = () => {};
  document.elementFromPoint = (x) => (x === 30 ? chosen : other);
  (new Function(`return ${PATCH}`)() as (b: string, root: boolean) => void)('__testBinding', false);
  chosen.click();
});
afterEach(() => {
  g.__consentAuditorUnpatch?.();
  delete g.__consentAuditorPatched;
});

describe('the trusted-click patch: where the click landed', () => {
  it('reports the point and clicks nothing', () => {
    expect(sent).toEqual([JSON.stringify({ x: 30, y: 25 })]);
    expect(clicks).toEqual([]);
  });

  it('on the chosen element (or inside it): on', () => {
    press(chosen.firstElementChild!);
    expect(g.__consentAuditorLanded?.()).toBe('on');
  });

  it('on another element (moved under the pointer): elsewhere, and the retry clicks the chosen one by script', () => {
    press(other);
    expect(g.__consentAuditorLanded?.()).toBe('elsewhere');
    expect(g.__consentAuditorRetry?.()).toBe(true);
    expect(clicks).toEqual(['accept', 'reject']);
  });

  it('a press on another element is elsewhere even if the click came back on the chosen one', () => {
    trusted(other, 'pointerdown');
    trusted(chosen, 'click');
    expect(g.__consentAuditorLanded?.()).toBe('elsewhere');
  });

  it("the page's own script clicks are not the CLI's; nothing trusted heard is unseen", () => {
    other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(g.__consentAuditorLanded?.()).toBe('unseen');
  });

  it("a page that stops the events at its element does not hide them (the window's capture comes first)", () => {
    other.addEventListener('pointerdown', (e) => e.stopImmediatePropagation(), true);
    other.addEventListener('click', (e) => e.stopImmediatePropagation(), true);
    press(other);
    expect(g.__consentAuditorLanded?.()).toBe('elsewhere');
  });

  it("a label's follow-up click on its control is not checked: the first click is", () => {
    press(chosen);
    trusted(other, 'click');
    expect(g.__consentAuditorLanded?.()).toBe('on');
  });

  it('two points reported before the first click: each click is checked against its own element, in order', () => {
    other.click();
    expect(sent).toEqual([JSON.stringify({ x: 30, y: 25 }), JSON.stringify({ x: 80, y: 25 })]);
    press(chosen);
    expect(g.__consentAuditorLanded?.()).toBe('on');
    press(other);
    expect(g.__consentAuditorLanded?.()).toBe('on');
  });

  it('two points reported, the first click lands on the second element: elsewhere, the retry is the first', () => {
    other.click();
    press(other);
    expect(g.__consentAuditorLanded?.()).toBe('elsewhere');
    expect(g.__consentAuditorRetry?.()).toBe(true);
    expect(clicks).toEqual(['accept', 'reject']);
  });

  it('tells each landing as it hears it (a click that takes the world away cannot be asked after)', () => {
    trusted(chosen, 'pointerdown');
    trusted(other, 'mousedown');
    trusted(chosen, 'click');
    expect(sent.slice(1)).toEqual(['on', 'elsewhere', 'elsewhere'].map((landing) => JSON.stringify({ landing })));
    // Nothing told for the page's script clicks, nor once the click was checked.
    other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    trusted(other, 'click');
    expect(sent).toHaveLength(4);
  });

  it('a chosen element gone by the retry is not clicked', () => {
    press(other);
    chosen.remove();
    expect(g.__consentAuditorRetry?.()).toBe(false);
    expect(clicks).toEqual(['accept']);
  });
});
