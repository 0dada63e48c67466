import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.js';

const src = (p: string) => resolve(import.meta.dirname, 'src', p);

/**
 * `npm start`: the demo portal (index.html, demo/) on http://127.0.0.1:5173.
 * `vite build`: the npm library in dist/lib — one ESM entry per element (defines its tag on
 * import), the bundle model and the all-in-one index; lit, @lit/localize and zod stay imports
 * for the consumer's bundler. Every source module stays its own file (`preserveModules`, what
 * is bundled from node_modules goes to dist/lib/vendor/, as npm never packs a node_modules
 * folder), so package.json `sideEffects` can name the few modules that do something on import
 * and a bundler drops the rest when unused (one model helper does not pull in Lit or zod;
 * test/node/tree-shaking.node.ts). The self-contained files for
 * `<script type="module" src>` use are built by scripts/build-cdn.ts into dist/cdn/.
 * Lit's `html` / `css` template literals are minified in both builds (scripts/minify-literals.ts);
 * the plugin sits in `build.rolldownOptions` so the dev server and Storybook (which drops
 * `build` from this config) keep serving the source as written.
 */
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    lib: {
      entry: {
        'pakke-pathway': src('pathway/index.ts'),
        'pakke-decision-aid': src('decision-aid/index.ts'),
        'pakke-needs-assessment': src('needs-assessment/index.ts'),
        model: src('model.ts'),
        index: src('index.ts'),
        react: src('react/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/],
      plugins: [minifyLiterals()],
      output: {
        minify: true,
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => `${chunk.name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`,
      },
    },
  },
});
