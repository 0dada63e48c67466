/**
 * custom-elements.json as IDEs, Storybook and docs read it: two runs of the analyzer give the
 * same bytes, every event of the three elements has its detail type, internal members are not
 * listed, and the VS Code / JetBrains files made from it (scripts/ide-data.ts) carry the tags,
 * attributes, typed events and slots. Run with `npm run test:node`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ideData } from '../../scripts/ide-data.js';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'node_modules/.bin/custom-elements-manifest');

/** Runs the analyzer with the project's config, writing into a fresh folder; returns the manifest text. */
function analyze(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pakke-cem-'));
  const config = join(dir, 'config.mjs');
  // The analyzer joins outdir to the working directory: give it relative to the repository.
  writeFileSync(config, `import c from ${JSON.stringify(join(root, 'custom-elements-manifest.config.mjs'))};\nexport default { ...c, outdir: ${JSON.stringify(relative(root, dir))} };\n`);
  return new Promise((ok, fail) => {
    const p = spawn(cli, ['analyze', '--config', config], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`analyzer exited ${code}: ${err}`);
        ok(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
      } catch (e) {
        fail(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const runs = Promise.all([analyze(), analyze()]);

test('two analyzer runs give byte-identical manifests', { timeout: 240_000 }, async () => {
  const [a, b] = await runs;
  assert.ok(a.length > 10_000);
  assert.equal(a, b);
});

test('every event of the elements has its detail type; internal members are not listed', { timeout: 240_000 }, async () => {
  const [a] = await runs;
  const m = JSON.parse(a) as { modules: { path: string; declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[]; members?: { name: string }[] }[] }[] };
  const els = Object.fromEntries(m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  const expected: Record<string, Record<string, string>> = {
    'pakke-pathway': { 'pakke-ready': 'ReadyDetail', 'pakke-error': 'PakkeErrorDetail', 'pakke-step-select': 'StepSelectDetail', 'pakke-related-select': 'RelatedSelectDetail' },
    'pakke-decision-aid': { 'pakke-ready': 'ReadyDetail', 'pakke-error': 'PakkeErrorDetail', 'pakke-change': 'DecisionAidChangeDetail', 'pakke-summary': 'DecisionAidSummary' },
    'pakke-needs-assessment': { 'pakke-ready': 'ReadyDetail', 'pakke-error': 'PakkeErrorDetail', 'pakke-change': 'NeedsChangeDetail', 'pakke-submit': 'NeedsSubmitDetail', 'pakke-answers-kept': 'NeedsAnswersKeptDetail' },
  };
  for (const [tag, events] of Object.entries(expected)) {
    const got = Object.fromEntries((els[tag]?.events ?? []).map((e) => [e.name, e.type?.text]));
    assert.deepEqual(got, Object.fromEntries(Object.entries(events).map(([k, v]) => [k, `CustomEvent<${v}>`])), tag);
    const names = (els[tag]?.members ?? []).map((x) => x.name);
    for (const internal of ['kind', 'schema', 'emit', 'prepare', 'renderBundle']) assert.ok(!names.includes(internal), `${tag} lists ${internal}`);
  }
  const paths = m.modules.map((x) => x.path);
  assert.deepEqual(paths, [...paths].sort((x, y) => x.localeCompare(y, 'en')));
});

test('VS Code and JetBrains data: the tags with attributes, typed events and slots, deterministic', { timeout: 240_000 }, async () => {
  const [a] = await runs;
  const first = ideData(JSON.parse(a));
  assert.deepEqual(ideData(JSON.parse(a)), first);
  const vscode = JSON.parse(first.vscode) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  assert.deepEqual(vscode.tags.map((t) => t.name), ['pakke-decision-aid', 'pakke-icon-array', 'pakke-needs-assessment', 'pakke-pathway']);
  const pathway = vscode.tags.find((t) => t.name === 'pakke-pathway')!;
  for (const attr of ['src', 'start-date', 'current-step', 'heading-level', 'lang']) assert.ok(pathway.attributes.some((x) => x.name === attr), attr);
  const web = JSON.parse(first.webTypes) as { contributions: { html: { elements: { name: string; events: { name: string; type?: string }[]; slots: { name: string }[] }[] } } };
  const na = web.contributions.html.elements.find((e) => e.name === 'pakke-needs-assessment')!;
  assert.equal(na.events.find((e) => e.name === 'pakke-submit')?.type, 'CustomEvent<NeedsSubmitDetail>');
  assert.deepEqual(na.slots.map((s) => s.name), ['intro']);
});
