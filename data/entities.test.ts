import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMPANIES } from './companies.ts';
import { normalizeCountryCode } from './countries.ts';
import { ENTITIES, HOST_ENTITIES } from './entities.ts';

const require = createRequire(import.meta.url);
const tpw = JSON.parse(readFileSync(require.resolve('third-party-web/dist/entities.json'), 'utf8')) as Array<{
  name: string;
  category: string;
  domains: string[];
}>;
const TPW_NAMES = new Set(tpw.map((e) => e.name));
const MOVED_NAMES = new Set(HOST_ENTITIES.map((m) => m.name));
const TPW_DOMAINS = new Set(tpw.flatMap((e) => e.domains));
const companyById = new Map(COMPANIES.map((c) => [c.id, c]));
const today = new Date().toISOString().slice(0, 10);
const rows = Object.entries(ENTITIES);

describe('data/entities.ts', () => {
  it('has entries', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it.each(rows)('%s is a third-party-web entity (or a host move) with a cited, dated, valid fact', (name, f) => {
    expect(
      TPW_NAMES.has(name) || MOVED_NAMES.has(name),
      `${name} is neither an entity of third-party-web nor a HOST_ENTITIES name`,
    ).toBe(true);
    expect(() => new URL(f.source)).not.toThrow();
    expect(new URL(f.source).protocol).toBe('https:');
    expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(f.checked))).toBe(false);
    expect(f.checked <= today, `${name}: checked ${f.checked} is in the future`).toBe(true);
    if (f.country !== null) expect(normalizeCountryCode(f.country), `${name}: ${f.country}`).toBe(f.country);
    if (f.parentCountry !== undefined)
      expect(normalizeCountryCode(f.parentCountry), `${name}: ${f.parentCountry}`).toBe(f.parentCountry);
    // A parent country without a seat country would read as "EU/EEA" or "not known" while data goes abroad.
    if (f.parentCountry !== undefined) expect(f.country, name).not.toBeNull();
    if (f.legalName !== undefined) expect(f.legalName.trim().length).toBeGreaterThan(1);
  });

  it('maps only to companies that exist, and copies their country', () => {
    for (const [name, f] of rows) {
      if (f.companyId === undefined) continue;
      const c = companyById.get(f.companyId);
      expect(c, `${name}: unknown companyId ${f.companyId}`).toBeDefined();
      expect(f.country, name).toBe(c!.country);
      expect(f.source, name).toBe(c!.source);
      expect(f.parentCountry, name).toBe(c!.parentCountry);
    }
  });

  it('states "not known" as null, never as an empty or placeholder code', () => {
    for (const [name, f] of rows) expect(f.country === null || /^[A-Z]{2}$/.test(f.country), name).toBe(true);
  });

  it('moves only hosts third-party-web lists, each move cited, dated and with its facts in ENTITIES', () => {
    const cats = new Set(tpw.map((e) => e.category));
    const seen = new Set<string>();
    for (const m of HOST_ENTITIES) {
      expect(seen.has(m.name), `${m.name} moved twice`).toBe(false);
      seen.add(m.name);
      expect(Object.hasOwn(ENTITIES, m.name), `${m.name} has no facts in ENTITIES`).toBe(true);
      expect(cats.has(m.category), `${m.name}: ${m.category}`).toBe(true);
      expect(
        m.domains.some((d) => TPW_DOMAINS.has(d)),
        `${m.name} moves no third-party-web host`,
      ).toBe(true);
      for (const d of m.domains) expect(d, m.name).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(new URL(m.source).protocol).toBe('https:');
      expect(m.checked <= today && /^\d{4}-\d{2}-\d{2}$/.test(m.checked), m.name).toBe(true);
      expect(m.notes.length).toBeGreaterThan(20);
    }
  });
});
