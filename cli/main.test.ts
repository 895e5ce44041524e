import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../utils/findings/index.ts';
import { realKnowledge, START } from '../test/support/findings.ts';
import { harFileName, recordToHar } from '../utils/export/har.ts';
import { harBody, reportBody, sha256Hex } from '../utils/export/integrity.ts';
import { bundleOf, evilVisit, flipChar, schemaErrors, TOOL } from '../test/support/export.ts';
import { verifyExport } from '../utils/export/verify.ts';
import { buildReport, buildScenarioReport } from '../utils/export/report-build.ts';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, main, sealedOutputs, type Io } from './main.ts';

function capture(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: {} };
}

let dir = '';
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'consent-auditor-verify-'));
  const bundle = await bundleOf();
  for (const f of Object.values(bundle.files)) {
    files[f.kind] = path.join(dir, f.name);
    await writeFile(path.join(dir, f.name), f.text);
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('consent-auditor verify', () => {
  it('prints OK with kind and hash for every unchanged export and exits 0', async () => {
    const io = capture();
    const list = Object.values(files);
    expect(await main(['verify', ...list], io)).toBe(EXIT_OK);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const [kind, file] of Object.entries(files)) {
      expect(lines.find((l) => l.endsWith(` ${file}`))).toMatch(new RegExp(`^OK ${kind} sha256=[0-9a-f]{64} `));
    }
    expect(io.err).toEqual([]);
  });

  it('a changed file is CHANGED with both hashes, a file without integrity is NO INTEGRITY, other files UNKNOWN; exit 1', async () => {
    const json = files.json ?? '';
    const changed = path.join(dir, 'changed.har');
    const har = await readFile(files.har ?? '', 'utf8');
    await writeFile(changed, flipChar(har, har.indexOf('"https://') + 10));
    const plain = path.join(dir, 'plain.json');
    const report = JSON.parse(await readFile(json, 'utf8'));
    delete report.integrity;
    await writeFile(plain, JSON.stringify(report));
    const other = path.join(dir, 'notes.txt');
    await writeFile(other, 'hello');
    const io = capture();
    expect(await main(['verify', json, changed, plain, other], io)).toBe(EXIT_FINDINGS);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^OK json /);
    expect(lines[1]).toMatch(new RegExp(`^CHANGED har sha256=[0-9a-f]{64} claimed=[0-9a-f]{64} ${changed}$`));
    expect(lines[2]).toMatch(new RegExp(`^NO INTEGRITY json sha256=[0-9a-f]{64} ${plain}$`));
    expect(lines[3]).toBe(`UNKNOWN ${other}`);
    expect(io.err.join('')).toMatch(/changed\.har: the content was changed after export/);
    expect(io.err.join('')).toMatch(/plain\.json: no integrity data/);
  });

  it('a file that cannot be read: UNREADABLE, exit 2; no file: usage error', async () => {
    const io = capture();
    expect(await main(['verify', path.join(dir, 'missing.json'), files.json ?? ''], io)).toBe(EXIT_ERROR);
    expect(io.out.join('')).toMatch(/^UNREADABLE .*missing\.json\nOK json /);
    const usage = capture();
    expect(await main(['verify'], usage)).toBe(EXIT_ERROR);
    expect(usage.err.join('')).toMatch(/verify: no file given/);
  });

  it('file names with control characters are printed harmlessly', async () => {
    const io = capture();
    await main(['verify', path.join(dir, 'x\u001b[31m.json')], io);
    expect(io.out.join('')).not.toContain('\u001b');
  });
});

describe('scan outputs (sealedOutputs)', () => {
  async function outputs(scenarios: Array<'none' | 'reject'>) {
    const record = evilVisit().record();
    const reports = scenarios.map((consent) =>
      buildScenarioReport({
        consent,
        url: record.url,
        record,
        analysis: analyze(record, realKnowledge()),
        startedAt: START,
        finishedAt: START + 100,
      }),
    );
    const report = buildReport({
      tool: TOOL,
      urls: [record.url],
      scenarios: reports,
      startedAt: START,
      finishedAt: START + 200,
      consent: scenarios,
    });
    const hars = scenarios.map((consent) => ({
      name: harFileName(0, record.url, consent),
      har: recordToHar(record, { creator: { name: 'consent-auditor', version: '0.1.0' }, consent }),
    }));
    return {
      report,
      hars,
      sealed: await sealedOutputs(
        report,
        hars,
        scenarios.map(() => record.startedAt),
        'en',
      ),
    };
  }

  it('JSON, HTML and every HAR verify OK and vouch for each other; the JSON validates against the schema', async () => {
    const { report, hars, sealed } = await outputs(['none', 'reject']);
    expect(schemaErrors(JSON.parse(sealed.json))).toBe('');
    const harHashes = await Promise.all(hars.map((h) => sha256Hex(harBody(h.har))));
    // Several HARs: the set hash is the SHA-256 of their body hashes, one per line.
    const harSet = await sha256Hex(harHashes.join('\n'));
    const reportHash = await sha256Hex(reportBody(report));
    for (const text of [sealed.json, sealed.html, ...sealed.hars.map((h) => h.text)]) {
      const r = await verifyExport(text);
      expect(r.ok, r.problem ?? '').toBe(true);
      expect(r.integrity).toMatchObject({ report: reportHash, har: harSet, url: report.url });
      // Each HAR the set hash covers is named, with the body hash `verify` computes for that file.
      expect(r.integrity?.harFiles).toEqual(hars.map((h, i) => ({ name: h.name, sha256: harHashes[i] })));
    }
    for (const h of sealed.hars) {
      const named = JSON.parse(sealed.json).integrity.harFiles.find((f: { name: string }) => f.name === h.name);
      expect(named?.sha256).toBe((await verifyExport(h.text)).actual);
    }
    expect(sealed.hars.map((h) => h.name)).toEqual([
      '001-www.shop.example-none.har',
      '001-www.shop.example-reject.har',
    ]);
    expect((await verifyExport(sealed.hars[1]?.text ?? '')).actual).toBe(harHashes[1]);
  });

  it("one scenario: the har hash is that HAR's own body hash", async () => {
    const { sealed } = await outputs(['none']);
    const har = await verifyExport(sealed.hars[0]?.text ?? '');
    expect(har.integrity?.har).toBe(har.actual);
  });
});
