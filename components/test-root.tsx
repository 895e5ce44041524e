// Component tests: a fresh mount point per test, unmounted after it, and `show` to render inside act().
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

export interface TestRoot {
  readonly el: HTMLDivElement;
  show(node: ComponentChild): void;
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
  };
}
