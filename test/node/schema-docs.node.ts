/**
 * The JSON Schemas authors' editors use (content/schema/*.json, from `npm run schema:write`):
 * every property has a description, every pattern a readable message instead of the regular
 * expression, and every documented field path still names a field. Run with `npm run test:node`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_DOCS, applyFieldDocs, jsonSchemaFiles } from '../../src/bundle/json-schema.js';

const root = new URL('../..', import.meta.url).pathname;
const files = jsonSchemaFiles();

/** Pointers of properties without a description, and of patterns without a message. */
function gaps(node: unknown, at = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => gaps(n, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const out: string[] = [];
  if (typeof n.pattern === 'string' && typeof n.patternErrorMessage !== 'string') out.push(`${at} (pattern ${n.pattern} without patternErrorMessage)`);
  if (n.properties && typeof n.properties === 'object') {
    for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) {
      const d = (v as { description?: unknown } | null)?.description;
      if (typeof d !== 'string' || d.trim().length < 8) out.push(`${at}/properties/${k}`);
    }
  }
  for (const [k, v] of Object.entries(n)) out.push(...gaps(v, `${at}/${k}`));
  return out;
}

test('every property of every generated JSON Schema has a description, every pattern a message', () => {
  assert.deepEqual(Object.keys(files).sort(), ['decision-aid.schema.json', 'needs-assessment.schema.json', 'overlay.schema.json', 'pathway.schema.json']);
  for (const [name, text] of Object.entries(files)) {
    assert.deepEqual(gaps(JSON.parse(text)), [], `${name}: properties without a description`);
  }
});

test('the committed schemas are the generated ones (npm run schema:write)', () => {
  for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(join(root, 'content/schema', name), 'utf8'), text, name);
});

test('dates, versions and ids explain themselves in words', () => {
  const pathway = JSON.parse(files['pathway.schema.json']!) as { properties: Record<string, { patternErrorMessage?: string; examples?: unknown[] }> };
  assert.match(pathway.properties.version!.patternErrorMessage!, /semantic version such as "1\.0\.0"/);
  assert.match(pathway.properties.published!.patternErrorMessage!, /YYYY-MM-DD/);
  assert.match(pathway.properties.id!.patternErrorMessage!, /lowercase letters/);
  assert.ok(pathway.properties.version!.examples?.length);
});

test('the gap finder finds a property without a description', () => {
  assert.deepEqual(gaps({ properties: { a: { type: 'string' }, b: { type: 'string', description: 'A field that says what it is.' } } }), ['/properties/a']);
});

test('every documented field path names a field of a schema it is applied to', () => {
  const targets: Record<string, string> = { pathway: 'pathway', 'decision-aid': 'decision-aid', 'needs-assessment': 'needs-assessment', overlay: 'overlay' };
  const used = new Map<object, Set<string>>();
  for (const [kind, maps] of Object.entries(FIELD_DOCS)) {
    const schema = JSON.parse(files[`${targets[kind]}.schema.json`]!) as Record<string, unknown>;
    const seen = applyFieldDocs(schema, {});
    for (const m of maps) {
      const s = used.get(m) ?? new Set<string>();
      for (const p of seen) s.add(p);
      used.set(m, s);
    }
  }
  for (const [m, seen] of used) {
    const stale = Object.keys(m).filter((k) => !seen.has(k));
    assert.deepEqual(stale, [], 'documented field paths that name nothing');
  }
});
