// How far a page-reported writer script is believed (issue 15.5): a name the page chose (//# sourceURL=) or read from a
// stack the page could shape is shown but never makes a write a tracker's; the write still counts by what it is.
import type { Attribution } from '../observe/events.ts';
import type { CookieFact, Ctx, StorageFact } from './context.ts';
import { phrase } from './phrases.ts';

/**
 * Whether a writer name may classify a write: 'confident' (our call-site formatter) and 'unverified' (the engine's own
 * stack text, as Firefox gives it) may; 'named-by-page' and 'unknown' (a stack the page could shape) never do. Records
 * from before attributions existed keep their old meaning.
 */
export function writerTrusted(attribution: Attribution | null | undefined): boolean {
  return attribution !== 'named-by-page' && attribution !== 'unknown';
}

/** The note a finding carries when its write's writer name is shown but not believed. */
export function writerNotes(ctx: Ctx, script: string | null, attribution: Attribution | null | undefined): string[] {
  return script && !writerTrusted(attribution) ? [phrase(ctx.lang, 'writerNotVerified', { script })] : [];
}

/** "The cookie x (domain d)" / "The localStorage key k of o", for the named-writer texts. */
export function storeText(ctx: Ctx, f: CookieFact | StorageFact): string {
  return 'name' in f.out
    ? phrase(ctx.lang, 'storeCookie', { name: f.out.name, domain: f.out.domain })
    : phrase(ctx.lang, 'storeStorage', { name: f.out.key, storageKind: f.out.kind, origin: f.out.origin });
}
