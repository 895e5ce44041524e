// Entry of the main-world content script: captures the page's
// built-ins, then installs the write hooks, the consent probes
// and the bridge to the isolated content script. The page shares this world: everything used later is captured first.
import { connectMainWorld } from './bridge.ts';
import { installConsentProbes } from './consent-probes.ts';
import { disguiseFor } from './disguise.ts';
import { installHooks } from './hooks.ts';
import { captureIntrinsics } from './intrinsics.ts';
import { scriptFromStack } from './stack.ts';
import { makeTracer } from './tracer.ts';

type Win = Window & typeof globalThis;

/**
 * Install everything in a page: entrypoint of the main-world content script
 * (document_start, before page scripts); also starts the consent probes.
 */
export function startMainWorld(win: Win): void {
  const intrinsics = captureIntrinsics(win);
  const tracer = makeTracer(win, intrinsics);
  let self = '';
  try {
    // Our own script's URL (the first frame), skipped later when looking for the calling script: formatted by the
    // tracer, which asks V8 for no line or column (the engine's own text did, at every document_start).
    self = scriptFromStack(tracer.format(new (intrinsics.ErrorCtor ?? win.Error)()).stack, []) ?? '';
  } catch {
    // no stack: every frame is then a candidate
  }
  const emit = connectMainWorld(win, self, tracer, intrinsics);
  const disguise = disguiseFor(win, intrinsics);
  installHooks(win, emit, tracer, intrinsics, disguise);
  try {
    installConsentProbes(win, emit, {}, intrinsics, disguise);
  } catch {
    /* the write hooks still work */
  }
}
