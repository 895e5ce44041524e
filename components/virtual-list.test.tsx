// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useTestRoot } from '../test/support/test-root.tsx';
import { VirtualList, windowRange } from './virtual-list.tsx';

const mount = useTestRoot();

function listOf(n: number) {
  const items = Array.from({ length: n }, (_, i) => `item ${i}`);
  return (
    <VirtualList
      items={items}
      rowHeight={20}
      height={200}
      label="things"
      getKey={(s) => s}
      renderRow={(s) => <span class="cell">{s}</span>}
    />
  );
}

function list(n: number): void {
  mount.show(listOf(n));
}

describe('windowRange', () => {
  it.each([
    [{ count: 1000, scrollTop: 0 }, [0, 12]],
    [{ count: 1000, scrollTop: 400 }, [18, 32]],
    [{ count: 1000, scrollTop: 1e9 }, [988, 1000]],
    [{ count: 5, scrollTop: 0 }, [0, 5]],
    [{ count: 1000, scrollTop: -50 }, [0, 12]],
  ])('%j', ({ count, scrollTop }, want) => {
    expect(windowRange(count, 20, 200, scrollTop, 2)).toEqual(want);
  });
});

describe('VirtualList', () => {
  it('renders short lists whole', () => {
    list(150);
    expect(mount.el.querySelectorAll('.vrow')).toHaveLength(150);
    expect(mount.el.querySelector('.vlist-windowed')).toBeNull();
  });

  it('windows long lists and follows the scroll position', () => {
    list(5000);
    const box = mount.el.querySelector<HTMLElement>('.vlist-windowed');
    if (!box) throw new Error('not windowed');
    expect(box.getAttribute('tabindex')).toBe('0');
    const rows = mount.el.querySelectorAll('.vrow');
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(rows[0]?.textContent).toBe('item 0');
    act(() => {
      box.scrollTop = 20 * 2500;
      box.dispatchEvent(new Event('scroll'));
    });
    const after = [...mount.el.querySelectorAll('.vrow')].map((r) => r.textContent);
    expect(after.length).toBeLessThanOrEqual(30);
    expect(after).toContain('item 2500');
    expect(after).not.toContain('item 0');
    const spacer = box.firstElementChild;
    expect(spacer instanceof HTMLElement ? spacer.style.height : '').toBe('100000px');
  });

  it('renders only the rows in view first and the overscan after that frame', async () => {
    // Outside act(), as in the popup: effects wait for the next frame.
    render(listOf(5000), mount.el);
    const texts = (): string[] => [...mount.el.querySelectorAll('.vrow')].map((r) => r.textContent ?? '');
    expect(texts()).toEqual(Array.from({ length: 10 }, (_, i) => `item ${i}`));
    await vi.waitFor(() => expect(texts()).toEqual(Array.from({ length: 18 }, (_, i) => `item ${i}`)));
  });
});
