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

type Issue = { path: (string | number)[]; message: string };
type Cell = z.infer<Schemas['numberCell']>;
type NamedCell = z.infer<Schemas['outcomeNumber']>;

/** A stable key for comparing time frames. */
export function timeframeKey(t: z.infer<Schemas['timeframe']> | undefined): string {
  if (!t) return '';
  if ('value' in t) return `${t.value} ${t.unit}`;
  if ('during' in t) return `during ${t.during}`;
  return `id ${t.id}`;
}

function describeTimeframe(t: z.infer<Schemas['timeframe']> | undefined): string {
  return t ? timeframeKey(t).replace(/^id /, '') : '(none)';
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
export function checkSameScale(outcomeId: string, cells: readonly [Cell, (string | number)[]][]): Issue[] {
  const out: Issue[] = [];
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
  outcomes: { id: string; numbers: Cell[] }[];
  profiles?: { id: string; options?: string[]; numbers: NamedCell[] }[];
  defaultProfile?: string;
  comparison: { id: string; answers: { option: string }[] }[];
  values: { id: string; favours?: string[] }[];
  readiness: { id: string }[];
  knowledge?: { id: string; answers: { id: string }[]; correct: string }[];
  background?: { id: string }[];
}

/**
 * The numbers a reader sees for each outcome with a profile and host numbers applied, with the
 * JSON path each came from (paths of host numbers start with `numbers`).
 */
export function effectiveCells(
  b: Pick<BodyForChecks, 'outcomes' | 'profiles'>,
  profileId?: string,
  host?: readonly NamedCell[],
): Map<string, [Cell, (string | number)[]][]> {
  const map = new Map<string, [Cell, (string | number)[]][]>();
  b.outcomes.forEach((o, oi) => {
    map.set(
      o.id,
      o.numbers.map((c, ci) => [c, ['outcomes', oi, 'numbers', ci]]),
    );
  });
  const replace = (c: NamedCell, path: (string | number)[]) => {
    const list = map.get(c.outcome);
    if (!list) return;
    const i = list.findIndex(([x]) => x.option === c.option);
    if (i >= 0) list[i] = [c, path];
    else list.push([c, path]);
  };
  const pi = profileId ? (b.profiles ?? []).findIndex((p) => p.id === profileId) : -1;
  if (pi >= 0) b.profiles![pi]!.numbers.forEach((c, ci) => replace(c, ['profiles', pi, 'numbers', ci]));
  host?.forEach((c, ci) => replace(c, ['numbers', ci]));
  return map;
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
      for (const issue of checkSameScale(oid, cells)) {
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
    issues.push(...checkSameScale(oid, cells).filter((i) => i.path[0] === 'numbers' || cells.some(([, p]) => p[0] === 'numbers')));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, localizedText, richText, sourceRefs } = p;
  /** A time frame: a span ("within 15 years"), a period ("during treatment") or a named one. */
  const timeframe = z.union([
    z.object({
      value: z.number().check(z.positive()),
      unit: z.enum(['days', 'weeks', 'months', 'years']),
    }),
    z.object({
      /** `treatment`: while the treatment lasts; `study`: over the whole study, as the source reports it. */
      during: z.enum(['treatment', 'study']),
    }),
    z.object({
      /** Compared between options: two numbers match only when their ids match. */
      id,
      label: localizedText,
    }),
  ]);

  /** One option's number for one outcome, or the reason there is none. */
  const numberCell = z.object({
    option: id,
    /**
     * How many out of `denominator` (decimals allowed, e.g. 9.2; shown rounded in icon arrays and
     * with the exact figure in words). Give exactly one of `count`, `notKnown`, `notApplicable`.
     */
    count: z.optional(z.number().check(z.gte(0))),
    /** Why there is no number (e.g. "no numbers collected", "only median survival was reported"). */
    notKnown: z.optional(localizedText),
    /** Why the outcome does not apply to this option (e.g. "there is no join that can leak"). */
    notApplicable: z.optional(localizedText),
    /** Number of people the count is out of; must be the same for every option within an outcome. */
    denominator: z.optional(z.int().check(z.positive())),
    /** Must be the same for every option within an outcome. */
    timeframe: z.optional(timeframe),
    /** Who the number is about, e.g. "women with ER-positive early breast cancer, in trials". */
    referenceGroup: z.optional(localizedText),
    /** Uncertainty range in the same units as `count`. */
    range: z.optional(z.object({ low: z.number().check(z.gte(0)), high: z.number().check(z.gte(0)) })),
    /** Certainty of the evidence (GRADE words). */
    certainty: z.optional(z.enum(['high', 'moderate', 'low', 'very-low'])),
    note: z.optional(localizedText),
    sources: z.optional(sourceRefs),
  });

  /** A number for a named outcome and option (profiles and host-supplied numbers). */
  const outcomeNumber = z.object({ ...numberCell.shape, outcome: id });

  /** Numbers a host page supplies (e.g. from a risk calculator); replace the bundle's for those cells. */
  const hostNumbers = z.object({
    /** Where the numbers come from, shown with them, e.g. "Your numbers from PREDICT". */
    label: z.optional(localizedText),
    numbers: z.array(outcomeNumber).check(z.minLength(1)),
  });

  const practicalFact = z.object({ label: localizedText, text: localizedText, sources: z.optional(sourceRefs) });

  const option = z.object({
    id,
    label: localizedText,
    /** `none` (no treatment) and `watchful` (active follow-up) and `supportive` count as the no-treatment option. */
    type: z.enum(['treatment', 'none', 'watchful', 'supportive']),
    description: richText,
    /** Who the option is for, when not everyone ("Only if the cancer is HER2-positive"). */
    eligibility: z.optional(localizedText),
    /** Duration, visits, what it involves. */
    practical: z.array(practicalFact),
    pros: z.array(localizedText),
    cons: z.array(localizedText),
    /** What the consequences feel like in daily life. */
    livingWith: z.object({
      physical: z.optional(localizedText),
      psychological: z.optional(localizedText),
      social: z.optional(localizedText),
    }),
    sources: z.optional(sourceRefs),
  });

  const outcome = z.object({
    id,
    label: localizedText,
    description: z.optional(localizedText),
    /** Whether the event is good (a benefit) or bad (a harm) for the patient. */
    direction: z.enum(['benefit', 'harm']),
    /** What a filled icon stands for, as a phrase after "N out of 100": "avoid dying of breast cancer because of the treatment". */
    event: localizedText,
    /** The reference group for all numbers of this outcome, unless a number gives its own. */
    referenceGroup: z.optional(localizedText),
    /** Uncertainty in words, for the outcome as a whole. */
    uncertainty: z.optional(localizedText),
    numbers: z.array(numberCell).check(z.minLength(1)),
  });

  const profile = z.object({
    id,
    label: localizedText,
    description: z.optional(localizedText),
    /** Options that apply to this group (all when absent). */
    options: z.optional(z.array(id)),
    /** This group's numbers; they replace the outcome's numbers for the same option. */
    numbers: z.array(outcomeNumber),
  });

  const decisionAidBody = {
    /** The condition, in plain words. */
    condition: richText,
    /** The decision, as a question: "Should I have treatment after my operation?" */
    decision: localizedText,
    forWhom: localizedText,
    notFor: z.optional(localizedText),
    /** Why there is no "no treatment / watchful follow-up" option, when there is none. */
    noTreatmentReason: z.optional(localizedText),
    /** Short sections shown with the decision (e.g. decision points, support alongside treatment). */
    background: z.optional(
      z.array(
        z.object({
          id,
          heading: localizedText,
          body: richText,
          sources: z.optional(sourceRefs),
          /** Overlays may replace this section's wording with local wording (never its sources). */
          replaceable: z.optional(z.boolean()),
        }),
      ),
    ),
    options: z.array(option).check(z.minLength(2)),
    outcomes: z.array(outcome),
    profiles: z.optional(z.array(profile)),
    /** The question the profile picker asks ("Which group fits you?"). When absent, no picker is offered. */
    profilePrompt: z.optional(localizedText),
    defaultProfile: z.optional(id),
    /** Frequently asked questions as rows, options as columns. */
    comparison: z.array(
      z.object({
        id,
        question: localizedText,
        answers: z.array(z.object({ option: id, text: localizedText, sources: z.optional(sourceRefs) })),
      }),
    ),
    /** Values-clarification statements ("Avoiding hair loss matters to me"). */
    values: z.array(
      z.object({
        id,
        statement: localizedText,
        /** Options this value tends to point towards (shown in the summary). */
        favours: z.optional(z.array(id)),
      }),
    ),
    /** Yes/no readiness items in the bundle's own wording. */
    readiness: z.array(z.object({ id, question: localizedText })),
    knowledge: z.optional(
      z.array(
        z.object({
          id,
          question: localizedText,
          answers: z.array(z.object({ id, text: localizedText })).check(z.minLength(2)),
          correct: id,
          explanation: localizedText,
          sources: z.optional(sourceRefs),
        }),
      ),
    ),
    /** Questions the patient may want to ask the clinician. */
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
