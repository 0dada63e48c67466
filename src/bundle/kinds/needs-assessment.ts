/**
 * The `needs-assessment` bundle kind: a form of pages with items (single/multiple choice, 0–10
 * ratings with anchor labels, yes/no, numbers, short/long text, date, calculated values, display
 * text), conditions on
 * earlier answers (`enableWhen`, plain data evaluated by plain code), and flag rules that mark a
 * need with a domain and the services it points to.
 */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { lazySchema, parts, type Parts } from '../parts.js';

/** Operators a condition can use. `answered`/`unanswered` take no value. */
export const CONDITION_OPERATORS = [
  'equals',
  'not-equals',
  'greater-than',
  'less-than',
  'at-least',
  'at-most',
  'answered',
  'unanswered',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

const URI_PATTERN = /^(?:https:\/\/|urn:)\S+$/;

/** The `needs-assessment` bundle schema, built on first use and shared while alive (see `lazySchema`). */
export const needsAssessmentBundle = lazySchema(() => build(parts()).bundle);

export type NeedsAssessmentBundle = z.infer<Schemas['bundle']>;
export type NaItem = z.infer<Schemas['item']>;
export type NaPage = z.infer<Schemas['page']>;
export type NaCondition = z.infer<Schemas['condition']>;
export type NaFlagRule = z.infer<Schemas['flagRule']>;
export type NaService = z.infer<Schemas['service']>;
export type NaDomain = z.infer<Schemas['domain']>;
export type NaItemType = NaItem['type'];

interface NeedsAssessmentBody {
  variables?: { name: string }[];
  pages: NaPage[];
  domains: NaDomain[];
  services: NaService[];
  flags: NaFlagRule[];
}

/** Checks one condition against the question it names; returns a message or undefined. */
export function conditionProblem(c: NaCondition, target: NaItem | undefined): string | undefined {
  if (!target) return `"${c.question}" is not an earlier question`;
  if (target.type === 'display') return `"${c.question}" is display text and has no answer`;
  const v = c.value;
  if (c.operator === 'answered' || c.operator === 'unanswered') {
    return v === undefined ? undefined : `"${c.operator}" takes no value`;
  }
  if (v === undefined) return `"${c.operator}" needs a value`;
  const ordered = c.operator !== 'equals' && c.operator !== 'not-equals';
  switch (target.type) {
    case 'single-choice':
    case 'multiple-choice':
      if (ordered) return `"${c.operator}" cannot compare choices; use equals or not-equals`;
      if (typeof v !== 'string' || !target.options.some((o) => o.code === v)) return `"${String(v)}" is not an option code of "${target.id}"`;
      return undefined;
    case 'rating': {
      const min = target.min ?? 0;
      const max = target.max ?? 10;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) return `Expected a whole number from ${min} to ${max}`;
      return undefined;
    }
    case 'calculated':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : 'Expected a number';
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'Expected a number';
      if ((target.min !== undefined && v < target.min) || (target.max !== undefined && v > target.max)) return `Expected a number from ${target.min ?? '…'} to ${target.max ?? '…'}`;
      return undefined;
    }
    case 'yes-no':
      if (ordered) return `"${c.operator}" cannot compare yes/no; use equals or not-equals`;
      return typeof v === 'boolean' ? undefined : 'Expected true or false';
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'Expected a date as YYYY-MM-DD';
    default:
      if (ordered) return `"${c.operator}" cannot compare free text; use equals, not-equals, answered or unanswered`;
      return typeof v === 'string' ? undefined : 'Expected a string';
  }
}

function checkNeedsAssessment(b: NeedsAssessmentBody, ctx: z.core.$RefinementCtx<unknown>): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const pageIds = new Set<string>();
  const earlier = new Map<string, NaItem>();
  b.pages.forEach((p, pi) => {
    if (pageIds.has(p.id)) add(['pages', pi, 'id'], `Duplicate page id "${p.id}"`);
    pageIds.add(p.id);
    p.items.forEach((it, ii) => {
      const path = ['pages', pi, 'items', ii];
      if (earlier.has(it.id)) add([...path, 'id'], `Duplicate item id "${it.id}"`);
      if ('options' in it) {
        const codes = new Set<string>();
        it.options.forEach((o, oi) => {
          if (codes.has(o.code)) add([...path, 'options', oi, 'code'], `Duplicate option code "${o.code}"`);
          codes.add(o.code);
        });
      }
      if (it.type === 'rating' && (it.min ?? 0) >= (it.max ?? 10)) add([...path, 'max'], 'max must be greater than min');
      if (it.type === 'number' && it.min !== undefined && it.max !== undefined && it.min >= it.max) add([...path, 'max'], 'max must be greater than min');
      if (it.type === 'display' && it.required) add([...path, 'required'], 'Display text cannot be required');
      if (it.type === 'calculated' && it.required) add([...path, 'required'], 'A calculated value is never typed in and cannot be required');
      if (it.type === 'calculated') checkVariables(it.variables, [...path, 'variables'], add);
      it.enableWhen?.forEach((c, ci) => {
        const problem = conditionProblem(c, earlier.get(c.question));
        if (problem) add([...path, 'enableWhen', ci], problem);
      });
      earlier.set(it.id, it);
    });
  });
  for (const pid of pageIds) {
    if (earlier.has(pid)) add(['pages'], `Page id "${pid}" is also an item id; ids must be unique`);
  }
  checkVariables(b.variables, ['variables'], add);
  const domainIds = new Set<string>();
  b.domains.forEach((d, i) => {
    if (domainIds.has(d.id)) add(['domains', i, 'id'], `Duplicate domain id "${d.id}"`);
    domainIds.add(d.id);
  });
  const serviceIds = new Set<string>();
  b.services.forEach((s, i) => {
    if (serviceIds.has(s.id)) add(['services', i, 'id'], `Duplicate service id "${s.id}"`);
    serviceIds.add(s.id);
  });
  const flagIds = new Set<string>();
  b.flags.forEach((f, fi) => {
    if (flagIds.has(f.id)) add(['flags', fi, 'id'], `Duplicate flag id "${f.id}"`);
    flagIds.add(f.id);
    if (!domainIds.has(f.domain)) add(['flags', fi, 'domain'], `Unknown domain "${f.domain}"`);
    f.services.forEach((s, si) => {
      if (!serviceIds.has(s)) add(['flags', fi, 'services', si], `Unknown service "${s}"`);
    });
    f.when.forEach((c, ci) => {
      const problem = conditionProblem(c, earlier.get(c.question));
      if (problem) add(['flags', fi, 'when', ci], problem.replace('an earlier question', 'a question'));
    });
  });
}

function checkVariables(vars: readonly { name: string }[] | undefined, path: (string | number)[], add: (path: (string | number)[], message: string) => void): void {
  const names = new Set<string>();
  vars?.forEach((v, i) => {
    if (names.has(v.name)) add([...path, i, 'name'], `Duplicate variable "${v.name}"`);
    if (RESERVED_VARIABLES.has(v.name)) add([...path, i, 'name'], `"${v.name}" is a variable FHIRPath already has`);
    names.add(v.name);
  });
}

/** Names FHIRPath (and SDC) give values themselves: a variable may not hide them. */
const RESERVED_VARIABLES = new Set(['resource', 'rootResource', 'context', 'questionnaire', 'qitem', 'ucum', 'sct', 'loinc', 'factory', 'terminologies']);

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, link, localizedText, richText, sourceRefs } = p;
  /** One condition on an earlier answer. */
  const condition = z.object({
    /** Id of an earlier question item. */
    question: id,
    operator: z.enum(CONDITION_OPERATORS),
    /**
     * The value compared with: an option code (choice), a whole number (rating), `true`/`false`
     * (yes/no), a `YYYY-MM-DD` date (date) or a string (text). Not used by `answered`/`unanswered`.
     */
    value: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  });

  const behavior = z.enum(['all', 'any']);

  const option = z.object({
    /** Stable code stored in answers and in FHIR `valueCoding.code`. Never change it once published. */
    code: id,
    text: localizedText,
  });

  const itemBase = {
    id,
    /** The question (or, for `display`, the text). */
    text: localizedText,
    /** Short help under the question. */
    help: z.optional(localizedText),
    required: z.optional(z.boolean()),
    /** Show the item only when these conditions hold (all of them, or any with `enableBehavior: "any"`). */
    enableWhen: z.optional(z.array(condition).check(z.minLength(1))),
    enableBehavior: z.optional(behavior),
    sources: z.optional(sourceRefs),
  };

  const singleChoiceItem = z.object({ ...itemBase, type: z.literal('single-choice'), options: z.array(option).check(z.minLength(2)) });

  const multipleChoiceItem = z.object({ ...itemBase, type: z.literal('multiple-choice'), options: z.array(option).check(z.minLength(2)) });

  const ratingItem = z.object({
    ...itemBase,
    type: z.literal('rating'),
    /** Lowest value (default 0). */
    min: z.optional(z.int().check(z.gte(0), z.lte(10))),
    /** Highest value (default 10). */
    max: z.optional(z.int().check(z.gte(1), z.lte(10))),
    /** Words at each end of the scale, e.g. "No pain" … "Worst possible pain". */
    anchors: z.object({ min: localizedText, max: localizedText }),
  });

  const yesNoItem = z.object({ ...itemBase, type: z.literal('yes-no') });

  const textItem = z.object({ ...itemBase, type: z.literal('text'), maxLength: z.optional(z.int().check(z.gte(1), z.lte(2000))) });

  const longTextItem = z.object({ ...itemBase, type: z.literal('long-text'), maxLength: z.optional(z.int().check(z.gte(1), z.lte(10000))) });

  const dateItem = z.object({ ...itemBase, type: z.literal('date') });

  /** A number typed in (weight, count, a score): whole numbers unless `decimals` allows more. */
  const numberItem = z.object({
    ...itemBase,
    type: z.literal('number'),
    /** Smallest answer allowed. */
    min: z.optional(z.number()),
    /** Largest answer allowed. */
    max: z.optional(z.number()),
    /** Digits allowed after the decimal sign (0, the default: whole numbers only). */
    decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
    /** The unit after the field, e.g. "kg" (shown, and kept as the FHIR unit). */
    unit: z.optional(localizedText),
  });

  /** A FHIRPath expression (https://hl7.org/fhirpath/), as SDC's `calculatedExpression` and `variable` take. */
  const fhirPath = z.string().check(z.minLength(1), z.maxLength(4000));
  /** A named value for expressions (`%name`), as SDC's `variable` extension. */
  const variable = z.object({ name: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Expected a name of letters, digits and _')), expression: fhirPath });

  /**
   * A value worked out from the other answers (a total score), as SDC's `calculatedExpression`:
   * shown with its label, never typed in, and sent with the answers. `expression` is FHIRPath over
   * the answers as a QuestionnaireResponse (`%resource`) and the form as a Questionnaire
   * (`%questionnaire`, for `weight()`); its first value, a number, is the answer. The evaluator
   * (fhirpath.js) is loaded only for forms that have one.
   */
  const calculatedItem = z.object({
    ...itemBase,
    type: z.literal('calculated'),
    expression: fhirPath,
    /** Evaluated before `expression`, after the form's own `variables`. */
    variables: z.optional(z.array(variable).check(z.minLength(1))),
    /** Digits shown after the decimal sign (default 0: the value is rounded to a whole number). */
    decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
    unit: z.optional(localizedText),
    /** Worked out and sent, but not shown (an intermediate value). */
    hidden: z.optional(z.boolean()),
  });

  /** Text only; `text` is rich text here. Never required, never answered. */
  const displayItem = z.object({ ...itemBase, type: z.literal('display'), text: richText });

  const item = z.discriminatedUnion('type', [
    singleChoiceItem,
    multipleChoiceItem,
    ratingItem,
    yesNoItem,
    textItem,
    longTextItem,
    dateItem,
    numberItem,
    calculatedItem,
    displayItem,
  ]);

  const page = z.object({
    id,
    title: localizedText,
    intro: z.optional(richText),
    items: z.array(item).check(z.minLength(1)),
  });

  /** A need area, e.g. physical, psychological, social, existential, practical, work, sexuality, nutrition. */
  const domain = z.object({ id, label: localizedText });

  /** A kind of help a flag points to, e.g. municipal rehabilitation, palliative team, social worker, GP. */
  const service = z.object({
    id,
    name: localizedText,
    description: z.optional(localizedText),
    link: z.optional(link),
    /** Overlays may replace this object's wording (`title`, `description`, `name`, `help`) with local wording. */
    replaceable: z.optional(z.boolean()),
  });

  /** A rule that marks a need when its conditions hold. */
  const flagRule = z.object({
    id,
    /** Plain-language description of the need, e.g. "You would like help with tiredness". */
    label: localizedText,
    domain: id,
    services: z.array(id),
    when: z.array(condition).check(z.minLength(1)),
    behavior: z.optional(behavior),
    sources: z.optional(sourceRefs),
  });

  const bundle = bundleOf(p, 'needs-assessment', {
    /** Shown above the first page. */
    intro: z.optional(richText),
    /**
     * Base URI for the answer codes (FHIR `valueCoding.system`; each item's codes live at
     * `<codeSystem>/<item id>`, or `<codeSystem>:<item id>` for a URN). Default `urn:pakke:<bundle id>`.
     */
    codeSystem: z.optional(z.string().check(z.regex(URI_PATTERN, 'Expected an https: or urn: URI'))),
    /** Named values every calculated item's expression may use (`%name`), evaluated in order. */
    variables: z.optional(z.array(variable).check(z.minLength(1))),
    pages: z.array(page).check(z.minLength(1)),
    domains: z.array(domain),
    services: z.array(service),
    flags: z.array(flagRule),
  }).check(z.superRefine((b, ctx) => checkNeedsAssessment(b as unknown as NeedsAssessmentBody, ctx as z.core.$RefinementCtx<unknown>)));

  return { condition, behavior, option, itemBase, singleChoiceItem, multipleChoiceItem, ratingItem, yesNoItem, textItem, longTextItem, dateItem, numberItem, calculatedItem, variable, displayItem, item, page, domain, service, flagRule, bundle };
}

type Schemas = ReturnType<typeof build>;
