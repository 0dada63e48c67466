/**
 * Calculated values (a total score): each `calculated` item's FHIRPath expression, evaluated by
 * HL7's fhirpath.js with its R4 model, over the answers as a QuestionnaireResponse (`%resource`)
 * and the form as a Questionnaire (`%questionnaire`, which `weight()` / `ordinal()` read). This
 * module is a chunk of its own, loaded only for forms that have a calculated item: the evaluator
 * is large, and most forms need none of it.
 *
 * No network: terminology functions are not given a server and fail (the value stays empty, with
 * a console warning); fhirpath.js runs no `eval`, so the strict-CSP rules still hold.
 */
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { BundleError, type SchemaIssue } from '../bundle/errors.js';
import { fhirSourceOf, type SourceNode } from '../bundle/fhir-source.js';
import type { NaItem, NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { toFhirQuestionnaire } from './fhir.js';

type CalculatedItem = Extract<NaItem, { type: 'calculated' }>;
type Compiled = (resource: unknown, env: Record<string, unknown>) => unknown;
interface Variable {
  name: string;
  run: Compiled;
}

/** The calculated values of one form. */
export interface Calculator {
  /** One calculated item's value for the answers in `response` (a QuestionnaireResponse); undefined where the expression gives no number or fails (with one console warning). */
  evaluate(itemId: string, response: unknown): number | undefined;
}

/** Errors that no answer can cure: fhirpath.js cannot evaluate the expression here at all. */
const NEVER_WORKS = /^(Not implemented|The asynchronous function|Attempting to access an undefined environment variable)/;

/**
 * Compiles a form's expressions and tries each once without answers. An expression that does not
 * parse, calls a function fhirpath.js does not have, needs a server (asynchronous functions:
 * `resolve()`, `memberOf()`, terminology) or names a variable nobody defines refuses the form
 * (`schema`), naming the item (by linkId for a form read from a Questionnaire) and the expression.
 * `source`: the Questionnaire the form was read from, `%questionnaire` (else the form as a
 * Questionnaire, made on first use).
 */
export function compileCalculations(bundle: NeedsAssessmentBundle, source?: unknown): Calculator {
  // Items are named as the author knows them: by linkId for a Questionnaire.
  const linkIds = new Map<string, string>();
  const walk = (nodes: readonly SourceNode[]) => nodes.forEach((n) => (n.id && linkIds.set(n.id, n.linkId), walk(n.item)));
  walk(fhirSourceOf(bundle)?.item ?? []);
  const label = (id: string) => linkIds.get(id) ?? id;
  const issues: SchemaIssue[] = [];
  const compile = (expression: string, path: string, what: string): Compiled => {
    try {
      return fhirpath.compile(expression, r4, { async: false }) as unknown as Compiled;
    } catch (e) {
      issues.push({ path, message: `${what}: the FHIRPath expression "${expression}" does not parse (${firstLine(e)})` });
      return () => [];
    }
  };
  const variables = (list: readonly { name: string; expression: string }[] | undefined, path: string, owner: string): Variable[] =>
    (list ?? []).map((v, i) => ({ name: v.name, run: compile(v.expression, `${path}[${i}].expression`, `${owner}variable "${v.name}"`) }));

  const shared = variables(bundle.variables, '$.variables', '');
  const items = new Map<string, { item: CalculatedItem; path: string; vars: Variable[]; run: Compiled }>();
  bundle.pages.forEach((p, pi) =>
    p.items.forEach((it, ii) => {
      if (it.type !== 'calculated') return;
      const path = `$.pages[${pi}].items[${ii}]`;
      const owner = `Item "${label(it.id)}"`;
      items.set(it.id, { item: it, path, vars: variables(it.variables, `${path}.variables`, `${owner} `), run: compile(it.expression, `${path}.expression`, owner) });
    }),
  );

  let questionnaire = source;
  /** The value, or the error the expression (or a variable before it) threw. */
  const run = (id: string, resource: unknown): number | undefined => {
    const entry = items.get(id);
    if (!entry) return undefined;
    questionnaire ??= toFhirQuestionnaire(bundle);
    const env: Record<string, unknown> = { resource, rootResource: resource, questionnaire };
    for (const v of [...shared, ...entry.vars]) env[v.name] = collection(v.run, resource, env);
    return numberOf(collection(entry.run, resource, env));
  };

  if (!issues.length) {
    const empty = { resourceType: 'QuestionnaireResponse', status: 'in-progress' };
    for (const [id, { item, path }] of items) {
      try {
        run(id, empty);
      } catch (e) {
        if (NEVER_WORKS.test(firstLine(e))) issues.push({ path: `${path}.expression`, message: `Item "${label(id)}": the FHIRPath expression "${item.expression}" cannot be worked out here (${firstLine(e)})` });
      }
    }
  }
  if (issues.length) {
    throw new BundleError({ code: 'schema', issues, message: `A calculation in the form cannot be used: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}` });
  }

  const warned = new Set<string>();
  return {
    evaluate(id, response) {
      try {
        return run(id, response);
      } catch (e) {
        if (!warned.has(id)) {
          warned.add(id);
          console.warn(`[pakke-elements] the calculated value "${label(id)}" could not be worked out: ${firstLine(e)}`);
        }
        return undefined;
      }
    },
  };
}

/** A variable holds the whole result (a collection); an empty one is FHIRPath's `{}`. */
function collection(f: Compiled, resource: unknown, env: Record<string, unknown>): unknown[] {
  const r = f(resource, env);
  return Array.isArray(r) ? r : [r];
}

/** The first value as a number: a number, or a Quantity's `value`; anything else gives none. */
function numberOf(result: unknown[]): number | undefined {
  const first = result[0];
  const n = typeof first === 'number' ? first : typeof first === 'object' && first !== null && typeof (first as { value?: unknown }).value === 'number' ? (first as { value: number }).value : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);
}
