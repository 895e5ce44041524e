// The import-direction and cycle rules of eslint.config.js fire on real violations and stay quiet on allowed imports.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALLOWED } from '../../eslint.config.js';

const eslint = new ESLint({ cwd: process.cwd() });

/** Rule ids ESLint reports for `code` as if it were the file at `filePath` (the file itself is not read or written). */
async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('import direction (import-x/no-restricted-paths)', () => {
  it.each([
    ['utils/observe/page/fixture.ts', "import { CMPS } from '../../../data/cmps.ts';\nexport const n = CMPS.length;\n"],
    ['utils/consent/fixture.ts', "import * as plan from './automation/clean-plan.ts';\nexport const p = plan;\n"],
    [
      'utils/findings/fixture.ts',
      "import * as protocol from '../messaging/protocol.ts';\nexport const p = protocol;\n",
    ],
    ['utils/knowledge/fixture.ts', "import { analyze } from '../findings/analyze.ts';\nexport const a = analyze;\n"],
    ['utils/url/fixture.ts', "import { fillTemplate } from '../i18n/text.ts';\nexport const f = fillTemplate;\n"],
    [
      'utils/export/fixture.ts',
      "import { useStrings } from '../../components/strings.ts';\nexport const u = useStrings;\n",
    ],
    ['utils/findings/fixture.ts', "import { Visit } from '../../test/support/findings.ts';\nexport const v = Visit;\n"],
  ])('%s: an upward import is an error', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['utils/consent/automation/fixture.ts', "import * as c from '../choice-inference.ts';\nexport const x = c;\n"],
    [
      'utils/findings/fixture.ts',
      "import { createKnowledge } from '../knowledge/knowledge.ts';\nexport const k = createKnowledge;\n",
    ],
    ['utils/view/fixture.ts', "import * as protocol from '../messaging/protocol.ts';\nexport const p = protocol;\n"],
    ['data/fixture.ts', "import type { Lang } from '../utils/i18n/lang.ts';\nexport const l: Lang = 'en';\n"],
    [
      'utils/findings/fixture.test.ts',
      "import { Visit } from '../../test/support/findings.ts';\nexport const v = Visit;\n",
    ],
    ['components/fixture.ts', "import { analyze } from '../utils/findings/analyze.ts';\nexport const a = analyze;\n"],
  ])('%s: an import down the pipeline is allowed', async (file, code) => {
    expect(await rulesHit(file, code)).toEqual([]);
  });
});

describe('import-x/no-cycle', () => {
  it('reports a file that imports something that imports it back', async () => {
    // findings/texts.ts imports fillTemplate from i18n/text.ts: text.ts importing it back closes a cycle.
    const code = "import { TEXTS } from '../findings/texts.ts';\nexport const n = TEXTS;\n";
    expect(await rulesHit('utils/i18n/text.ts', code)).toContain('import-x/no-cycle');
  });
});

describe('utils/README.md', () => {
  it('shows the same import table the lint rule enforces', () => {
    const readme = readFileSync('utils/README.md', 'utf8');
    for (const [stage, allowed] of Object.entries(ALLOWED)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${stage}\` `));
      expect(row, `row for ${stage}`).toBeDefined();
      const listed = (row!.split('|')[2] ?? '').match(/`[^`]+`/g)?.map((s) => s.slice(1, -1)) ?? [];
      expect(listed.sort(), stage).toEqual([...allowed].sort());
    }
  });
});
