// Bundles the command-line runner (cli/main.ts) for Node 20: `npx vite build -c vite.cli.config.ts` → dist/cli/main.mjs.
// playwright-core, puppeteer-core (Firefox runs) and Node built-ins stay external; the browser-free core and its data are bundled in.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  // Nothing from public/ belongs in the CLI bundle: the IP table is read from the package at run time.
  publicDir: false,
  build: {
    // The CLI, and the Playwright fixture QA suites import as `consent-auditor/playwright`.
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { main: 'cli/main.ts', playwright: 'playwright/index.ts', browser: 'cli/browser/index.ts' },
      external: [
        'playwright-core',
        /^playwright-core\//,
        'puppeteer-core',
        /^puppeteer-core\//,
        '@playwright/test',
        ...NODE_BUILTINS,
      ],
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
