// Component tests: a fresh mount point per test, unmounted after it, `show` to render inside act(), `find`/`text` to read.
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
  };
}
