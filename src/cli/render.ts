/**
 * `pakke render FILE [--lang xx] [--ui-locale xx] [--start-date YYYY-MM-DD] [--mode consultation]
 * [--heading-level N]`: prints the element's first render as an HTML fragment (declarative shadow
 * DOM, the bundle embedded as `<script type="application/json">`), after the same checks as
 * `pakke validate`. Exit 1 when the bundle has errors.
 */
import { readFileSync } from 'node:fs';

const FLAGS = ['--lang', '--ui-locale', '--start-date', '--mode', '--heading-level'] as const;

export async function renderCommand(args: string[]): Promise<number> {
  const values: Partial<Record<(typeof FLAGS)[number], string>> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if ((FLAGS as readonly string[]).includes(flag)) {
      const v = inline ?? args[++i];
      if (v === undefined) {
        console.error(`pakke render: ${flag} needs a value`);
        return 2;
      }
      values[flag as (typeof FLAGS)[number]] = v;
    } else if (a.startsWith('--')) {
      console.error(`pakke render: unknown option ${a}`);
      return 2;
    } else file ??= a;
  }
  if (!file) {
    console.error('usage: pakke render FILE [--lang xx] [--ui-locale xx] [--start-date YYYY-MM-DD] [--mode consultation] [--heading-level N]');
    return 2;
  }
  const level = values['--heading-level'] === undefined ? undefined : Number(values['--heading-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 5)) {
    console.error('pakke render: --heading-level must be 2, 3, 4 or 5');
    return 2;
  }
  const start = values['--start-date'];
  if (start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(start)) {
    console.error('pakke render: --start-date must be YYYY-MM-DD');
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const { checkBundle } = await import('./validate.js');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const problems = checkBundle(data).filter((p) => p.severity === 'error');
  if (problems.length) {
    problems.forEach((p) => console.error(`${file}: ${p.path}: ${p.message}`));
    return 1;
  }
  const { renderElement } = await import('../ssr/index.js');
  process.stdout.write(
    renderElement({ bundle: data, lang: values['--lang'], uiLocale: values['--ui-locale'], startDate: start, mode: values['--mode'], headingLevel: level }) + '\n',
  );
  return 0;
}
