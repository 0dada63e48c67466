/**
 * pakke — command line for content authors. Run `pakke help` for the list of commands.
 *
 * To add a command, add one entry to `COMMANDS` below: its usage line, a one-line summary for
 * the list, the help text `pakke help <name>` prints, and `run`, which returns the exit code.
 * Output goes through console.log / console.error; `finish` waits until it has been written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../generated/version.js';
import { jsonSchemaFiles } from '../bundle/json-schema.js';
import { buildCatalogue } from './catalogue.js';
import { printReports, validateFiles, type ReportLang, REPORT_LANGS } from './validate.js';

export interface Command {
  /** Arguments after the command name, e.g. `[dir] [--check]`. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** What `pakke help <name>` prints below the usage line: options and examples. */
  help: string;
  run: (args: string[]) => number | Promise<number>;
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
  if (!file) return usageError('fhir-questionnaire', 'a bundle file is required');
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

function validate(args: string[]): number {
  const i = args.indexOf('--lang');
  let lang: ReportLang = 'en';
  if (i >= 0) {
    const value = args[i + 1];
    if (!REPORT_LANGS.includes(value as ReportLang)) return usageError('validate', `--lang must be one of ${REPORT_LANGS.join(', ')}`);
    lang = value as ReportLang;
  }
  const paths = args.filter((a, j) => !a.startsWith('--') && !(i >= 0 && j === i + 1));
  return printReports(validateFiles(paths.length ? paths : ['content'], lang), process.cwd(), lang);
}

/** Every command, in the order `pakke help` lists them. */
export const COMMANDS: Record<string, Command> = {
  validate: {
    usage: '[paths…] [--lang en|da|nb|nn]',
    summary: 'check bundles and overlays (default: ./content); exit 1 on any error',
    help: `Runs every check on every bundle below the paths: JSON, schema, source references,
translations, links and media, readability (LIX) and each kind's own rules. All checks run, so
one report lists everything to fix. Each problem is printed as
  file:line:column  $.json.path  message
Errors fail (exit 1); warnings are printed and pass.

  --lang xx   the language of the messages: en (default), da, nb or nn

Examples:
  pakke validate content
  pakke validate content/pathway/no-breast-cancer/1.0.0.json --lang nb
  pakke content/pathway          (short for pakke validate content/pathway)`,
    run: validate,
  },
  schema: {
    usage: '[dir] [--check]',
    summary: 'write (or check) the JSON Schemas for editors (default: content/schema)',
    help: `Writes one JSON Schema per kind and one for overlays, generated from the toolkit's schema.
Point a bundle's "$schema" at one to get completion and descriptions in your editor.

  --check     write nothing; exit 1 when a file is missing or out of date`,
    run: schema,
  },
  catalogue: {
    usage: '[dir] [--check]',
    summary: 'write (or check) <dir>/index.json listing every bundle (default: content)',
    help: `Writes <dir>/index.json: every bundle's kind, id, version, path and hash, which elements use
to find the newest version in a range (bundle-id + content-base).

  --check     write nothing; exit 1 when index.json is out of date`,
    run: catalogue,
  },
  'fhir-questionnaire': {
    usage: 'FILE [--locale xx]',
    summary: 'print a needs-assessment bundle as a FHIR R4 Questionnaire',
    help: `Prints the bundle as a FHIR R4 Questionnaire (JSON) on standard output.

  --locale xx   the language of the texts (default: the bundle's defaultLocale)`,
    run: fhir,
  },
  render: {
    usage: 'FILE [--lang xx] [--ui-locale xx] [--start-date YYYY-MM-DD] [--mode consultation] [--heading-level N]',
    summary: "print the element's first render as HTML (declarative shadow DOM, bundle embedded)",
    help: `Checks the bundle as \`pakke validate\` does (exit 1 on errors), then prints an HTML fragment:
the element's tag with its attributes, its shadow root as <template shadowrootmode="open"> with
styles and the first render, and the bundle as <script type="application/json">. The page's
script hydrates it in place. See docs/pre-rendering.md.

  --lang xx              content language (default: the bundle's defaultLocale)
  --ui-locale xx         language of the element's own texts (default: da)
  --start-date DATE      pathway: compute target dates from this date
  --mode consultation    decision aid: the shared-screen view
  --heading-level N      the level of the element's top headings`,
    run: async (args) => (await import('./render.js')).renderCommand(args),
  },
  new: {
    usage: 'KIND ID [dir] [--locales da,nb] [--stdout]',
    summary: "start a new bundle from the kind's template",
    help: `Writes <dir>/<kind>/<id>/1.0.0.json (default dir: content) from the template of KIND
(pathway, decision-aid or needs-assessment): status "draft", a $schema for editors, texts for
every locale to fill in. Never overwrites an existing file.

  --locales da,nb   the bundle's locales (the first is the default locale)
  --stdout          print the bundle instead of writing it`,
    run: async (args) => (await import('./new.js')).newBundle(args),
  },
  studio: {
    usage: '[dir] [--port N]',
    summary: 'the authoring studio on 127.0.0.1 (write, check, preview, publish)',
    help: `Starts the studio for the bundles in dir (default: content) on 127.0.0.1 only and prints
its URL, with a per-run token, on the first line. Add &open=<path> to open one bundle.
See docs/authoring.md.

  --port N   the port to listen on (default: any free port)`,
    run: async (args) => (await import('./studio.js')).studio(args),
  },
};

function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    `pakke ${VERSION} — tools for pakke-elements content bundles`,
    '',
    'usage: pakke <command> [arguments]',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  show this list, or a command's help: pakke help <command>`,
    '',
    'options: -h, --help (also after a command), -v, --version',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return `usage: pakke ${name} ${c.usage}\n\n${c.summary}\n\n${c.help}`;
}

function usageError(name: string | undefined, problem: string): number {
  console.error(`pakke: ${problem}`);
  console.error(name && COMMANDS[name] ? `usage: pakke ${name} ${COMMANDS[name].usage}  (pakke help ${name} for more)` : 'Run pakke help for the list of commands.');
  return 2;
}

const isHelp = (a: string | undefined) => a === '--help' || a === '-h';

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || isHelp(command)) {
    console.log(helpText());
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (command === 'help') {
    const topic = args[0];
    if (topic === undefined) console.log(helpText());
    else if (COMMANDS[topic]) console.log(commandHelp(topic));
    else return usageError(undefined, `unknown command "${topic}"`);
    return 0;
  }
  const entry = COMMANDS[command];
  if (entry) {
    if (args.some(isHelp)) {
      console.log(commandHelp(command));
      return 0;
    }
    return entry.run(args);
  }
  // `pakke some/path` is short for `pakke validate some/path`.
  if (existsSync(command)) return validate(argv);
  return usageError(undefined, `unknown command "${command}"`);
}

/**
 * Sets the exit code and lets Node exit once stdout and stderr are written: `process.exit()`
 * would drop whatever a slow pipe has not taken yet (everything past the pipe's 64 KB buffer).
 * A reader that closes early (`pakke … | head`) ends the output quietly.
 */
function finish(code: number): void {
  process.exitCode = code;
}

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(finish, (e: unknown) => {
  console.error(`pakke: ${e instanceof Error ? e.message : String(e)}`);
  finish(2);
});
