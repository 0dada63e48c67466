import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const src = (p: string) => resolve(import.meta.dirname, 'src', p);

/**
 * `npm start`: the demo portal (index.html, demo/) on http://127.0.0.1:5173.
 * `vite build`: the library — one ESM entry per element (defines its tag on import), the bundle
 * model, sharing chunks so a page that loads two entries downloads common code once.
 * `vite build --mode aio`: `dist/pakke-elements.js`, everything in one file for
 * `<script type="module" src>` use (UI translations stay lazy-loaded chunks beside it).
 */
export default defineConfig(({ mode }) => {
  const aio = mode === 'aio';
  return {
    server: { host: '127.0.0.1', port: 5173 },
    build: {
      target: 'es2022',
      outDir: aio ? 'dist/cdn' : 'dist/lib',
      emptyOutDir: true,
      lib: {
        entry: aio
          ? { 'pakke-elements': src('index.ts') }
          : {
              'pakke-pathway': src('pathway/index.ts'),
              'pakke-decision-aid': src('decision-aid/index.ts'),
              'pakke-needs-assessment': src('needs-assessment/index.ts'),
              model: src('model.ts'),
              index: src('index.ts'),
            },
        formats: ['es'],
      },
      rolldownOptions: {
        // Consumers of the npm package resolve lit, @lit/localize and zod themselves.
        external: aio ? [] : [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
