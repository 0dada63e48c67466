/**
 * Proves that minifying Lit's template literals (scripts/minify-literals.ts) changes nothing a
 * reader or assistive technology gets. Builds the all-in-one CDN file twice into a temp folder —
 * with and without the minifier, from the same sources — plus a fixture element with the risky
 * template shapes (scripts/minify-fixture/), then renders both builds side by side in headless
 * Chromium and compares, state by state:
 *
 * - every shadow root's rendered text (innerText, nested shadow roots too),
 * - every element's attributes (aria-*, role, alt, for, id, … all of them; `class` as a set),
 *   form-control state, and Playwright's accessibility snapshot (roles, names, states),
 * - every element's computed style (and ::before/::after content) and layout box; custom
 *   properties only through the properties that use them (their own computed value is the
 *   token list as written, which lightningcss shortens: `#ffffff` → `#fff`), and `0%` read as
 *   `0px` in background-position (lightningcss writes `background: none` as `background: 0 0`),
 * - console errors.
 *
 * For every example bundle (content/index.json) in UI locale da, and the newest version of each
 * in ar: the pathway with all glossary terms and steps opened; the decision aid walked through every step (each step before
 * and after answering, then Next), also in consultation mode; the needs assessment submitted
 * empty (errors), then filled page by page to the summary and sent. The last state of each walk
 * (and the first view of the pathway and of consultation mode) is also compared in print,
 * forced-colors and a 360 px wide viewport.
 *
 *   tsx scripts/minify-check.ts        (no prior build needed; takes about ten minutes)
 *   MINIFY_CHECK_ONLY=decision-aid/adjuvant MINIFY_CHECK_TIMING=1 tsx scripts/minify-check.ts
 *                                      (only bundles whose kind/id contains the text; timings)
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { buildCdn } from './build-cdn.js';
import { checklist, launchChromium, serve } from './browser.js';
import { minifyLiterals } from './minify-literals.js';

const TAGS: Record<string, string> = { pathway: 'pakke-pathway', 'decision-aid': 'pakke-decision-aid', 'needs-assessment': 'pakke-needs-assessment' };
const UI_LOCALES = ['da', 'ar'];
const BUILDS = ['min', 'plain'] as const;
type BuildName = (typeof BUILDS)[number];

interface Catalogue {
  bundles: { id: string; kind: string; versions: { version: string; path: string }[] }[];
}

// In-page helpers, as plain JS (not compiled by tsx, so no helper names leak into the page).
const PROBE = String.raw`
(() => {
  const roots = (host) => {
    const out = [];
    const visit = (root) => {
      out.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    if (host.shadowRoot) visit(host.shadowRoot);
    return out;
  };
  const all = (host, sel) => roots(host).flatMap((r) => [...r.querySelectorAll(sel)]);
  const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  const round = (n) => Math.round(n * 100) / 100;
  const hash = (text) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16) + ':' + text.length;
  };
  // Custom properties are left out: their computed value is the token list as written
  // (lightningcss writes #ffffff as #fff); what they do shows in the properties using them.
  // In background-position, 0% and 0px are the same place; lightningcss writes
  // \`background: none\` as \`background: 0 0\`, whose computed position is 0px 0px, not 0% 0%.
  const styleText = (el) => {
    const cs = getComputedStyle(el);
    const out = [];
    for (let i = 0; i < cs.length; i++) {
      const p = cs[i];
      if (p.startsWith('--')) continue;
      let v = cs.getPropertyValue(p);
      if (p.startsWith('background-position')) v = v.replace(/(^|[\s,])0%/g, (m, before) => before + '0px');
      out.push(p + ':' + v);
    }
    return out.join(';');
  };
  window.__mc = {
    host: () => document.getElementById('subject'),
    async settle() {
      const host = window.__mc.host();
      for (let i = 0; i < 4; i++) {
        await host.updateComplete;
        await frames();
      }
      // Transitions and animations jump to their end (looping ones to their start), so both
      // builds are compared in the same, settled state.
      for (const a of roots(host).flatMap((r) => r.getAnimations())) {
        if (a.effect && a.effect.getComputedTiming().endTime !== Infinity) a.finish();
        else { a.pause(); a.currentTime = 0; }
      }
      await document.fonts.ready;
      await frames();
    },
    snapshot() {
      const host = window.__mc.host();
      const texts = [];
      const nodes = [];
      const describe = (el, where) => {
        const attrs = [...el.attributes]
          .map((a) => a.name + '=' + (a.name === 'class' ? [...new Set(a.value.split(/\s+/).filter(Boolean))].sort().join(' ') : a.value))
          .sort();
        const style = styleText(el);
        const pseudo = ['::before', '::after'].map((p) => { const s = getComputedStyle(el, p); return p + ' ' + s.content + ' ' + s.display; });
        const r = el.getBoundingClientRect();
        const state = [];
        if ('value' in el && typeof el.value === 'string') state.push('value=' + el.value);
        if ('checked' in el) state.push('checked=' + el.checked);
        if ('selectedIndex' in el) state.push('selectedIndex=' + el.selectedIndex);
        return { where, tag: el.localName, attrs: attrs.join(' | '), state: state.join(' '), style: hash(style), pseudo: pseudo.join(' / '), box: [r.x, r.y, r.width, r.height].map(round).join(',') };
      };
      const elements = [host];
      nodes.push(describe(host, 'host'));
      roots(host).forEach((root, ri) => {
        // Top-level nodes: elements by innerText, text nodes (and SVG, whose text does not lay out
        // like HTML) with whitespace runs shown as one space, so a dropped space still shows.
        const collapse = (t) => (t ?? '').replace(/\s+/g, ' ');
        const parts = [...root.childNodes].map((c) => (c instanceof HTMLElement ? c.innerText : c.nodeType === 1 || c.nodeType === 3 ? collapse(c.textContent) : ''));
        texts.push('#' + ri + ' ' + parts.filter((t) => t !== '').join('|'));
        [...root.querySelectorAll('*')].forEach((el, i) => {
          elements.push(el);
          nodes.push(describe(el, 'root ' + ri + ' element ' + i));
        });
      });
      window.__mc.last = elements;
      return { status: host.status ?? '', texts, nodes };
    },
    /** The full computed style of the n-th element of the last snapshot (to show a difference). */
    styleAt(n) {
      return styleText(window.__mc.last[n]);
    },
    /** Answers every unanswered control once, the same way in every build. */
    fill() {
      const host = window.__mc.host();
      let n = 0;
      const groups = new Map();
      for (const el of all(host, 'input[type=radio], input[type=checkbox]')) {
        const key = el.type + ':' + (el.name || el.id);
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(el);
      }
      for (const list of groups.values()) {
        if (list.some((el) => el.checked)) continue;
        const first = list.find((el) => !el.disabled);
        if (first) { first.click(); n++; }
      }
      for (const el of all(host, 'input:not([type]), input[type=text], input[type=number], input[type=date], input[type=email], input[type=tel], textarea')) {
        if (el.disabled || el.value) continue;
        // A date's day, month and year fields (data-part) and a number question's field (.number) take digits.
        const part = { day: '2', month: '3', year: '2026' }[el.dataset.part];
        el.value = part ?? (el.type === 'number' || el.classList.contains('number') ? (el.min || '1') : el.type === 'date' ? '2026-03-02' : el.type === 'email' ? 'a@example.org' : 'x');
        fire(el, 'input');
        fire(el, 'change');
        n++;
      }
      for (const el of all(host, 'select')) {
        if (el.disabled || el.selectedIndex > 0 || el.options.length < 2) continue;
        el.selectedIndex = 1;
        fire(el, 'change');
        n++;
      }
      return n;
    },
    /** Clicks every enabled element matching sel (in shadow roots); returns how many. */
    clickAll(sel) {
      const list = all(window.__mc.host(), sel).filter((el) => !el.disabled);
      for (const el of list) el.click();
      return list.length;
    },
    exists(sel) {
      return all(window.__mc.host(), sel).length > 0;
    },
  };
})();
`;

function subjectPage(script: string, ui: string, tag: string, attrs: Record<string, string>): string {
  const attrText = Object.entries(attrs).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
  return `<!doctype html><html lang="${ui}"><head><meta charset="utf-8"><title>minify check</title>
<script type="module" src="${script}"></script></head>
<body><main><${tag} id="subject"${attrText}></${tag}></main></body></html>`;
}

interface Snapshot {
  status: string;
  texts: string[];
  nodes: { where: string; tag: string; attrs: string; state: string; style: string; pseudo: string; box: string }[];
  aria: string;
  errors: string[];
}

/** The first difference between two snapshots, '' when they are the same, `style:N` when the first is element N's computed style. */
function difference(a: Snapshot, b: Snapshot): string {
  if (a.status !== b.status) return `status ${a.status} vs ${b.status}`;
  if (a.errors.length || b.errors.length) return `console errors: min ${JSON.stringify(a.errors.slice(0, 2))}, plain ${JSON.stringify(b.errors.slice(0, 2))}`;
  for (let i = 0; i < Math.max(a.texts.length, b.texts.length); i++) {
    if (a.texts[i] !== b.texts[i]) {
      const x = a.texts[i] ?? '';
      const y = b.texts[i] ?? '';
      let k = 0;
      while (k < x.length && x[k] === y[k]) k++;
      return `text of shadow root ${i} differs at ${k}: min ${JSON.stringify(x.slice(Math.max(0, k - 40), k + 40))} vs plain ${JSON.stringify(y.slice(Math.max(0, k - 40), k + 40))}`;
    }
  }
  if (a.aria !== b.aria) {
    const x = a.aria.split('\n');
    const y = b.aria.split('\n');
    const k = x.findIndex((line, i) => line !== y[i]);
    return `accessibility snapshot line ${k}: min ${JSON.stringify(x[k])} vs plain ${JSON.stringify(y[k])}`;
  }
  if (a.nodes.length !== b.nodes.length) return `${a.nodes.length} vs ${b.nodes.length} elements`;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    for (const key of ['tag', 'attrs', 'state', 'pseudo', 'box', 'style'] as const) {
      if (x[key] === y[key]) continue;
      if (key === 'style') return `style:${i}`;
      return `${x.where} <${x.tag}> ${key}: min ${JSON.stringify(x[key].slice(0, 300))} vs plain ${JSON.stringify(y[key].slice(0, 300))}`;
    }
  }
  return '';
}

interface Side {
  page: Page;
  errors: string[];
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'pakke-minify-check-'));
  const { check, summary } = checklist('minify check');
  try {
    // 1. The two builds of the all-in-one file and of the fixture, from the same sources.
    for (const name of BUILDS) {
      await buildCdn({ outDir: join(tmp, name), entries: ['pakke-elements'], minifyTemplateLiterals: name === 'min' });
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          target: 'es2022',
          outDir: join(tmp, `${name}-fixture`),
          emptyOutDir: true,
          lib: { entry: resolve('scripts/minify-fixture/fixture.ts'), formats: ['es'], fileName: () => 'fixture.js' },
          rolldownOptions: {
            plugins: name === 'min' ? [minifyLiterals({ include: ['scripts/minify-fixture'] })] : [],
            output: { minify: true },
          },
        },
      });
    }
    symlinkSync(resolve('content'), join(tmp, 'content'));
    const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
    const size = (b: BuildName, f: string) => ({ raw: statSync(join(tmp, b, f)).size, gzip: gz(join(tmp, b, f)) });
    const [min, plain] = [size('min', 'pakke-elements.js'), size('plain', 'pakke-elements.js')];
    console.log(`pakke-elements.js (entry file only): ${plain.raw} → ${min.raw} bytes raw, ${plain.gzip} → ${min.gzip} bytes gzip`);
    check(min.raw < plain.raw, 'the minified all-in-one file is smaller than the unminified one (the minifier ran)');
    const fixtureMin = readFileSync(join(tmp, 'min-fixture', 'fixture.js'), 'utf8');
    check(fixtureMin.length < readFileSync(join(tmp, 'plain-fixture', 'fixture.js'), 'utf8').length, 'the minified fixture is smaller than the unminified one');

    // 2. Render both side by side.
    const { server, origin } = await serve(tmp, [...BUILDS, ...BUILDS.map((b) => `${b}-fixture`), 'content'], [
      (req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/favicon.ico') {
          res.writeHead(204).end();
          return true;
        }
        if (url.pathname !== '/page.html') return false;
        const q = url.searchParams;
        const attrs = JSON.parse(q.get('attrs') ?? '{}') as Record<string, string>;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(subjectPage(q.get('script')!, q.get('ui')!, q.get('tag')!, attrs));
        return true;
      },
    ]);
    const browser = await launchChromium();
    const contexts: Record<BuildName, BrowserContext> = {
      min: await browser.newContext({ viewport: { width: 1024, height: 800 } }),
      plain: await browser.newContext({ viewport: { width: 1024, height: 800 } }),
    };
    try {
      const open = async (b: BuildName, script: string, ui: string, tag: string, attrs: Record<string, string>): Promise<Side> => {
        const page = await contexts[b].newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript({ content: PROBE });
        const q = new URLSearchParams({ script, ui, tag, attrs: JSON.stringify(attrs) });
        await page.goto(`${origin}/page.html?${q}`);
        await page.waitForFunction(
          (t) => {
            if (customElements.get(t) === undefined) return false;
            const status = (document.getElementById('subject') as unknown as { status?: string }).status;
            return status === undefined || status === 'ready' || status === 'error';
          },
          tag,
          { timeout: 15_000 },
        );
        await page.evaluate('window.__mc.settle()');
        return { page, errors };
      };
      const snap = async (s: Side, tag: string): Promise<Snapshot> => {
        const t0 = Date.now();
        const data = (await s.page.evaluate('window.__mc.snapshot()')) as Omit<Snapshot, 'aria' | 'errors'>;
        const t1 = Date.now();
        const aria = await s.page.locator(`${tag}#subject`).ariaSnapshot();
        if (process.env.MINIFY_CHECK_TIMING) console.log(`  (${t1 - t0} ms DOM and styles, ${Date.now() - t1} ms accessibility snapshot)`);
        return { ...data, aria, errors: [...s.errors] };
      };
      /** Runs the same in-page expression on both sides; its results must match too. */
      const both = async (pair: Side[], expr: string): Promise<string> => {
        const results = await Promise.all(pair.map(async (s) => JSON.stringify(await s.page.evaluate(expr))));
        await Promise.all(pair.map((s) => s.page.evaluate('window.__mc.settle()')));
        return results[0] === results[1] ? results[0]! : `min ${results[0]} vs plain ${results[1]}`;
      };
      let last = Date.now();
      const compare = async (pair: Side[], tag: string, label: string): Promise<boolean> => {
        const t0 = Date.now();
        const [a, b] = await Promise.all(pair.map((s) => snap(s, tag)));
        if (process.env.MINIFY_CHECK_TIMING) console.log(`  (${t0 - last} ms before, ${Date.now() - t0} ms snapshot)`);
        last = Date.now();
        let diff = difference(a!, b!);
        if (diff.startsWith('style:')) {
          const n = Number(diff.slice(6));
          const [x, y] = (await Promise.all(pair.map((s) => s.page.evaluate(`window.__mc.styleAt(${n})`)))) as string[];
          const ys = new Set(y!.split(';'));
          const xs = new Set(x!.split(';'));
          diff = `${a!.nodes[n]!.where} <${a!.nodes[n]!.tag}> computed style: min ${JSON.stringify(x!.split(';').filter((d) => !ys.has(d)).slice(0, 4))} vs plain ${JSON.stringify(y!.split(';').filter((d) => !xs.has(d)).slice(0, 4))}`;
        }
        check(diff === '' && a!.nodes.length > 1, `${label}: ${diff || `same text, attributes, accessibility tree, styles and layout (${a!.nodes.length} elements)`}`);
        return diff === '';
      };
      const variants = async (pair: Side[], tag: string, label: string) => {
        for (const [name, apply, reset] of [
          ['print', (p: Page) => p.emulateMedia({ media: 'print' }), (p: Page) => p.emulateMedia({ media: null })],
          ['forced colors', (p: Page) => p.emulateMedia({ forcedColors: 'active' }), (p: Page) => p.emulateMedia({ forcedColors: null })],
          ['360 px wide', (p: Page) => p.setViewportSize({ width: 360, height: 800 }), (p: Page) => p.setViewportSize({ width: 1024, height: 800 })],
        ] as const) {
          await Promise.all(pair.map((s) => apply(s.page)));
          await Promise.all(pair.map((s) => s.page.evaluate('window.__mc.settle()')));
          await compare(pair, tag, `${label}, ${name}`);
          await Promise.all(pair.map((s) => reset(s.page)));
          await Promise.all(pair.map((s) => s.page.evaluate('window.__mc.settle()')));
        }
      };

      // The fixture element.
      {
        const pair = await Promise.all(BUILDS.map((b) => open(b, `/${b}-fixture/fixture.js`, 'da', 'minify-fixture', {})));
        await compare(pair, 'minify-fixture', 'fixture');
        await variants(pair, 'minify-fixture', 'fixture');
        await Promise.all(pair.map((s) => s.page.close()));
      }

      // Every version of every example bundle in Danish; the newest version of each also in Arabic
      // (right to left). Older versions run the same templates, so one right-to-left walk per id
      // keeps the check within CI's time.
      const catalogue = JSON.parse(readFileSync('content/index.json', 'utf8')) as Catalogue;
      for (const bundle of catalogue.bundles) {
        const tag = TAGS[bundle.kind];
        if (!tag || (process.env.MINIFY_CHECK_ONLY && !`${bundle.kind}/${bundle.id}`.includes(process.env.MINIFY_CHECK_ONLY))) continue;
        for (const version of bundle.versions) {
          const setups: Record<string, string>[] = [{}];
          if (bundle.kind === 'decision-aid') setups.push({ mode: 'consultation' });
          for (const ui of UI_LOCALES) {
            if (ui !== UI_LOCALES[0] && version !== bundle.versions[0]) continue;
            for (const extra of setups) {
              const attrs: Record<string, string> = { src: `/content/${version.path}`, ...extra };
              if (bundle.kind === 'pathway') attrs['start-date'] = '2026-03-02';
              const name = `${bundle.kind}/${bundle.id}@${version.version} ui=${ui}${extra.mode ? ` mode=${extra.mode}` : ''}`;
              const pair = await Promise.all(BUILDS.map((b) => open(b, `/${b}/pakke-elements.js`, ui, tag, attrs)));
              const step = async (action: string, label: string) => {
                const r = await both(pair, action);
                if (r.startsWith('min ')) check(false, `${name}, ${label}: the builds reacted differently (${r})`);
                return r;
              };
              await compare(pair, tag, `${name}, first view`);
              if (bundle.kind === 'pathway' || extra.mode) await variants(pair, tag, `${name}, first view`);
              let states = 1;
              if (bundle.kind === 'pathway') {
                const terms = await step(`window.__mc.clickAll('button.term')`, 'glossary terms');
                await compare(pair, tag, `${name}, ${terms} glossary term(s) opened`);
                await step(`window.__mc.clickAll('button.toggle-all')`, 'open all steps');
                await compare(pair, tag, `${name}, all steps opened`);
                states += 2;
              } else if (bundle.kind === 'decision-aid' && !extra.mode) {
                for (let i = 1; i <= 10; i++) {
                  const filled = await step('window.__mc.fill()', 'answer');
                  if (filled !== '0') {
                    await compare(pair, tag, `${name}, step ${i} answered (${filled} control(s))`);
                    states++;
                  }
                  if ((await step(`window.__mc.clickAll('button[data-action=next]')`, 'next')) === '0') break;
                  await compare(pair, tag, `${name}, step ${i + 1}`);
                  states++;
                }
              } else if (bundle.kind === 'needs-assessment') {
                await step(`window.__mc.clickAll('button[type=submit]')`, 'submit unanswered');
                await compare(pair, tag, `${name}, submitted unanswered`);
                states++;
                for (let i = 1; i <= 20 && (await step(`window.__mc.exists('form.form')`, 'form?')) === 'true'; i++) {
                  const filled = await step('window.__mc.fill()', 'answer');
                  await compare(pair, tag, `${name}, page ${i} answered (${filled} control(s))`);
                  await step(`window.__mc.clickAll('button[type=submit]')`, 'next page');
                  await compare(pair, tag, `${name}, after page ${i}`);
                  states += 2;
                }
                if ((await step(`window.__mc.clickAll('.summary .nav button.pakke-button')`, 'send')) !== '0') {
                  await compare(pair, tag, `${name}, sent`);
                  states++;
                }
                check((await step(`window.__mc.exists('.confirmation')`, 'done?')) === 'true', `${name}: the walk reached the confirmation`);
              }
              if (states > 1) await variants(pair, tag, `${name}, last view`);
              if (bundle.kind === 'decision-aid' && !extra.mode) check(states >= 7, `${name}: walked ${states} states (every step)`);
              await Promise.all(pair.map((s) => s.page.close()));
            }
          }
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return summary();
}

process.exit(await main());
