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
  const span = z.object({
    value: z.number().check(z.positive()),
    unit: z.enum(['days', 'weeks', 'months', 'years']),
  });
  /** A time frame: a span ("within 15 years"), a period ("during treatment") or a named one. */
  const timeframe = z.union([
      span,
      z.object({
          during: z.enum(['treatment', 'study']),
          length: z.optional(span),
        }),
      z.object({
          id: id,
          label: localizedText,
        }),
    ]);

  const range = z.object({
    low: z.number().check(z.gte(0)),
    high: z.number().check(z.gte(0)),
  });

  /** One option's number for one outcome, or the reason there is none. */
  const numberCell = z.object({
    option: id,
    count: z.optional(z.number().check(z.gte(0))),
    notKnown: z.optional(localizedText),
    notApplicable: z.optional(localizedText),
    denominator: z.optional(z.int().check(z.positive())),
    timeframe: z.optional(timeframe),
    referenceGroup: z.optional(localizedText),
    range: z.optional(range),
    certainty: z.optional(z.enum(['high', 'moderate', 'low', 'very-low'])),
    note: z.optional(localizedText),
    sources: z.optional(sourceRefs),
  });

  /** A number for a named outcome and option (profiles and host-supplied numbers). */
  const outcomeNumber = z.object({ ...numberCell.shape, outcome: id });

  /** Numbers a host page supplies (e.g. from a risk calculator); replace the bundle's for those cells. */
  const hostNumbers = z.object({
    label: z.optional(localizedText),
    numbers: z.array(outcomeNumber).check(z.minLength(1)),
  });

  const practicalFact = z.object({
    label: localizedText,
    text: localizedText,
    sources: z.optional(sourceRefs),
  });

  const option = z.object({
    id: id,
    label: localizedText,
    type: z.enum(['treatment', 'none', 'watchful', 'supportive']),
    description: richText,
    eligibility: z.optional(localizedText),
    practical: z.array(practicalFact),
    pros: z.array(localizedText),
    cons: z.array(localizedText),
    livingWith: z.object({
        physical: z.optional(localizedText),
        psychological: z.optional(localizedText),
        social: z.optional(localizedText),
      }),
    sources: z.optional(sourceRefs),
  });

  const outcome = z.object({
    id: id,
    label: localizedText,
    description: z.optional(localizedText),
    direction: z.enum(['benefit', 'harm']),
    event: localizedText,
    comparator: z.optional(id),
    eventIs: z.optional(z.enum(['wanted', 'unwanted'])),
    referenceGroup: z.optional(localizedText),
    uncertainty: z.optional(localizedText),
    numbers: z.array(numberCell).check(z.minLength(1)),
  });

  const profile = z.object({
    id: id,
    label: localizedText,
    description: z.optional(localizedText),
    referenceGroup: z.optional(localizedText),
    options: z.optional(z.array(id)),
    numbers: z.array(outcomeNumber),
  });

  const decisionAidBody = {
    condition: richText,
    decision: localizedText,
    forWhom: localizedText,
    notFor: z.optional(localizedText),
    noTreatmentReason: z.optional(localizedText),
    background: z.optional(
        z.array(
          z.object({
            id: id,
            heading: localizedText,
            body: richText,
            sources: z.optional(sourceRefs),
            replaceable: z.optional(z.boolean()),
          }),
        ),
      ),
    options: z.array(option).check(z.minLength(2)),
    outcomes: z.array(outcome),
    profiles: z.optional(z.array(profile)),
    profilePrompt: z.optional(localizedText),
    defaultProfile: z.optional(id),
    comparison: z.array(
        z.object({
          id: id,
          question: localizedText,
          answers: z.array(
              z.object({
                option: id,
                text: localizedText,
                sources: z.optional(sourceRefs),
              }),
            ),
        }),
      ),
    values: z.array(
        z.object({
          id: id,
          statement: localizedText,
          favours: z.optional(z.array(id)),
        }),
      ),
    readiness: z.array(z.object({ id: id, question: localizedText })),
    knowledge: z.optional(
        z.array(
          z.object({
            id: id,
            question: localizedText,
            answers: z.array(z.object({ id: id, text: localizedText })).check(z.minLength(2)),
            correct: id,
            explanation: localizedText,
            sources: z.optional(sourceRefs),
          }),
        ),
      ),
    questions: z.array(localizedText),
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
