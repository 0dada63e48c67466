/**
 * Size budgets: prints raw / gzip / brotli sizes of every built entry and fails when one is over
 * its budget. An entry's size is its critical path: the file and every chunk it imports
 * statically (what a page with pinned content must download before the element works; issue 19).
 * The checker (zod and the kind schemas, loaded by dynamic import only for unpinned content:
 * plain `src`, the `bundle` property, inline JSON without `integrity`) is reported on its own line
 * under each entry, with what it adds to that entry; translation chunks (loaded only for a
 * non-Danish page), overlay and catalogue code are listed as lazy chunks.
 *
 *   tsx scripts/size.ts              (after npm run build) fails over the issue-8 budgets
 *   tsx scripts/size.ts --ceilings   fails over the recorded ceilings instead (what CI runs)
 *
 * The budgets are the targets of issue 8 and are not met yet (docs/performance.md says where
 * the bytes go). The ceilings are the sizes last measured plus 1 %, so CI stops any growth while
 * the budgets are out of reach; lower them whenever an entry shrinks (`--write-ceilings` prints
 * the current sizes as a CEILINGS table to paste here).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Budgets in bytes of gzip: the critical path of the README's embed with pinned content (issue 19). */
export const BUDGETS: Record<string, number> = {
  'cdn/pakke-elements.js': 45 * 1024,
  'cdn/pakke-pathway.js': 25 * 1024,
  'cdn/pakke-decision-aid.js': 25 * 1024,
  'cdn/pakke-needs-assessment.js': 25 * 1024,
};

/** Gzip bytes CI allows: measured on the date given, plus 1 %. */
export const CEILINGS: Record<string, number> = {
  // Measured 2026-12-02 + 1 %, after the lazy checker (issue 19): zod and the kind schemas left
  // the critical path (a dynamic import, fetched only for unpinned content), and the all-in-one
  // CDN file no longer exports the schema factories (src/cdn.ts). Each entry shrank by 10-18 KB
  // gzip. What remains over the budgets: Lit, @lit-labs/ssr-client's hydration support (in every
  // entry until the second stop of 2026-12-03), the localization runtime, rich text and the elements themselves. FHIR Questionnaire in
  // (issue 18) adds ~0.8 KB to the needs-assessment entry (detection, asynchronous parse hook,
  // response builder for imported forms); its converter is a lazy chunk. Decision aid 2.0
  // (issue 17: statements without a picture, comparator reasons, step files) adds ~0.5 KB.
  // 2026-12-03 (issue 18): number questions and dates as day/month/year fields (+1.9 KB gzip to
  // the needs-assessment entry; dates are in most example forms, so a lazy chunk would cost them a
  // request), follow-ups and flags with the answer that raised them and services once (+0.6 KB).
  // Calculated values (issue 18: the kind, its controller, recalculation in the form state;
  // +0.8 KB gzip). fhirpath.js itself (221 KB gzip) is a lazy chunk that only forms with a
  // calculated item load.
  // Shared element behaviour as reactive controllers and modules (locale, notices, error box,
  // footer: +0.3–0.4 KB gzip per entry, the cost of the indirection).
  // 2026-12-03, second stop: the hydration code (`@lit-labs/ssr-client`) loads only when a
  // pre-rendered element starts (base/hydrate.ts): −1.5 to −1.8 KB gzip per entry; what a page
  // without JavaScript shows (renderWithoutScript, the no-JS styles) +0.2–0.3 KB.
  'cdn/pakke-elements.js': 60266,
  'cdn/pakke-pathway.js': 30849,
  'cdn/pakke-decision-aid.js': 35235,
  'cdn/pakke-needs-assessment.js': 37390,
};

const DIST = 'dist';
const USE_CEILINGS = process.argv.includes('--ceilings');
const WRITE_CEILINGS = process.argv.includes('--write-ceilings');

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static `import … from "./x.js"` and bare `import "./x.js"` (not `import("./x.js")`).
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    staticImports(join(dirname(file), m[1]!), seen);
  }
  return seen;
}

/** Chunk files `file` loads with `import("./x.js")` (the lazy ones). */
function dynamicImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => join(dirname(file), m[1]!));
}

/** The checker chunks of an entry: its lazy chunks named after a bundle kind (the kind schema modules). */
const CHECKER_CHUNK = /-(pathway|decision-aid|needs-assessment)-[\w-]{8}\.js$/;

function sizes(files: Iterable<string>) {
  const buf = Buffer.concat([...files].map((f) => readFileSync(f)));
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6) + ' KB';

function main(): number {
  if (!existsSync(join(DIST, 'cdn'))) {
    console.error('dist/cdn is missing: run npm run build first');
    return 1;
  }
  const rows: string[] = [];
  let failed = 0;
  const measured: Record<string, number> = {};
  const line = (name: string, s: ReturnType<typeof sizes>, budget?: number) => {
    const ceiling = CEILINGS[name];
    const over = budget !== undefined && s.gzip > budget;
    const overCeiling = ceiling !== undefined && s.gzip > ceiling;
    if (USE_CEILINGS ? overCeiling : over) failed++;
    if (budget !== undefined) measured[name] = s.gzip;
    const verdict = budget === undefined ? '' : `${over ? 'OVER' : 'ok'}${overCeiling ? ', above ceiling' : ''}`;
    rows.push(`| ${name.padEnd(44)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${budget ? kb(budget) : '     —   '} | ${ceiling ? kb(ceiling) : '     —   '} | ${verdict} |`);
  };
  rows.push('| file (with its static imports) | raw | gzip | brotli | budget (gzip) | CI ceiling (gzip) | |', '|---|---:|---:|---:|---:|---:|---|');
  const counted = new Set<string>();
  const checkerFiles = new Set<string>();
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const file = join(DIST, name);
    if (!existsSync(file)) {
      console.error(`${file} is missing`);
      failed++;
      continue;
    }
    const files = staticImports(file);
    for (const f of files) counted.add(f);
    line(name, sizes(files), budget);
    // The lazy checker: every kind-schema chunk the entry (or its static chunks) imports dynamically, with their static imports, minus what the entry already has.
    const checker = new Set<string>();
    const entry = basename(name, '.js');
    const isChecker = (chunk: string) => basename(chunk).startsWith(`${entry}-`) && CHECKER_CHUNK.test(basename(chunk).slice(entry.length));
    for (const f of files) for (const d of dynamicImports(f)) if (isChecker(d)) for (const c of staticImports(d)) if (!files.has(c)) checker.add(c);
    for (const c of checker) checkerFiles.add(c);
    if (checker.size) line(`  + lazy checker of ${name.replace('cdn/', '')} (${checker.size} chunk${checker.size === 1 ? '' : 's'})`, sizes(checker));
  }
  const chunkDir = join(DIST, 'cdn', 'chunks');
  if (existsSync(chunkDir)) {
    for (const f of readdirSync(chunkDir).filter((n) => n.startsWith('pakke-elements-')).sort()) {
      const path = join(chunkDir, f);
      // A chunk the entry imports statically is part of its size above; the others load only when needed.
      line(`cdn/chunks/${basename(f)} (${counted.has(path) ? 'static, counted above' : checkerFiles.has(path) ? 'lazy, checker' : 'lazy'})`, sizes([path]));
    }
  }
  console.log(rows.join('\n'));
  if (WRITE_CEILINGS) {
    console.log(`\n// measured ${new Date().toISOString().slice(0, 10)}, + 1 %`);
    for (const [name, gz] of Object.entries(measured)) console.log(`  '${name}': ${Math.ceil(gz * 1.01)},`);
  }
  if (failed) console.error(`\n${failed} file(s) ${USE_CEILINGS ? 'above their CI ceiling' : 'over budget'} or missing`);
  return failed ? 1 : 0;
}

process.exit(main());
