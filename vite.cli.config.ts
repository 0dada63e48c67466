import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The `pakke` command line (validate, schema, fhir-questionnaire) as one Node ESM file.
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'src/cli/main.ts'),
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      output: { entryFileNames: 'pakke.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
