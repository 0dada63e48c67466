/**
 * Size budgets: prints raw / gzip / brotli sizes of every built entry and fails when one is over
 * its budget. An entry's size includes every chunk it imports statically (what a page must
 * download before the element works); translation chunks, loaded only for a non-Danish page,
 * are listed on their own.
 *
 *   tsx scripts/size.ts            (after npm run build)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Budgets in bytes of gzip. */
export const BUDGETS: Record<string, number> = {
  'cdn/pakke-elements.js': 40 * 1024,
  'cdn/pakke-pathway.js': 25 * 1024,
  'cdn/pakke-decision-aid.js': 25 * 1024,
  'cdn/pakke-needs-assessment.js': 25 * 1024,
};

const DIST = 'dist';

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static `import … from "./x.js"` and bare `import "./x.js"` (not `import("./x.js")`).
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticImports(join(dirname(file), m[1]!), seen);
  }
  return seen;
}

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
  const line = (name: string, s: ReturnType<typeof sizes>, budget?: number) => {
    const over = budget !== undefined && s.gzip > budget;
    if (over) failed++;
    rows.push(`| ${name.padEnd(44)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${budget ? kb(budget) : '     —   '} | ${budget === undefined ? '' : over ? 'OVER' : 'ok'} |`);
  };
  rows.push('| file (with its static imports) | raw | gzip | brotli | budget (gzip) | |', '|---|---:|---:|---:|---:|---|');
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const file = join(DIST, name);
    if (!existsSync(file)) {
      console.error(`${file} is missing`);
      failed++;
      continue;
    }
    line(name, sizes(staticImports(file)), budget);
  }
  const chunkDir = join(DIST, 'cdn', 'chunks');
  if (existsSync(chunkDir)) {
    for (const f of readdirSync(chunkDir).filter((n) => n.startsWith('pakke-elements-')).sort()) {
      line(`cdn/chunks/${basename(f)} (lazy)`, sizes([join(chunkDir, f)]));
    }
  }
  console.log(rows.join('\n'));
  if (failed) console.error(`\n${failed} file(s) over budget or missing`);
  return failed ? 1 : 0;
}

process.exit(main());
