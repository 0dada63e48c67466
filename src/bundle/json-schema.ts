/**
 * JSON Schema for content authors' editors, generated from the zod schemas (the single source of
 * truth). `npm run schema:write` writes it to `content/schema/`; a test fails when it is stale.
 */
import * as z from 'zod/mini';
import { KINDS, type Kind } from './envelope.js';
import { overlayBundle } from './kinds/overlay.js';
import { decisionAidDocs } from './kinds/decision-aid.docs.js';
import { pathwayDocs } from './kinds/pathway.docs.js';
import { envelopeDocs, needsAssessmentDocs, overlayDocs, PATTERN_MESSAGES, type FieldDoc } from './schema.docs.js';
import { kinds } from './schema.js';

function withId(schema: z.core.$ZodType, name: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...json, $id: `https://pakke-elements.example/schema/${name}.schema.json`, title };
}

/** Field descriptions kept outside a kind's schema module (so element bundles do not carry them), by JSON Pointer. */
const DOCS: Partial<Record<Kind, Readonly<Record<string, string>>>> = { pathway: pathwayDocs, 'decision-aid': decisionAidDocs };

/**
 * Writes `docs` into `schema` at their JSON Pointers. Returns the pointers that name nothing
 * (a test fails on any), so a renamed field cannot silently lose its description.
 */
export function applyDocs(schema: Record<string, unknown>, docs: Readonly<Record<string, string>>): string[] {
  const missing: string[] = [];
  for (const [pointer, description] of Object.entries(docs)) {
    let node: unknown = schema;
    for (const key of pointer.split('/').slice(1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node && typeof node === 'object') (node as Record<string, unknown>).description = description;
    else missing.push(pointer);
  }
  return missing;
}

/** Field docs (by field path, see `./schema.docs.ts`) for each generated schema; later maps win. */
export const FIELD_DOCS: Record<Kind | 'overlay', readonly Readonly<Record<string, FieldDoc | string>>[]> = {
  pathway: [envelopeDocs],
  'decision-aid': [envelopeDocs],
  'needs-assessment': [envelopeDocs, needsAssessmentDocs],
  overlay: [envelopeDocs, overlayDocs],
};

/**
 * Gives every property of `schema` that has no description the one `docs` holds for its field
 * path (`a.b[].c`; union branches share a path), with its examples, and every `pattern` a
 * readable `patternErrorMessage` (shown by VS Code instead of the regular expression). Returns
 * the field paths it found, so a test can tell which keys of `docs` name nothing.
 */
export function applyFieldDocs(schema: Record<string, unknown>, docs: Readonly<Record<string, FieldDoc | string>>): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, path));
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.pattern === 'string' && !n.patternErrorMessage) {
      const message = PATTERN_MESSAGES.find(([re]) => re.test(n.pattern as string))?.[1];
      if (message) n.patternErrorMessage = message;
    }
    if (n.properties && typeof n.properties === 'object') {
      for (const [key, child] of Object.entries(n.properties as Record<string, unknown>)) {
        const p = path ? `${path}.${key}` : key;
        seen.add(p);
        const doc = docs[p];
        if (doc && child && typeof child === 'object' && !('description' in child)) {
          const d = typeof doc === 'string' ? { description: doc } : doc;
          Object.assign(child, { description: d.description }, d.examples ? { examples: d.examples } : {});
        }
        visit(child, p);
      }
    }
    if (n.items) visit(n.items, `${path}[]`);
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) if (n[k]) visit(n[k], path);
    if (n.propertyNames) visit(n.propertyNames, path);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') visit(n.additionalProperties, path);
  };
  visit(schema, '');
  return seen;
}

export function jsonSchemaFor(kind: Kind): Record<string, unknown> {
  const json = withId(kinds[kind].schema, kind, `pakke-elements ${kind} bundle (format 1)`);
  const docs = DOCS[kind];
  if (docs) applyDocs(json, docs);
  applyFieldDocs(json, Object.assign({}, ...FIELD_DOCS[kind]));
  return json;
}

export function overlayJsonSchema(): Record<string, unknown> {
  const json = withId(overlayBundle(), 'overlay', 'pakke-elements overlay (format 1)');
  applyFieldDocs(json, Object.assign({}, ...FIELD_DOCS.overlay));
  return json;
}

/** File name → JSON text, for every kind and for overlays. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KINDS) out[`${kind}.schema.json`] = JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n';
  out['overlay.schema.json'] = JSON.stringify(overlayJsonSchema(), null, 2) + '\n';
  return out;
}
