/**
 * Turning a pathway's durations into target dates. Pure functions on UTC dates (see
 * `base/dates.ts`), so no time zone or daylight-saving change can move a date.
 *
 * A step's clock counts from the pathway start (`countFrom: "start"`, the element's
 * `start-date`), from an earlier step's target date, or from an event with no known date (then
 * no date is computed). A maximum gives one date ("by 21 March"); a window gives a range
 * ("about 24 February – 24 March").
 */
import { addDays, addMonths } from '../base/dates.js';
import type { Duration, Phase, Step } from '../bundle/kinds/pathway.js';
import { START } from '../bundle/kinds/pathway.start.js';

export interface Target {
  /** Earliest date of a window; equal to `to` for a maximum. */
  from: Date;
  /** The latest date. */
  to: Date;
  window: boolean;
  approximate: boolean;
}

export interface StepSchedule {
  /** The target of the step's own duration. */
  target?: Target;
  /** Targets per alternative (treatment id). */
  alternatives: Map<string, Target>;
  /** Days from the start to this step's maximum, when the chain is all in days. */
  totalDays?: number;
  /** The same per alternative. */
  alternativeTotals: Map<string, number>;
  /** True when the step counts from an event with no computable date. */
  unanchored: boolean;
}

function addUnits(date: Date, n: number, unit: Duration['unit']): Date {
  switch (unit) {
    case 'months':
      return addMonths(date, n);
    case 'weeks':
      return addDays(date, n * 7);
    default:
      return addDays(date, n);
  }
}

/** The target date(s) for a duration counted from `anchor`. */
export function targetFor(anchor: Date, d: Duration): Target {
  const window = d.min !== undefined;
  return {
    from: addUnits(anchor, window ? d.min! : d.max, d.unit),
    to: addUnits(anchor, d.max, d.unit),
    window,
    approximate: !!d.approximate,
  };
}

/** A duration in days, when it is an exact maximum in days or weeks; otherwise undefined. */
export function inDays(d: Duration | undefined): number | undefined {
  if (!d || d.min !== undefined || d.approximate) return undefined;
  if (d.unit === 'days') return d.max;
  if (d.unit === 'weeks') return d.max * 7;
  return undefined;
}

/**
 * Computes every step's target dates (when `start` is given) and cumulative day totals (always).
 * Steps that count from a step without a single computable date get no date.
 */
export function computeSchedule(phases: readonly Phase[], start: Date | undefined): Map<string, StepSchedule> {
  const out = new Map<string, StepSchedule>();
  for (const phase of phases) {
    for (const step of phase.steps) out.set(step.id, scheduleStep(step, out, start));
  }
  return out;
}

function scheduleStep(step: Step, done: Map<string, StepSchedule>, start: Date | undefined): StepSchedule {
  const from = step.clock?.countFrom;
  let anchor: Date | undefined;
  let baseDays: number | undefined;
  let anchored = false;
  if (from === START) {
    anchor = start;
    baseDays = 0;
    anchored = true;
  } else if (from !== undefined) {
    const prev = done.get(from);
    if (prev && !prev.unanchored && prev.target && !prev.target.window) {
      anchor = prev.target.to;
      anchored = true;
    }
    if (prev?.totalDays !== undefined) baseDays = prev.totalDays;
    if (prev && !prev.target) anchored = false;
  }
  const result: StepSchedule = {
    alternatives: new Map(),
    alternativeTotals: new Map(),
    unanchored: !anchored,
  };
  if (step.duration) {
    if (anchor) result.target = targetFor(anchor, step.duration);
    const d = inDays(step.duration);
    if (baseDays !== undefined && d !== undefined) result.totalDays = baseDays + d;
  }
  for (const alt of step.alternatives ?? []) {
    if (!alt.duration) continue;
    if (anchor) result.alternatives.set(alt.treatment, targetFor(anchor, alt.duration));
    const d = inDays(alt.duration);
    if (baseDays !== undefined && d !== undefined) result.alternativeTotals.set(alt.treatment, baseDays + d);
  }
  return result;
}
