/**
 * The form's logic as plain code over plain data: answer values, conditions (`enableWhen` and
 * flag rules), which items are shown, validation and flags. No DOM, no expression strings.
 *
 * Condition semantics follow FHIR R4 `Questionnaire.item.enableWhen`:
 * - an item that is hidden counts as unanswered for the conditions of later items;
 * - `equals`: some answer equals the value (for multiple choice: the code is among those chosen);
 * - `not-equals`: no answer equals the value (also true while unanswered, as in FHIR `!=`);
 * - `greater-than`, `less-than`, `at-least`, `at-most`: answered and the comparison holds
 *   (numbers for ratings, `YYYY-MM-DD` dates compare as dates);
 * - `answered` / `unanswered`: whether there is an answer.
 */
import type {
  NaCondition,
  NaFlagRule,
  NaItem,
  NeedsAssessmentBundle,
} from '../bundle/kinds/needs-assessment.js';
import { parseIsoDate } from '../base/dates.js';

/** An answer: option code, codes, rating, yes/no, text or `YYYY-MM-DD` date. */
export type AnswerValue = string | string[] | number | boolean;
/** Answers by item id, in form order, for the items that are shown. */
export type Answers = Record<string, AnswerValue>;

export type ValidationProblem = 'required' | 'required-multiple' | 'required-text' | 'required-date' | 'invalid-date' | 'too-long' | 'invalid-number' | 'out-of-range';

/** A flagged need as reported in events. Texts are in the content locale. */
export interface FlagResult {
  id: string;
  label: string;
  domain: { id: string; label: string };
  services: { id: string; name: string; description?: string; href?: string }[];
  /** What the reader answered that raised it, in words (e.g. "I need help"), where one answer did. */
  answer?: string;
}

/** A flag that holds, with the condition that raised it. */
export interface FiredFlag {
  flag: NaFlagRule;
  /**
   * The index in `when` of the first condition that holds. Authors list a flag's conditions from
   * the most urgent answer down ("needs help" before "wants to talk"), so flags sort by it.
   */
  rank: number;
  /** That condition. */
  condition: NaCondition;
}

/** True when the value counts as an answer. */
export function isAnswered(v: AnswerValue | undefined): v is AnswerValue {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'boolean';
}

function compare(a: AnswerValue, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** Evaluates one condition; `value` is the referenced question's answer if it is shown. */
export function evaluateCondition(c: NaCondition, value: AnswerValue | undefined): boolean {
  const answered = isAnswered(value);
  switch (c.operator) {
    case 'answered':
      return answered;
    case 'unanswered':
      return !answered;
    case 'equals':
      return answered && (Array.isArray(value) ? value.includes(c.value as string) : value === c.value);
    case 'not-equals':
      return !answered || (Array.isArray(value) ? !value.includes(c.value as string) : value !== c.value);
    default: {
      if (!answered || Array.isArray(value)) return false;
      const d = compare(value, c.value);
      if (d === undefined) return false;
      if (c.operator === 'greater-than') return d > 0;
      if (c.operator === 'less-than') return d < 0;
      if (c.operator === 'at-least') return d >= 0;
      return d <= 0;
    }
  }
}

/** Evaluates a list of conditions with `all` (default) or `any`. */
export function evaluateConditions(
  conditions: readonly NaCondition[],
  behavior: 'all' | 'any' | undefined,
  valueOf: (question: string) => AnswerValue | undefined,
): boolean {
  if (behavior === 'any') return conditions.some((c) => evaluateCondition(c, valueOf(c.question)));
  return conditions.every((c) => evaluateCondition(c, valueOf(c.question)));
}

/** Whether a form has a calculated item (and so needs the FHIRPath evaluator). */
export function hasCalculations(bundle: NeedsAssessmentBundle): boolean {
  return bundle.pages.some((p) => p.items.some((it) => it.type === 'calculated'));
}

/** `x` rounded to `decimals` places, half away from zero (2.5 → 3, −2.5 → −3). */
export function roundTo(x: number, decimals: number): number {
  const scale = 10 ** decimals;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * scale + 1e-9)) / scale;
  return r === 0 ? 0 : r; // never −0
}

/** Checks a raw value against an item's type; returns the cleaned value or undefined. */
export function coerceAnswer(item: NaItem, raw: unknown): AnswerValue | undefined {
  switch (item.type) {
    case 'single-choice':
      return typeof raw === 'string' && item.options.some((o) => o.code === raw) ? raw : undefined;
    case 'multiple-choice': {
      if (!Array.isArray(raw)) return undefined;
      const codes = item.options.map((o) => o.code).filter((c) => raw.includes(c));
      return codes.length ? codes : undefined;
    }
    case 'rating': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      return typeof n === 'number' && Number.isInteger(n) && n >= (item.min ?? 0) && n <= (item.max ?? 10) ? n : undefined;
    }
    case 'yes-no':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'date':
      return typeof raw === 'string' && parseIsoDate(raw) ? raw : undefined;
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      if ((item.min !== undefined && raw < item.min) || (item.max !== undefined && raw > item.max)) return undefined;
      const scale = 10 ** (item.decimals ?? 0);
      return Math.abs(Math.round(raw * scale) - raw * scale) < 1e-6 ? raw : undefined;
    }
    case 'calculated':
      return typeof raw === 'number' && Number.isFinite(raw) ? roundTo(raw, item.decimals ?? 0) : undefined;
    case 'text':
    case 'long-text':
      return typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
    default:
      return undefined;
  }
}

/**
 * What is wrong with an item's answer, if anything. `typed`: what is wrong with what the reader
 * typed into a date's or a number's fields (it gave no answer), which comes before "required".
 */
export function validateItem(item: NaItem, value: AnswerValue | undefined, typed?: ValidationProblem): ValidationProblem | undefined {
  if (item.type === 'display' || item.type === 'calculated') return undefined;
  if (typed && (item.type === 'date' || item.type === 'number')) return typed;
  if ((item.type === 'text' || item.type === 'long-text') && item.maxLength && typeof value === 'string' && value.length > item.maxLength) return 'too-long';
  if (!item.required || isAnswered(value)) return undefined;
  switch (item.type) {
    case 'multiple-choice':
      return 'required-multiple';
    case 'text':
    case 'long-text':
    case 'number':
      return 'required-text';
    case 'date':
      return 'required-date';
    default:
      return 'required';
  }
}

interface Entry {
  item: NaItem;
  page: number;
  order: number;
}

/**
 * The answers and the shown/hidden state of a form. Answers of hidden items are kept (they come
 * back when the item is shown again) but are left out of every output. Changing one answer
 * re-evaluates only the items whose conditions depend on it, directly or through other items.
 */
export class FormState {
  readonly entries = new Map<string, Entry>();
  readonly order: NaItem[] = [];
  private readonly dependents = new Map<string, NaItem[]>();
  private readonly values = new Map<string, AnswerValue>();
  private readonly shown = new Map<string, boolean>();
  /** Required items that are shown and unanswered. */
  readonly missingRequired = new Set<string>();
  /** Follow-up questions by id, with the question they follow (see `followUps`). */
  readonly followUp: ReadonlyMap<string, NaItem>;

  constructor(readonly bundle: NeedsAssessmentBundle) {
    bundle.pages.forEach((p, page) =>
      p.items.forEach((item) => {
        this.entries.set(item.id, { item, page, order: this.order.length });
        this.order.push(item);
        for (const c of item.enableWhen ?? []) {
          const list = this.dependents.get(c.question) ?? [];
          if (!list.includes(item)) list.push(item);
          this.dependents.set(c.question, list);
        }
      }),
    );
    this.followUp = followUps(bundle);
    this.recomputeAll();
  }

  private conditionValue = (question: string): AnswerValue | undefined =>
    this.shown.get(question) ? this.values.get(question) : undefined;

  private computeShown(item: NaItem): boolean {
    return !item.enableWhen || evaluateConditions(item.enableWhen, item.enableBehavior, this.conditionValue);
  }

  private trackRequired(item: NaItem): void {
    if (item.required && item.type !== 'display' && this.shown.get(item.id) && !isAnswered(this.values.get(item.id))) {
      this.missingRequired.add(item.id);
    } else {
      this.missingRequired.delete(item.id);
    }
  }

  private recomputeAll(): void {
    for (const item of this.order) {
      this.shown.set(item.id, this.computeShown(item));
      this.trackRequired(item);
    }
  }

  /** Whether an item is shown. */
  isShown(id: string): boolean {
    return this.shown.get(id) ?? false;
  }

  /** The stored answer (also for hidden items). */
  get(id: string): AnswerValue | undefined {
    return this.values.get(id);
  }

  /**
   * Sets (or with `undefined` clears) one answer. Returns the ids of items whose shown state
   * changed. Work is proportional to the items that depend on this one, not to the form size.
   */
  set(id: string, value: AnswerValue | undefined): string[] {
    const entry = this.entries.get(id);
    if (!entry) return [];
    if (isAnswered(value)) this.values.set(id, value);
    else this.values.delete(id);
    this.trackRequired(entry.item);
    const changed = this.shown.get(id) ? this.propagate(id) : [];
    if (entry.item.type !== 'calculated') changed.push(...this.recalculate());
    return changed;
  }

  /**
   * One calculated item's value from the other shown answers (set by the element for forms that
   * have calculated items; see `calculations.ts`).
   */
  calculate?: (itemId: string, answers: Answers) => number | undefined;

  /**
   * Works the calculated values out again, one item at a time in form order, each from the shown
   * answers as they are then (so a value another one shows, hides or feeds is seen), until nothing
   * changes (three passes at most, should values depend on later ones). Returns the ids of
   * calculated items whose value changed and of items shown or hidden because of that.
   */
  recalculate(): string[] {
    if (!this.calculate) return [];
    const changed: string[] = [];
    for (let pass = 0; pass < 3; pass++) {
      let moved = false;
      for (const item of this.order) {
        if (item.type !== 'calculated' || !this.shown.get(item.id)) continue;
        const given = this.answers();
        delete given[item.id];
        const raw = this.calculate(item.id, given);
        const v = raw === undefined ? undefined : coerceAnswer(item, raw);
        if (this.values.get(item.id) === v) continue;
        moved = true;
        changed.push(item.id, ...this.set(item.id, v));
      }
      if (!moved) break;
    }
    return changed;
  }

  private propagate(from: string): string[] {
    const changed: string[] = [];
    const queue = [...(this.dependents.get(from) ?? [])];
    const seen = new Set<string>();
    while (queue.length) {
      // Conditions only point backwards, so handling items in form order settles each once.
      queue.sort((a, b) => this.entries.get(a.id)!.order - this.entries.get(b.id)!.order);
      const item = queue.shift()!;
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const now = this.computeShown(item);
      if (now !== this.shown.get(item.id)) {
        this.shown.set(item.id, now);
        changed.push(item.id);
        this.trackRequired(item);
        if (isAnswered(this.values.get(item.id))) queue.push(...(this.dependents.get(item.id) ?? []));
      }
    }
    return changed;
  }

  /** Replaces all answers (restore, reset). */
  replace(values: Record<string, unknown>): void {
    this.values.clear();
    for (const [id, raw] of Object.entries(values)) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const v = coerceAnswer(entry.item, raw);
      if (v !== undefined) this.values.set(id, v);
    }
    this.recomputeAll();
    this.recalculate();
  }

  /** Answers of shown, answered items in form order. */
  answers(): Answers {
    const out: Answers = {};
    for (const item of this.order) {
      if (item.type === 'display' || !this.shown.get(item.id)) continue;
      const v = this.values.get(item.id);
      if (isAnswered(v)) out[item.id] = Array.isArray(v) ? [...v] : v;
    }
    return out;
  }

  /** Every stored answer, hidden ones included (for saving work in progress). */
  allValues(): Answers {
    const out: Answers = {};
    for (const [k, v] of this.values) out[k] = Array.isArray(v) ? [...v] : v;
    return out;
  }

  /** The flag rules whose conditions hold for the shown answers. */
  firedFlags(): NaFlagRule[] {
    return this.bundle.flags.filter((f) => evaluateConditions(f.when, f.behavior, this.conditionValue));
  }

  /** The flags that hold, most urgent first (by `rank`; the bundle's order among equals). */
  rankedFlags(): FiredFlag[] {
    const out: FiredFlag[] = [];
    for (const flag of this.firedFlags()) {
      const rank = flag.when.findIndex((c) => evaluateCondition(c, this.conditionValue(c.question)));
      out.push({ flag, rank: Math.max(rank, 0), condition: flag.when[Math.max(rank, 0)]! });
    }
    return out.sort((a, b) => a.rank - b.rank);
  }
}

/** Flags for a set of shown answers (the same rules as the element; for hosts and servers). */
export function computeFlags(bundle: NeedsAssessmentBundle, answers: Answers): NaFlagRule[] {
  return bundle.flags.filter((f) => evaluateConditions(f.when, f.behavior, (q) => answers[q]));
}

/**
 * The follow-up questions of a form and the question each follows: an item (not display text)
 * whose every condition is on one earlier question of the same page ("Tell us more" after "Would
 * you like help with this?"). The form indents it under that question, and the summary and the
 * printout show it under that question's answer, so "Tell us more" is never read out of context.
 */
export function followUps(bundle: NeedsAssessmentBundle): Map<string, NaItem> {
  const out = new Map<string, NaItem>();
  for (const page of bundle.pages) {
    const before = new Map<string, NaItem>();
    for (const item of page.items) {
      const on = new Set((item.enableWhen ?? []).map((c) => c.question));
      const parent = on.size === 1 ? before.get([...on][0]!) : undefined;
      if (parent && item.type !== 'display' && parent.type !== 'display') out.set(item.id, parent);
      before.set(item.id, item);
    }
  }
  return out;
}
