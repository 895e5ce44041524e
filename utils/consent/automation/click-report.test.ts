// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { patchClicks, type ClickAt } from './click-report.ts';

let undo = (): void => {};
afterEach(() => undo());

function button(): { el: HTMLButtonElement; clicks: string[] } {
  document.body.innerHTML = '<button id="b">Reject</button>';
  const el = document.getElementById('b') as HTMLButtonElement;
  const clicks: string[] = [];
  el.addEventListener('click', (e) => clicks.push(e.type));
  return { el, clicks };
}

/** A visible, uncovered button: happy-dom lays nothing out, so its box and hit test are given. */
function laidOut(el: HTMLElement): void {
  el.getBoundingClientRect = () => ({ left: 10, top: 20, width: 40, height: 10 }) as DOMRect;
  document.elementFromPoint = () => el;
}

describe('patchClicks', () => {
  it('reports a visible element centre and clicks nothing when the worker takes it', async () => {
    const { el, clicks } = button();
    laidOut(el);
    const reported: ClickAt[] = [];
    undo = patchClicks(HTMLElement.prototype, window, (at) => (reported.push(at), Promise.resolve(true)));
    el.click();
    await Promise.resolve();
    expect(reported).toEqual([{ x: 30, y: 25 }]);
    expect(clicks).toEqual([]);
  });

  it('clicks by script when the worker refuses the point (no longer reporting)', async () => {
    const { el, clicks } = button();
    laidOut(el);
    undo = patchClicks(HTMLElement.prototype, window, () => Promise.resolve(false));
    el.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(clicks).toEqual(['click']);
  });

  it('clicks a covered element by script at once and reports why', () => {
    const { el, clicks } = button();
    laidOut(el);
    document.elementFromPoint = () => document.body;
    const reported: ClickAt[] = [];
    undo = patchClicks(HTMLElement.prototype, window, (at) => (reported.push(at), Promise.resolve(true)));
    el.click();
    expect(reported).toEqual(['covered']);
    expect(clicks).toEqual(['click']);
  });

  it('restores element.click() when undone', () => {
    const { el, clicks } = button();
    laidOut(el);
    patchClicks(HTMLElement.prototype, window, () => Promise.resolve(true))();
    el.click();
    expect(clicks).toEqual(['click']);
  });
});
