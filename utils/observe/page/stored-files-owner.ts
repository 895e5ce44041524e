// Which frame's poll lists an origin's Cache API and OPFS: a frame whose every ancestor up to the top is of its own
// origin has the top frame's storage (one storage key: same origin, same top-level site, no cross-site ancestor), and
// the top frame's recorder (every frame has one: all frames, about:blank, blob: and data: as fallback) lists it
// already. Such a frame skips its own listing: a page of N same-origin frames makes one listing a tick, not N + 1.

/** The part of a window read here (the isolated world's: native, out of the page's reach). */
export interface FrameWindow {
  readonly origin: string;
  readonly parent: FrameWindow;
  readonly top: FrameWindow | null;
}

/** Whether the top frame lists this frame's Cache API and OPFS (then this frame need not). */
export function storageListedByTop(win: FrameWindow): boolean {
  if (win.origin === 'null') return false; // opaque: nothing to list, nothing shared
  try {
    // A cross-origin ancestor throws here or shows another origin (document.domain does not change `origin`).
    let f = win;
    for (let depth = 0; f !== win.top; depth++) {
      if (depth > 64) return false;
      f = f.parent;
      if (f.origin !== win.origin) return false;
    }
    return f !== win;
  } catch {
    return false;
  }
}
