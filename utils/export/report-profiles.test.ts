import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { auditedScenario, reportOf, TOOL } from '../../test/support/export.ts';
import { Visit } from '../../test/support/findings.ts';
import { compareProfiles } from '../findings/profile-compare.ts';
import { withAcrossProfiles } from './report-profiles.ts';

const IDS = ['k3x9q2mz', 'p81vdw0c'];
const APP = 'https://www.shop.example/app.js';

/** The none and reject profiles: vid differs, theme is the same, seen only in one. */
function visits(): Visit[] {
  return IDS.map((id, i) => {
    const v = new Visit()
      .scriptCookie('vid', id, 100, APP)
      .scriptCookie('theme', 'dark', 110, APP)
      .storage('uid', id, 120);
    return i === 0 ? v.storage('once', 'abc123', 130) : v;
  });
}

describe('withAcrossProfiles', () => {
  it('gives each cookie and storage row what the comparison of the fresh profiles says of its value', () => {
    const records = visits().map((v) => v.record());
    const view = compareProfiles([
      { scenario: 'none', record: records[0]! },
      { scenario: 'reject', record: records[1]! },
    ]).get('none')!;
    const plain = auditedScenario(records[0]!);
    // Without a comparison (one scenario, the extension) no row has the field.
    expect(plain.cookies.some((c) => 'acrossProfiles' in c)).toBe(false);
    const s = withAcrossProfiles(plain, view);
    expect(s.cookies.map((c) => [c.name, c.acrossProfiles])).toEqual([
      ['vid', 'per-visitor'],
      ['theme', 'same'],
    ]);
    expect(s.storage.map((x) => [x.key, x.acrossProfiles])).toEqual([
      ['uid', 'per-visitor'],
      ['once', 'not-compared'],
    ]);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
    );
    const full = reportOf([s], { tool: TOOL });
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
  });
});
