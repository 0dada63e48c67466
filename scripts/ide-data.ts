/**
 * Editor data for the tags, from custom-elements.json (run by `npm run cem` after the
 * analyzer): `vscode.html-custom-data.json` (VS Code's `html.customData`) and `web-types.json`
 * (JetBrains IDEs; package.json `web-types` points to it). Both list the three public tags (and
 * `<pakke-icon-array>`) with their attributes, events with detail types, and slots; both are in
 * the npm package. Deterministic: the manifest is sorted, and so is this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
}
interface Decl {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
}
interface Manifest {
  modules: { path: string; declarations?: Decl[] }[];
}

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** Literal values of a type such as `'compact' | 'inline' | null`, when it is only literals. */
function literals(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'null' && p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

export function ideData(manifest: Manifest): { vscode: string; webTypes: string } {
  const elements = manifest.modules
    .filter((m) => !m.path.startsWith('src/studio/'))
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('pakke-')))
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!, 'en'));
  const doc = (d: Decl) => [d.summary, d.description].filter(Boolean).join('\n\n');
  const vscode = {
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName!,
      description: doc(d),
      attributes: (d.attributes ?? []).map((a) => {
        const values = literals(a.type?.text);
        return { name: a.name, description: [a.description, a.type ? `Type: \`${a.type.text}\`` : ''].filter(Boolean).join('\n\n'), ...(values ? { values: values.map((name) => ({ name })) } : {}) };
      }),
    })),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName!,
          description: doc(d),
          attributes: (d.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', value: { type: a.type?.text ?? 'string' } })),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { type: e.type.text } : {}) })),
          js: {
            properties: (d.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
              .map((m) => ({ name: m.name, description: m.description ?? '', ...(m.type ? { type: m.type.text } : {}) })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { type: e.type.text } : {}) })),
          },
        })),
      },
    },
  };
  return { vscode: JSON.stringify(vscode, null, 2) + '\n', webTypes: JSON.stringify(webTypes, null, 2) + '\n' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? root;
  const { vscode, webTypes } = ideData(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest);
  writeFileSync(join(dir, 'vscode.html-custom-data.json'), vscode);
  writeFileSync(join(dir, 'web-types.json'), webTypes);
  console.log(`wrote ${join(dir, 'vscode.html-custom-data.json')} and web-types.json`);
}
