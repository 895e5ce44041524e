// Which script called a hooked API: the first stack frame that is not our own code (Chrome/V8 and Firefox/Safari
// formats).
import type { Attribution } from '../events.ts';
import type { StackKind } from './contract.ts';

const MAX_STACK = 64 * 1024;
const MAX_FRAMES = 100;
/** `url:line` or `url:line:col` at the end of a frame location. */
const LINE_COL = /^(.*?)(?::\d+){1,2}$/;
/** Chrome eval frames name the script that called eval in the innermost parentheses. */
const EVAL_ORIGIN = /\(([^()]*?:\d+:\d+)\)/;
/** Firefox eval/Function frames: `https://x/y.js line 2 > eval:1:5`. */
const FIREFOX_EVAL = /^(.*?) line \d+ > /;
/** The `@` that separates a Firefox function name from a location (a scheme or an absolute path follows it). */
const FIREFOX_AT = /@(?=[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * The location of one stack line without line and column, or undefined for message lines, native and anonymous frames.
 */
export function frameLocation(line: string): string | undefined {
  const text = line.trim();
  let loc: string;
  if (text.startsWith('at ')) {
    const body = text.slice(3);
    const open = body.indexOf('(');
    loc = open >= 0 && body.endsWith(')') ? body.slice(open + 1, -1) : body;
    if (loc.startsWith('async ')) loc = loc.slice(6);
    if (loc.startsWith('eval at ')) {
      const m = EVAL_ORIGIN.exec(loc);
      if (!m?.[1]) return undefined;
      loc = m[1];
    }
  } else {
    const at = text.search(FIREFOX_AT);
    if (at < 0) return undefined;
    loc = text.slice(at + 1);
    const ev = FIREFOX_EVAL.exec(loc);
    if (ev?.[1]) return ev[1];
  }
  const m = LINE_COL.exec(loc);
  const url = m?.[1];
  if (!url || url.startsWith('<') || url === 'native' || url.includes(' ')) return undefined;
  return url;
}

/**
 * The first frame's URL that does not start with one of `selfUrls` (our own hook code); inline scripts give the page
 * URL.
 */
export function scriptFromStack(stack: string, selfUrls: string[]): string | undefined {
  return callerFrame(stack, selfUrls)?.url;
}

/**
 * Our tracer's mark on a frame named by the page's `//# sourceURL=` (tracer.ts writes it, in 'callsites' stacks only).
 */
const NAMED = /^\s*at named-by-page \(/;

/**
 * The calling script and how far its name can be trusted: only a stack our own formatter made from V8's call sites
 * ('callsites') is confident, and then only for a frame the page did not name; the engine's text may carry a name the
 * page
 * chose; a stack the page formatted, or one without a caller, names no one with confidence.
 */
export function attributeStack(
  stack: string,
  selfUrls: string[],
  kind: StackKind | undefined,
): Readonly<{ script?: string; attribution: Attribution }> {
  // A loop's writes carry the same stack text (no positions, tracer.ts): the last answer serves the same question.
  const last = lastAttribution;
  if (last?.stack === stack && last.kind === kind && sameList(last.selves, selfUrls)) return last.out;
  const out = Object.freeze(attributeOnce(stack, selfUrls, kind));
  if (Array.isArray(selfUrls)) lastAttribution = { stack, selves: [...selfUrls], kind, out };
  return out;
}
let lastAttribution:
  | {
      stack: string;
      /** A copy: the caller's list could change in place between two calls. */
      selves: string[];
      kind: StackKind | undefined;
      out: Readonly<{ script?: string; attribution: Attribution }>;
    }
  | undefined;
function sameList(a: readonly string[], b: unknown): boolean {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function attributeOnce(
  stack: string,
  selfUrls: string[],
  kind: StackKind | undefined,
): Readonly<{ script?: string; attribution: Attribution }> {
  const frame = callerFrame(stack, selfUrls);
  if (!frame) return { attribution: 'unknown' };
  const attribution: Attribution =
    kind === 'callsites'
      ? NAMED.test(frame.line)
        ? 'named-by-page'
        : 'confident'
      : kind === 'engine'
        ? 'unverified'
        : 'unknown';
  return { script: frame.url, attribution };
}

function callerFrame(stack: string, selfUrls: string[]): { url: string; line: string } | undefined {
  if (typeof stack !== 'string' || stack.length === 0) return undefined;
  const selves = Array.isArray(selfUrls) ? selfUrls.filter((s) => typeof s === 'string' && s.length > 0) : [];
  const lines = stack.slice(0, MAX_STACK).split('\n');
  for (let i = 0; i < lines.length && i < MAX_FRAMES; i++) {
    const url = frameLocation(lines[i] ?? '');
    if (url === undefined) continue;
    if (selves.some((s) => url.startsWith(s))) continue;
    return { url, line: lines[i] ?? '' };
  }
  return undefined;
}
