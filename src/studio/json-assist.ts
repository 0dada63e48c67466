/**
 * JSON Schema help in the JSON view, from the generated schemas (./schema-assist.ts): a hover
 * over a key or value shows the schema's description, type and allowed values; completion
 * offers the properties an object may still have (required ones first) and the enum values a
 * value may take. Validation is the project's own validator, shown as lint (./json-editor.ts).
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState, Extension } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import type { Seg } from './paths.js';
import { toPath } from './paths.js';
import { describe, propertiesAt, schemaFor, valuesAt, type JsonSchema } from './schema-assist.js';

const keyOf = (state: EditorState, prop: SyntaxNode): string | undefined => {
  const name = prop.firstChild;
  if (!name || name.name !== 'PropertyName') return undefined;
  try {
    return JSON.parse(state.doc.sliceString(name.from, name.to)) as string;
  } catch {
    return undefined;
  }
};

/** The JSON path of the value that `node` is (or lies in). */
export function pathOf(state: EditorState, node: SyntaxNode | null): Seg[] {
  const segs: Seg[] = [];
  for (let n = node; n && n.parent; n = n.parent) {
    const parent = n.parent;
    if (parent.name === 'Property' && n !== parent.firstChild) {
      const k = keyOf(state, parent);
      if (k !== undefined) segs.unshift(k);
    } else if (parent.name === 'Array') {
      let i = 0;
      for (let c = parent.firstChild; c && c.from < n.from; c = c.nextSibling) if (!['[', ']', ','].includes(c.name) && !c.type.isError) i++;
      segs.unshift(i);
    }
  }
  return segs;
}

function rootSchema(state: EditorState): JsonSchema | undefined {
  const m = /"kind"\s*:\s*"([\w-]+)"/.exec(state.doc.sliceString(0, Math.min(state.doc.length, 4000)));
  return schemaFor(m?.[1]);
}

const hover = hoverTooltip((view, pos, side) => {
  const state = view.state;
  let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, side);
  if (!['PropertyName', 'String', 'Number', 'True', 'False', 'Null'].includes(node.name)) return null;
  // On a key: the property's value; on a value: itself.
  const target = node.name === 'PropertyName' && node.parent?.name === 'Property' ? node.parent.lastChild : node;
  if (!target) return null;
  const segs = pathOf(state, node.name === 'PropertyName' ? target : node);
  if (node.name === 'PropertyName') {
    const k = keyOf(state, node.parent!);
    if (k !== undefined && segs[segs.length - 1] !== k) segs.push(k);
  }
  const text = describe(rootSchema(state), segs);
  if (!text) return null;
  return {
    pos: node.from,
    end: node.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-schema-hover';
      const code = dom.appendChild(document.createElement('code'));
      code.textContent = toPath(segs);
      for (const line of text.split('\n')) dom.appendChild(document.createElement('p')).textContent = line;
      return { dom };
    },
  };
});

export function schemaCompletions(ctx: CompletionContext): CompletionResult | null {
  const state = ctx.state;
  const root = rootSchema(state);
  if (!root) return null;
  const node = syntaxTree(state).resolveInner(ctx.pos, -1);
  const word = ctx.matchBefore(/"?[\w$-]*"?/);
  const from = word?.from ?? ctx.pos;
  // A value after `"key":` on the same line (also while it is still empty or half typed).
  const line = state.doc.lineAt(ctx.pos);
  const m = /"((?:[^"\\]|\\.)*)"\s*:\s*("?[\w$-]*"?)$/.exec(line.text.slice(0, ctx.pos - line.from));
  if (m) {
    let prop: SyntaxNode | null = syntaxTree(state).resolveInner(line.from + m.index + 1, 1);
    while (prop && prop.name !== 'Property') prop = prop.parent;
    const segs = [...pathOf(state, prop?.parent ?? null), JSON.parse(`"${m[1]}"`) as string];
    const options = valuesAt(root, segs).map((v) => ({ label: v, type: 'enum' }));
    return options.length ? { from: ctx.pos - m[2]!.length, options, validFor: /^"?[\w$-]*"?$/ } : null;
  }
  // A key being typed (or an empty place inside an object).
  if (node.name === 'String' && node.parent?.name === 'Property' && node !== node.parent.firstChild) return null;
  let obj: SyntaxNode | null = node;
  while (obj && obj.name !== 'Object') obj = obj.name === 'Array' ? null : obj.parent;
  if (!obj) return null;
  const segs = pathOf(state, obj);
  const present = new Set<string>();
  for (let c = obj.firstChild; c; c = c.nextSibling) if (c.name === 'Property') present.add(keyOf(state, c) ?? '');
  const options: Completion[] = propertiesAt(root, segs)
    .filter((p) => !present.has(p.name))
    .map((p) => ({ label: JSON.stringify(p.name), apply: `${JSON.stringify(p.name)}: `, detail: p.type + (p.required ? ' · required' : ''), info: p.description, boost: p.required ? 1 : 0, type: 'property' }));
  return options.length ? { from, options, validFor: /^"?[\w$-]*"?$/ } : null;
}

export function jsonSchemaAssist(): Extension {
  return [hover, autocompletion({ override: [schemaCompletions], activateOnTyping: true })];
}
