/**
 * JSON Schema for content authors' editors, generated from the zod schemas (the single source of
 * truth). `npm run schema:write` writes it to `content/schema/`; a test fails when it is stale.
 */
import * as z from 'zod/mini';
import { KINDS, type Kind } from './envelope.js';
import { overlayBundle } from './kinds/overlay.js';
import { kinds } from './schema.js';

function withId(schema: z.core.$ZodType, name: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...json, $id: `https://pakke-elements.example/schema/${name}.schema.json`, title };
}

export function jsonSchemaFor(kind: Kind): Record<string, unknown> {
  return withId(kinds[kind].schema, kind, `pakke-elements ${kind} bundle (format 1)`);
}

/** File name → JSON text, for every kind and for overlays. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KINDS) out[`${kind}.schema.json`] = JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n';
  out['overlay.schema.json'] = JSON.stringify(withId(overlayBundle(), 'overlay', 'pakke-elements overlay (format 1)'), null, 2) + '\n';
  return out;
}
