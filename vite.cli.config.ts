import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.js';

// The `pakke` command line (validate, schema, catalogue, render, fhir-questionnaire) as one Node ESM
// file. Templates are minified as in the browser files, so what `pakke render` writes hydrates with them.
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'src/cli/main.ts'),
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      plugins: [minifyLiterals()],
      output: { entryFileNames: 'pakke.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
