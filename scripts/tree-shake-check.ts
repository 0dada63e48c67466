/**
 * Tree-shaking as a consumer's bundler sees it: a temporary project whose
 * `node_modules/pakke-elements` is this package (its built dist/lib and package.json, with the
 * `sideEffects` list), bundled with Vite (Rolldown) for each import below. One helper from
 * `pakke-elements/model` must come out small and without Lit or zod; a schema helper brings
 * zod but not Lit; an element entry keeps Lit and its `customElements.define` (so the checks
 * below can tell the difference). Run after `npm run build` (CI: after "library build").
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/lib/model.js'))) {
  console.error('dist/lib is missing: run npm run build first');
  process.exit(1);
}

interface Case {
  code: string;
  /** Upper bound, gzip bytes. */
  maxGzip: number;
  lit: boolean;
  zod: boolean;
  define?: boolean;
}

const CASES: Case[] = [
  { code: `import { safeUrl } from 'pakke-elements/model'; console.log(safeUrl('https://x.example/'));`, maxGzip: 1024, lit: false, zod: false },
  { code: `import { parseRichText, richTextToPlain } from 'pakke-elements/model'; console.log(parseRichText('**a**'), richTextToPlain('*b*'));`, maxGzip: 3072, lit: false, zod: false },
  // The renderer does need Lit, and only it.
  { code: `import { renderRichText } from 'pakke-elements/model'; console.log(renderRichText('**a**'));`, maxGzip: 12_288, lit: true, zod: false },
  { code: `import { resolveText, fallbackChain } from 'pakke-elements/model'; console.log(resolveText({ da: 'x' }, fallbackChain('nb')));`, maxGzip: 2048, lit: false, zod: false },
  { code: `import { BundleError } from 'pakke-elements/model'; console.log(new BundleError({ code: 'network', message: 'x' }));`, maxGzip: 2048, lit: false, zod: false },
  { code: `import { pathwayBundle } from 'pakke-elements/model'; console.log(pathwayBundle());`, maxGzip: 30_000, lit: false, zod: true },
  { code: `import { PakkePathway } from 'pakke-elements/pathway'; console.log(PakkePathway);`, maxGzip: 80_000, lit: true, zod: true, define: true },
];

/** Strings that survive minification: Lit registers its versions on globalThis; zod names its classes. */
const LIT = /litElementVersions|litHtmlVersions|reactiveElementVersions/;
const ZOD = /\$ZodType|\$ZodError/;

const dir = mkdtempSync(join(tmpdir(), 'pakke-tree-shake-'));
let failed = 0;
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'pakke-elements'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const [i, c] of CASES.entries()) {
    const entry = join(dir, `entry-${i}.js`);
    writeFileSync(entry, c.code + '\n');
    const out = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, target: 'es2022', rolldownOptions: { input: entry }, modulePreload: false },
    });
    const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : [])).filter((f) => f.type === 'chunk');
    const js = chunks.map((f) => (f.type === 'chunk' ? f.code : '')).join('\n');
    const gz = gzipSync(js, { level: 9 }).length;
    const problems: string[] = [];
    if (gz > c.maxGzip) problems.push(`${gz} B gzip > ${c.maxGzip}`);
    if (LIT.test(js) !== c.lit) problems.push(c.lit ? 'Lit missing' : 'Lit pulled in');
    if (ZOD.test(js) !== c.zod) problems.push(c.zod ? 'zod missing' : 'zod pulled in');
    if (c.define !== undefined && /customElements/.test(js) !== c.define) problems.push('customElements.define dropped');
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${String(gz).padStart(6)} B gzip  ${c.code.split(';')[0]}${problems.length ? '  — ' + problems.join(', ') : ''}`);
    if (problems.length) failed++;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error(`${failed} import(s) not tree-shaken as expected`);
  process.exit(1);
}
