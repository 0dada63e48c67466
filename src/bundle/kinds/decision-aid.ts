/**
 * The `decision-aid` bundle kind: a patient decision aid built to the IPDAS criteria.
 *
 * - the condition, the decision, who it is for and not for, background sections;
 * - options with description, practical facts, pros, cons and what living with them is like;
 * - outcomes as natural frequencies ("N out of 100"): each number carries its denominator, time
 *   frame, reference group, uncertainty and sources, and every number within one outcome must use
 *   the same denominator and time frame (checked here, for the bundle's own numbers, for every
 *   profile and for numbers a host supplies);
 * - profiles (patient groups with their own numbers), comparison rows (Option Grid style),
 *   values statements, readiness items, an optional knowledge check and questions to ask.
 */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { lazySchema, parts, type Parts } from '../parts.js';
import { effectiveCells } from './decision-aid.cells.js';

export { effectiveCells };

type Issue = { path: (string | number)[]; message: string };
type Cell = z.infer<Schemas['numberCell']>;
type NamedCell = z.infer<Schemas['outcomeNumber']>;

/** A span in a common unit: months for months and years, days for days and weeks. */
function spanKey(v: number, unit: 'days' | 'weeks' | 'months' | 'years'): string {
  switch (unit) {
    case 'years':
      return `${+(v * 12).toFixed(6)} months`;
    case 'months':
      return `${+v.toFixed(6)} months`;
    case 'weeks':
      return `${+(v * 7).toFixed(6)} days`;
    default:
      return `${+v.toFixed(6)} days`;
  }
}

/**
 * A stable key for comparing time frames: spans are normalised (60 months = 5 years, 2 weeks =
 * 14 days); "during the study" compares by its length when it has one.
 */
export function timeframeKey(t: z.infer<Schemas['timeframe']> | undefined): string {
  if (!t) return '';
  if ('value' in t) return spanKey(t.value, t.unit);
  if ('during' in t) return t.length ? `during ${t.during} of ${spanKey(t.length.value, t.length.unit)}` : `during ${t.during}`;
  return `id ${t.id}`;
}

function describeTimeframe(t: z.infer<Schemas['timeframe']> | undefined): string {
  if (!t) return '(none)';
  if ('value' in t) return `${t.value} ${t.unit}`;
  if ('during' in t) return t.length ? `during ${t.during} (${t.length.value} ${t.length.unit})` : `during ${t.during}`;
  return t.id;
}

/** Checks one cell on its own: exactly one kind of answer, numbers within the denominator. */
export function checkCell(c: Cell, path: (string | number)[]): Issue[] {
  const out: Issue[] = [];
  const kinds = [c.count !== undefined, c.notKnown !== undefined, c.notApplicable !== undefined].filter(Boolean).length;
  if (kinds !== 1) out.push({ path, message: 'Give exactly one of count, notKnown or notApplicable' });
  if (c.count !== undefined) {
    if (c.denominator === undefined) out.push({ path: [...path, 'denominator'], message: 'A count needs its denominator (e.g. 100)' });
    if (c.timeframe === undefined) out.push({ path: [...path, 'timeframe'], message: 'A count needs its time frame' });
    if (c.denominator !== undefined && c.count > c.denominator) {
      out.push({ path: [...path, 'count'], message: `count ${c.count} is larger than the denominator ${c.denominator}` });
    }
    if (c.range) {
      if (c.range.low > c.range.high) out.push({ path: [...path, 'range'], message: 'range.low is above range.high' });
      if (c.count < c.range.low || c.count > c.range.high) out.push({ path: [...path, 'range'], message: 'count lies outside its range' });
      if (c.denominator !== undefined && c.range.high > c.denominator) out.push({ path: [...path, 'range', 'high'], message: 'range.high is larger than the denominator' });
    }
  }
  return out;
}

/**
 * Checks that the numbers of one outcome, as a reader would see them together, share one
 * denominator and one time frame. `cells` are [cell, path] pairs.
 */
export function checkSameScale(outcomeId: string, cells: readonly [Cell, (string | number)[]][], samePopulation = false): Issue[] {
  const out: Issue[] = [];
  if (samePopulation) {
    // An outcome with a comparator compares options for one group: a number about another group
    // belongs in a profile.
    const grouped = cells.filter(([c]) => c.count !== undefined && c.referenceGroup !== undefined);
    const g0 = grouped[0];
    for (const [c, path] of grouped.slice(1)) {
      if (JSON.stringify(c.referenceGroup) !== JSON.stringify(g0![0].referenceGroup)) {
        out.push({
          path: [...path, 'referenceGroup'],
          message: `Outcome "${outcomeId}" mixes populations: option "${c.option}" is about another group than option "${g0![0].option}"; split the numbers by profile`,
        });
      }
    }
  }
  const counted = cells.filter(([c]) => c.count !== undefined);
  const first = counted[0];
  if (!first) return out;
  for (const [c, path] of counted.slice(1)) {
    if (c.denominator !== first[0].denominator) {
      out.push({
        path: [...path, 'denominator'],
        message: `Outcome "${outcomeId}" mixes denominators: option "${c.option}" uses ${c.denominator}, option "${first[0].option}" uses ${first[0].denominator}`,
      });
    }
    if (timeframeKey(c.timeframe) !== timeframeKey(first[0].timeframe)) {
      out.push({
        path: [...path, 'timeframe'],
        message: `Outcome "${outcomeId}" mixes time frames: option "${c.option}" uses ${describeTimeframe(c.timeframe)}, option "${first[0].option}" uses ${describeTimeframe(first[0].timeframe)}`,
      });
    }
  }
  return out;
}

interface BodyForChecks {
  options: { id: string }[];
  outcomes: { id: string; numbers: Cell[]; comparator?: string; eventIs?: string }[];
  profiles?: { id: string; options?: string[]; numbers: NamedCell[] }[];
  defaultProfile?: string;
  comparison: { id: string; answers: { option: string }[] }[];
  values: { id: string; favours?: string[] }[];
  readiness: { id: string }[];
  knowledge?: { id: string; answers: { id: string }[]; correct: string }[];
  background?: { id: string }[];
}

function checkBody(b: BodyForChecks, sourceIds: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  const unique = (list: { id: string }[] | undefined, field: string) => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (seen.has(x.id)) out.push({ path: [field, i, 'id'], message: `Duplicate ${field} id "${x.id}"` });
      seen.add(x.id);
    });
  };
  unique(b.options, 'options');
  unique(b.outcomes, 'outcomes');
  unique(b.profiles, 'profiles');
  unique(b.comparison, 'comparison');
  unique(b.values, 'values');
  unique(b.readiness, 'readiness');
  unique(b.knowledge, 'knowledge');
  unique(b.background, 'background');
  const optionIds = new Set(b.options.map((o) => o.id));
  const outcomeIds = new Set(b.outcomes.map((o) => o.id));
  const knownOption = (idv: string, path: (string | number)[]) => {
    if (!optionIds.has(idv)) out.push({ path, message: `Unknown option "${idv}"` });
  };
  b.outcomes.forEach((o, oi) => {
    const seen = new Set<string>();
    o.numbers.forEach((c, ci) => {
      const path = ['outcomes', oi, 'numbers', ci];
      knownOption(c.option, [...path, 'option']);
      if (seen.has(c.option)) out.push({ path: [...path, 'option'], message: `Outcome "${o.id}" has two numbers for option "${c.option}"` });
      seen.add(c.option);
      out.push(...checkCell(c, path));
    });
    if (o.comparator !== undefined) {
      knownOption(o.comparator, ['outcomes', oi, 'comparator']);
      if (o.eventIs === undefined) out.push({ path: ['outcomes', oi, 'eventIs'], message: `Outcome "${o.id}" has a comparator but does not say whether the event is wanted or unwanted (eventIs)` });
    }
  });
  b.profiles?.forEach((p, pi) => {
    p.options?.forEach((o, i) => knownOption(o, ['profiles', pi, 'options', i]));
    p.numbers.forEach((c, ci) => {
      const path = ['profiles', pi, 'numbers', ci];
      knownOption(c.option, [...path, 'option']);
      if (!outcomeIds.has(c.outcome)) out.push({ path: [...path, 'outcome'], message: `Unknown outcome "${c.outcome}"` });
      out.push(...checkCell(c, path));
    });
  });
  if (b.defaultProfile !== undefined && !(b.profiles ?? []).some((p) => p.id === b.defaultProfile)) {
    out.push({ path: ['defaultProfile'], message: `Unknown profile "${b.defaultProfile}"` });
  }
  // Same denominator and time frame within an outcome: without a profile and with each profile.
  const reported = new Set<string>();
  for (const profileId of [undefined, ...(b.profiles ?? []).map((p) => p.id)]) {
    for (const [oid, cells] of effectiveCells(b, profileId)) {
      const withComparator = b.outcomes.find((o) => o.id === oid)?.comparator !== undefined;
      for (const issue of checkSameScale(oid, cells, withComparator)) {
        const key = JSON.stringify(issue.path);
        if (!reported.has(key)) out.push(issue);
        reported.add(key);
      }
    }
  }
  b.comparison.forEach((r, ri) => r.answers.forEach((a, ai) => knownOption(a.option, ['comparison', ri, 'answers', ai, 'option'])));
  b.values.forEach((v, vi) => v.favours?.forEach((o, i) => knownOption(o, ['values', vi, 'favours', i])));
  b.knowledge?.forEach((k, ki) => {
    if (!k.answers.some((a) => a.id === k.correct)) out.push({ path: ['knowledge', ki, 'correct'], message: `"${k.correct}" is not one of the answers` });
  });
  void sourceIds;
  return out;
}

/** The `decision-aid` bundle schema, built on first use and shared while alive (see `lazySchema`). */
const schemas = lazySchema(() => build(parts()));
export const decisionAidBundle = () => schemas().bundle;
/** The schema of numbers a host supplies (`numbers` property), from the same build as the bundle's. */
const hostNumbersSchema = () => schemas().hostNumbers;

export type DecisionAidBundle = z.infer<Schemas['bundle']>;
export type DecisionOption = z.infer<Schemas['option']>;
export type DecisionOutcome = z.infer<Schemas['outcome']>;
export type NumberCell = Cell;
export type OutcomeNumber = NamedCell;
export type HostNumbers = z.infer<Schemas['hostNumbers']>;
export type Timeframe = z.infer<Schemas['timeframe']>;

/**
 * Checks numbers a host supplies against a bundle with the same rules as the bundle's own:
 * schema, known outcome/option/source ids, one kind of answer per cell, and one denominator and
 * time frame per outcome once merged with the bundle's (and the profile's) numbers.
 */
export function checkHostNumbers(
  bundle: DecisionAidBundle,
  data: unknown,
  profileId?: string,
): { ok: true; value: HostNumbers } | { ok: false; issues: { path: (string | number)[]; message: string }[] } {
  const parsed = hostNumbersSchema().safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message })) };
  }
  const issues: Issue[] = [];
  const optionIds = new Set(bundle.options.map((o) => o.id));
  const outcomeIds = new Set(bundle.outcomes.map((o) => o.id));
  const sourceIds = new Set(bundle.sources.map((s) => s.id));
  parsed.data.numbers.forEach((c, ci) => {
    const path = ['numbers', ci];
    if (!optionIds.has(c.option)) issues.push({ path: [...path, 'option'], message: `Unknown option "${c.option}"` });
    if (!outcomeIds.has(c.outcome)) issues.push({ path: [...path, 'outcome'], message: `Unknown outcome "${c.outcome}"` });
    c.sources?.forEach((s, si) => {
      if (!sourceIds.has(s)) issues.push({ path: [...path, 'sources', si], message: `Unknown source "${s}"` });
    });
    issues.push(...checkCell(c, path));
  });
  for (const [oid, cells] of effectiveCells(bundle, profileId, parsed.data.numbers)) {
    // Report only problems that involve a host number.
    const withComparator = bundle.outcomes.find((o) => o.id === oid)?.comparator !== undefined;
    issues.push(...checkSameScale(oid, cells, withComparator).filter((i) => i.path[0] === 'numbers' || cells.some(([, p]) => p[0] === 'numbers')));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, localizedText, richText, sourceRefs } = p;
  /** Attaches an editor hover text (JSON Schema `description`) to a field's schema. */
  const d = <T extends z.core.$ZodType>(schema: T, description: string): T => (schema as unknown as { check: (c: unknown) => T }).check(z.meta({ description }));
  const span = z.object({
    value: d(z.number().check(z.positive()), 'How many units, e.g. 15.'),
    unit: d(z.enum(['days', 'weeks', 'months', 'years']), 'days, weeks, months or years; 60 months and 5 years count as the same time frame.'),
  });
  /** A time frame: a span ("within 15 years"), a period ("during treatment") or a named one. */
  const timeframe = d(
    z.union([
      d(span, 'A span from the start of treatment: "within 15 years".'),
      d(
        z.object({
          during: d(z.enum(['treatment', 'study']), '`treatment`: while the treatment lasts; `study`: over the whole study as the source reports it (then give `length`).'),
          length: d(z.optional(span), 'How long the study followed people (e.g. median follow-up), so "during the study" can be compared and said in words.'),
        }),
        'A period: during treatment, or during a study of a given length.',
      ),
      d(
        z.object({
          id: d(id, 'Compared between options: two numbers match only when their ids match.'),
          label: d(localizedText, 'The time frame in words, as it reads after the number.'),
        }),
        'A named time frame (e.g. "in the first 30 days after the operation").',
      ),
    ]),
    'When the outcome is counted. Every number of one outcome uses the same time frame.',
  );

  const range = z.object({
    low: d(z.number().check(z.gte(0)), 'Lower end, in the same units as `count`.'),
    high: d(z.number().check(z.gte(0)), 'Upper end, in the same units as `count`.'),
  });

  /** One option's number for one outcome, or the reason there is none. */
  const numberCell = z.object({
    option: d(id, 'The option this number is for (an id from `options`).'),
    count: d(
      z.optional(z.number().check(z.gte(0))),
      'How many out of `denominator` have the event with this option (decimals allowed, e.g. 9.2; pictures and words show whole people). Give exactly one of `count`, `notKnown`, `notApplicable`.',
    ),
    notKnown: d(z.optional(localizedText), 'Why there is no number (e.g. "no numbers were collected", "only the median was reported").'),
    notApplicable: d(z.optional(localizedText), 'Why the outcome cannot happen with this option (e.g. "there is no join that can leak"); counted as 0 in pictures.'),
    denominator: d(z.optional(z.int().check(z.positive())), 'Number of people the count is out of (use 100); the same for every option within an outcome.'),
    timeframe: d(z.optional(timeframe), 'The same for every option within an outcome.'),
    referenceGroup: d(
      z.optional(localizedText),
      'Who the number is about. In an outcome with a `comparator`, every number must be about the same group: put numbers for other groups in a profile.',
    ),
    range: d(z.optional(range), 'Uncertainty range (e.g. 95 % confidence interval) in the same units as `count`.'),
    certainty: d(z.optional(z.enum(['high', 'moderate', 'low', 'very-low'])), 'Certainty of the evidence, in GRADE words.'),
    note: d(z.optional(localizedText), 'A short note shown with the number (e.g. what the comparison group received later).'),
    sources: d(z.optional(sourceRefs), 'Source ids (from `sources`) the number comes from.'),
  });

  /** A number for a named outcome and option (profiles and host-supplied numbers). */
  const outcomeNumber = z.object({ ...numberCell.shape, outcome: d(id, 'The outcome this number belongs to (an id from `outcomes`).') });

  /** Numbers a host page supplies (e.g. from a risk calculator); replace the bundle's for those cells. */
  const hostNumbers = z.object({
    label: d(z.optional(localizedText), 'Where the numbers come from, shown with them, e.g. "Your numbers from PREDICT".'),
    numbers: d(z.array(outcomeNumber).check(z.minLength(1)), 'The numbers; each replaces the bundle\'s number for the same outcome and option.'),
  });

  const practicalFact = z.object({
    label: d(localizedText, 'What the fact is about, e.g. "How long".'),
    text: d(localizedText, 'The fact in plain words.'),
    sources: d(z.optional(sourceRefs), 'Sources of the fact (needed when it holds a number).'),
  });

  const option = z.object({
    id: d(id, 'Stable id, used by outcomes, comparison rows, values and profiles.'),
    label: d(localizedText, 'Short name of the option, e.g. "Radiotherapy after the operation".'),
    type: d(
      z.enum(['treatment', 'none', 'watchful', 'supportive']),
      '`none` (no further treatment), `watchful` (active follow-up) and `supportive` count as the no-treatment option.',
    ),
    description: d(richText, 'What the option is, in plain words (rich text).'),
    eligibility: d(z.optional(localizedText), 'Who the option is for, when not everyone ("Only if the cancer is HER2-positive").'),
    practical: d(z.array(practicalFact), 'Duration, visits, what it involves.'),
    pros: d(z.array(localizedText), 'Positive features, each a short sentence.'),
    cons: d(z.array(localizedText), 'Negative features, in about the same detail as the pros.'),
    livingWith: d(
      z.object({
        physical: d(z.optional(localizedText), 'What it is like for the body.'),
        psychological: d(z.optional(localizedText), 'What it is like for thoughts and feelings.'),
        social: d(z.optional(localizedText), 'What it is like for daily life, work and family.'),
      }),
      'What the consequences feel like in daily life.',
    ),
    sources: d(z.optional(sourceRefs), 'Sources of the option\'s facts.'),
  });

  const outcome = z.object({
    id: d(id, 'Stable id of the outcome.'),
    label: d(localizedText, 'The outcome as a heading: "Dying of breast cancer within 15 years".'),
    description: d(z.optional(localizedText), 'A sentence explaining the outcome.'),
    direction: d(z.enum(['benefit', 'harm']), 'Whether the row is about a benefit of a treatment or a harm.'),
    event: d(
      localizedText,
      'What happens to the people counted, as a verb phrase in the plural present that completes "N out of 100 …": "die of breast cancer", "are alive", "get a fever with very few white blood cells".',
    ),
    comparator: d(
      z.optional(id),
      'The option whose number is the baseline (no treatment, or the other option). Pictures show, for every other option, who has the event anyway, who is spared (or harmed) by the option, and who does not have it either way. Outcomes without a comparator use the older effect-only model.',
    ),
    eventIs: d(
      z.optional(z.enum(['wanted', 'unwanted'])),
      'Whether the event is something people want (being alive) or not (dying, a side effect). Needed with `comparator`: it decides "spared" versus "harmed" and "helped".',
    ),
    referenceGroup: d(z.optional(localizedText), 'Who all numbers of this outcome are about (the same group for every option), unless a profile gives its own.'),
    uncertainty: d(z.optional(localizedText), 'Uncertainty in words, for the outcome as a whole.'),
    numbers: d(z.array(numberCell).check(z.minLength(1)), 'One entry per option (a count, notKnown or notApplicable).'),
  });

  const profile = z.object({
    id: d(id, 'Stable id of the patient group; the `profile` attribute takes it.'),
    label: d(localizedText, 'The group as the patient recognises it, e.g. "PD-L1 50 % or more, no EGFR or ALK change".'),
    description: d(z.optional(localizedText), 'How to know whether you are in this group.'),
    referenceGroup: d(z.optional(localizedText), 'Who this group\'s numbers are about, in words (shown above the pictures).'),
    options: d(z.optional(z.array(id)), 'Options that apply to this group (all when absent).'),
    numbers: d(z.array(outcomeNumber), 'This group\'s numbers; they replace the outcome\'s numbers for the same option.'),
  });

  const decisionAidBody = {
    condition: d(richText, 'The condition, in plain words.'),
    decision: d(localizedText, 'The decision, as a question: "Should I have treatment after my operation?"'),
    forWhom: d(localizedText, 'Who the aid is for.'),
    notFor: d(z.optional(localizedText), 'Who the aid is not for.'),
    noTreatmentReason: d(z.optional(localizedText), 'Why there is no "no treatment / watchful follow-up" option, when there is none.'),
    background: d(
      z.optional(
        z.array(
          z.object({
            id: d(id, 'Stable id of the section.'),
            heading: d(localizedText, 'The section heading.'),
            body: d(richText, 'The section text (rich text).'),
            sources: d(z.optional(sourceRefs), 'Sources of the section\'s facts.'),
            replaceable: d(z.optional(z.boolean()), 'Overlays may replace this section\'s wording with local wording (never its sources).'),
          }),
        ),
      ),
      'Short sections shown with the decision (decision points, support alongside treatment, what is not known).',
    ),
    options: d(z.array(option).check(z.minLength(2)), 'Every option, including no treatment / watchful follow-up where reasonable.'),
    outcomes: d(z.array(outcome), 'Benefits and harms in numbers, one row per outcome.'),
    profiles: d(z.optional(z.array(profile)), 'Patient groups whose numbers differ; the aid asks for the group before showing numbers that depend on it.'),
    profilePrompt: d(z.optional(localizedText), 'The question the group picker asks ("Which group fits you?"). When absent, no picker is offered.'),
    defaultProfile: d(z.optional(id), 'The group used when none is chosen (leave out when numbers differ by group: then the aid asks first).'),
    comparison: d(
      z.array(
        z.object({
          id: d(id, 'Stable id of the row.'),
          question: d(localizedText, 'The question, e.g. "How long does it take?"'),
          answers: d(
            z.array(
              z.object({
                option: d(id, 'The option answered.'),
                text: d(localizedText, 'The answer in plain words.'),
                sources: d(z.optional(sourceRefs), 'Sources of the answer.'),
              }),
            ),
            'One answer per option.',
          ),
        }),
      ),
      'Frequently asked questions as rows, options as columns.',
    ),
    values: d(
      z.array(
        z.object({
          id: d(id, 'Stable id of the statement.'),
          statement: d(localizedText, 'A values statement ("Avoiding hair loss matters to me").'),
          favours: d(z.optional(z.array(id)), 'Options this value tends to point towards (shown in the summary).'),
        }),
      ),
      'Values-clarification statements, each rated on a five-point scale.',
    ),
    readiness: d(
      z.array(z.object({ id: d(id, 'Stable id.'), question: d(localizedText, 'A yes/no question in the bundle\'s own wording.') })),
      'Yes/no readiness items ("Do I know the benefits and risks of each option?").',
    ),
    knowledge: d(
      z.optional(
        z.array(
          z.object({
            id: d(id, 'Stable id.'),
            question: d(localizedText, 'The question.'),
            answers: d(z.array(z.object({ id: d(id, 'Stable id.'), text: d(localizedText, 'The answer.') })).check(z.minLength(2)), 'Possible answers.'),
            correct: d(id, 'Id of the correct answer.'),
            explanation: d(localizedText, 'Shown after an answer.'),
            sources: d(z.optional(sourceRefs), 'Sources of the explanation.'),
          }),
        ),
      ),
      'An optional knowledge check with feedback.',
    ),
    questions: d(z.array(localizedText), 'Questions the patient may want to ask the clinician.'),
  };

  const bundle = bundleOf(p, 'decision-aid', decisionAidBody).check(
    z.superRefine((b, ctx) => {
      const sourceIds = new Set(b.sources.map((s) => s.id));
      for (const issue of checkBody(b as unknown as BodyForChecks, sourceIds)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }),
  );

  return { timeframe, numberCell, outcomeNumber, hostNumbers, practicalFact, option, outcome, profile, decisionAidBody, bundle };
}

type Schemas = ReturnType<typeof build>;
