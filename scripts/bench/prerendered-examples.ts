/**
 * The pre-rendered page for every example bundle (issue 19: "no long task over 50 ms during the
 * cold load of any example bundle on the pre-rendered page"): each catalogue bundle's newest
 * version rendered by `pakke-elements/ssr` (dist/ssr, the bundle inline and pinned) into a page
 * with the README's all-in-one script, loaded cold in headless Chromium. Per load: when the
 * element is hydrated (`pakke-ready`), the longest task and the Total Blocking Time before then.
 * Writes bench/results/prerendered-examples.json and .md.
 *
 *   npm run build && tsx scripts/bench/prerendered-examples.ts [--runs 5]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { bodiesRoute, launchChromium, longTasks, serve } from '../browser.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;

interface Catalogue {
  bundles: { id: string; kind: string; defaultLocale: string; versions: { version: string; path: string; locales: string[] }[] }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function page(fragment: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>pre-rendered example</title>
<script type="module" src="/dist/cdn/pakke-elements.js"></script></head><body><main>${fragment}</main>
<script>
window.__ready = new Promise((resolve, reject) => {
  document.addEventListener('pakke-ready', () => resolve(performance.now()), { once: true });
  document.addEventListener('pakke-error', (e) => reject(new Error('pakke-error ' + e.detail.code + ': ' + e.detail.message)), { once: true });
});
</script></body></html>`;
}

async function oneRun(browser: Browser, url: string): Promise<{ ready: number; longest: number; tbt: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`console ${m.type()}: ${m.text()}`));
  await p.goto(url);
  const ready = await p.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready);
  const tasks = await longTasks(p);
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  const before = tasks.filter(([start]) => start < ready);
  return { ready, longest: Math.max(0, ...before.map(([, d]) => d)), tbt: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0) };
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg();
  const built = '../../dist/ssr/index.js';
  const { renderElement } = (await import(built)) as typeof import('../../src/ssr/index.js');
  const catalogue = JSON.parse(readFileSync('content/index.json', 'utf8')) as Catalogue;
  const bodies: Record<string, [string, string]> = { '/favicon.ico': ['image/x-icon', ''] };
  const cases: { label: string; url: string }[] = [];
  for (const b of catalogue.bundles) {
    const v = b.versions[0]!; // newest first
    const json = readFileSync(`content/${v.path}`, 'utf8');
    const lang = b.defaultLocale;
    const fragment = renderElement({ bundle: json, lang, uiLocale: lang, ...(b.kind === 'pathway' ? { startDate: '2026-03-02' } : {}) });
    const path = `/bench/examples/${b.id}.html`;
    bodies[path] = ['text/html; charset=utf-8', page(fragment)];
    cases.push({ label: `${b.kind}/${b.id} ${v.version} (${lang})`, url: path });
  }
  const { server, origin } = await serve('.', ['dist'], [bodiesRoute(bodies)]);
  const browser = await launchChromium();
  const version = browser.version();
  const rows: { label: string; ready: number[]; longest: number[]; tbt: number[] }[] = cases.map((c) => ({ label: c.label, ready: [], longest: [], tbt: [] }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, c] of cases.entries()) {
        const r = await oneRun(browser, origin + c.url);
        rows[i]!.ready.push(r.ready);
        rows[i]!.longest.push(r.longest);
        rows[i]!.tbt.push(r.tbt);
      }
      console.log(`run ${run + 1}/${RUNS} done`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const end = loadavg();
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const cell = (xs: number[]) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
  const md = [
    `Pre-rendered example bundles (issue 19), ${new Date(started).toISOString().slice(0, 16)}Z: ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}, load average ${load.map((x) => x.toFixed(1)).join(' / ')} at the start and ${end.map((x) => x.toFixed(1)).join(' / ')} at the end, headless Chromium ${version}, ${RUNS} cold loads each, median (min–max).`,
    '',
    'Each bundle pre-rendered by `pakke-elements/ssr` (inline, pinned) in a page with `dist/cdn/pakke-elements.js`; "hydrated" is `pakke-ready`; long tasks are those over 50 ms that start before it.',
    '',
    '| example bundle | hydrated (ms) | longest task before it (ms) | Total Blocking Time (ms) |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${cell(r.ready)} | ${cell(r.longest)} | ${cell(r.tbt)} |`),
    '',
    `Whole bench: ${Math.round((Date.now() - started) / 1000)} s.`,
  ];
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/prerendered-examples.md', md.join('\n') + '\n');
  writeFileSync('bench/results/prerendered-examples.json', JSON.stringify({ started: new Date(started).toISOString(), load: { start: load, end }, chromium: version, runs: RUNS, rows }, null, 2) + '\n');
  console.log(md.join('\n'));
}

await main();
