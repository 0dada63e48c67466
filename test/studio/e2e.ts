/**
 * End-to-end test of `pakke studio` in headless Chromium (run: npx tsx test/studio/e2e.ts):
 * create from a template, publish 1.0.0, save as new version, edit a text in two locales, see the
 * preview change, introduce an error and find it in the checks panel, fix it, publish 1.0.1,
 * find the file and the catalogue entry and `pakke validate` passing. Plus the server's safety
 * rules: token, origin, path traversal, symlink out, concurrent change.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/browser.js';
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

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const pageErrors: string[] = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
const draftPath = '.studio/drafts/pathway/my-pathway.json';
await test('create from a template, publish 1.0.0', async () => {
  await page.goto(s.url);
  await page.getByLabel('Id', { exact: true }).fill('my-pathway');
  await page.getByLabel('Locales', { exact: true }).fill('da, nb');
  await page.getByRole('button', { name: 'Create from template' }).click();
  await page.locator('#editor-heading', { hasText: 'my-pathway' }).waitFor();
  await page.locator('pakke-pathway').getByText('Første trin').first().waitFor();
  await page.locator('.summary', { hasText: '0 error(s)' }).waitFor();
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByLabel('Version', { exact: true }).fill('1.0.0');
  await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('#editor-heading', { hasText: 'read-only' }).waitFor();
  assert.ok(existsSync(join(dir, 'pathway/my-pathway/1.0.0.json')));
  assert.ok(!existsSync(join(dir, draftPath)));
});
await test('edit a text in two locales, preview follows, an error shows at its path, fix, publish 1.0.1', async () => {
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await page.locator('#editor-heading', { hasText: 'draft' }).waitFor();
  await page.locator('details[data-path="$.phases"] > summary').click();
  await page.locator('details[data-path="$.phases[0]"] > summary').click();
  await page.locator('details[data-path="$.phases[0].steps"] > summary').click();
  await page.locator('details[data-path="$.phases[0].steps[0]"] > summary').click();
  await page.locator('textarea[data-path="$.phases[0].steps[0].title.da"]').fill('Undersøgelse på sygehuset');
  await page.locator('textarea[data-path="$.phases[0].steps[0].title.nb"]').fill('Undersøkelse på sykehuset');
  await page.locator('pakke-pathway').getByText('Undersøgelse på sygehuset').first().waitFor();
  await page.getByLabel('Content language').selectOption('nb');
  await page.locator('pakke-pathway').getByText('Undersøkelse på sykehuset').first().waitFor();
  // An error: a step id that is not an id.
  await page.locator('input[data-path="$.phases[0].steps[0].id"]').fill('Step One');
  const issue = page.locator('.issues li.error', { hasText: '$.phases[0].steps[0].id' });
  await issue.waitFor();
  await page.locator('.stale').waitFor();
  await page.locator('pakke-pathway').getByText('Undersøkelse på sykehuset').first().waitFor(); // last valid render stays
  await issue.getByRole('button').click();
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path), '$.phases[0].steps[0].id');
  await page.locator('input[data-path="$.phases[0].steps[0].id"]').fill('step-1');
  await page.locator('.summary', { hasText: '0 error(s)' }).waitFor();
  // Undo brings the error back, redo removes it (one history for both views).
  await page.getByRole('button', { name: 'Undo' }).click();
  await issue.waitFor();
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.locator('.summary', { hasText: '0 error(s)' }).waitFor();
  // The JSON view shows the same document.
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.locator('.cm-content', { hasText: 'Undersøkelse på sykehuset' }).waitFor();
  await page.getByRole('tab', { name: 'Outline' }).click();
  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('suggested step').waitFor();
  assert.match(await dialog.textContent() ?? '', /patch/);
  assert.equal(await page.getByLabel('Version', { exact: true }).inputValue(), '1.0.1');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('#editor-heading', { hasText: '1.0.1' }).waitFor();
  const file = join(dir, 'pathway/my-pathway/1.0.1.json');
  const published = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(published.phases[0].steps[0].title.nb, 'Undersøkelse på sykehuset');
  assert.equal(published.published, new Date().toISOString().slice(0, 10));
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const entry = index.bundles.find((b: { id: string }) => b.id === 'my-pathway');
  assert.deepEqual(entry.versions.map((v: { version: string }) => v.version), ['1.0.1', '1.0.0']);
  assert.match(entry.versions[0].integrity, /^sha384-/);
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'validate', dir], { stdio: 'pipe' });
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'catalogue', dir, '--check'], { stdio: 'pipe' });
});
await test('a published file is never overwritten', async () => {
  const before = readFileSync(join(dir, 'pathway/my-pathway/1.0.1.json'), 'utf8');
  assert.equal((await post('/api/save', { path: 'pathway/my-pathway/1.0.1.json', text: '{}', hash: null })).status, 403);
  const d = (await (await post('/api/draft', { path: 'pathway/my-pathway/1.0.1.json' })).json()) as { path: string };
  const f = (await (await fetch(`${origin}/api/file?path=${d.path}`, { headers: { 'x-pakke-token': s.token } })).json()) as { hash: string };
  assert.equal((await post('/api/publish', { path: d.path, hash: f.hash, version: '1.0.1' })).status, 409);
  assert.equal(readFileSync(join(dir, 'pathway/my-pathway/1.0.1.json'), 'utf8'), before);
});
await test('a file changed on disk while open is detected, not overwritten', async () => {
  await page.goto(`${s.url}&open=${encodeURIComponent(draftPath)}`);
  await page.locator('#editor-heading', { hasText: 'draft' }).waitFor();
  const onDisk = readFileSync(join(dir, draftPath), 'utf8').replace('"Author"', '"Someone else"');
  writeFileSync(join(dir, draftPath), onDisk);
  await page.locator('.conflict[role="alert"]').waitFor({ timeout: 10000 });
  await page.locator('details[data-path="$.authors"] > summary').click();
  await page.locator('details[data-path="$.authors[0]"] > summary').click();
  await page.locator('input[data-path="$.authors[0].name"]').fill('Me');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.locator('.msg.error', { hasText: 'Not saved' }).waitFor();
  assert.equal(readFileSync(join(dir, draftPath), 'utf8'), onDisk);
});
await test('accessibility: axe finds no violations in the studio', async () => {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe?: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    if (!axe) return ['axe not loaded (CSP)'];
    const r = await axe.run(document.querySelector('pakke-studio'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  assert.deepEqual(violations, []);
});
await test('no page errors', async () => {
  assert.deepEqual(pageErrors, []);
});
if (process.env.STUDIO_SCREENSHOT) {
  await page.goto(`${s.url}&open=${encodeURIComponent('pathway/my-pathway/1.0.1.json')}`);
  await page.locator('pakke-pathway').getByText('Undersøgelse på sygehuset').first().waitFor();
  await page.screenshot({ path: process.env.STUDIO_SCREENSHOT });
}
await browser.close();
await s.close();
console.log(failures ? `${failures} test(s) failed` : 'all studio tests passed');
process.exit(failures ? 1 : 0);
