// ESLint 9 flat config: a modest rule set whose main job is the import direction of utils/ (see utils/README.md).
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each stage of utils/ and the files it covers (consent/*.ts are the decoders, without consent/automation/).
const STAGES = {
  url: ['utils/url/**'],
  i18n: ['utils/i18n/**'],
  observe: ['utils/observe/**'],
  consent: ['utils/consent/*'],
  automation: ['utils/consent/automation/**'],
  record: ['utils/record/**'],
  messaging: ['utils/messaging/**'],
  knowledge: ['utils/knowledge/**'],
  findings: ['utils/findings/**'],
  export: ['utils/export/**'],
  view: ['utils/view/**'],
  data: ['data/**'],
};

// What each stage may import besides itself: the one direction of the pipeline. Keep in step with utils/README.md.
export const ALLOWED = {
  url: [],
  i18n: [],
  data: ['i18n'],
  observe: ['url', 'i18n'],
  consent: ['observe', 'url', 'i18n', 'data'],
  record: ['observe', 'consent', 'url', 'i18n', 'data'],
  automation: ['observe', 'consent', 'record', 'url', 'i18n', 'data'],
  messaging: ['observe', 'consent', 'record', 'url', 'i18n'],
  knowledge: ['observe', 'url', 'i18n', 'data'],
  findings: ['observe', 'consent', 'record', 'knowledge', 'url', 'i18n', 'data'],
  export: ['observe', 'consent', 'automation', 'record', 'knowledge', 'findings', 'url', 'i18n', 'data'],
  view: ['observe', 'consent', 'automation', 'record', 'messaging', 'knowledge', 'findings', 'url', 'i18n', 'data'],
};

// Code outside utils/ that uses it; utils/ and data/ never import these (test/support only from tests).
const APP = ['components/**', 'entrypoints/**', 'cli/**', 'playwright/**', 'scripts/**', 'test/**'];

const zones = Object.entries(ALLOWED).map(([stage, allowed]) => ({
  target: STAGES[stage],
  from: [
    ...Object.keys(STAGES)
      .filter((s) => s !== stage && !allowed.includes(s))
      .flatMap((s) => STAGES[s]),
    ...APP,
  ],
  message: `utils/README.md: ${stage} may import only ${allowed.join(', ') || 'nothing else in utils/'}.`,
}));

// The page script is bundled into every audited page: no data tables in it.
zones.push({ target: ['utils/observe/page/**'], from: ['data/**'], message: 'observe/page is injected into pages.' });

export default tseslint.config(
  {
    // Build and test output (as in .gitignore) and the demo site's page scripts.
    ignores: [
      '.output/**',
      '.wxt/**',
      '.bench/**',
      '.test-results/**',
      'test-results/**',
      'playwright-report/**',
      'web-ext-artifacts/**',
      'dist/**',
      'node_modules/**',
      'public/**',
      'demo/**',
      'docs/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // Without this import-x parses only .js files and no-cycle never sees a TypeScript import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // A leading underscore marks a binding kept on purpose (rest-omit, fixed signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Product lines stay within Prettier's 120 columns; long strings, URLs and regular expressions are left whole.
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'cli/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // Product code only: tests beside the code may reach across stages and into test/support.
    files: ['utils/**/*.{ts,tsx}', 'data/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
);
