/**
 * The cold-load bench of issue 19, in one run: the static-HTML floor, SurveyJS, <pakke-needs-
 * assessment> client-only (plain `src`, unpinned: the checker loads; and `src` + `integrity`,
 * the README's pinned embed) and the pre-rendered page (`pakke-prerendered`: `pakke-elements/ssr`
 * output, hydrated; and `pakke-fhir`: the same form served as a FHIR R4 Questionnaire), on the
 * same generated 40- and 200-item forms, in headless Chromium.
 * Per cold load: last input in the DOM, hydrated/interactive, Total Blocking Time (the part of
 * every long task over 50 ms that starts before the page is interactive), bytes received before
 * it is interactive (gzip -6 equivalent; the local server does not compress), and the JS heap
 * after GC. Writes bench/results/prerendered.json and .md.
 *
 *   npm run build && tsx scripts/bench/prerendered.ts [--runs 5] [--sizes 40,200]
 *
 * Uses dist/cdn (the browser files) and dist/ssr (the server renderer, whose templates are
 * minified like the browser files', so its HTML hydrates in place).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bodiesRoute, heapAfterGc, launchChromium, longTasks, serve } from '../browser.js';
import { benchItems, pakkeBundle, staticHtml, surveyJson } from './generate.js';
import { toFhirQuestionnaire } from '../../src/needs-assessment/fhir.js';
import type { NeedsAssessmentBundle } from '../../src/bundle/kinds/needs-assessment.js';
import { announced, pakkePage, prerenderedPage, STATIC_CSS, staticPage, surveyPage } from './pages.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const RUNS = Number(opt('runs', '5'));
const SIZES = opt('sizes', '40,200').split(',').map(Number);

const PAGES = ['static', 'surveyjs', 'pakke', 'pakke-pinned', 'pakke-prerendered', 'pakke-fhir'] as const;
type PageName = (typeof PAGES)[number];
const METRICS = ['cold', 'interactive', 'tbt', 'longest', 'bytesGzip', 'heap'] as const;
type Metric = (typeof METRICS)[number];
const LABELS: Record<Metric, string> = {
  cold: 'last input in the DOM (ms)',
  interactive: 'hydrated / interactive (ms)',
  tbt: 'Total Blocking Time before interactive (ms)',
  longest: 'longest task before interactive (ms)',
  bytesGzip: 'bytes received before interactive (KB, gzip -6)',
  heap: 'JS heap after GC (MB)',
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function oneRun(browser: Browser, origin: string, name: PageName, n: number): Promise<Record<Metric, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  const gz = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on('response', (r) => {
    bodies.push(r.body().then((b) => void gz.set(r.url(), gzipSync(b, { level: 6 }).length), () => undefined));
  });
  const ready = announced<{ cold: number; interactive?: number }>(page, 'ready', 120_000);
  await page.goto(`${origin}/bench/${name}.html?n=${n}`);
  const r = await ready;
  const interactive = r.interactive ?? r.cold;
  const tasks = await longTasks(page);
  const before = tasks.filter(([start]) => start < interactive);
  const received = await page.evaluate(
    (until) => [location.href, ...performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseEnd <= until).map((e) => e.name)],
    interactive,
  );
  await Promise.all(bodies);
  const heap = await heapAfterGc(page);
  await context.close();
  if (errors.length) throw new Error(`${name} n=${n}: ${errors.join('; ')}`);
  return {
    cold: r.cold,
    interactive,
    tbt: before.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...before.map(([, d]) => d)),
    bytesGzip: received.reduce((sum, url) => sum + (gz.get(url) ?? 0), 0),
    heap,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg();
  const built = '../../dist/ssr/index.js'; // the built renderer (minified templates, as dist/cdn's)
  const { renderElement } = (await import(built)) as typeof import('../../src/ssr/index.js');
  mkdirSync('bench/results', { recursive: true });
  const HTML = 'text/html; charset=utf-8';
  const JSON_TYPE = 'application/json; charset=utf-8';
  const bodies: Record<string, [string, string]> = {
    '/bench/pakke.html': [HTML, pakkePage()],
    '/bench/pakke-fhir.html': [HTML, pakkePage(undefined, undefined, undefined, 'fhir')],
    '/bench/surveyjs.html': [HTML, surveyPage()],
    '/bench/static.html': [HTML, staticPage()],
    '/bench/static.css': ['text/css; charset=utf-8', STATIC_CSS],
    '/favicon.ico': ['image/x-icon', ''],
  };
  const perN: Record<string, Record<string, string>> = {};
  for (const n of SIZES) {
    const items = benchItems(n);
    const bundle = pakkeBundle(items);
    const json = JSON.stringify(bundle);
    bodies[`/bench/data/pakke-${n}.json`] = [JSON_TYPE, json];
    // The same form as a FHIR R4 Questionnaire (the export), as a hospital would serve it.
    bodies[`/bench/data/fhir-${n}.json`] = [JSON_TYPE, JSON.stringify(toFhirQuestionnaire(bundle as unknown as NeedsAssessmentBundle, 'da'))];
    bodies[`/bench/data/survey-${n}.json`] = [JSON_TYPE, JSON.stringify(surveyJson(items))];
    bodies[`/bench/data/static-${n}.html`] = [HTML, staticHtml(items)];
    bodies[`/bench/data/items-${n}.json`] = [JSON_TYPE, JSON.stringify(items)];
    // renderElement checks the bundle with the schema (it throws on an invalid one).
    const fragment = renderElement({ bundle: json, lang: 'da', uiLocale: 'da', layout: 'single-page' });
    perN[n] = {
      'pakke-pinned': pakkePage(undefined, undefined, `sha384-${createHash('sha384').update(json).digest('base64')}`),
      'pakke-prerendered': prerenderedPage(fragment, n),
    };
  }
  const perRequest = (url: URL): [string, string] | undefined => {
    const m = /^\/bench\/(pakke-pinned|pakke-prerendered)\.html$/.exec(url.pathname);
    const body = m ? perN[url.searchParams.get('n') ?? '']?.[m[1]!] : undefined;
    return body ? [HTML, body] : undefined;
  };
  const { server, origin } = await serve('.', ['dist', 'content', 'node_modules'], [bodiesRoute(bodies, perRequest)]);
  const browser = await launchChromium();
  const version = browser.version();
  const raw: Record<string, Record<PageName, Record<Metric, number>[]>> = {};
  try {
    for (const n of SIZES) {
      raw[n] = Object.fromEntries(PAGES.map((p) => [p, []])) as unknown as Record<PageName, Record<Metric, number>[]>;
      for (let run = 0; run < RUNS; run++) {
        const order = PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]!);
        for (const name of order) raw[n]![name].push(await oneRun(browser, origin, name, n));
        console.log(`n=${n} run ${run + 1}/${RUNS}: ${PAGES.map((p) => `${p} ${raw[n]![p].at(-1)!.cold.toFixed(0)}/${raw[n]![p].at(-1)!.interactive.toFixed(0)}`).join(', ')} ms (in DOM/interactive)`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const scale = (m: Metric, x: number) => (m === 'heap' ? x / 1048576 : m === 'bytesGzip' ? x / 1024 : x);
  const fmt = (m: Metric, x: number) => {
    const v = scale(m, x);
    return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  };
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, loadavgAtStart: load.map((x) => +x.toFixed(1)), loadavgAtEnd: loadavg().map((x) => +x.toFixed(1)), node: process.version, chromium: version, date: new Date().toISOString(), runs: RUNS };
  const md: string[] = [
    `Cold-load bench (issue 19) of ${machine.date.slice(0, 16)}Z: ${machine.cpus} × ${machine.cpu}, load average ${machine.loadavgAtStart.join(' / ')} at the start and ${machine.loadavgAtEnd.join(' / ')} at the end (1/5/15 min; the machine was shared), Node ${machine.node}, headless Chromium ${version}, ${RUNS} runs per page, median (min–max); × = median ÷ the floor's median of the same metric.`,
    '',
    'Pages: `static` the floor (fetches the form as HTML and inserts it), `surveyjs` SurveyJS 2.5.38, `pakke` `<pakke-needs-assessment src>` (unpinned: the checker loads), `pakke-pinned` `src` + `integrity` (the README\'s embed), `pakke-prerendered` the `pakke-elements/ssr` HTML with the bundle inline and pinned, hydrated by dist/cdn/pakke-needs-assessment.js, `pakke-fhir` the same form served as a FHIR R4 Questionnaire (`src`; the element loads its converter and reads it).',
    '',
  ];
  for (const n of SIZES) {
    md.push(`### ${n} items`, '', `| metric | ${PAGES.join(' | ')} |`, `|---|${PAGES.map(() => '---:').join('|')}|`);
    for (const m of METRICS) {
      const floor = median(raw[n]!.static.map((r) => r[m]));
      const cells = PAGES.map((p) => {
        const xs = raw[n]![p].map((r) => r[m]);
        const med = median(xs);
        const ratio = m === 'tbt' || m === 'longest' || p === 'static' || floor === 0 ? '' : ` ${(med / floor).toFixed(2)}×`;
        return `${fmt(m, med)} (${fmt(m, Math.min(...xs))}–${fmt(m, Math.max(...xs))})${ratio}`;
      });
      md.push(`| ${LABELS[m]} | ${cells.join(' | ')} |`);
    }
    md.push('');
  }
  md.push(`Whole bench: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  writeFileSync('bench/results/prerendered.json', JSON.stringify({ machine, raw }, null, 2) + '\n');
  writeFileSync('bench/results/prerendered.md', md.join('\n') + '\n');
  console.log('\n' + md.join('\n'));
}

await main();
