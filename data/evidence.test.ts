import { describe, expect, it } from 'vitest';
import { COMPANIES } from './companies.ts';
import { countryStatus, normalizeCountryCode } from './countries.ts';
import { ENTITIES } from './entities.ts';
import { DPF_CHECKED_NOT_KNOWN, DPF_EVIDENCE, type DpfEvidence } from './dpf-evidence.ts';
import { TRANSFER_EVIDENCE, type RecipientRole, type TransferEvidence } from './transfer-evidence.ts';

const ROLES: readonly RecipientRole[] = ['parent', 'affiliate', 'processor', 'sub-processor', 'joint-controller'];
// Mirrors, archives and analysis sites met while researching: evidence must name the company's own page instead.
const THIRD_PARTY_HOSTS = [
  'web.archive.org',
  'archive.org',
  'conductatlas.com',
  'ppc.land',
  'cinxe.com',
  'urlscan.io',
  'scribd.com',
  'github.com',
  'githubusercontent.com',
  'deno.dev',
];
// A company's own site that sits under one of those hosts (GitHub's privacy statement lives on docs.github.com).
const OWN_SITES_UNDER_COPY_HOSTS = ['docs.github.com'];

// Problems are collected as text so that a failing run names every bad entry at once, not only the first.
function sourceProblems(where: string, source: unknown, checked: unknown, today: string): string[] {
  const out: string[] = [];
  let url: URL | null = null;
  try {
    url = typeof source === 'string' ? new URL(source) : null;
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== 'https:' || url.hostname === '')
    out.push(`${where}: source is not an https URL`);
  else if (
    !OWN_SITES_UNDER_COPY_HOSTS.includes(url.hostname) &&
    THIRD_PARTY_HOSTS.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`))
  )
    out.push(`${where}: source ${url.hostname} is a copy, not the company's page`);
  const date =
    typeof checked === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(checked) ? new Date(`${checked}T00:00:00Z`) : null;
  if (date === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== checked) {
    out.push(`${where}: checked is not an ISO date`);
  } else if (checked > today) {
    out.push(`${where}: checked ${checked} lies in the future`);
  }
  return out;
}

function countryProblems(where: string, code: unknown): string[] {
  if (typeof code !== 'string' || normalizeCountryCode(code) !== code)
    return [`${where}: ${String(code)} is not an upper-case ISO country code`];
  return [];
}

function dpfProblems(
  table: Readonly<Record<string, DpfEvidence>>,
  knownNames: ReadonlySet<string>,
  today: string,
): string[] {
  const out: string[] = [];
  for (const [key, e] of Object.entries(table)) {
    const where = `DPF_EVIDENCE[${key}]`;
    if (e.entity.trim() === '' || e.entity !== e.entity.trim()) out.push(`${where}: entity is empty or padded`);
    if (key !== e.entity) out.push(`${where}: key differs from entity '${e.entity}'`);
    if (typeof e.certified !== 'boolean') out.push(`${where}: certified is not a boolean`);
    if (e.note !== undefined && (e.note.trim() === '' || /\n/.test(e.note))) out.push(`${where}: note is not one line`);
    if (!knownNames.has(e.entity)) out.push(`${where}: '${e.entity}' is no company name, parent or recipient`);
    out.push(...sourceProblems(where, e.source, e.checked, today));
  }
  return out;
}

function transferProblems(
  table: Readonly<Record<string, TransferEvidence>>,
  companyIds: ReadonlySet<string>,
  today: string,
): string[] {
  const out: string[] = [];
  for (const [id, t] of Object.entries(table)) {
    const where = `TRANSFER_EVIDENCE[${id}]`;
    if (!companyIds.has(id)) out.push(`${where}: no company with this id`);
    // An empty entry is allowed only with a note saying what was found (e.g. stored in the EU, no named recipients).
    if (t.recipients.length === 0 && t.transferCountries.length === 0 && (t.note ?? '').trim() === '')
      out.push(`${where}: neither recipients, countries nor note`);
    t.recipients.forEach((r, i) => {
      const at = `${where}.recipients[${i}]`;
      if (r.entity.trim() === '') out.push(`${at}: entity is empty`);
      if (!ROLES.includes(r.role)) out.push(`${at}: role ${String(r.role)} is unknown`);
      out.push(...countryProblems(at, r.country), ...sourceProblems(at, r.source, r.checked, today));
    });
    const seen = new Set<string>();
    t.transferCountries.forEach((c, i) => {
      const at = `${where}.transferCountries[${i}]`;
      out.push(...countryProblems(at, c.country), ...sourceProblems(at, c.source, c.checked, today));
      if (countryStatus(c.country) === 'eea') out.push(`${at}: ${c.country} is in the EU/EEA`);
      if (seen.has(c.country)) out.push(`${at}: ${c.country} listed twice`);
      seen.add(c.country);
    });
  }
  return out;
}

const today = new Date().toISOString().slice(0, 10);
const companyIds = new Set(COMPANIES.map((c) => c.id));
const knownNames = new Set<string>([
  ...COMPANIES.flatMap((c) => (c.parent === undefined ? [c.name] : [c.name, c.parent])),
  ...Object.values(TRANSFER_EVIDENCE).flatMap((t) => t.recipients.map((r) => r.entity)),
  // The coverage ranking also names the legal entities (and parents) of third-party-web's entities.
  ...Object.values(ENTITIES).flatMap((e) => [e.legalName, e.parent].filter((n): n is string => typeof n === 'string')),
]);

describe('verified DPF evidence', () => {
  it('has a cited https source, a past ISO date and a known legal name for every entry', () => {
    expect(dpfProblems(DPF_EVIDENCE, knownNames, today)).toEqual([]);
  });

  it('records the status of the big US recipients that were found', () => {
    for (const name of [
      'LinkedIn Corporation',
      'Meta Platforms, Inc.',
      'Snap Inc.',
      'Stripe, Inc.',
      'The Rocket Science Group LLC',
      'Functional Software, Inc.',
    ]) {
      expect(DPF_EVIDENCE[name]?.certified).toBe(true);
    }
  });

  it('rejects entries without https source, with a future or malformed date, or with an unknown name', () => {
    const bad: Record<string, DpfEvidence> = {
      'Acme LLC': { entity: 'Acme LLC', certified: true, source: 'http://acme.example/dpf', checked: '2999-01-01' },
      Other: { entity: 'Wrong Inc.', certified: false, source: 'not a url', checked: '2024-02-30', note: 'two\nlines' },
      Copied: {
        entity: 'Copied',
        certified: true,
        source: 'https://web.archive.org/web/2024/https://acme.example/dpf',
        checked: '2026-01-01',
      },
    };
    expect(dpfProblems(bad, new Set(['Acme LLC', 'Copied']), '2026-12-06')).toEqual([
      'DPF_EVIDENCE[Acme LLC]: source is not an https URL',
      'DPF_EVIDENCE[Acme LLC]: checked 2999-01-01 lies in the future',
      "DPF_EVIDENCE[Other]: key differs from entity 'Wrong Inc.'",
      'DPF_EVIDENCE[Other]: note is not one line',
      "DPF_EVIDENCE[Other]: 'Wrong Inc.' is no company name, parent or recipient",
      'DPF_EVIDENCE[Other]: source is not an https URL',
      'DPF_EVIDENCE[Other]: checked is not an ISO date',
      "DPF_EVIDENCE[Copied]: source web.archive.org is a copy, not the company's page",
    ]);
  });

  it("accepts GitHub's own docs site but still rejects a repository copy on github.com", () => {
    const own = 'https://docs.github.com/en/site-policy/privacy-policies/github-general-privacy-statement';
    expect(sourceProblems('own', own, '2026-12-06', '2026-12-06')).toEqual([]);
    expect(sourceProblems('copy', 'https://github.com/tosdr/tosdr-versions', '2026-12-06', '2026-12-06')).toEqual([
      "copy: source github.com is a copy, not the company's page",
    ]);
  });
});

describe('DPF look-ups that found no statement', () => {
  it('cite the vendor page read, name a known entity once, and never also carry a status', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const n of DPF_CHECKED_NOT_KNOWN) {
      const where = `DPF_CHECKED_NOT_KNOWN[${n.entity}]`;
      if (!knownNames.has(n.entity)) problems.push(`${where}: no company name, parent or recipient`);
      if (Object.hasOwn(DPF_EVIDENCE, n.entity)) problems.push(`${where}: also has a DPF status`);
      if (seen.has(n.entity)) problems.push(`${where}: listed twice`);
      if (n.reason.trim() === '' || /\n/.test(n.reason)) problems.push(`${where}: reason is not one line`);
      seen.add(n.entity);
      problems.push(...sourceProblems(where, n.source, n.checked, today));
    }
    expect(problems).toEqual([]);
    expect(DPF_CHECKED_NOT_KNOWN.length).toBeGreaterThan(0);
  });
});

describe('company notes', () => {
  it('claim a DPF status only where data/dpf-evidence.ts cites it (a reader trusts the notes too)', () => {
    const problems: string[] = [];
    for (const c of COMPANIES) {
      const notes = c.notes ?? '';
      const names = [c.name, c.parent].filter((n): n is string => typeof n === 'string');
      const status = names.map((n) => DPF_EVIDENCE[n]?.certified);
      if (/\bnot (DPF-)?certified|Not DPF/i.test(notes)) {
        if (!status.includes(false)) problems.push(`${c.id}: note says not certified without a cited false entry`);
      } else if (/DPF-certified/i.test(notes) && !status.includes(true)) {
        problems.push(`${c.id}: note says DPF-certified without a cited true entry for ${names.join(' / ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('documented third-country recipients', () => {
  it('cites every recipient and country, with valid ISO codes, for existing company ids only', () => {
    expect(transferProblems(TRANSFER_EVIDENCE, companyIds, today)).toEqual([]);
  });

  it('names the US parent of the EU subsidiaries behind the most common trackers', () => {
    const parentOf = (id: string) => TRANSFER_EVIDENCE[id]?.recipients.find((r) => r.role === 'parent');
    expect(parentOf('linkedin')).toMatchObject({ entity: 'LinkedIn Corporation', country: 'US' });
    expect(parentOf('meta')).toMatchObject({ entity: 'Meta Platforms, Inc.', country: 'US' });
  });

  it('keeps services that say data stays in the EEA free of invented third countries', () => {
    for (const id of ['criteo', 'hotjar', 'simple-analytics', 'plausible']) {
      expect(TRANSFER_EVIDENCE[id]?.transferCountries).toEqual([]);
      expect(TRANSFER_EVIDENCE[id]?.note).toMatch(/https:\/\/\S+, \d{4}-\d{2}-\d{2}/);
    }
    expect(TRANSFER_EVIDENCE.shopify?.recipients).toEqual([
      expect.objectContaining({ entity: 'Shopify Inc.', country: 'CA', role: 'parent' }),
    ]);
  });

  it('rejects unknown ids, EEA or invalid countries, duplicates and unknown roles', () => {
    const src = { source: 'https://vendor.example/privacy', checked: '2026-12-01' };
    const bad = {
      'no-such-company': { recipients: [], transferCountries: [] },
      meta: {
        recipients: [{ entity: '', country: 'us', role: 'owner' as RecipientRole, ...src }],
        transferCountries: [
          { country: 'DE', ...src },
          { country: 'US', ...src },
          { country: 'US', ...src },
          { country: 'XX', ...src },
        ],
      },
    };
    expect(transferProblems(bad, companyIds, '2026-12-06')).toEqual([
      'TRANSFER_EVIDENCE[no-such-company]: no company with this id',
      'TRANSFER_EVIDENCE[no-such-company]: neither recipients, countries nor note',
      'TRANSFER_EVIDENCE[meta].recipients[0]: entity is empty',
      'TRANSFER_EVIDENCE[meta].recipients[0]: role owner is unknown',
      'TRANSFER_EVIDENCE[meta].recipients[0]: us is not an upper-case ISO country code',
      'TRANSFER_EVIDENCE[meta].transferCountries[0]: DE is in the EU/EEA',
      'TRANSFER_EVIDENCE[meta].transferCountries[2]: US listed twice',
      'TRANSFER_EVIDENCE[meta].transferCountries[3]: XX is not an upper-case ISO country code',
    ]);
  });
});

// --- dpf5b ---
describe('provenance of DPF statements', () => {
  const archived = /ToS;DR archive copy/;

  it('quotes a DPF statement in every certified entry and names the archived commit it was read in', () => {
    const problems: string[] = [];
    for (const e of Object.values(DPF_EVIDENCE)) {
      const note = e.note ?? '';
      if (e.certified && !/\bDPF\b|Data Privacy Framework/.test(note))
        problems.push(`${e.entity}: note does not say what the DPF statement is`);
      if (archived.test(note) && !/commit [0-9a-f]{7}\b/.test(note))
        problems.push(`${e.entity}: archived copy without its commit`);
    }
    for (const n of DPF_CHECKED_NOT_KNOWN) {
      if (archived.test(n.reason) && !/commit [0-9a-f]{7}\b/.test(n.reason))
        problems.push(`${n.entity}: archived copy without its commit`);
    }
    expect(problems).toEqual([]);
  });

  it('gives Squarespace the US parent its own policy names, and that parent a cited DPF status', () => {
    const parent = TRANSFER_EVIDENCE.squarespace?.recipients.find((r) => r.role === 'parent');
    expect(parent).toMatchObject({ entity: 'Squarespace, Inc.', country: 'US' });
    expect(DPF_EVIDENCE[parent?.entity ?? '']?.certified).toBe(true);
    expect(TRANSFER_EVIDENCE.squarespace?.transferCountries.map((c) => c.country)).toEqual(['US']);
  });
});
