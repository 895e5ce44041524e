// `npm run coverage -- --missing <category>`: the research list must name only entities of that category that still
// lack a country, heaviest first, and a bad argument must fail loudly instead of printing the full report.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../data/entities.ts';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const tpw = JSON.parse(readFileSync(require.resolve('third-party-web/dist/entities.json'), 'utf8')) as Array<{
  name: string;
  category: string;
}>;
const categoryOf = new Map(tpw.map((e) => [e.name, e.category]));

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/coverage.mjs'), ...args], { cwd: root, encoding: 'utf8' });
}

// Each case runs the real script (third-party-web, the naming layers): slow on a loaded machine, hence the timeout.
describe('scripts/coverage.mjs --missing', { timeout: 120_000 }, () => {
  it('lists only entities of the category without a country, heaviest first', () => {
    const r = run('--missing', 'customer-success');
    expect(r.status, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head).toMatch(/^customer-success: \d+\.\d % with a country; (\d+) entities without one$/);
    const listed = rows.map((l) => l.trim().split('\t')) as Array<[string, string]>;
    expect(listed.length).toBe(Number(/; (\d+) entities/.exec(head!)![1]));
    expect(listed.length).toBeGreaterThan(0);
    const counts = listed.map(([n]) => Number(n));
    expect(counts.every((n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n <= counts[i - 1]!))).toBe(true);
    for (const [, name] of listed) {
      expect(categoryOf.get(name), name).toBe('customer-success');
      // An entity the project gives a country to is covered and must not be on the research list.
      expect(ENTITIES[name]?.country ?? null, name).toBeNull();
    }
    // Seated in data/entities.ts (covrest pass), so it must be absent.
    expect(listed.some(([, n]) => n === 'Usersnap')).toBe(false);
  });

  it('rejects an unknown category and a missing argument with exit code 2', () => {
    const unknown = run('--missing', 'no-such-category');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown category no-such-category: .*customer-success/);
    const bare = run('--missing');
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/usage: npm run coverage -- --missing <category>/);
  });
});
