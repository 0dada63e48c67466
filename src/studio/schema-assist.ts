/**
 * The generated JSON Schemas (content/schema/*.json, written by `pakke schema` from the toolkit's
 * own schema) in the studio: which subschema describes the value at a JSON path, its description
 * and allowed values for hovers, the property names and enum values a place may take for
 * completion, and the allowed values of enum fields for the outline's selects.
 *
 * The schemas are generated fully inlined (no `$ref`), so walking them is properties / items /
 * additionalProperties plus the union keywords (anyOf / oneOf / allOf), taking every branch.
 */
import pathway from '../../content/schema/pathway.schema.json';
import decisionAid from '../../content/schema/decision-aid.schema.json';
import needsAssessment from '../../content/schema/needs-assessment.schema.json';
import overlay from '../../content/schema/overlay.schema.json';
import type { Seg } from './paths.js';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  title?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

const SCHEMAS: Record<string, JsonSchema> = {
  pathway: pathway as unknown as JsonSchema,
  'decision-aid': decisionAid as unknown as JsonSchema,
  'needs-assessment': needsAssessment as unknown as JsonSchema,
  overlay: overlay as unknown as JsonSchema,
};

export function schemaFor(kind: unknown): JsonSchema | undefined {
  return typeof kind === 'string' ? SCHEMAS[kind] : undefined;
}

/** The schema and the branches of its unions, flattened. */
function branches(s: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = [s];
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) for (const b of s[k] ?? []) out.push(...branches(b));
  return out;
}

/** Every subschema that may describe the value at `segs` (empty when the schema does not allow it). */
export function schemasAt(root: JsonSchema, segs: readonly Seg[]): JsonSchema[] {
  let current = branches(root);
  for (const seg of segs) {
    const next: JsonSchema[] = [];
    for (const s of current) {
      if (typeof seg === 'number') {
        const item = s.prefixItems?.[seg] ?? s.items;
        if (item) next.push(...branches(item));
      } else {
        const p = s.properties?.[seg];
        if (p) next.push(...branches(p));
        else if (s.additionalProperties && typeof s.additionalProperties === 'object') next.push(...branches(s.additionalProperties));
      }
    }
    current = next;
    if (!current.length) break;
  }
  return current;
}

/** The allowed values at `segs` when they are a closed list of strings (enum or const), else undefined. */
export function enumAt(root: JsonSchema | undefined, segs: readonly Seg[]): string[] | undefined {
  if (!root) return undefined;
  const all = schemasAt(root, segs);
  const values = new Set<string>();
  let closed = false;
  for (const s of all) {
    if (s.enum) (closed = true), s.enum.forEach((v) => typeof v === 'string' && values.add(v));
    else if (typeof s.const === 'string') (closed = true), values.add(s.const);
    else if (s.type === 'string' || s.properties || s.items) return undefined; // an open string or another shape is allowed too
  }
  return closed && values.size ? [...values] : undefined;
}

const typeName = (s: JsonSchema): string => {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object' && s.additionalProperties.type === 'string' && !s.properties) return 'text per locale';
  if (s.type === 'array') return `list${s.items?.type ? ` of ${typeName(s.items)}` : ''}`;
  return Array.isArray(s.type) ? s.type.join(' | ') : s.type ?? '';
};

/** What a hover over the value or key at `segs` says: description, type, allowed values, limits. */
export function describe(root: JsonSchema | undefined, segs: readonly Seg[]): string | undefined {
  if (!root) return undefined;
  const all = schemasAt(root, segs).filter((s) => s.type || s.enum || s.const !== undefined || s.description || s.properties);
  if (!all.length) return segs.length ? 'Not allowed here by the schema.' : undefined;
  const lines: string[] = [];
  const desc = all.map((s) => s.description).find(Boolean);
  if (desc) lines.push(desc);
  const types = [...new Set(all.map(typeName).filter(Boolean))];
  if (types.length) lines.push(`Type: ${types.join(' or ')}`);
  const s = all[0]!;
  if (s.format) lines.push(`Format: ${s.format}`);
  else if (s.pattern && s.pattern.length < 80) lines.push(`Pattern: ${s.pattern}`);
  if (s.minimum !== undefined && s.minimum > -9e15) lines.push(`Minimum: ${s.minimum}`);
  if (s.maximum !== undefined && s.maximum < 9e15) lines.push(`Maximum: ${s.maximum}`);
  if (s.minItems) lines.push(`At least ${s.minItems} item(s)`);
  if (s.required?.length) lines.push(`Required: ${s.required.join(', ')}`);
  return lines.join('\n');
}

export interface PropertyInfo { name: string; required: boolean; description?: string; type: string }

/** The property names an object at `segs` may have (declared ones; not those of additionalProperties). */
export function propertiesAt(root: JsonSchema | undefined, segs: readonly Seg[]): PropertyInfo[] {
  if (!root) return [];
  const out = new Map<string, PropertyInfo>();
  for (const s of schemasAt(root, segs)) {
    for (const [name, p] of Object.entries(s.properties ?? {})) {
      if (out.has(name)) continue;
      const b = branches(p);
      out.set(name, { name, required: !!s.required?.includes(name), description: b.map((x) => x.description).find(Boolean), type: [...new Set(b.map(typeName).filter(Boolean))].join(' or ') });
    }
  }
  return [...out.values()];
}

/** Values to offer at `segs`: enum / const strings, true/false for booleans. */
export function valuesAt(root: JsonSchema | undefined, segs: readonly Seg[]): string[] {
  if (!root) return [];
  const out = new Set<string>();
  for (const s of schemasAt(root, segs)) {
    for (const v of s.enum ?? []) out.add(JSON.stringify(v));
    if (s.const !== undefined) out.add(JSON.stringify(s.const));
    if (s.type === 'boolean') (out.add('true'), out.add('false'));
  }
  return [...out];
}
