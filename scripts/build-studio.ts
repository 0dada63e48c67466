/**
 * Builds the studio app (src/studio/main.ts) with esbuild: ES modules, split so the elements'
 * translation chunks load on demand. `pakke studio` run from the repository calls `buildStudio()`
 * at start; `npm run build` writes the files to dist/cli/studio/ (run as a script), where the
 * built CLI serves them from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildStudio(minify = false): Promise<Map<string, string>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { app: 'src/studio/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'out',
    write: false,
    minify,
    legalComments: 'none',
    // package.json's sideEffects list is for the elements' consumers; the studio's modules define elements on import.
    ignoreAnnotations: true,
    tsconfig: join(root, 'tsconfig.json'),
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((f) => [basename(f.path), f.text]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'dist/cli/studio';
  const files = await buildStudio(true);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  console.log(`wrote ${files.size} studio file(s) to ${out}`);
}
