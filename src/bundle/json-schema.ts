/**
 * JSON Schema for content authors' editors, generated from the zod schemas (the single source of
 * truth). `npm run schema:write` writes it to `content/schema/`; a test fails when it is stale.
 */
import * as z from 'zod/mini';
import { KINDS, type Kind } from './envelope.js';
import { overlayBundle } from './kinds/overlay.js';
import { pathwayDocs } from './kinds/pathway.docs.js';
import { kinds } from './schema.js';

function withId(schema: z.core.$ZodType, name: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...json, $id: `https://pakke-elements.example/schema/${name}.schema.json`, title };
}

/** Field descriptions kept outside a kind's schema module (so element bundles do not carry them), by JSON Pointer. */
const DOCS: Partial<Record<Kind, Readonly<Record<string, string>>>> = { pathway: pathwayDocs };

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

export function jsonSchemaFor(kind: Kind): Record<string, unknown> {
  const json = withId(kinds[kind].schema, kind, `pakke-elements ${kind} bundle (format 1)`);
  const docs = DOCS[kind];
  if (docs) applyDocs(json, docs);
  return json;
}

/** File name → JSON text, for every kind and for overlays. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KINDS) out[`${kind}.schema.json`] = JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n';
  out['overlay.schema.json'] = JSON.stringify(withId(overlayBundle(), 'overlay', 'pakke-elements overlay (format 1)'), null, 2) + '\n';
  return out;
}
