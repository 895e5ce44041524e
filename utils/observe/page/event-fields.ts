// Field checks shared by the validators of page-reported events (page-events.ts, signal-events.ts, from-main-world.ts).

export type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function cap(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

export function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}
