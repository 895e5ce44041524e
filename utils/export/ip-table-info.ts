// The report's note of which IP-to-country table the run used, read from public/data/ip-country.meta.json.
import type { IpTableInfo } from './report.ts';

function field(o: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(o, key)?.value;
}

/** The report's view of public/data/ip-country.meta.json; null when the file is missing or not the expected shape. */
export function ipTableInfoFrom(meta: unknown): IpTableInfo | null {
  if (typeof meta !== 'object' || meta === null) return null;
  const source = field(meta, 'source');
  const built = field(meta, 'built');
  if (typeof source !== 'object' || source === null || typeof built !== 'string') return null;
  const pkg = field(source, 'package');
  const version = field(source, 'version');
  if (typeof pkg !== 'string' || typeof version !== 'string') return null;
  return { source: pkg, version, built };
}
