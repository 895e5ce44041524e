// Component tests: a fresh mount point per test, unmounted after it, `show` to render inside act(), `find`/`text`/`texts` to read,
// `choose` to pick in a select.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

export interface TestRoot {
  readonly el: HTMLDivElement;
  show(node: ComponentChild): void;
  /** The first match inside the root (or `within`); throws when there is none, so a test says what is missing. */
  find<T extends Element = HTMLElement>(sel: string, within?: ParentNode): T;
  /** The text of `find(sel)` */
  text(sel: string): string;
  /** The text of every match inside the root (or `within`), in document order */
  texts(sel: string, within?: ParentNode): string[];
  /** Picks `value` in the <select name=…> and sends the change event the component listens for */
  choose(name: string, value: string): void;
}

export function useTestRoot(): TestRoot {
  let el: HTMLDivElement | null = null;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    if (!el) return;
    render(null, el);
    el.remove();
    el = null;
  });
  return {
    get el(): HTMLDivElement {
      if (!el) throw new Error('no test root outside a test');
      return el;
    },
    show(node: ComponentChild): void {
      act(() => {
        render(node, this.el);
      });
    },
    find<T extends Element = HTMLElement>(sel: string, within?: ParentNode): T {
      const found = (within ?? this.el).querySelector<T>(sel);
      if (!found) throw new Error(`nothing matches ${sel}`);
      return found;
    },
    text(sel: string): string {
      return this.find(sel).textContent ?? '';
    },
    texts(sel: string, within?: ParentNode): string[] {
      return [...(within ?? this.el).querySelectorAll(sel)].map((e) => e.textContent ?? '');
    },
    choose(name: string, value: string): void {
      const select = this.find<HTMLSelectElement>(`select[name="${name}"]`);
      act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
  };
}
