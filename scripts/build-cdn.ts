/**
 * Builds the self-contained files for `<script type="module" src>` use into dist/cdn/:
 * `pakke-elements.js` (all three elements) and one file per element. Each is one file with
 * everything a first render needs (Lit, the localization runtime, the bundle model): no
 * second request waits for the first to be parsed. What only some pages need is in lazy chunks
 * (UI translations by page language, overlay code, catalogue lookup), which import what they
 * share from the entry file itself (`preserveEntrySignatures: 'allow-extension'`), by its plain
 * URL: hosts load the file without a query string (versioned paths, not `?v=`). Lit's `html` / `css` template literals are minified at
 * build time (scripts/minify-literals.ts; proven harmless by scripts/minify-check.ts).
 *
 *   tsx scripts/build-cdn.ts
 */
import { build } from 'vite';
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { minifyLiterals } from './minify-literals.js';

export const CDN_ENTRIES: Record<string, string> = {
  'pakke-elements': 'src/cdn.ts',
  'pakke-pathway': 'src/pathway/index.ts',
  'pakke-decision-aid': 'src/decision-aid/index.ts',
  'pakke-needs-assessment': 'src/needs-assessment/index.ts',
};

export interface CdnBuildOptions {
  /** Output folder (emptied first); default dist/cdn. */
  outDir?: string;
  /** Which of CDN_ENTRIES to build; default all. */
  entries?: string[];
  /** Minify Lit template literals; default true. Off only for scripts/minify-check.ts. */
  minifyTemplateLiterals?: boolean;
}

export async function buildCdn({ outDir = 'dist/cdn', entries = Object.keys(CDN_ENTRIES), minifyTemplateLiterals = true }: CdnBuildOptions = {}): Promise<void> {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  for (const name of entries) {
    const entry = CDN_ENTRIES[name];
    if (!entry) throw new Error(`unknown CDN entry ${name}`);
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        target: 'es2022',
        outDir: out,
        emptyOutDir: false,
        lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${name}.js` },
        rolldownOptions: {
          plugins: minifyTemplateLiterals ? [minifyLiterals()] : [],
          preserveEntrySignatures: 'allow-extension',
          output: { minify: true, chunkFileNames: `chunks/${name}-[name]-[hash].js` },
        },
      },
    });
    console.log(`built ${outDir}/${name}.js`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCdn();
