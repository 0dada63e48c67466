/**
 * The `pathway` bundle kind: a cancer pathway explainer (Danish pakkeforløb, Norwegian
 * pakkeforløp, *Pakkeforløp hjem*), as phases that hold steps.
 *
 * A step says what happens, who is responsible (`actors`), and optionally how long it should take
 * at most (`duration`, with what starts and stops the clock in `clock`). Steps that branch (e.g.
 * surgery vs medical treatment) list `alternatives`, one per entry of the bundle's `treatments`.
 * Country-specific notes (what the times mean legally) sit in `notes`; medical words are
 * explained through the `glossary`, referenced from steps by `terms`.
 *
 * Every field's description for authors lives in `./pathway.docs.ts` and is written into the
 * JSON Schema when it is generated: the patient's browser never downloads the author docs.
 */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { lazySchema, parts, type Parts } from '../parts.js';

/** The fixed actor vocabulary. Anyone else is a custom actor `{ "label": { … } }`. */
export const ACTORS = ['gp', 'hospital', 'municipality', 'patient', 'specialist'] as const;
export type ActorCode = (typeof ACTORS)[number];

import { START } from './pathway.start.js';

export { START };

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

interface StepLike {
  id: string;
  clock?: { countFrom?: string | undefined } | undefined;
  duration?: { min?: number | undefined; max: number } | undefined;
  alternatives?: { treatment: string; duration?: { min?: number | undefined; max: number } | undefined }[] | undefined;
  terms?: string[] | undefined;
  forTreatments?: string[] | undefined;
  exits?: { kind: string; title?: unknown }[] | undefined;
}
interface BodyLike {
  start?: unknown;
  phases?: { id: string; steps: StepLike[] }[] | undefined;
  treatments?: { id: string }[] | undefined;
  notes?: { id: string }[] | undefined;
  glossary?: { id: string }[] | undefined;
}

function unique(items: { id: string }[] | undefined, base: Path, what: string, ctx: Ctx): void {
  const seen = new Set<string>();
  items?.forEach((it, i) => {
    if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: [...base, i, 'id'], message: `Duplicate ${what} id "${it.id}"` });
    seen.add(it.id);
  });
}

function checkDuration(d: { min?: number | undefined; max: number } | undefined, path: Path, ctx: Ctx): void {
  if (d && d.min !== undefined && d.min > d.max) {
    ctx.addIssue({ code: 'custom', path: [...path, 'min'], message: `min (${d.min}) is larger than max (${d.max})` });
  }
}

/** Cross-field rules: unique ids, clock references, treatments and glossary terms that exist. */
export function checkPathway(b: BodyLike, ctx: Ctx): void {
  unique(b.phases, ['phases'], 'phase', ctx);
  unique(b.treatments, ['treatments'], 'treatment', ctx);
  unique(b.notes, ['notes'], 'note', ctx);
  unique(b.glossary, ['glossary'], 'glossary', ctx);
  const treatments = new Set((b.treatments ?? []).map((t) => t.id));
  const terms = new Set((b.glossary ?? []).map((g) => g.id));
  /** Steps seen so far, and whether their target date can anchor a later step. */
  const earlier = new Map<string, boolean>();
  const stepIds = new Set<string>();
  b.phases?.forEach((phase, p) => {
    phase.steps.forEach((s, i) => {
      const path: Path = ['phases', p, 'steps', i];
      if (s.id === START) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `"${START}" is reserved for the pathway's start date` });
      if (stepIds.has(s.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `Duplicate step id "${s.id}"` });
      stepIds.add(s.id);
      checkDuration(s.duration, [...path, 'duration'], ctx);
      const from = s.clock?.countFrom;
      if (from === START) {
        if (!b.start) ctx.addIssue({ code: 'custom', path: [...path, 'clock', 'countFrom'], message: `Counting from "${START}" needs the bundle's "start" (what the start date means)` });
      } else if (from !== undefined) {
        if (!earlier.has(from)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'clock', 'countFrom'], message: `countFrom "${from}" is not the id of an earlier step` });
        } else if (!earlier.get(from)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'clock', 'countFrom'],
            message: `Step "${from}" has no computable target date (no duration, a window, alternatives, or a clock that does not count from the start), so it cannot start another step's clock`,
          });
        }
      }
      if ((s.duration || s.alternatives?.some((a) => a.duration)) && !s.clock) {
        ctx.addIssue({ code: 'custom', path: [...path, 'clock'], message: 'A step with a duration must say what starts the clock' });
      }
      if (s.duration && s.alternatives?.some((a) => a.duration)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'duration'], message: 'Give the duration either on the step or on its alternatives, not both' });
      }
      const seenAlt = new Set<string>();
      s.alternatives?.forEach((a, j) => {
        const ap: Path = [...path, 'alternatives', j];
        if (!treatments.has(a.treatment)) ctx.addIssue({ code: 'custom', path: [...ap, 'treatment'], message: `Unknown treatment "${a.treatment}" (not in "treatments")` });
        if (seenAlt.has(a.treatment)) ctx.addIssue({ code: 'custom', path: [...ap, 'treatment'], message: `Treatment "${a.treatment}" appears twice in this step` });
        seenAlt.add(a.treatment);
        checkDuration(a.duration, [...ap, 'duration'], ctx);
      });
      s.forTreatments?.forEach((t, j) => {
        if (!treatments.has(t)) ctx.addIssue({ code: 'custom', path: [...path, 'forTreatments', j], message: `Unknown treatment "${t}" (not in "treatments")` });
      });
      const exitKinds = new Set<string>();
      s.exits?.forEach((x, j) => {
        if (x.kind === 'other' && !x.title) ctx.addIssue({ code: 'custom', path: [...path, 'exits', j, 'title'], message: 'An exit of kind "other" needs a title' });
        if (x.kind !== 'other' && exitKinds.has(x.kind)) ctx.addIssue({ code: 'custom', path: [...path, 'exits', j, 'kind'], message: `Exit "${x.kind}" appears twice in this step` });
        exitKinds.add(x.kind);
      });
      s.terms?.forEach((t, j) => {
        if (!terms.has(t)) ctx.addIssue({ code: 'custom', path: [...path, 'terms', j], message: `Unknown glossary term "${t}"` });
      });
      earlier.set(s.id, !!s.duration && s.duration.min === undefined && !s.alternatives && (from === undefined ? false : from === START || earlier.get(from) === true));
    });
  });
}

/** The `pathway` bundle schema, built on first use and shared while alive (see `lazySchema`). */
export const pathwayBundle = lazySchema(() => build(parts()).bundle);

export type PathwayBundle = z.infer<Schemas['bundle']>;
export type Phase = z.infer<Schemas['phase']>;
export type Step = z.infer<Schemas['step']>;
export type Actor = z.infer<Schemas['actor']>;
export type Duration = z.infer<Schemas['duration']>;
export type Alternative = z.infer<Schemas['alternative']>;
export type Note = z.infer<Schemas['note']>;
export type GlossaryEntry = z.infer<Schemas['glossaryEntry']>;
export type Exit = z.infer<Schemas['exit']>;
export type SequencePart = z.infer<Schemas['sequencePart']>;

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, link, localeCode, localizedText, richText, sourceRefs } = p;
  const actor = z.union([
    z.enum(ACTORS),
    z.object({
      id: z.optional(id),
      label: localizedText,
    }),
  ]);

  /**
   * A recommended (or legal) maximum time. With `min` it is a window ("about 3–4 months");
   * without, a maximum ("at most 7 days"). Every duration names the sources of its numbers.
   */
  const duration = z.object({
    unit: z.enum(['days', 'weeks', 'months']),
    max: z.int().check(z.gte(1), z.lte(3660)),
    min: z.optional(z.int().check(z.gte(0), z.lte(3660))),
    approximate: z.optional(z.boolean()),
    basis: z.optional(z.enum(['recommended', 'legal-right'])),
    sources: sourceRefs.check(z.minLength(1, 'A duration must cite at least one source')),
  });

  /** What starts and stops the clock for a step's duration. */
  const clock = z.object({
    countFrom: z.optional(id),
    starts: localizedText,
    ends: z.optional(localizedText),
  });

  /** One part of a treatment sequence, e.g. "medical treatment before surgery". */
  const sequencePart = z.object({
    label: localizedText,
    description: z.optional(localizedText),
  });

  /** One branch of a step, e.g. the surgery branch of "treatment starts". */
  const alternative = z.object({
    treatment: id,
    description: z.optional(richText),
    ends: z.optional(localizedText),
    duration: z.optional(duration),
    sequence: z.optional(
      z.array(sequencePart).check(z.minLength(2, 'A sequence has at least two parts')),
    ),
    sources: z.optional(sourceRefs),
  });

  /** A way the pathway can end at this step (format 1.1). */
  const exit = z.object({
    kind: z.enum(['ruled-out', 'not-fit', 'other']),
    title: z.optional(localizedText),
    description: richText,
    sources: z.optional(sourceRefs),
  });

  /** A decision aid for the decision made at this step (format 1.1). */
  const decisionAid = z.object({
    id: id,
    label: z.optional(localizedText),
  });

  const step = z.object({
    id: id,
    title: localizedText,
    description: z.optional(richText),
    actors: z.array(actor).check(z.minLength(1, 'Name who is responsible for the step')),
    clock: z.optional(clock),
    duration: z.optional(duration),
    alternatives: z.optional(z.array(alternative).check(z.minLength(2, 'Alternatives come at least in pairs'))),
    links: z.optional(z.array(link)),
    terms: z.optional(z.array(id)),
    forTreatments: z.optional(z.array(id)),
    exits: z.optional(z.array(exit)),
    continues: z.optional(localizedText),
    decisionAid: z.optional(decisionAid),
    sources: z.optional(sourceRefs),
    replaceable: z.optional(z.boolean()),
  });

  const phase = z.object({
    id: id,
    title: localizedText,
    description: z.optional(richText),
    steps: z.array(step).check(z.minLength(1)),
    sources: z.optional(sourceRefs),
    replaceable: z.optional(z.boolean()),
  });

  const treatment = z.object({
    id: id,
    label: localizedText,
  });

  /** Bundle-level notes; `legal` notes say what the times mean in law (they differ by country). */
  const note = z.object({
    id: id,
    kind: z.enum(['legal', 'info']),
    title: localizedText,
    body: richText,
    sources: sourceRefs,
  });

  const glossaryEntry = z.object({
    id: id,
    term: localizedText,
    forms: z.optional(
      z.record(localeCode, z.array(z.string().check(z.trim(), z.minLength(1)))),
    ),
    definition: localizedText,
    sources: z.optional(sourceRefs),
  });

  const pathwayShape = {
    intro: z.optional(richText),
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected a country code such as "DK" or "NO"'))),
    start: z.optional(z.object({ label: localizedText })),
    phases: z.optional(z.array(phase)),
    treatments: z.optional(z.array(treatment)),
    notes: z.optional(z.array(note)),
    glossary: z.optional(z.array(glossaryEntry)),
  };

  const bundle = bundleOf(p, 'pathway', pathwayShape).check(
    z.superRefine((b, ctx) => checkPathway(b as BodyLike, ctx as Ctx)),
  );

  return { actor, duration, clock, alternative, sequencePart, exit, decisionAid, step, phase, treatment, note, glossaryEntry, pathwayShape, bundle };
}

type Schemas = ReturnType<typeof build>;
