/**
 * End-to-end test of `pakke studio` in headless Chromium and Firefox ESR (run: npx tsx
 * test/studio/e2e.ts; STUDIO_BROWSERS=chromium or =firefox runs one; STUDIO_SCREENSHOTS=<dir>
 * writes screenshots at 320 and 1280 px from Chromium):
 * create from a template, publish 1.0.0, save as new version, edit a text in two locales, see the
 * preview change, introduce an error and find it in the checks panel, fix it, publish 1.0.1,
 * find the file and the catalogue entry and `pakke validate` passing. Plus the server's safety
 * rules: token, origin, path traversal, symlink out, concurrent change. In each browser the same
 * steps, with real keyboard and mouse input: the outline's fields, the JSON view (CodeMirror:
 * typing, schema hover and completion, undo/redo shared with the outline), axe on every view,
 * the main flow by keyboard only, and no horizontal scroll at 320 px.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver, type Engine } from './driver.js';
import { startStudio } from '../../src/cli/studio.js';
import { checkBundle } from '../../src/cli/validate.js';
import { bundleTemplate, TEMPLATE_KINDS } from '../../src/bundle/templates.js';

const dir = mkdtempSync(join(tmpdir(), 'pakke-studio-'));
cpSync('content/schema', join(dir, 'schema'), { recursive: true });
writeFileSync(join(dir, 'index.json'), '{"format":1,"bundles":[]}\n');
const s = await startStudio(dir);
const origin = new URL(s.url).origin;
let failures = 0;
async function test(name: string, fn: () => Promise<void>) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}\n${e instanceof Error ? e.stack : e}`);
  }
}
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(origin + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pakke-token': s.token, origin, ...headers }, body: JSON.stringify(body) });

await test('templates: every kind passes the validator (no errors), with $schema, in one and in three locales', async () => {
  for (const kind of TEMPLATE_KINDS) {
    for (const locales of [['da'], ['nb', 'nn', 'en']]) {
      const b = bundleTemplate(kind, `new-${kind}`, { locales });
      assert.equal(b.$schema, `../../schema/${kind}.schema.json`);
      assert.deepEqual(checkBundle(b, `content/${kind}/new-${kind}/1.0.0.json`).filter((i) => i.severity === 'error'), [], `${kind} ${locales}`);
    }
  }
});
await test('safety: API without or with a wrong token is refused', async () => {
  assert.equal((await fetch(`${origin}/api/library`)).status, 403);
  assert.equal((await fetch(`${origin}/api/library`, { headers: { 'x-pakke-token': 'x' + s.token.slice(1) } })).status, 403);
  assert.equal((await fetch(`${origin}/api/library`, { headers: { 'x-pakke-token': s.token } })).status, 200);
  assert.equal((await post('/api/new', { kind: 'pathway', id: 'x' }, { 'x-pakke-token': '' })).status, 403);
});
await test('safety: a write from another origin is refused', async () => {
  assert.equal((await post('/api/new', { kind: 'pathway', id: 'evil' }, { origin: 'http://evil.example' })).status, 403);
  assert.equal((await post('/api/new', { kind: 'pathway', id: 'evil' }, { 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal(existsSync(join(dir, '.studio/drafts/pathway/evil.json')), false);
});
await test('safety: path traversal and absolute paths are refused', async () => {
  for (const p of ['../etc/passwd.json', 'a/../../x.json', '/etc/passwd', '..%2Fx.json', 'pathway\\..\\..\\x.json']) {
    const r = await fetch(`${origin}/api/file?path=${encodeURIComponent(p)}`, { headers: { 'x-pakke-token': s.token } });
    assert.equal(r.status, 403, p);
    assert.equal((await post('/api/save', { path: `.studio/drafts/${p}`, text: '{}', hash: null })).status, 403, p);
  }
});
await test('safety: a symlink leading out of the folder is refused', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'pakke-outside-'));
  writeFileSync(join(outside, 'secret.json'), '{"secret":1}');
  symlinkSync(outside, join(dir, 'link'));
  const r = await fetch(`${origin}/api/file?path=link/secret.json`, { headers: { 'x-pakke-token': s.token } });
  assert.equal(r.status, 403);
  assert.equal((await post('/api/save', { path: '.studio/drafts/x.json', text: '{}', hash: null })).status, 200);
  symlinkSync(outside, join(dir, '.studio/drafts/out'));
  assert.equal((await post('/api/save', { path: '.studio/drafts/out/evil.json', text: '{}', hash: null })).status, 403);
  assert.equal(existsSync(join(outside, 'evil.json')), false);
  unlinkSync(join(dir, 'link'));
  unlinkSync(join(dir, '.studio/drafts/out'));
  unlinkSync(join(dir, '.studio/drafts/x.json'));
});
await test('safety: a wrong Host (DNS rebinding) is refused', async () => {
  const r = await new Promise<number>((resolve) => {
    import('node:http').then(({ request }) => {
      const req = request({ host: '127.0.0.1', port: new URL(origin).port, path: '/', headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
  });
  assert.equal(r, 403);
});


const draftPath = '.studio/drafts/pathway/my-pathway.json';
const engines = (process.env.STUDIO_BROWSERS ?? 'chromium,firefox').split(',').map((e) => e.trim()) as Engine[];

async function flow(engine: Engine) {
  // A fresh folder and server per browser: each run creates and publishes the same bundle.
  const dir = mkdtempSync(join(tmpdir(), `pakke-studio-${engine}-`));
  cpSync('content/schema', join(dir, 'schema'), { recursive: true });
  writeFileSync(join(dir, 'index.json'), '{"format":1,"bundles":[]}\n');
  const s = await startStudio(dir);
  const t = (name: string, fn: () => Promise<void>) => test(`[${engine}] ${name}`, fn);
  const d = await Driver.launch(engine);
  const noViolations = async (view: string) => assert.deepEqual(await d.axe(), [], `axe on the ${view}`);
  const deepText = (css: string) => d.evaluate((c: string) => (document.querySelector(c) as HTMLElement | null)?.shadowRoot?.textContent ?? '', css);
  try {
    await t('library view is axe-clean', async () => {
      await d.goto(s.url);
      await d.wait('h2', 'No bundle open');
      await noViolations('library');
    });
    await t('create from a template, publish 1.0.0 (publish dialog axe-clean)', async () => {
      await d.fill('form.new input[name="id"]', 'my-pathway');
      await d.fill('form.new input[name="locales"]', 'da, nb');
      await d.click('form.new button[type="submit"]');
      await d.wait('#editor-heading', 'my-pathway');
      await d.wait('pakke-pathway', 'Første trin');
      await d.wait('.summary', '0 error(s)');
      await noViolations('editor (outline) with the checks panel');
      await d.click('.toolbar button', 'Publish…');
      await d.wait('dialog[open] input[name="version"]');
      await noViolations('publish dialog');
      await d.fill('dialog input[name="version"]', '1.0.0');
      await d.click('dialog button[type="submit"]');
      await d.wait('#editor-heading', 'read-only');
      assert.ok(existsSync(join(dir, 'pathway/my-pathway/1.0.0.json')));
      assert.ok(!existsSync(join(dir, draftPath)));
    });
    await t('a published version opens read-only in both views', async () => {
      await d.wait('button', 'Save as new version');
      await d.click('details[data-path="$.title"] > summary').catch(() => undefined);
      const ro = await d.evaluate(() => ({
        cm: document.querySelector('studio-json-editor .cm-content')?.getAttribute('contenteditable'),
        fields: [...document.querySelectorAll('studio-outline input[type=text], studio-outline textarea')].every((e) => (e as HTMLInputElement).readOnly),
        save: [...document.querySelectorAll('.toolbar button')].some((b) => b.textContent === 'Save draft'),
      }));
      assert.deepEqual(ro, { cm: 'false', fields: true, save: false });
    });
    await t('edit a text in two locales, preview follows, an error shows at its path, fix, undo/redo', async () => {
      await d.click('button', 'Save as new version');
      await d.wait('#editor-heading', 'draft');
      for (const p of ['$.phases', '$.phases[0]', '$.phases[0].steps', '$.phases[0].steps[0]']) await d.click(`details[data-path="${p}"] > summary`);
      await d.fill('textarea[data-path="$.phases[0].steps[0].title.da"]', 'Undersøgelse på sygehuset');
      await d.fill('textarea[data-path="$.phases[0].steps[0].title.nb"]', 'Undersøkelse på sykehuset');
      await d.wait('pakke-pathway', 'Undersøgelse på sygehuset');
      await d.select('.preview select', 'nb');
      await d.wait('pakke-pathway', 'Undersøkelse på sykehuset');
      await d.fill('input[data-path="$.phases[0].steps[0].id"]', 'Step One');
      await d.wait('.issues li.error', '$.phases[0].steps[0].id');
      await d.wait('.stale');
      assert.match(await deepText('pakke-pathway'), /Undersøkelse på sykehuset/, 'the last valid render stays');
      await d.click('.issues li.error button.link', '$.phases[0].steps[0].id');
      assert.equal(await d.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path), '$.phases[0].steps[0].id');
      await d.fill('input[data-path="$.phases[0].steps[0].id"]', 'step-1');
      await d.wait('.summary', '0 error(s)');
      await d.click('.toolbar button', 'Undo');
      await d.wait('.issues li.error', '$.phases[0].steps[0].id');
      await d.click('.toolbar button', 'Redo');
      await d.wait('.summary', '0 error(s)');
    });
    await t('JSON view: typing in CodeMirror edits the same document; Ctrl+Z / Ctrl+Shift+Z share the outline\'s history', async () => {
      await d.click('[role="tab"]', 'JSON');
      await d.wait('.cm-content', 'Undersøkelse på sykehuset');
      await noViolations('JSON view');
      await d.evaluate(() => (document.querySelector('studio-json-editor') as unknown as { reveal(p: string): void }).reveal('$.phases[0].steps[0].title.nb'));
      await d.type('"Undersøkelse ved sykehuset"');
      await d.wait('pakke-pathway', 'Undersøkelse ved sykehuset');

      await d.press('Control+z');
      await d.wait('pakke-pathway', 'Undersøkelse på sykehuset');
      await d.wait('.cm-content', 'Undersøkelse på sykehuset');
      await d.press('Control+Shift+Z');
      await d.wait('pakke-pathway', 'Undersøkelse ved sykehuset');
      await d.click('[role="tab"]', 'Outline');
      assert.equal(await d.evaluate(() => (document.querySelector('textarea[data-path="$.phases[0].steps[0].title.nb"]') as HTMLTextAreaElement).value), 'Undersøkelse ved sykehuset');
      // The outline's Undo button undoes the edit made in CodeMirror.
      await d.click('.toolbar button', 'Undo');
      await d.wait('pakke-pathway', 'Undersøkelse på sykehuset');
      await d.click('.toolbar button', 'Redo');
      await d.wait('pakke-pathway', 'Undersøkelse ved sykehuset');
    });
    await t('JSON view: schema hover describes a field; completion offers its allowed values', async () => {
      await d.click('[role="tab"]', 'JSON');
      const at = await d.evaluate(() => {
        const view = (document.querySelector('studio-json-editor') as unknown as { view: { state: { doc: { toString(): string } }; coordsAtPos(p: number): { left: number; right: number; top: number; bottom: number } | null; dom: HTMLElement } }).view;
        const pos = view.state.doc.toString().indexOf('"status"') + 3;
        view.dom.parentElement!.scrollTop = 0;
        view.dom.scrollIntoView({ block: 'start' });
        const c = view.coordsAtPos(pos);
        return c ? { x: (c.left + c.right) / 2 + 2, y: (c.top + c.bottom) / 2 } : null;
      });
      assert.ok(at, '"status" is in the JSON view');
      await d.mouse(at.x, at.y);
      await d.wait('.cm-schema-hover', 'Type: "example" | "draft" | "approved"');
      await d.mouse(5, 5);
      // Empty the status value and ask for completion: the schema's allowed values.
      await d.evaluate(() => (document.querySelector('studio-json-editor') as unknown as { reveal(p: string): void }).reveal('$.status'));
      await d.press('Backspace');
      await d.press('Control+Space');
      await d.wait('.cm-tooltip-autocomplete', '"approved"');
      await d.press('Escape');
      await d.press('Control+z');
      await d.wait('.summary', '0 error(s)');
      await d.click('[role="tab"]', 'Outline');
    });
    await t('publish 1.0.1 (suggested as a patch): file, catalogue entry, pakke validate', async () => {
      await d.click('.toolbar button', 'Publish…');
      await d.wait('dialog[open]', 'suggested step');
      await d.wait('dialog[open]', 'patch');
      assert.equal(await d.evaluate(() => (document.querySelector('dialog input[name="version"]') as HTMLInputElement).value), '1.0.1');
      await d.click('dialog button[type="submit"]');
      await d.wait('#editor-heading', '1.0.1');
      const published = JSON.parse(readFileSync(join(dir, 'pathway/my-pathway/1.0.1.json'), 'utf8'));
      assert.equal(published.phases[0].steps[0].title.nb, 'Undersøkelse ved sykehuset');
      assert.equal(published.phases[0].steps[0].title.da, 'Undersøgelse på sygehuset');
      assert.equal(published.published, new Date().toISOString().slice(0, 10));
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
      const entry = index.bundles.find((b: { id: string }) => b.id === 'my-pathway');
      assert.deepEqual(entry.versions.map((v: { version: string }) => v.version), ['1.0.1', '1.0.0']);
      assert.match(entry.versions[0].integrity, /^sha384-/);
      execFileSync('npx', ['tsx', 'src/cli/main.ts', 'validate', dir], { stdio: 'pipe' });
      execFileSync('npx', ['tsx', 'src/cli/main.ts', 'catalogue', dir, '--check'], { stdio: 'pipe' });
    });
    await t('a published file is never overwritten', async () => {
      const origin = new URL(s.url).origin;
      const post = (path: string, body: unknown) => fetch(origin + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pakke-token': s.token, origin }, body: JSON.stringify(body) });
      const before = readFileSync(join(dir, 'pathway/my-pathway/1.0.1.json'), 'utf8');
      assert.equal((await post('/api/save', { path: 'pathway/my-pathway/1.0.1.json', text: '{}', hash: null })).status, 403);
      const dr = (await (await post('/api/draft', { path: 'pathway/my-pathway/1.0.1.json' })).json()) as { path: string };
      const f = (await (await fetch(`${origin}/api/file?path=${dr.path}`, { headers: { 'x-pakke-token': s.token } })).json()) as { hash: string };
      assert.equal((await post('/api/publish', { path: dr.path, hash: f.hash, version: '1.0.1' })).status, 409);
      assert.equal(readFileSync(join(dir, 'pathway/my-pathway/1.0.1.json'), 'utf8'), before);
    });
    await t('a file changed on disk while open is detected, not overwritten', async () => {
      await d.click('button', 'Save as new version');
      await d.wait('#editor-heading', 'draft');
      const onDisk = readFileSync(join(dir, draftPath), 'utf8').replace('"Author"', '"Someone else"');
      writeFileSync(join(dir, draftPath), onDisk);
      await d.wait('.conflict[role="alert"]', '', 10000);
      await d.click('details[data-path="$.authors"] > summary');
      await d.click('details[data-path="$.authors[0]"] > summary');
      await d.fill('input[data-path="$.authors[0].name"]', 'Me');
      await d.click('.toolbar button', 'Save draft');
      await d.wait('.msg.error', 'Not saved');
      assert.equal(readFileSync(join(dir, draftPath), 'utf8'), onDisk);
      await d.click('.conflict button', 'Reload from disk');
      await d.gone('.conflict');
    });
    await t('overlay: created from its template for a published bundle, previewed on that bundle', async () => {
      await d.select('form.new select[name="kind"]', 'overlay');
      await d.wait('form.new select[name="base"] option', 'my-pathway');
      await d.select('form.new select[name="base"]', 'my-pathway');
      await d.fill('form.new input[name="id"]', 'my-local');
      await d.click('form.new button[type="submit"]');
      await d.wait('#editor-heading', 'my-local');
      await d.wait('.preview p', 'with this overlay applied');
      await d.wait('pakke-pathway', 'Skriv adressen.');
      await d.wait('pakke-pathway', 'Undersøgelse på sygehuset');
      await d.wait('.summary', '0 error(s)');
      await noViolations('editor with an overlay');
    });
    await t('keyboard only: create a bundle, open Publish, publish 1.0.0', async () => {
      await d.goto(s.url);
      await d.wait('form.new');
      const tabTo = async (css: string) => {
        for (let i = 0; i < 60; i++) {
          if (await d.evaluate((c: string) => !!document.activeElement?.matches(c), css)) return;
          await d.press('Tab');
        }
        throw new Error(`Tab never reached ${css}`);
      };
      await tabTo('form.new input[name="id"]');
      await d.type('by-keys');
      await tabTo('form.new button[type="submit"]');
      await d.press('Enter');
      await d.wait('#editor-heading', 'by-keys');
      assert.equal(await d.evaluate(() => document.activeElement?.id), 'editor-heading', 'focus moves to the opened bundle');
      await d.wait('.summary', '0 error(s)');
      await tabTo('.toolbar button:not([disabled]):nth-of-type(4)');
      assert.equal(await d.evaluate(() => document.activeElement?.textContent), 'Publish…');
      await d.press('Enter');
      await d.wait('dialog[open] input[name="version"]');
      assert.equal(await d.evaluate(() => (document.activeElement as HTMLInputElement).name), 'version', 'focus starts in the dialog');
      await d.press('Enter');
      await d.wait('#editor-heading', 'read-only');
      assert.ok(existsSync(join(dir, 'pathway/by-keys/1.0.0.json')));
    });
    await t('320 px: no horizontal scroll of the page', async () => {
      await d.viewport(320, 800);
      await d.goto(`${s.url}&open=${encodeURIComponent('pathway/my-pathway/1.0.1.json')}`);
      await d.wait('pakke-pathway', 'Undersøgelse på sygehuset');
      const sizes = await d.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(sizes.scroll <= sizes.client, `scrollWidth ${sizes.scroll} > ${sizes.client}`);
      if (process.env.STUDIO_SCREENSHOTS && engine === 'chromium') await d.screenshot(join(process.env.STUDIO_SCREENSHOTS, 'studio-320.png'), true);
      await d.viewport(1280, 900);
      await d.goto(`${s.url}&open=${encodeURIComponent('pathway/my-pathway/1.0.1.json')}`);
      await d.wait('pakke-pathway', 'Undersøgelse på sygehuset');
      if (process.env.STUDIO_SCREENSHOTS && engine === 'chromium') await d.screenshot(join(process.env.STUDIO_SCREENSHOTS, 'studio-1280.png'));
    });
    await t('no page errors', async () => {
      assert.deepEqual(d.errors, []);
    });
  } finally {
    await d.close();
    await s.close();
  }
}

const t0 = Date.now();
for (const engine of engines) {
  const e0 = Date.now();
  await flow(engine);
  console.log(`     ${engine}: ${((Date.now() - e0) / 1000).toFixed(1)} s`);
}
await s.close();
console.log(`${failures ? `${failures} test(s) failed` : 'all studio tests passed'} (${((Date.now() - t0) / 1000).toFixed(1)} s in the browsers)`);
process.exit(failures ? 1 : 0);
