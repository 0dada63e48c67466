/**
 * Packaging check: `npm pack`, install the tarball into a fresh project, check what the tarball
 * holds, bundle a small app that imports every entry (as a hospital web team would), render each
 * element in Chromium from the installed package, and run the installed `pakke` CLI.
 * Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { checklist, launchChromium, serve } from './browser.js';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'pakke-pack-'));
const { check, summary } = checklist('pack check');

try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const files = packed[0]!.files.map((f) => f.path);
  const tarball = join(work, packed[0]!.filename);
  check(files.includes('dist/cdn/pakke-elements.js'), 'tarball has the all-in-one file');
  check(files.includes('dist/types/index.d.ts') && files.includes('dist/types/pathway/index.d.ts'), 'tarball has type declarations');
  check(files.includes('custom-elements.json'), 'tarball has custom-elements.json');
  check(files.includes('dist/cli/pakke.js'), 'tarball has the CLI');
  check(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/')), 'tarball has no sources, tests or node_modules');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, stdio: 'inherit' });

  const entries = ['pakke-elements', 'pakke-elements/pathway', 'pakke-elements/decision-aid', 'pakke-elements/needs-assessment', 'pakke-elements/model'];
  writeFileSync(
    join(app, 'main.js'),
    `${entries.map((e) => `import ${JSON.stringify(e)};`).join('\n')}
import { FORMAT_MAJOR, setLocale } from 'pakke-elements/model';
window.__format = FORMAT_MAJOR;
window.__setLocale = setLocale;
`,
  );
  await build({ entryPoints: [join(app, 'main.js')], bundle: true, format: 'esm', outfile: join(app, 'www', 'main.js'), absWorkingDir: app, logLevel: 'error', splitting: false });
  check(true, `bundled an app importing ${entries.join(', ')}`);
  cpSync(join(root, 'content'), join(app, 'www', 'content'), { recursive: true });
  writeFileSync(join(app, 'www', 'index.html'), '<!doctype html><html lang="en"><head><script type="module" src="/main.js"></script></head><body></body></html>');

  const { server, origin } = await serve(join(app, 'www'), ['main.js', 'content', 'index.html', 'chunks']);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __format?: number }).__format === 1);
    for (const [tag, src] of [
      ['pakke-pathway', '/content/pathway/no-breast-cancer/1.0.0.json'],
      ['pakke-decision-aid', '/content/decision-aid/adjuvant-breast-cancer/1.0.0.json'],
      ['pakke-needs-assessment', '/content/needs-assessment/esas-r/1.0.0.json'],
    ] as const) {
      const status = await page.evaluate(
        ([t, s]) =>
          new Promise<string>((ok) => {
            const el = document.createElement(t);
            el.addEventListener('pakke-ready', () => ok('ready'));
            el.addEventListener('pakke-error', (e) => ok(`error ${(e as CustomEvent<{ code: string }>).detail.code}`));
            el.setAttribute('src', s);
            document.body.append(el);
            setTimeout(() => ok('timeout'), 10_000);
          }),
        [tag, src],
      );
      check(status === 'ready', `<${tag}> from the installed package renders (${status})`);
    }
    check(errors.length === 0, `no page errors ${errors.length ? JSON.stringify(errors) : ''}`);
  } finally {
    await browser.close();
    server.close();
  }

  const cli = join(app, 'node_modules', '.bin', 'pakke');
  try {
    const out = execFileSync(cli, ['validate', join(root, 'content')], { encoding: 'utf8' });
    check(/0 error\(s\)/.test(out), 'the installed pakke CLI validates the example content');
  } catch (e) {
    check(false, `the installed pakke CLI failed: ${String(e)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.exit(summary());
