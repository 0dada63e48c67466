/**
 * Strict CSP + Trusted Types: renders every example bundle with the built all-in-one file on a
 * page served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none';
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * walks each element once (clicks its buttons), and fails on any CSP violation report, any
 * console error or an element that does not become ready. Two more pages load the lazy chunks
 * (catalogue lookup with `bundle-id`, an overlay's local facts) and check what they show. Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { launchChromium, serve } from './browser.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

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

async function main(): Promise<number> {
  const { server, origin } = await serve('.', ['dist', 'content'], [
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
    // The lazy chunks: each imports what it shares from the entry file.
    const lazy: { label: string; query: string; expect: { version: string; local: number } }[] = [
      { label: 'catalogue lookup (bundle-id no-breast-cancer, ^1.0)', query: 'content-base=/content/&bundle-id=no-breast-cancer&version=%5E1.0', expect: { version: '1.1.0', local: 0 } },
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
