/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that no time zone or daylight-saving
 * change can move a date.
 */
import { formatDate as formatLocalDate, type DateStyle } from '../l10n/format.js';

/** Parses a strict `YYYY-MM-DD` date; `undefined` for anything else, including 2025-02-30. */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** Today's date where the reader is, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return toIsoDate(local);
}

/** Formats a date for people in `locale`, e.g. "14. marts 2025" / "14 March 2025". */
export function formatDate(date: Date | string, locale: string, style: DateStyle = 'long'): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  return d ? formatLocalDate(d, locale, style) : String(date);
}
