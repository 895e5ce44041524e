// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { patchClicks, type ClickAt, type ClickPatch, type Landing } from './click-report.ts';

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
    const p = patchClicks(
      HTMLElement.prototype,
      window,
      (at) => (reported.push(at), Promise.resolve(true)),
      () => {},
    );
    undo = () => p.undo();
    el.click();
    await Promise.resolve();
    expect(reported).toEqual([{ x: 30, y: 25 }]);
    expect(clicks).toEqual([]);
  });

  it('clicks by script when the worker refuses the point (no longer reporting)', async () => {
    const { el, clicks } = button();
    laidOut(el);
    const p = patchClicks(
      HTMLElement.prototype,
      window,
      () => Promise.resolve(false),
      () => {},
    );
    undo = () => p.undo();
    el.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(clicks).toEqual(['click']);
  });

  it('clicks a covered element by script at once and reports why', () => {
    const { el, clicks } = button();
    laidOut(el);
    document.elementFromPoint = () => document.body;
    const reported: ClickAt[] = [];
    const p = patchClicks(
      HTMLElement.prototype,
      window,
      (at) => (reported.push(at), Promise.resolve(true)),
      () => {},
    );
    undo = () => p.undo();
    el.click();
    expect(reported).toEqual(['covered']);
    expect(clicks).toEqual(['click']);
  });

  it('restores element.click() when undone', () => {
    const { el, clicks } = button();
    laidOut(el);
    patchClicks(
      HTMLElement.prototype,
      window,
      () => Promise.resolve(true),
      () => {},
    ).undo();
    el.click();
    expect(clicks).toEqual(['click']);
  });

  describe("the CLI's click of a taken point", () => {
    // happy-dom cannot make a trusted event: the CLI's input is an event with detail 7 here.
    const isCli = (e: Event): boolean => (e as MouseEvent).detail === 7;
    const cli = (target: Element, types: readonly string[] = ['pointerdown', 'mousedown', 'click']): void => {
      for (const type of types)
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, detail: 7 }));
    };

    /** The clicks patched: each point taken, each landing told to `told` (the CLI's clicks are `isCli`). */
    function watched(): { told: Landing[]; patch: ClickPatch } {
      const told: Landing[] = [];
      const patch = patchClicks(
        HTMLElement.prototype,
        window,
        () => Promise.resolve(true),
        (l) => told.push(l),
        isCli,
      );
      return { told, patch };
    }

    /** The button patched and its point taken; `other` is where a page could move another button. */
    async function taken(): Promise<{
      el: HTMLButtonElement;
      other: HTMLButtonElement;
      clicks: string[];
      told: Landing[];
      patch: ClickPatch;
    }> {
      const { el, clicks } = button();
      el.innerHTML = '<span>Reject</span>';
      laidOut(el);
      const other = document.createElement('button');
      document.body.append(other);
      const { told, patch } = watched();
      undo = () => patch.undo();
      el.click();
      await Promise.resolve();
      return { el, other, clicks, told, patch };
    }

    it('on the element (or inside it): told on once, and landed on when asked', async () => {
      const { el, clicks, told, patch } = await taken();
      cli(el.firstElementChild!);
      expect(told).toEqual(['on']);
      expect(patch.landed()).toEqual({ landed: 'on', retried: false });
      // The CLI's own click only: no retry by script.
      expect(clicks).toEqual(['click']);
    });

    it("on another element (the page moved it under the point): told at once, and the chosen element is clicked by script when asked; the page's clicks are not heard", async () => {
      const { el, other, told, patch } = await taken();
      const order: string[] = [];
      other.addEventListener('click', () => order.push('other'));
      el.addEventListener('click', () => order.push('chosen'));
      // The page's own script click anywhere is not the CLI's.
      other.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(told).toEqual([]);
      cli(other);
      expect(told).toEqual(['elsewhere']);
      expect(patch.landed()).toEqual({ landed: 'elsewhere', retried: true });
      // The retry comes after the wrong click (else the wrong click's answer would be the last word).
      expect(order).toEqual(['other', 'other', 'chosen']);
    });

    it('a press elsewhere stays elsewhere though the click comes on the chosen element', async () => {
      const { el, other, told, patch } = await taken();
      cli(other, ['pointerdown']);
      cli(el, ['mousedown', 'click']);
      expect(told).toEqual(['elsewhere']);
      expect(patch.landed()).toEqual({ landed: 'elsewhere', retried: true });
    });

    it('a click the page stopped at the window before this listener: unseen when asked, nothing told', async () => {
      // The page's capturing listener comes first (it was added before the patch) and stops every trusted event.
      const stop = (e: Event): void => e.stopImmediatePropagation();
      undo = () => {};
      const { el } = button();
      laidOut(el);
      for (const type of ['pointerdown', 'mousedown', 'click']) window.addEventListener(type, stop, true);
      const { told, patch } = watched();
      undo = () => {
        patch.undo();
        for (const type of ['pointerdown', 'mousedown', 'click']) window.removeEventListener(type, stop, true);
      };
      el.click();
      await Promise.resolve();
      cli(el);
      expect(told).toEqual([]);
      expect(patch.landed()).toEqual({ landed: 'unseen', retried: false });
    });

    it("a label's click and its control's: the first click is the one checked", async () => {
      document.body.innerHTML = '<label id="l" for="c">Reject</label><input id="c" type="checkbox">';
      const label = document.getElementById('l')!;
      const control = document.getElementById('c')!;
      laidOut(label);
      const { told, patch } = watched();
      undo = () => patch.undo();
      label.click();
      await Promise.resolve();
      cli(label);
      cli(control, ['click']);
      expect(told).toEqual(['on']);
      expect(patch.landed()).toEqual({ landed: 'on', retried: false });
    });

    it('each click is asked for on its own, in the order reported', async () => {
      const { el, other, patch } = await taken();
      const second = document.createElement('button');
      document.body.append(second);
      laidOut(second);
      second.click();
      await Promise.resolve();
      cli(other);
      expect(patch.landed()).toEqual({ landed: 'elsewhere', retried: true });
      // Nothing heard for the second point yet: unseen, not the first click's landing.
      expect(patch.landed()).toEqual({ landed: 'unseen', retried: false });
      expect(el.isConnected).toBe(true);
    });

    it('a chosen element gone by then is not clicked: elsewhere without the retry', async () => {
      const { el, other, clicks, patch } = await taken();
      other.addEventListener('click', () => el.remove());
      cli(other);
      expect(patch.landed()).toEqual({ landed: 'elsewhere', retried: false });
      expect(clicks).toEqual([]);
    });

    it('hears no more once undone', async () => {
      const { told, patch } = await taken();
      patch.undo();
      cli(document.body);
      expect(told).toEqual([]);
    });
  });
});
