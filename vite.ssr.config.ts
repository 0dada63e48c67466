import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.js';

/**
 * `pakke-elements/ssr` for Node (dist/ssr/index.js): the server renderer with the three elements.
 * Its templates are minified exactly as the browser files' are (scripts/minify-literals.ts), so
 * the markup it writes hydrates with dist/cdn and dist/lib: Lit matches templates by a digest of
 * their strings. Lit, @lit-labs/ssr, @lit/localize and zod stay imports of the host's install.
 */
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'src/ssr/index.ts'),
    outDir: 'dist/ssr',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^node:/],
      plugins: [minifyLiterals()],
      output: { entryFileNames: 'index.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
