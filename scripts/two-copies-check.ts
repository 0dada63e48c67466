/**
 * Two copies on one page: the all-in-one file and a per-element file together, and then a copy
 * that reports another toolkit version. No exception, one definition wins and keeps working,
 * and a version mismatch gives exactly one console warning. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { checklist, launchChromium, serve } from './browser.js';

const SRC = '/content/pathway/no-breast-cancer/1.0.0.json';

function page(scripts: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head>
<body><pakke-pathway src="${SRC}"></pakke-pathway></body></html>`;
}

async function main(): Promise<number> {
  const pathwayOnly = readFileSync('dist/cdn/pakke-pathway.js', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  // The same file claiming to be another release (the minifier may quote with ", ' or `).
  const other = pathwayOnly.replace(new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g'), '$10.0.0-other$1');
  if (other === pathwayOnly) throw new Error(`version ${version} not found in dist/cdn/pakke-pathway.js`);
  const { server, origin } = await serve('.', ['dist', 'content'], [
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const pages: Record<string, string> = {
        '/same-version.html': page(['/dist/cdn/pakke-elements.js', '/dist/cdn/pakke-pathway.js']),
        '/other-version.html': page(['/dist/cdn/pakke-elements.js', '/dist/cdn/other-pakke-pathway.js']),
      };
      if (pages[path]) {
        res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
        return true;
      }
      if (path === '/dist/cdn/other-pakke-pathway.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(other);
        return true;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return true;
      }
      return false;
    },
  ]);
  const browser = await launchChromium();
  const { check, summary } = checklist('two copies');
  try {
    for (const [name, expectWarnings] of [
      ['same-version', 0],
      ['other-version', 1],
    ] as const) {
      const p = await browser.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (process.env.DEBUG_CONSOLE) console.log('console', m.type(), m.text());
        if (m.type() === 'warning' && m.text().includes('pakke-elements')) warnings.push(m.text());
        if (m.type() === 'error') errors.push(m.text());
      });
      await p.goto(`${origin}/${name}.html`);
      const ready = await p
        .waitForFunction(() => (document.querySelector('pakke-pathway') as unknown as { status: string }).status === 'ready', undefined, { timeout: 10_000 })
        .then(() => true, () => false);
      await p.waitForTimeout(300);
      check(errors.length === 0, `${name}: no exception (${errors.join('; ')})`);
      check(ready, `${name}: the element renders`);
      check(warnings.length === expectWarnings, `${name}: ${warnings.length} version warning(s), expected ${expectWarnings} ${warnings.join(' ')}`);
      await p.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return summary();
}

process.exit(await main());
