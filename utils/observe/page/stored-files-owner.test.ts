import { describe, expect, it } from 'vitest';
import { storageListedByTop, type FrameWindow } from './stored-files-owner.ts';

/** A chain of frames from the top down, by origin; `null` in place of an origin: a cross-origin one (throws). */
function chain(origins: Array<string | null>): FrameWindow {
  let top: FrameWindow | null = null;
  let parent: FrameWindow | null = null;
  let win: FrameWindow | null = null;
  for (const o of origins) {
    const up: FrameWindow | null = parent;
    const w = {
      get origin(): string {
        if (o === null) throw new DOMException('Blocked a frame', 'SecurityError');
        return o;
      },
      get parent(): FrameWindow {
        return up ?? w;
      },
      get top(): FrameWindow | null {
        return top;
      },
    };
    top ??= w;
    parent = w;
    win = w;
  }
  return win!;
}
const A = 'https://www.shop.test';
const B = 'https://cdn.shop.test';

describe('storageListedByTop', () => {
  it('is true for a frame (or a frame in a frame) whose every ancestor is of its origin', () => {
    expect(storageListedByTop(chain([A, A]))).toBe(true);
    expect(storageListedByTop(chain([A, A, A]))).toBe(true);
  });

  it('is false for the top frame itself: it is the one that lists', () => {
    expect(storageListedByTop(chain([A]))).toBe(false);
  });

  it('is false under a cross-origin ancestor, also one that is readable (document.domain) and also between two of its own', () => {
    expect(storageListedByTop(chain([null, A]))).toBe(false);
    expect(storageListedByTop(chain([B, A]))).toBe(false);
    // A in B in A: a cross-site ancestor makes another storage key than the top frame's
    expect(storageListedByTop(chain([A, null, A]))).toBe(false);
    expect(storageListedByTop(chain([A, B, A]))).toBe(false);
  });

  it('is false for an opaque origin (sandboxed frame), even under a top frame that shows the same string', () => {
    expect(storageListedByTop(chain(['null', 'null']))).toBe(false);
  });
});
