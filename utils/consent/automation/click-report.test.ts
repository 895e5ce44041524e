// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LANDED_ELSEWHERE, LANDED_ELSEWHERE_RETRIED, patchClicks, type ClickAt } from './click-report.ts';

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

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

  describe("the CLI's click of a taken point", () => {
    // happy-dom cannot make a trusted event: the CLI's input is a click event with detail 7 here.
    const isCli = (e: Event): boolean => (e as MouseEvent).detail === 7;
    const cliClick = (target: Element): void =>
      void target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 7 }));

    /** A laid-out button (its content `inner`) whose click the worker took, and another button beside it. */
    async function taken(inner = 'Reject') {
      const { el, clicks } = button();
      el.innerHTML = inner;
      laidOut(el);
      const other = document.createElement('button');
      document.body.append(other);
      const reported: ClickAt[] = [];
      undo = patchClicks(HTMLElement.prototype, window, (at) => (reported.push(at), Promise.resolve(true)), isCli);
      el.click();
      await Promise.resolve();
      return { el, clicks, other, reported };
    }

    it('on the element (or inside it) reports nothing more', async () => {
      const { el, reported } = await taken('<span>Reject</span>');
      cliClick(el.firstElementChild!);
      expect(reported).toEqual([{ x: 30, y: 25 }]);
    });

    it("on another element (the page moved it under the point) is reported once, and the chosen element is clicked by script after it; the page's clicks are not", async () => {
      const { el, clicks, other, reported } = await taken();
      const order: string[] = [];
      other.addEventListener('click', () => order.push('other'));
      el.addEventListener('click', () => order.push('chosen'));
      // The page's own script click anywhere is not the CLI's.
      other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(reported).toEqual([{ x: 30, y: 25 }]);
      cliClick(other);
      cliClick(other);
      await tick();
      expect(reported).toEqual([{ x: 30, y: 25 }, LANDED_ELSEWHERE_RETRIED]);
      // The retry comes after the wrong click (else the wrong click's answer would be the last word).
      expect(order).toEqual(['other', 'other', 'other', 'chosen']);
      expect(clicks).toEqual(['click']);
    });

    it('a press on another element is caught even when the page stops the click; the retry then waits for none', async () => {
      const { clicks, other, reported } = await taken();
      other.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, detail: 7 }));
      await tick();
      // Not yet: the click event of that press may still come, and the retry must follow it.
      expect(reported).toEqual([{ x: 30, y: 25 }]);
      await tick(600);
      expect(reported).toEqual([{ x: 30, y: 25 }, LANDED_ELSEWHERE_RETRIED]);
      expect(clicks).toEqual(['click']);
    });

    it('a press on the chosen element is no landing elsewhere', async () => {
      const { el, clicks, reported } = await taken();
      el.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true, detail: 7 }));
      el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, detail: 7 }));
      cliClick(el);
      await tick(600);
      expect(reported).toEqual([{ x: 30, y: 25 }]);
      expect(clicks).toEqual(['click']);
    });

    it('a chosen element gone by then is not clicked: said without the retry', async () => {
      const { el, clicks, other, reported } = await taken();
      other.addEventListener('click', () => el.remove());
      cliClick(other);
      await tick();
      expect(reported).toEqual([{ x: 30, y: 25 }, LANDED_ELSEWHERE]);
      expect(clicks).toEqual([]);
    });

    it('watches no more once undone', async () => {
      const { reported } = await taken();
      undo();
      cliClick(document.body);
      expect(reported).toEqual([{ x: 30, y: 25 }]);
    });
  });
});
