/**
 * The three-category risk model of one outcome row: for each option, how many of S people
 * (100, or 1 000 when the row needs it) have the event anyway, how many the option changes
 * (spared, helped, harmed or missing out) and how many do not have it either way, against the
 * comparator's number for the same group, denominator and time frame.
 */
import type { DecisionOutcome, NumberCell } from '../bundle/kinds/decision-aid.js';

export type ChangeKind = 'same' | 'spared' | 'helped' | 'harmed' | 'missed';

export interface RiskCell {
  option: string;
  /** Whole people out of `scale` with the event with this option. */
  total: number;
  /** True when `total` is a rounded figure (the source gives decimals). */
  rounded: boolean;
  anyway: number;
  changed: number;
  kind: ChangeKind;
  neither: number;
  isComparator: boolean;
}

export interface RiskRow {
  scale: 100 | 1000;
  comparator: RiskCell;
  cells: RiskCell[];
}

const per100 = (c: NumberCell): number => ((c.count ?? 0) * 100) / (c.denominator ?? 100);

/**
 * The row for an outcome with a comparator, or undefined when the comparator has no number (a
 * `notApplicable` comparator counts as 0: the event cannot happen with it). Cells without a count
 * are left out (they are shown in words).
 */
export function riskRow(o: Pick<DecisionOutcome, 'comparator' | 'eventIs'>, cells: readonly NumberCell[]): RiskRow | undefined {
  const comp = cells.find((c) => c.option === o.comparator);
  if (!comp || (comp.count === undefined && comp.notApplicable === undefined)) return undefined;
  const base = comp.count === undefined ? 0 : per100(comp);
  const others = cells.filter((c) => c.option !== o.comparator && c.count !== undefined);
  const values = [base, ...others.map(per100), ...others.map((c) => Math.abs(per100(c) - base))];
  // Natural frequencies in whole people: a row that needs fewer than 1 in 100 is shown per 1 000.
  const scale: 100 | 1000 = values.some((v) => v > 1e-9 && v < 1) ? 1000 : 100;
  const whole = (v: number) => Math.round((v * scale) / 100);
  const b = whole(base);
  const make = (c: NumberCell, isComparator: boolean): RiskCell => {
    const exact = isComparator ? base : per100(c);
    const total = whole(exact);
    const diff = total - b;
    const unwanted = o.eventIs !== 'wanted';
    const kind: ChangeKind = diff === 0 || isComparator ? 'same' : diff < 0 ? (unwanted ? 'spared' : 'missed') : unwanted ? 'harmed' : 'helped';
    return {
      option: c.option,
      total,
      rounded: Math.abs((exact * scale) / 100 - total) > 1e-9,
      anyway: Math.min(total, b),
      changed: isComparator ? 0 : Math.abs(diff),
      kind,
      neither: scale - Math.max(total, b),
      isComparator,
    };
  };
  return { scale, comparator: make(comp, true), cells: others.map((c) => make(c, false)) };
}
