/**
 * Where the time and the bytes go, for the benchmark's misses. Not part of `npm run bench`.
 *
 *   tsx scripts/bench/profile.ts [n] [--bytes]     (n = items, default 200; --bytes: sizes only)
 *   tsx scripts/bench/profile.ts [n] --trace       (main-thread tasks of the real CDN file's cold load)
 *   tsx scripts/bench/profile.ts [n] --heap        (what the JS heap holds after the cold load, pakke vs floor)
 *
 * 1. Bytes: bundles src/needs-assessment/index.ts and src/index.ts minified with esbuild and
 *    prints each module's share of the output (metafile), grouped by package.
 * 2. Time: bundles src/index.ts unminified (names kept) and runs, under the CDP sampling profiler
 *    (100 µs), the cold load and the answering of the benchmark's n-item pakke page, and the first
 *    render of the largest pathway and decision aid. Prints the top functions by self and by total
 *    time, with the source module each lives in.
 * 3. `--trace`: a Chrome trace (devtools.timeline, v8) of three cold loads of the benchmark's pakke
 *    page with the built `dist/cdn/pakke-needs-assessment.js` (run `npm run build` first), as the
 *    renderer main thread's tasks in order: when each starts after navigation, how long it takes and
 *    what it spends the time on (module evaluation, timers, microtasks, layout, GC).
 * 4. `--heap`: after the cold load and two forced GCs, the JS heap (`Runtime.getHeapUsage`, the
 *    benchmark's figure) of the pakke page with the built CDN file and of the static floor, and a
 *    heap snapshot of each by V8 node type (code, objects, strings …) and by the largest kinds of
 *    node, so the two can be compared line by line. Blink's own (native) objects are left out:
 *    they are not in the JS heap figure.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { bodiesRoute, heapAfterGc, launchChromium, serve } from '../browser.js';
import { benchItems, pakkeBundle, staticHtml } from './generate.js';
import { announced, firstRenderPage, pakkePage, STATIC_CSS, staticPage } from './pages.js';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
const BYTES_ONLY = process.argv.includes('--bytes');
const TRACE = process.argv.includes('--trace');
const HEAP = process.argv.includes('--heap');
const common = { bundle: true, format: 'esm' as const, target: 'es2022', tsconfig: 'tsconfig.json', write: false, metafile: true, logLevel: 'error' as const };

async function bytes(entry: string): Promise<void> {
  // Split like the CDN build, so lazily imported translations are not counted in the entry.
  const r = await build({ ...common, entryPoints: [entry], minify: true, splitting: true, outdir: 'out' });
  const outputs = r.metafile!.outputs;
  const entryOut = Object.keys(outputs).find((k) => outputs[k]!.entryPoint)!;
  const reach = new Set<string>();
  const walk = (o: string) => {
    if (reach.has(o)) return;
    reach.add(o);
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(entryOut);
  const text = Buffer.concat(r.outputFiles!.filter((f) => [...reach].some((o) => f.path.endsWith(o))).map((f) => Buffer.from(f.contents)));
  const groups = new Map<string, number>();
  const inputs: [string, number][] = [];
  for (const o of reach) {
    for (const [path, { bytesInOutput }] of Object.entries(outputs[o]!.inputs)) {
      inputs.push([path, bytesInOutput]);
      const key = path.includes('node_modules/')
        ? path.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
        : path.replace(/^src\/([^/]+)\/.*$/, 'src/$1/');
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
  }
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`\n## ${entry} (static imports only): esbuild minified ${(text.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB; share of the minified bytes (gzip ≈ same share):`);
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${k.padEnd(36)} ${(v / 1024).toFixed(1).padStart(6)} KB  ${((100 * v) / text.length).toFixed(0).padStart(3)} %  ≈ ${((gz * v) / text.length / 1024).toFixed(1)} KB gzip`);
  console.log('  largest modules:');
  for (const [k, v] of inputs.sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${k.padEnd(60)} ${(v / 1024).toFixed(1).padStart(6)} KB`);
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function report(title: string, profile: Profile, moduleAt: (line: number) => string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Node) => {
    const f = n.callFrame;
    const where = f.url.endsWith('/profile/elements.js') ? `${moduleAt(f.lineNumber)} @${f.lineNumber + 1}` : f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'}  [${where}]`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const mods = new Map<string, number>();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (['(idle)', '(program)'].includes(node.callFrame.functionName)) return;
    sum += dt;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    if (node.callFrame.url.endsWith('/profile/elements.js')) {
      const m = moduleAt(node.callFrame.lineNumber);
      mods.set(m, (mods.get(m) ?? 0) + dt);
    } else mods.set(node.callFrame.url ? 'other script' : node.callFrame.functionName, (mods.get(node.callFrame.url ? 'other script' : node.callFrame.functionName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, ms]) => `    ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  console.log(`\n## ${title}: ${sum.toFixed(0)} ms busy (sampled)`);
  console.log('  self time by module:\n' + top(mods, 10));
  console.log('  self time by function:\n' + top(self, 15));
  console.log('  total (inclusive) time by function:\n' + top(total, 25));
}

async function profiled<T>(page: Page, cdp: CDPSession, fn: () => Promise<T>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Live heap (after GC) by allocating module and function, from the sampling heap profiler. */
function heapReport(title: string, head: HeapNode, moduleAt: (line: number) => string): void {
  const mods = new Map<string, number>();
  const fns = new Map<string, number>();
  let sum = 0;
  const walk = (n: HeapNode, stack: string[]) => {
    const f = n.callFrame;
    const mod = f.url.endsWith('/profile/elements.js') ? moduleAt(f.lineNumber) : f.url ? f.url.replace(/^.*\//, '') : f.functionName;
    const here = [...stack, `${f.functionName || '(anonymous)'} [${mod}]`];
    if (n.selfSize) {
      sum += n.selfSize;
      mods.set(mod, (mods.get(mod) ?? 0) + n.selfSize);
      // Attribute to the innermost frame of our own code (or the library frame if none).
      const own = [...here].reverse().find((x) => x.includes('[src/')) ?? here.at(-1)!;
      fns.set(own, (fns.get(own) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here);
  };
  walk(head, []);
  const top = (m: Map<string, number>, k: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, b]) => `    ${(b / 1024).toFixed(0).padStart(7)} KB  ${name}`).join('\n');
  console.log(`\n## ${title}: ${(sum / 1048576).toFixed(2)} MB live in samples`);
  console.log('  by allocating module:\n' + top(mods, 12));
  console.log('  by innermost src/ function on the allocation stack:\n' + top(fns, 15));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** Serves `folders` plus the benchmark's n-item data and the given pages (path → [type, body]). */
function serveWith(folders: string[], pages: Record<string, [string, string]>) {
  const body: Record<string, [string, string]> = {
    ...pages,
    [`/bench/data/pakke-${N}.json`]: ['application/json', JSON.stringify(pakkeBundle(benchItems(N)))],
    [`/bench/data/items-${N}.json`]: ['application/json', JSON.stringify(benchItems(N))],
    [`/bench/data/static-${N}.html`]: ['text/html', staticHtml(benchItems(N))],
    '/bench/static.css': ['text/css', STATIC_CSS],
  };
  return serve('.', folders, [bodiesRoute(body)]);
}

/** Main-thread tasks of cold loads of the real CDN file, from a Chrome trace. */
async function trace(): Promise<void> {
  const { server, origin } = await serveWith(['dist'], { '/trace/pakke.html': ['text/html', pakkePage('/dist/cdn/pakke-needs-assessment.js')] });
  const browser = await launchChromium();
  const TASKS = ['RunTask', 'ThreadControllerImpl::RunTask'];
  try {
    for (let run = 1; run <= 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] });
      const announcedReady = announced<{ cold: number; phases: unknown }>(page);
      await page.goto(`${origin}/trace/pakke.html?n=${N}`);
      const ready = await announcedReady;
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'))!;
      const start = (events.find((e) => e.pid === main.pid && e.name === 'navigationStart') ?? events[0]!).ts;
      const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      console.log(`\n## trace ${run}, ${N} items: last input in the DOM at ${ready.cold.toFixed(0)} ms; ${JSON.stringify(ready.phases)}`);
      for (const e of events.filter((x) => x.pid === main.pid && ['ResourceSendRequest', 'ResourceFinish'].includes(x.name) && x.args?.data?.url?.match(/\/(dist|bench)\//)))
        console.log(`  @${((e.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${e.name} ${e.args!.data!.url!.replace(/^.*\//, '')}`);
      for (const t of onMain.filter((e) => TASKS.includes(e.name) && (e.dur ?? 0) > 1500)) {
        const inside = onMain
          .filter((e) => !TASKS.includes(e.name) && (e.dur ?? 0) > 800 && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)
          .sort((a, b) => a.ts - b.ts)
          .slice(0, 8)
          .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.name === 'EvaluateScript' ? `(${e.args?.data?.url || 'no url'})` : ''} ${(e.dur! / 1000).toFixed(1)}`);
        console.log(`  @${((t.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${(t.dur! / 1000).toFixed(1).padStart(6)} ms  ${inside.join(' | ')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** The JS heap of the pakke page (built CDN file) and of the static floor after a cold load. */
async function heap(): Promise<void> {
  const { server, origin } = await serveWith(['dist'], {
    '/heap/pakke.html': ['text/html', pakkePage('/dist/cdn/pakke-needs-assessment.js')],
    '/heap/static.html': ['text/html', staticPage()],
  });
  const browser = await launchChromium();
  try {
    for (const name of ['static', 'pakke']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const ready = announced(page);
      await page.goto(`${origin}/heap/${name}.html?n=${N}`);
      await ready;
      await page.waitForTimeout(100);
      const usedSize = await heapAfterGc(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      const chunks: string[] = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const snap = JSON.parse(chunks.join('')) as Snapshot;
      const fields = snap.snapshot.meta.node_fields;
      const types = snap.snapshot.meta.node_types[0];
      const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
      const byType = new Map<string, number>();
      const byKind = new Map<string, [number, number]>();
      for (let i = 0; i < snap.nodes.length; i += fields.length) {
        const type = types[snap.nodes[i + iType]!]!;
        if (type === 'native' || type === 'synthetic') continue;
        const size = snap.nodes[i + iSize]!;
        byType.set(type, (byType.get(type) ?? 0) + size);
        const kind = `${type}: ${snap.strings[snap.nodes[i + iName]!]!.slice(0, 50).replace(/\s+/g, ' ')}`;
        const k = byKind.get(kind) ?? [0, 0];
        k[0] += size;
        k[1]++;
        byKind.set(kind, k);
      }
      const kb = (b: number) => `${(b / 1024).toFixed(1).padStart(7)} KB`;
      console.log(`\n## ${name}, ${N} items: JS heap ${(usedSize / 1048576).toFixed(2)} MB after GC; snapshot by node type:`);
      for (const [t, b] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(22)} ${kb(b)}`);
      console.log('  largest kinds of node (minified names are the built file\'s):');
      for (const [k, [b, c]] of [...byKind].sort((a, b) => b[1][0] - a[1][0]).slice(0, Number(process.env.HEAP_TOP ?? 25))) console.log(`    ${k.padEnd(64)} ${kb(b)} × ${c}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  if (TRACE) return trace();
  if (HEAP) return heap();
  await bytes('src/needs-assessment/index.ts');
  await bytes('src/index.ts');
  if (BYTES_ONLY) return;

  const dev = await build({ ...common, entryPoints: ['src/index.ts'], minify: false, keepNames: true, outfile: 'elements.js' });
  const code = dev.outputFiles![0]!.text;
  // esbuild marks each module with a `// path` comment line: map line numbers to modules.
  const marks: [number, string][] = [];
  code.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) marks.push([i, m[1]!.replace(/^node_modules\//, '')]);
  });
  const moduleAt = (line: number) => {
    let lo = -1;
    for (const [i, [at]] of marks.entries()) if (at <= line) lo = i;
    // Above the first module: esbuild's lazy module wrappers (__esm/__init), i.e. module evaluation.
    return lo < 0 ? '(esbuild module init)' : marks[lo]![1];
  };

  const { server, origin } = await serveWith(['content'], {
    '/profile/elements.js': ['text/javascript', code],
    '/profile/pakke.html': ['text/html', pakkePage('/profile/elements.js')],
    '/profile/first.html': ['text/html', firstRenderPage('/profile/elements.js')],
  });
  const browser = await launchChromium();
  try {
    {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 512 });
      const cold = await profiled(page, cdp, async () => {
        const ready = announced(page);
        await page.goto(`${origin}/profile/pakke.html?n=${N}`);
        await ready;
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const { profile: heap } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
      heapReport(`pakke ${N} items: live heap after the cold load`, heap.head, moduleAt);
      report(`pakke ${N} items: cold load (unminified build)`, cold, moduleAt);
      const rerender = await profiled(page, cdp, () => page.evaluate(async () => {
        const b = (window as unknown as { __bench: { rerender(): Promise<number> } }).__bench;
        for (let i = 0; i < 4; i++) await b.rerender();
      }));
      report(`pakke ${N} items: 4 re-renders`, rerender, moduleAt);
      const answer = await profiled(page, cdp, () => page.evaluate(() => (window as unknown as { __bench: { answerAll(): Promise<unknown> } }).__bench.answerAll()));
      report(`pakke ${N} items: answering every item`, answer, moduleAt);
      await page.close();
    }
    for (const [tag, src] of [
      ['pakke-pathway', '/content/pathway/dk-breast-cancer/1.0.0.json'],
      ['pakke-decision-aid', '/content/decision-aid/metastatic-nsclc-first-line/1.0.0.json'],
    ] as const) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      let result: unknown;
      const prof = await profiled(page, cdp, async () => {
        const announcedResult = announced(page, 'result');
        await page.goto(`${origin}/profile/first.html?tag=${tag}&lang=da&src=${encodeURIComponent(src)}`);
        result = await announcedResult;
      });
      report(`${tag} ${src}: page load + first render from property ${JSON.stringify(result)}`, prof, moduleAt);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
