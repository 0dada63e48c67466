/**
 * The `pathway` bundle kind: a cancer pathway explainer (Danish pakkeforløb, Norwegian
 * pakkeforløp, *Pakkeforløp hjem*), as phases that hold steps.
 *
 * A step says what happens, who is responsible (`actors`), and optionally how long it should take
 * at most (`duration`, with what starts and stops the clock in `clock`). Steps that branch (e.g.
 * surgery vs medical treatment) list `alternatives`, one per entry of the bundle's `treatments`.
 * Country-specific notes (what the times mean legally) sit in `notes`; medical words are
 * explained through the `glossary`, referenced from steps by `terms`.
 */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { lazySchema, parts, type Parts } from '../parts.js';

/** The fixed actor vocabulary. Anyone else is a custom actor `{ "label": { … } }`. */
export const ACTORS = ['gp', 'hospital', 'municipality', 'patient', 'specialist'] as const;
export type ActorCode = (typeof ACTORS)[number];

/** The id a step's `clock.countFrom` uses for the pathway's start date (`start-date` attribute). */
export const START = 'start';

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

/** A field's description for authors' editors (it goes into the JSON Schema). */
const d = (description: string) => z.describe(description);

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, link, localeCode, localizedText, richText, sourceRefs } = p;
  const actor = z.union([
    z.enum(ACTORS).check(d('A standard actor: gp (the patient\'s own doctor), hospital, municipality, patient (you), specialist.')),
    z.object({
      id: z.optional(id.check(d('Optional stable id for styling or analytics.'))),
      label: localizedText.check(d('Who it is, in words, e.g. "Kreftkoordinator i kommunen".')),
    }).check(d('Anyone outside the standard vocabulary, named in words.')),
  ]).check(d('Who is responsible for the step.'));

  /**
   * A recommended (or legal) maximum time. With `min` it is a window ("about 3–4 months");
   * without, a maximum ("at most 7 days"). Every duration names the sources of its numbers.
   */
  const duration = z.object({
    unit: z.enum(['days', 'weeks', 'months']).check(d('Unit of min and max: days (calendar days), weeks or months.')),
    max: z.int().check(z.gte(1), z.lte(3660), d('The longest time (or the end of a window), in unit.')),
    min: z.optional(z.int().check(z.gte(0), z.lte(3660), d('With min the time is a window ("about 3–4 months"); without, a maximum.'))),
    approximate: z.optional(z.boolean().check(d('The time is approximate ("about …").'))),
    basis: z.optional(z.enum(['recommended', 'legal-right']).check(d('recommended (planning guidance, the default) or legal-right (a patient right by law).'))),
    sources: sourceRefs.check(z.minLength(1, 'A duration must cite at least one source'), d('Ids of the sources of the numbers (at least one).')),
  }).check(d('A recommended or legal maximum time, or a window.'));

  /** What starts and stops the clock for a step's duration. */
  const clock = z.object({
    countFrom: z.optional(id.check(d('"start": count from the pathway\'s start date; a step id: from that earlier step\'s target date; omitted: the clock starts at an event with no known date.'))),
    starts: localizedText.check(d('What starts the clock, e.g. "Sykehuset har mottatt henvisningen".')),
    ends: z.optional(localizedText.check(d('What stops it, e.g. "Første oppmøte". Alternatives may each have their own.'))),
  }).check(d('What starts and stops the clock for the step\'s duration.'));

  /** One part of a treatment sequence, e.g. "medical treatment before surgery". */
  const sequencePart = z.object({
    label: localizedText.check(d('The part in a few words, e.g. "Medisinsk behandling før operasjonen".')),
    description: z.optional(localizedText.check(d('One or two sentences on this part.'))),
  }).check(d('One part of a treatment sequence.'));

  /** One branch of a step, e.g. the surgery branch of "treatment starts". */
  const alternative = z.object({
    treatment: id.check(d('Id of an entry in the bundle\'s treatments.')),
    description: z.optional(richText.check(d('What this branch means for the patient.'))),
    ends: z.optional(localizedText.check(d('What stops the clock in this branch, e.g. "Operasjonen starter".'))),
    duration: z.optional(duration),
    sequence: z.optional(
      z.array(sequencePart).check(z.minLength(2, 'A sequence has at least two parts'), d('Format 1.1: the treatments of this branch in order, e.g. neoadjuvant → surgery → adjuvant.')),
    ),
    sources: z.optional(sourceRefs.check(d('Ids of the sources of this branch.'))),
  }).check(d('One branch of a step (one entry per treatment).'));

  /** A way the pathway can end at this step (format 1.1). */
  const exit = z.object({
    kind: z.enum(['ruled-out', 'not-fit', 'other']).check(d('ruled-out: cancer was ruled out; not-fit: not fit for the standard pathway (e.g. other illness); other: see title.')),
    title: z.optional(localizedText.check(d('Heading of the exit; required for kind "other" (a default heading is shown for the others).'))),
    description: richText.check(d('What happens then, e.g. "You are told the result and the pathway ends; your GP follows up."')),
    sources: z.optional(sourceRefs.check(d('Ids of the sources of the exit.'))),
  }).check(d('Format 1.1: a way the pathway can end or leave the standard course at this step.'));

  /** A decision aid for the decision made at this step (format 1.1). */
  const decisionAid = z.object({
    id: id.check(d('Bundle id of a decision-aid bundle, e.g. "adjuvant-breast-cancer".')),
    label: z.optional(localizedText.check(d('Link text; default: "Help to decide".'))),
  }).check(d('Format 1.1: the decision aid for the decision made at this step. Shown as a link (the element\'s decision-aid-url template) or a button that fires pakke-related-select.'));

  const step = z.object({
    id: id.check(d('Unique id of the step in the whole bundle (used by current-step, countFrom and overlays); "start" is reserved.')),
    title: localizedText.check(d('Heading of the step.')),
    description: z.optional(richText.check(d('What happens, in plain language.'))),
    actors: z.array(actor).check(z.minLength(1, 'Name who is responsible for the step'), d('Who is responsible (at least one).')),
    clock: z.optional(clock),
    duration: z.optional(duration),
    alternatives: z.optional(z.array(alternative).check(z.minLength(2, 'Alternatives come at least in pairs'), d('The branches of a step (at least two), one per treatment.'))),
    links: z.optional(z.array(link).check(d('Patient leaflets and other further reading.'))),
    terms: z.optional(z.array(id).check(d('Glossary ids explained inline in this step.'))),
    forTreatments: z.optional(z.array(id).check(d('Treatment ids this step belongs to (e.g. chemotherapy after surgery); omitted: everyone.'))),
    exits: z.optional(z.array(exit).check(d('Format 1.1: ways the pathway can end at this step (cancer ruled out, not fit for the standard pathway).'))),
    continues: z.optional(localizedText.check(d('Format 1.1: what goes on after this step when needed, e.g. "Follow-up continues after the last conversation if you need it."'))),
    decisionAid: z.optional(decisionAid),
    sources: z.optional(sourceRefs.check(d('Ids of the sources of the step.'))),
    replaceable: z.optional(z.boolean().check(d('Overlays may replace this object\'s wording (title, description) with local wording.'))),
  }).check(d('One step of the pathway.'));

  const phase = z.object({
    id: id.check(d('Unique id of the phase.')),
    title: localizedText.check(d('Heading of the phase, e.g. "Utredning".')),
    description: z.optional(richText.check(d('What the phase is about.'))),
    steps: z.array(step).check(z.minLength(1), d('The steps of the phase, in order.')),
    sources: z.optional(sourceRefs.check(d('Ids of the sources of the phase.'))),
    replaceable: z.optional(z.boolean().check(d('Overlays may replace this object\'s wording (title, description) with local wording.'))),
  }).check(d('One phase of the pathway (e.g. referral, diagnostic work-up, treatment, follow-up).'));

  const treatment = z.object({
    id: id.check(d('Used by the element\'s treatment attribute, e.g. "surgery".')),
    label: localizedText.check(d('The treatment in words, as the reader chooses it.')),
  }).check(d('A branch the reader can choose between.'));

  /** Bundle-level notes; `legal` notes say what the times mean in law (they differ by country). */
  const note = z.object({
    id: id.check(d('Unique id of the note.')),
    kind: z.enum(['legal', 'info']).check(d('legal: what the times mean in law; info: anything else worth knowing first.')),
    title: localizedText.check(d('Heading of the note.')),
    body: richText.check(d('The note.')),
    sources: sourceRefs.check(d('Ids of the sources of the note.')),
  }).check(d('A note shown before the timeline.'));

  const glossaryEntry = z.object({
    id: id.check(d('Unique id of the word, used by steps\' terms.')),
    term: localizedText.check(d('The word as it appears in text.')),
    forms: z.optional(
      z.record(localeCode, z.array(z.string().check(z.trim(), z.minLength(1)))).check(d('Other forms of the word to find in text, per locale (e.g. "MDT-konferencen").')),
    ),
    definition: localizedText.check(d('A plain-language explanation (whole sentences).')),
    sources: z.optional(sourceRefs.check(d('Ids of the sources of the explanation.'))),
  }).check(d('A word explained to the reader.'));

  const pathwayShape = {
    intro: z.optional(richText.check(d('Rich text under the summary.'))),
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected a country code such as "DK" or "NO"'), d('ISO 3166-1 alpha-2 code of the country whose rules the pathway follows, e.g. "DK", "NO".'))),
    start: z.optional(z.object({ label: localizedText.check(d('What the start date means, e.g. "the day the hospital received the referral".')) }).check(d('What the element\'s start-date stands for.'))),
    phases: z.optional(z.array(phase).check(d('The phases in order (required in practice: the validator reports their absence as an error).'))),
    treatments: z.optional(z.array(treatment).check(d('The branches the reader can choose between.'))),
    notes: z.optional(z.array(note).check(d('Country notes shown before the timeline.'))),
    glossary: z.optional(z.array(glossaryEntry).check(d('Words explained inline and listed at the end.'))),
  };

  const bundle = bundleOf(p, 'pathway', pathwayShape).check(
    z.superRefine((b, ctx) => checkPathway(b as BodyLike, ctx as Ctx)),
  );

  return { actor, duration, clock, alternative, sequencePart, exit, decisionAid, step, phase, treatment, note, glossaryEntry, pathwayShape, bundle };
}

type Schemas = ReturnType<typeof build>;
