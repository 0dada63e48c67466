/**
 * Strict CSP + Trusted Types: renders every example bundle with the built all-in-one file on a
 * page served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none';
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * walks each element once (clicks its buttons), and fails on any CSP violation report, any
 * console error or an element that does not become ready. Two more pages load the lazy chunks
 * (catalogue lookup with `bundle-id`, an overlay's local facts) and check what they show, and
 * three pages of pre-rendered HTML (one per element, from dist/ssr) must hydrate in place under
 * the same policy with their declarative shadow roots' styles allowed by hash. Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { bodiesRoute, launchChromium, serve } from './browser.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The policy the README stated before: without 'allow-duplicates' a second entry file cannot load. */
const OLD_CSP = STRICT_CSP.replace(" 'allow-duplicates'", '');

/**
 * Several entry files (and a copy reporting another toolkit version) on one page: each bundles
 * its own Lit, and each Lit creates the Trusted Types policy "lit-html".
 */
const MULTI_SCRIPTS = ['/dist/cdn/pakke-pathway.js', '/dist/cdn/pakke-decision-aid.js', '/dist/cdn/other-pakke-pathway.js', '/dist/cdn/pakke-needs-assessment.js', '/dist/cdn/pakke-elements.js'];
const MULTI_PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>CSP check: several entries</title>
<script type="module" src="/csp/multi-probe.js"></script>
${MULTI_SCRIPTS.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}</head><body><main>
<pakke-pathway src="/content/pathway/no-breast-cancer/1.1.0.json" lang="nb" start-date="2026-03-02"></pakke-pathway>
<pakke-decision-aid src="/content/decision-aid/adjuvant-breast-cancer/1.0.0.json" lang="da"></pakke-decision-aid>
<pakke-needs-assessment src="/content/needs-assessment/${'${NA}'}" lang="da"></pakke-needs-assessment>
</main></body></html>`;
const MULTI_PROBE = `
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.__multi = {};
for (const tag of ['pakke-pathway', 'pakke-decision-aid', 'pakke-needs-assessment']) {
  window.__multi[tag] = 'pending';
  document.addEventListener('pakke-ready', (e) => { if (e.target.localName === tag) window.__multi[tag] = 'ready'; });
  document.addEventListener('pakke-error', (e) => { if (e.target.localName === tag) window.__multi[tag] = 'error:' + e.detail.code; });
}
`;

/**
 * Pre-rendered HTML (dist/ssr, what `pakke render` writes) under the strict policy: the styles of
 * a declarative shadow root are inline `<style>` elements, which the page allows by hash (as
 * docs/pre-rendering.md tells hosts to); scripts, Trusted Types and everything else as above.
 * The probe, a module that runs before the elements' script, notes the server's heading node.
 */
const PRERENDERED_CASES = [
  'pathway/no-breast-cancer/1.1.0.json',
  'decision-aid/adjuvant-breast-cancer/1.0.0.json',
  'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json',
];
const PRERENDERED_PROBE = `
window.__violations = [];
window.__warnings = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
const warn = console.warn;
console.warn = (...a) => { window.__warnings.push(String(a[0])); warn(...a); };
const el = document.querySelector('main > *');
window.__heading = el.shadowRoot && el.shadowRoot.querySelector('h2');
window.__status = 'pending';
el.addEventListener('pakke-ready', () => (window.__status = 'ready'));
el.addEventListener('pakke-error', (e) => (window.__status = 'error:' + e.detail.code));
`;

async function prerenderedPage(path: string): Promise<{ html: string; csp: string }> {
  const built = '../dist/ssr/index.js';
  const { renderElement } = (await import(built)) as typeof import('../src/ssr/index.js');
  const fragment = renderElement({ bundle: readFileSync(`content/${path}`, 'utf8'), uiLocale: 'da', startDate: '2026-03-02' });
  const hashes = [...new Set([...fragment.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`))];
  const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
  const lang = /^<pakke-[a-z-]+ lang="([^"]+)"/.exec(fragment)?.[1] ?? 'da';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CSP check: pre-rendered</title>
<script type="module" src="/csp/prerendered-probe.js"></script>
<script type="module" src="/dist/cdn/pakke-elements.js"></script></head><body><main>${fragment}</main></body></html>`;
  return { html, csp };
}

/** What a multi-entry page showed: each element's state, and what went wrong on the page. */
interface MultiResult {
  states: Record<string, string>;
  headings: Record<string, string>;
  violations: string[];
  errors: string[];
}

const readMulti = () => {
  const w = window as unknown as { __multi: Record<string, string>; __violations: string[]; __errors: string[] };
  const headings: Record<string, string> = {};
  for (const tag of Object.keys(w.__multi)) headings[tag] = document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
  return { states: w.__multi, headings, violations: w.__violations, errors: w.__errors };
};
const multiSettled = () => Object.values((window as unknown as { __multi: Record<string, string> }).__multi).every((s) => s !== 'pending');

/** Runs the multi-entry page in Firefox (WebDriver BiDi through puppeteer-core, as the test runner does). */
async function multiInFirefox(url: string): Promise<MultiResult & { consoleErrors: string[] }> {
  const { createRequire } = await import('node:module');
  // puppeteer-core comes with @web/test-runner-chrome (no types of its own here): the little used is typed below.
  interface PPage {
    on(event: 'console', f: (m: { type(): string; text(): string }) => void): void;
    on(event: 'pageerror', f: (e: unknown) => void): void;
    goto(url: string): Promise<unknown>;
    waitForFunction(f: () => boolean, o: { timeout: number }): Promise<unknown>;
    evaluate<T>(f: () => T): Promise<T>;
  }
  const puppeteer = createRequire(import.meta.resolve('@web/test-runner-chrome'))('puppeteer-core') as {
    launch(o: object): Promise<{ newPage(): Promise<PPage>; close(): Promise<void> }>;
  };
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  try {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String((e as Error).message ?? e)));
    await page.goto(url);
    await page.waitForFunction(multiSettled, { timeout: 15_000 }).catch(() => undefined);
    return { ...(await page.evaluate(readMulti)), consoleErrors };
  } finally {
    await browser.close();
  }
}

const TAGS: Record<string, string> = { pathway: 'pakke-pathway', 'decision-aid': 'pakke-decision-aid', 'needs-assessment': 'pakke-needs-assessment' };

interface Catalogue {
  bundles: { id: string; kind: string; versions: { path: string; locales: string[] }[] }[];
}

const catalogue = JSON.parse(readFileSync('content/index.json', 'utf8')) as Catalogue;

const PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="/csp/probe.js"></script>
<script type="module" src="/dist/cdn/pakke-elements.js"></script></head><body><main id="main"></main></body></html>`;

// Runs before the elements: records violations, then renders one element per query string.
const PROBE = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});
const q = new URLSearchParams(location.search);
const el = document.createElement(q.get('tag'));
if (q.get('src')) el.setAttribute('src', q.get('src'));
for (const a of ['content-base', 'bundle-id', 'version', 'overlay']) if (q.get(a)) el.setAttribute(a, q.get(a));
el.setAttribute('lang', q.get('lang'));
if (q.get('tag') === 'pakke-pathway') el.setAttribute('start-date', '2026-03-02');
window.__status = 'pending';
el.addEventListener('pakke-ready', () => {
  window.__status = 'ready';
  window.__shown = { version: el.loaded.version, local: el.shadowRoot.querySelectorAll('[part~=local]').length };
});
el.addEventListener('pakke-error', (e) => (window.__status = 'error:' + e.detail.code));
document.getElementById('main').append(el);
`;

const NA_PATH = catalogue.bundles.find((b) => b.kind === 'needs-assessment')!.versions[0]!.path.replace(/^needs-assessment\//, '');

/** The pathway file claiming to be another release (as scripts/two-copies-check.ts makes it). */
function otherVersion(): string {
  const file = readFileSync('dist/cdn/pakke-pathway.js', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const other = file.replace(new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g'), '$10.0.0-other$1');
  if (other === file) throw new Error(`version ${version} not found in dist/cdn/pakke-pathway.js`);
  return other;
}

async function main(): Promise<number> {
  const { server, origin } = await serve('.', ['dist', 'content'], [
    bodiesRoute({ '/fixtures/phq-9-scored.json': ['application/json', readFileSync('test/fixtures/fhir/phq-9-scored.json', 'utf8')] }),
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return true;
      }
      if (path === '/csp/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }).end(PAGE);
        return true;
      }
      if (path === '/csp/multi.html' || path === '/csp/multi-old.html') {
        const csp = path === '/csp/multi.html' ? STRICT_CSP : OLD_CSP;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(MULTI_PAGE.replace('${NA}', NA_PATH));
        return true;
      }
      if (path === '/csp/multi-probe.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(MULTI_PROBE);
        return true;
      }
      if (path === '/dist/cdn/other-pakke-pathway.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(otherVersion());
        return true;
      }
      const pre = /^\/csp\/prerendered\/(\d+)\.html$/.exec(path);
      if (pre && PRERENDERED_CASES[Number(pre[1])]) {
        void prerenderedPage(PRERENDERED_CASES[Number(pre[1])]!).then(({ html, csp }) =>
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html),
        );
        return true;
      }
      if (path === '/csp/prerendered-probe.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(PRERENDERED_PROBE);
        return true;
      }
      if (path === '/csp/probe.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE);
        return true;
      }
      return false;
    },
  ]);
  const browser = await launchChromium();
  let failures = 0;
  let checked = 0;
  try {
    // Every entry file, and another version, on one page under the stated policy: every element renders.
    const judge = (label: string, r: MultiResult & { consoleErrors?: string[] }) => {
      checked++;
      const notReady = Object.entries(r.states).filter(([, s]) => s !== 'ready');
      const blank = Object.entries(r.headings).filter(([, h]) => !h);
      const errors = [...r.errors, ...(r.consoleErrors ?? [])];
      if (notReady.length || blank.length || r.violations.length || errors.length) {
        failures++;
        console.error(`✗ ${label}: ${JSON.stringify(r.states)}; blank: ${blank.map(([t]) => t).join(', ') || 'none'}; ${r.violations.length} CSP violation(s) ${r.violations[0] ?? ''}; ${errors.length} error(s), first: ${(errors[0] ?? '').slice(0, 160)}`);
      } else {
        console.log(`✓ ${label}: all three elements rendered (${Object.values(r.headings).join(' | ').slice(0, 120)}), no CSP violations, no errors`);
      }
    };
    {
      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      await page.goto(`${origin}/csp/multi.html`);
      await page.waitForFunction(multiSettled, undefined, { timeout: 15_000 }).catch(() => undefined);
      judge(`Chromium: ${MULTI_SCRIPTS.length} entry files (two versions) on one page`, { ...(await page.evaluate(readMulti)), consoleErrors });
      await page.close();
      // The old policy: proves the page above would catch the fault (a second Lit cannot make its policy).
      const old = await browser.newPage();
      const oldErrors: string[] = [];
      old.on('pageerror', (e) => oldErrors.push(e.message));
      old.on('console', (m) => m.type() === 'error' && oldErrors.push(m.text()));
      await old.goto(`${origin}/csp/multi-old.html`);
      await old.waitForTimeout(1500);
      checked++;
      if (oldErrors.some((e) => /lit-html/.test(e))) console.log('✓ Chromium: without \'allow-duplicates\' the second entry file fails, as expected (the check can fail)');
      else {
        failures++;
        console.error(`✗ Chromium: the policy without 'allow-duplicates' should refuse the second "lit-html" policy; errors: ${oldErrors.join('; ').slice(0, 200)}`);
      }
      await old.close();
    }
    judge(`Firefox: ${MULTI_SCRIPTS.length} entry files (two versions) on one page`, await multiInFirefox(`${origin}/csp/multi.html`));
    {
      const old = await multiInFirefox(`${origin}/csp/multi-old.html`);
      checked++;
      if ([...old.errors, ...old.consoleErrors].some((e) => /lit-html/.test(e))) console.log("✓ Firefox: without 'allow-duplicates' the second entry file fails, as expected (the check can fail)");
      else {
        failures++;
        console.error(`✗ Firefox: the policy without 'allow-duplicates' should refuse the second "lit-html" policy; states ${JSON.stringify(old.states)}, errors: ${[...old.errors, ...old.consoleErrors].join('; ').slice(0, 200)}`);
      }
    }
    // The lazy chunks: each imports what it shares from the entry file.
    // The newest 1.x the catalogue lists (it is sorted newest first), which ^1.0 must pick.
    const newest1 = catalogue.bundles.find((b) => b.id === 'no-breast-cancer')!.versions.map((v) => (v as { version?: string }).version ?? '').find((v) => v.startsWith('1.'))!;
    const lazy: { label: string; query: string; expect: { version: string; local: number } }[] = [
      { label: 'catalogue lookup (bundle-id no-breast-cancer, ^1.0)', query: 'content-base=/content/&bundle-id=no-breast-cancer&version=%5E1.0', expect: { version: newest1, local: 0 } },
      {
        label: 'overlay with local facts',
        query: `src=${encodeURIComponent('/content/pathway/no-breast-cancer/1.1.0.json')}&overlay=${encodeURIComponent('/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json')}`,
        expect: { version: '1.1.0', local: -1 },
      },
    ];
    for (const c of lazy) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/csp/page.html?tag=pakke-pathway&lang=nb&${c.query}`);
      await page.waitForFunction(() => (window as unknown as { __status: string }).__status !== 'pending', undefined, { timeout: 10_000 }).catch(() => undefined);
      const got = await page.evaluate(() => {
        const w = window as unknown as { __status: string; __violations: unknown[]; __shown?: { version: string; local: number } };
        return { status: w.__status, violations: w.__violations.length, shown: w.__shown };
      });
      checked++;
      const localOk = c.expect.local < 0 ? (got.shown?.local ?? 0) > 0 : got.shown?.local === c.expect.local;
      if (got.status !== 'ready' || got.violations || errors.length || got.shown?.version !== c.expect.version || !localOk) {
        failures++;
        console.error(`✗ ${c.label}: status ${got.status}, shown ${JSON.stringify(got.shown)}, ${got.violations} CSP violation(s), ${errors.length} console error(s), first: ${(errors[0] ?? '').slice(0, 160)}`);
      } else {
        console.log(`✓ ${c.label}: version ${got.shown!.version}, ${got.shown!.local} local block(s), no CSP violations`);
      }
      await page.close();
    }
    {
      // A FHIR Questionnaire with a total score: the FHIRPath evaluator (fhirpath.js, a lazy chunk)
      // loads and works the total out under the strict policy with Trusted Types.
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/csp/page.html?tag=pakke-needs-assessment&lang=en&src=${encodeURIComponent('/fixtures/phq-9-scored.json')}`);
      await page.waitForFunction(() => (window as unknown as { __status: string }).__status !== 'pending', undefined, { timeout: 15_000 }).catch(() => undefined);
      await page.locator('pakke-needs-assessment fieldset.item').first().locator('input').nth(3).click({ timeout: 2000 }).catch(() => undefined);
      await page.locator('pakke-needs-assessment fieldset.item').nth(1).locator('input').nth(2).click({ timeout: 2000 }).catch(() => undefined);
      const total = (await page.locator('pakke-needs-assessment #q-44261-6 output').textContent({ timeout: 2000 }).catch(() => ''))?.trim();
      const status = await page.evaluate(() => (window as unknown as { __status: string }).__status);
      const violations = await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations);
      checked++;
      if (status !== 'ready' || violations.length || errors.length || total !== '5') {
        failures++;
        console.error(`✗ calculated total (fhirpath.js): status ${status}, total "${total}" (expected 5), ${violations.length} CSP violation(s), first: ${JSON.stringify(violations[0] ?? null)}; ${errors.length} console error(s), first: ${(errors[0] ?? '').slice(0, 160)}`);
      } else {
        console.log('✓ calculated total (fhirpath.js, lazy chunk): 3 + 2 = 5, no CSP violations, no errors');
      }
      await page.close();
    }
    for (const [i, path] of PRERENDERED_CASES.entries()) {
      // Hydrated in place under the policy: the server's heading is still the one on screen, no
      // "rendered again" warning, and the hydration code (a lazy chunk) loaded.
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/csp/prerendered/${i}.html`);
      await page.waitForFunction(() => (window as unknown as { __status: string }).__status !== 'pending', undefined, { timeout: 10_000 }).catch(() => undefined);
      const got = await page.evaluate(() => {
        const w = window as unknown as { __status: string; __violations: string[]; __warnings: string[]; __heading: Element | null };
        const el = document.querySelector('main > *')!;
        return {
          status: w.__status,
          violations: w.__violations,
          warnings: w.__warnings,
          kept: !!w.__heading && el.shadowRoot!.querySelector('h2') === w.__heading,
          chunk: performance.getEntriesByType('resource').some((e) => /ssr-client/.test(e.name)),
        };
      });
      checked++;
      if (got.status !== 'ready' || got.violations.length || errors.length || got.warnings.length || !got.kept || !got.chunk) {
        failures++;
        console.error(`✗ pre-rendered ${path}: status ${got.status}, server nodes kept ${got.kept}, hydration chunk ${got.chunk}; ${got.violations.length} CSP violation(s), first: ${got.violations[0] ?? ''}; warnings: ${got.warnings.join('; ').slice(0, 160)}; ${errors.length} error(s), first: ${(errors[0] ?? '').slice(0, 160)}`);
      } else {
        console.log(`✓ pre-rendered ${path}: hydrated in place under the policy (styles allowed by hash), no CSP violations, no warnings`);
      }
      await page.close();
    }
    for (const bundle of catalogue.bundles) {
      for (const version of bundle.versions) {
        for (const lang of version.locales) {
          const page = await browser.newPage();
          const errors: string[] = [];
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          page.on('pageerror', (e) => errors.push(e.message));
          const src = `/content/${version.path}`;
          await page.goto(`${origin}/csp/page.html?tag=${TAGS[bundle.kind]}&src=${encodeURIComponent(src)}&lang=${lang}`);
          await page.waitForFunction(() => (window as unknown as { __status: string }).__status !== 'pending', undefined, { timeout: 10_000 }).catch(() => undefined);
          // Exercise the element: press every enabled button once (steps, glossary, options).
          const buttons = page.locator(`${TAGS[bundle.kind]} button:not([disabled])`);
          const count = Math.min(await buttons.count(), 25);
          for (let i = 0; i < count; i++) await buttons.nth(i).click({ timeout: 1000 }).catch(() => undefined);
          const status = await page.evaluate(() => (window as unknown as { __status: string }).__status);
          const violations = await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations);
          const label = `${bundle.kind}/${bundle.id}@${lang}`;
          checked++;
          if (status !== 'ready' || violations.length || errors.length) {
            failures++;
            console.error(`✗ ${label}: status ${status}; ${violations.length} CSP violation(s), first: ${JSON.stringify(violations[0] ?? null)}; ${errors.length} console error(s), first: ${(errors[0] ?? '').slice(0, 160)}`);
          } else {
            console.log(`✓ ${label}: rendered, ${count} button(s) pressed, no CSP violations`);
          }
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`CSP check: ${checked - failures} passed, ${failures} failed`);
  return failures || checked === 0 ? 1 : 0;
}

process.exit(await main());
