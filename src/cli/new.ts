/**
 * `pakke new <kind> <id> [dir] [--locales da,nb] [--stdout]`: writes a minimal, valid bundle
 * from the kind's template (src/bundle/templates.ts) to `<dir>/<kind>/<id>/1.0.0.json`
 * (dir default `content`); never overwrites a file. `pakke new overlay <id> --base <bundle-id>
 * [--versions ^1.0]` writes an overlay for that bundle.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Kind } from '../bundle/envelope.js';
import { ID_PATTERN } from '../bundle/parts.js';
import { bundleTemplate, overlayTemplate, TEMPLATE_KINDS } from '../bundle/templates.js';

export function newBundle(args: string[]): number {
  const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const li = args.indexOf('--locales');
  const locales = li >= 0 ? (valueOf('--locales') ?? '').split(',').map((l) => l.trim()).filter(Boolean) : undefined;
  const taken = new Set(['--locales', '--base', '--versions'].flatMap((f) => (args.indexOf(f) >= 0 ? [args.indexOf(f) + 1] : [])));
  const [kind, id, dir = 'content'] = args.filter((a, i) => !a.startsWith("--") && !taken.has(i));
  const base = valueOf('--base');
  if (kind === 'overlay' && (!base || !ID_PATTERN.test(base))) {
    console.error('pakke new: an overlay needs --base <id of the bundle it adds to>');
    return 2;
  }
  if (!kind || (kind !== 'overlay' && !TEMPLATE_KINDS.includes(kind as Kind))) {
    console.error(`pakke new: the kind must be one of ${[...TEMPLATE_KINDS, 'overlay'].join(', ')}`);
    return 2;
  }
  if (!id || !ID_PATTERN.test(id)) {
    console.error('pakke new: give an id of lowercase letters, digits, "-", "_" or "." (e.g. my-pathway)');
    return 2;
  }
  const data = kind === 'overlay' ? overlayTemplate(id, base!, valueOf('--versions') ?? '^1.0', { locales }) : bundleTemplate(kind as Kind, id, { locales });
  const text = JSON.stringify(data, null, 2) + '\n';
  if (args.includes('--stdout')) {
    process.stdout.write(text);
    return 0;
  }
  const file = join(dir, kind, id, '1.0.0.json');
  if (existsSync(file)) {
    console.error(`pakke new: ${file} exists; a bundle version is never overwritten`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`wrote ${file} (status "draft"; replace the placeholder texts and source, then run pakke validate)`);
  return 0;
}
