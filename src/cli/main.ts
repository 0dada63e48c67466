/**
 * pakke — command line for content authors.
 *
 *   pakke validate [paths…]             check bundles (default: ./content); exit 1 on any error
 *   pakke schema [dir] [--check]        write (or check) the JSON Schemas (default: content/schema)
 *   pakke catalogue [dir] [--check]     write (or check) <dir>/index.json listing every bundle
 *   pakke render FILE [--lang xx] [--ui-locale xx] [--start-date YYYY-MM-DD] [--mode consultation] [--heading-level N]
 *                                       print the element's first render as HTML (declarative shadow DOM)
 *   pakke fhir-questionnaire FILE [--locale xx]
 *                                       print a needs-assessment bundle as a FHIR R4 Questionnaire
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../bundle/json-schema.js';
import { buildCatalogue } from './catalogue.js';
import { printReports, validateFiles } from './validate.js';

function usage(): number {
  console.error('usage: pakke validate [paths…] | pakke schema [dir] [--check] | pakke catalogue [dir] [--check] | pakke render FILE [--lang xx] [--ui-locale xx] … | pakke fhir-questionnaire FILE [--locale xx]');
  return 2;
}


function schema(args: string[]): number {
  const check = args.includes('--check');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'content/schema';
  let stale = 0;
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    const path = join(dir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`${path} is stale: run npm run schema:write`);
      stale++;
    } else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (check && !stale) console.log(`JSON Schemas in ${dir} are up to date`);
  return stale ? 1 : 0;
}

function catalogue(args: string[]): number {
  const check = args.includes('--check');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'content';
  const path = join(dir, 'index.json');
  const text = JSON.stringify(buildCatalogue(dir), null, 2) + '\n';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (check) {
    if (current !== text) {
      console.error(`${path} is stale: run npm run catalogue`);
      return 1;
    }
    console.log(`${path} is up to date`);
    return 0;
  }
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
  return 0;
}

async function fhir(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) return usage();
  const i = args.indexOf('--locale');
  const { checkBundle } = await import('./validate.js');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; defaultLocale?: string };
  const problems = checkBundle(data).filter((p) => p.severity === 'error');
  if (problems.length) {
    problems.forEach((p) => console.error(`${file}: ${p.path}: ${p.message}`));
    return 1;
  }
  if (data.kind !== 'needs-assessment') {
    console.error(`${file}: only needs-assessment bundles can be exported as a Questionnaire`);
    return 1;
  }
  const { toFhirQuestionnaire } = await import('../needs-assessment/fhir.js');
  const locale = i >= 0 ? args[i + 1] : data.defaultLocale;
  console.log(JSON.stringify(toFhirQuestionnaire(data as never, locale ?? 'en'), null, 2));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command = 'validate', ...args] = argv;
  switch (command) {
    case 'validate':
      return printReports(validateFiles(args.length ? args : ['content']));
    case 'schema':
      return schema(args);
    case 'catalogue':
      return catalogue(args);
    case 'render':
      return (await import('./render.js')).renderCommand(args);
    case 'fhir-questionnaire':
      return fhir(args);
    default:
      // `pakke some/path` is short for `pakke validate some/path`.
      if (existsSync(command)) return printReports(validateFiles([command, ...args]));
      return usage();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
