/**
 * Words for durations and target dates, in the UI language (the page's), through src/l10n/format.ts:
 * "højst 7 dage", "within 7 days", "ca. 3–4 måneder", "senest 21. marts 2026",
 * "around 24 February – 24 March 2026". Called during render only (uses `msg`).
 */
import { msg, str } from '@lit/localize';
import type { Duration } from '../bundle/kinds/pathway.js';
import { formatDate, formatDateRange, formatUnit } from '../l10n/format.js';
import type { Target } from './schedule.js';

/** "7 dage", "3–4 måneder" (number and unit in words, no qualifier). */
export function amount(d: Pick<Duration, 'unit' | 'min' | 'max'>, locale: string): string {
  return formatUnit(d.max, d.unit, locale, d.min);
}

/** "højst 7 dage" / "within 7 days"; "ca. 3–4 måneder" / "about 3–4 months"; "3–4 måneder". */
export function durationText(d: Duration, locale: string): string {
  const a = amount(d, locale);
  if (d.approximate) return msg(str`ca. ${a}`);
  if (d.min !== undefined) return a;
  return msg(str`højst ${a}`);
}

/** A total in days: "i alt højst 32 dage" / "32 days in total at most". */
export function totalText(days: number, locale: string): string {
  const a = amount({ unit: 'days', max: days }, locale);
  return msg(str`i alt højst ${a} fra start`);
}

function aboutDate(d: string): string {
  return msg(str`omkring ${d}`);
}

export function formatDay(date: Date, locale: string): string {
  return formatDate(date, locale);
}

/** "senest 21. marts 2026" / "by 21 March 2026"; a window: "ca. 24. februar–24. marts 2026". */
export function targetText(t: Target, locale: string): string {
  if (!t.window) {
    const d = formatDate(t.to, locale);
    return t.approximate ? aboutDate(d) : msg(str`senest ${d}`);
  }
  const r = formatDateRange(t.from, t.to, locale);
  return t.approximate ? aboutDate(r) : r;
}
