/**
 * JSON Schema for content authors' editors, generated from the zod schemas (the single source of
 * truth). `npm run schema:write` writes it to `content/schema/`; a test fails when it is stale.
 */
import * as z from 'zod/mini';
import { KINDS, type Kind } from './envelope.js';
import { kinds } from './schema.js';

export function jsonSchemaFor(kind: Kind): Record<string, unknown> {
  const schema = z.toJSONSchema(kinds[kind].schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://pakke-elements.example/schema/${kind}.schema.json`,
    title: `pakke-elements ${kind} bundle (format 1)`,
  };
}

/** File name → JSON text, for every kind. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KINDS) out[`${kind}.schema.json`] = JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n';
  return out;
}
