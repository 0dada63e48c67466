/**
 * The in-page harness of the benchmark: three pages (pakke, SurveyJS, static HTML) that each
 * fetch the same generated form, render it, and expose the same three operations on `window.__bench`:
 *   ready      Promise of { cold, coldLayout }: ms from navigation start to the last item's input
 *              in the DOM, and after a forced layout of it. Also announced on the console (see
 *              `announced`), so the runner needs no script in the page while it loads.
 *   rerender() ms to render the whole form again (see docs/performance.md for what each means).
 *   answerAll(n) ms spent answering every item by clicking (summed over items; each item = click or
 *              type, let the page react (microtasks + one task), force layout), plus producing the
 *              response; returns { ms, answered, bytes }.
 */

import type { Page } from 'playwright-core';

/** Shared helpers, inlined into every page. */
const COMMON = `
const yieldTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
const n = Number(new URLSearchParams(location.search).get('n'));
const last = 'q' + n;
function whenPresent(root, find) {
  const hit = find();
  if (hit) return Promise.resolve(hit);
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => { const h = find(); if (h) { mo.disconnect(); resolve(h); } });
    mo.observe(root, { childList: true, subtree: true });
  });
}
/** When each request finished (ms since navigation start), and when the page's data request started. */
function phases() {
  const out = {};
  for (const e of performance.getEntriesByType('resource')) {
    const key = e.name.includes('/bench/data/') && !e.name.includes('/items-') ? 'data' : e.initiatorType === 'script' || e.name.endsWith('.js') ? 'scripts' : null;
    if (!key) continue;
    out[key + 'Start'] = Math.min(out[key + 'Start'] ?? Infinity, e.startTime);
    out[key + 'End'] = Math.max(out[key + 'End'] ?? 0, e.responseEnd);
  }
  return out;
}
function setText(input, text) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  input.blur();
}
async function answerLoop(items, findInput, after) {
  let ms = 0;
  for (const it of items) {
    const t0 = performance.now();
    if (it.type === 'text') setText(findInput(it, null), 'Lidt svært at sove');
    else findInput(it, it.type === 'choice' ? 'c3' : '5').click();
    if (after) after(it);
    await yieldTask();
    document.body.offsetHeight;
    ms += performance.now() - t0;
  }
  return ms;
}
`;

/** Console prefixes under which the pages announce their results (see `announced`). */
const READY = 'bench:ready';
const RESULT = 'bench:result';

const PAGE = (head: string, body: string, script: string) => `<!doctype html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head>
<body><main id="main">${body}</main>
<script type="module">${COMMON}${script}
window.__bench.ready.then((r) => console.log('${READY} ' + JSON.stringify(r)));
</script></body></html>`;

/**
 * What a page announces on the console under `key` (its cold result, or the first-render
 * result), parsed. Waiting on a console message rather than polling with `waitForFunction`
 * keeps Playwright's injected scripts (20-80 ms of script evaluation on the page's main thread,
 * seen in Chrome traces) out of the measured load. Call it before `page.goto`.
 */
export function announced<T>(page: Page, key: 'ready' | 'result' = 'ready', timeout = 30_000): Promise<T> {
  const prefix = (key === 'ready' ? READY : RESULT) + ' ';
  const message = page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith(prefix), timeout })
    .then((m) => JSON.parse(m.text().slice(prefix.length)) as T);
  // A page that throws never announces anything: fail with its error, not after the timeout.
  const thrown = page.waitForEvent('pageerror', { timeout }).then(
    (e) => Promise.reject(new Error(`the page threw before announcing its ${key}: ${e.message}`)),
    () => new Promise<never>(() => undefined),
  );
  return Promise.race([message, thrown]);
}

/**
 * The pakke page. With `preloadItems`, the page also preloads its bundle the way the README tells
 * hosts to (`<link rel="preload" as="fetch" crossorigin>`), so it downloads alongside the script.
 * `data`: which form file it loads, `pakke` (the bundle) or `fhir` (the same form as a FHIR R4
 * Questionnaire, read by the element's converter).
 */
export function pakkePage(script = '/dist/cdn/pakke-needs-assessment.js', preloadItems?: number, integrity?: string, data: 'pakke' | 'fhir' = 'pakke'): string {
  const preload = preloadItems === undefined ? '' : `<link rel="preload" as="fetch" crossorigin href="/bench/data/pakke-${preloadItems}.json">`;
  return PAGE(
    `${preload}<script type="module" src="${script}"></script>`,
    `<div id="host"></div>`,
    `
const itemsP = fetch('/bench/data/items-' + n + '.json').then((r) => r.json());
const el = document.createElement('pakke-needs-assessment');
el.setAttribute('layout', 'single-page');
el.setAttribute('lang', 'da');
el.setAttribute('src', '/bench/data/${data}-' + n + '.json');
${integrity ? `el.setAttribute('integrity', ${JSON.stringify(integrity)});` : ''}
// Options are inputs inside their labels, found by value within the question (#q-<id>).
const find = () => el.renderRoot && el.renderRoot.querySelector('#q-' + last + ' input[value="c1"]');
const ready = new Promise((resolve) => {
  el.addEventListener('pakke-ready', () => {
    const cold = performance.now();
    const input = find();
    if (!input) throw new Error('last input missing at pakke-ready');
    input.getBoundingClientRect();
    resolve({ cold, coldLayout: performance.now(), phases: phases() });
  }, { once: true });
});
document.getElementById('host').append(el);
let data;
window.__bench = {
  ready,
  async rerender() {
    data ??= await (await fetch('/bench/data/pakke-' + n + '.json')).json();
    const copy = structuredClone(data);
    const t0 = performance.now();
    el.bundle = copy;
    await el.updateComplete;
    find().getBoundingClientRect();
    return performance.now() - t0;
  },
  async answerAll() {
    const items = await itemsP;
    const root = el.renderRoot;
    const ms = await answerLoop(items, (it, v) => root.querySelector(v === null ? '#i-' + it.id : '#q-' + it.id + ' input[value="' + v + '"]'));
    const t0 = performance.now();
    const answers = el.answers;
    const json = JSON.stringify({ answers, fhir: el.questionnaireResponse('completed') });
    return { ms: ms + performance.now() - t0, answered: Object.keys(answers).length, bytes: json.length };
  },
};
`,
  );
}

export function surveyPage(): string {
  return PAGE(
    `<link rel="stylesheet" href="/node_modules/survey-core/survey-core.fontless.min.css">
<script src="/node_modules/survey-core/survey.core.min.js"></script>
<script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>`,
    `<div id="host"></div>`,
    `
const host = document.getElementById('host');
const itemsP = fetch('/bench/data/items-' + n + '.json').then((r) => r.json());
const q = (name) => host.querySelector('[data-name="' + name + '"]');
const find = () => { const e = q(last); return e && e.querySelector('input'); };
const json = await (await fetch('/bench/data/survey-' + n + '.json')).json();
const model = new Survey.Model(json);
SurveyUI.renderSurvey(model, host);
const cold = await whenPresent(host, find).then(() => performance.now());
find().getBoundingClientRect();
const ready = Promise.resolve({ cold, coldLayout: performance.now(), phases: phases() });
window.__bench = {
  ready,
  async rerender() {
    const t0 = performance.now();
    SurveyUI.unmountComponentAtNode(host);
    SurveyUI.renderSurvey(model, host);
    await whenPresent(host, find);
    find().getBoundingClientRect();
    return performance.now() - t0;
  },
  async answerAll() {
    const items = await itemsP;
    const ms = await answerLoop(items, (it, v) => {
      const box = q(it.id);
      if (v === null) return box.querySelector('input');
      return box.querySelector('input[value="' + v + '"]');
    });
    const t0 = performance.now();
    const data = model.data;
    const out = JSON.stringify(data);
    return { ms: ms + performance.now() - t0, answered: Object.keys(data).length, bytes: out.length };
  },
};
`,
  );
}

export function staticPage(): string {
  return PAGE(
    `<link rel="stylesheet" href="/bench/static.css">`,
    `<div id="host"></div>`,
    `
const host = document.getElementById('host');
const itemsP = fetch('/bench/data/items-' + n + '.json').then((r) => r.json());
const markup = await (await fetch('/bench/data/static-' + n + '.html')).text();
host.innerHTML = markup;
const cold = performance.now();
const find = () => document.getElementById('i-' + last + '-c1');
find().getBoundingClientRect();
const ready = Promise.resolve({ cold, coldLayout: performance.now(), phases: phases() });
window.__bench = {
  ready,
  async rerender() {
    const t0 = performance.now();
    host.innerHTML = '';
    host.innerHTML = markup;
    find().getBoundingClientRect();
    return performance.now() - t0;
  },
  async answerAll() {
    const items = await itemsP;
    const ms = await answerLoop(
      items,
      (it, v) => document.getElementById(v === null ? 'i-' + it.id : 'i-' + it.id + '-' + v),
      (it) => { for (const d of host.querySelectorAll('[data-after="' + it.id + '"]')) d.hidden = false; },
    );
    const t0 = performance.now();
    const data = Object.fromEntries(new FormData(host.querySelector('form')));
    const out = JSON.stringify(data);
    return { ms: ms + performance.now() - t0, answered: Object.keys(data).length, bytes: out.length };
  },
};
`,
  );
}

/**
 * The pre-rendered page (`pakke-prerendered`): the element's first render in the HTML
 * (`pakke-elements/ssr`, declarative shadow DOM) with its bundle inline and pinned, hydrated by
 * the element's script. `cold` is when the parser has put the last input in the DOM (an inline
 * script right after the element), `interactive` when the element has hydrated (`pakke-ready`).
 */
export function prerenderedPage(fragment: string, n: number, script = '/dist/cdn/pakke-needs-assessment.js'): string {
  return PAGE(
    `<script type="module" src="${script}"></script>`,
    `${fragment}<script>
{
  const el = document.querySelector('pakke-needs-assessment');
  const input = el.shadowRoot && el.shadowRoot.querySelector('#q-q${n} input[value="c1"]');
  window.__prerendered = { cold: performance.now(), ok: !!input };
  if (input) input.getBoundingClientRect();
  window.__prerendered.coldLayout = performance.now();
  window.__hydrated = new Promise((resolve) => el.addEventListener('pakke-ready', () => resolve(performance.now()), { once: true }));
}
</script>`,
    `
const el = document.querySelector('pakke-needs-assessment');
const pre = window.__prerendered;
if (!pre.ok) throw new Error('last input missing from the pre-rendered HTML');
const ready = window.__hydrated.then((interactive) => ({ cold: pre.cold, coldLayout: pre.coldLayout, interactive, phases: phases() }));
window.__bench = { ready };
`,
  );
}

/** Minimal readable CSS for the floor (a hand-written page would have some). */
export const STATIC_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:1rem}.form{max-inline-size:40rem}
.item{border:0;margin:0 0 1.5rem;padding:0}legend,label{display:block}.option,.point{display:flex;gap:.5rem;align-items:center}
.point{display:inline-flex;margin-inline-end:.5rem}input[type=text]{inline-size:100%;font:inherit;padding:.4rem}`;

/** First render of a pathway or decision aid with its example bundle given as a property. */
export function firstRenderPage(script = '/dist/cdn/pakke-elements.js'): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>first render</title>
<script type="module" src="${script}"></script></head><body><main id="main"></main>
<script type="module">
const q = new URLSearchParams(location.search);
const tag = q.get('tag');
const data = await (await fetch(q.get('src'))).json();
await customElements.whenDefined(tag);
const el = document.createElement(tag);
el.setAttribute('lang', q.get('lang'));
if (tag === 'pakke-pathway') el.setAttribute('start-date', '2026-03-02');
document.getElementById('main').append(el);
await el.updateComplete;
if (q.get('warm')) {
  // What the first render would cost if the first Intl.DateTimeFormat of the page were made
  // before the bundle arrived (the same formats the elements use).
  for (const style of ['long', 'medium']) new Intl.DateTimeFormat(q.get('lang'), { dateStyle: style, timeZone: 'UTC' }).format(0);
  new Intl.DateTimeFormat(q.get('lang'), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);
}
const frame = () => new Promise((r) => requestAnimationFrame(r));
await frame();
window.__result = await new Promise((resolve) => {
  requestAnimationFrame(async (frameStart) => {
    const t0 = performance.now();
    el.bundle = data;
    await el.updateComplete;
    const inDom = performance.now();
    const ok = !!el.renderRoot.querySelector('.root');
    el.renderRoot.querySelector('.root')?.getBoundingClientRect();
    const layout = performance.now();
    const next = await frame();
    resolve({ ok, toDom: inDom - t0, toLayout: layout - t0, beforeNextFrame: inDom < next, sinceFrameStart: inDom - frameStart });
  });
});
console.log('${RESULT} ' + JSON.stringify(window.__result));
</script></body></html>`;
}
