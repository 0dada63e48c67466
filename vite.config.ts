import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// `npm start` serves the demo (index.html + demo/); `npm run build` builds the library:
// one ESM entry per element (define on import), the bundle model, and an all-in-one file.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: {
        'pakke-elements': resolve(import.meta.dirname, 'src/index.ts'),
        'pakke-pathway': resolve(import.meta.dirname, 'src/pathway/index.ts'),
        'pakke-decision-aid': resolve(import.meta.dirname, 'src/decision-aid/index.ts'),
        'pakke-needs-assessment': resolve(import.meta.dirname, 'src/needs-assessment/index.ts'),
        model: resolve(import.meta.dirname, 'src/model.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
