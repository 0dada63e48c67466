/**
 * Builds the self-contained files for `<script type="module" src>` use into dist/cdn/:
 * `pakke-elements.js` (all three elements) and one file per element. Each bundles Lit, the
 * localization runtime and the bundle model; UI translations are separate chunks loaded only
 * when a page's language needs them.
 */
import { build } from 'vite';
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';

export const CDN_ENTRIES: Record<string, string> = {
  'pakke-elements': 'src/index.ts',
  'pakke-pathway': 'src/pathway/index.ts',
  'pakke-decision-aid': 'src/decision-aid/index.ts',
  'pakke-needs-assessment': 'src/needs-assessment/index.ts',
};

const outDir = resolve('dist/cdn');
rmSync(outDir, { recursive: true, force: true });
for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: { minify: true, chunkFileNames: `chunks/${name}-[name]-[hash].js` },
      },
    },
  });
  console.log(`built dist/cdn/${name}.js`);
}
