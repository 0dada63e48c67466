/**
 * Words for durations and target dates, in the UI language (the page's), through Intl:
 * "højst 7 dage", "within 7 days", "ca. 3–4 måneder", "senest 21. marts 2026",
 * "around 24 February – 24 March 2026". Called during render only (uses `msg`).
 */
import { msg, str } from '@lit/localize';
import type { Duration } from '../bundle/kinds/pathway.js';
import type { Target } from './schedule.js';

const UNIT: Record<Duration['unit'], string> = { days: 'day', weeks: 'week', months: 'month' };

type RangeFormat = { formatRange?: (a: number | Date, b: number | Date) => string };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, unit: Duration['unit']): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let f = numberFormats.get(key);
  if (!f) {
    const opts: Intl.NumberFormatOptions = { style: 'unit', unit: UNIT[unit], unitDisplay: 'long' };
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = new Intl.NumberFormat('en', opts);
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** English dates in the European order ("21 March 2026"): the readers are in Denmark and Norway. */
function dateLocale(locale: string): string {
  const l = locale.toLowerCase();
  if (l === 'en') return 'en-GB';
  // Nynorsk month names are the same as Bokmål's; use them where the browser lacks Nynorsk data.
  if (l === 'nn' && Intl.DateTimeFormat.supportedLocalesOf(['nn']).length === 0) return 'nb';
  return locale;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  locale = dateLocale(locale);
  let f = dateFormats.get(locale);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
    try {
      f = new Intl.DateTimeFormat(locale, opts);
    } catch {
      f = new Intl.DateTimeFormat('en', opts);
    }
    dateFormats.set(locale, f);
  }
  return f;
}

/**
 * Norwegian unit words. CLDR words a duration in days as "døgn" (24-hour periods) while the
 * pathways count calendar days ("kalenderdager"), and some browsers ship no Nynorsk unit data
 * at all (Chromium falls back to English), so both written forms are spelled out here.
 */
const NORWEGIAN: Record<string, Record<Duration['unit'], [one: string, other: string]>> = {
  nb: { days: ['dag', 'dager'], weeks: ['uke', 'uker'], months: ['måned', 'måneder'] },
  nn: { days: ['dag', 'dagar'], weeks: ['veke', 'veker'], months: ['månad', 'månader'] },
};

function norwegian(d: Pick<Duration, 'unit' | 'min' | 'max'>, locale: string): string | undefined {
  const primary = locale.toLowerCase().split('-')[0]!;
  const words = NORWEGIAN[primary === 'no' ? 'nb' : primary]?.[d.unit];
  if (!words) return undefined;
  const n = new Intl.NumberFormat(locale);
  const word = d.min === undefined && d.max === 1 ? words[0] : words[1];
  return d.min === undefined || d.min === d.max ? `${n.format(d.max)} ${word}` : `${n.format(d.min)}–${n.format(d.max)} ${word}`;
}

/** "7 dage", "3–4 måneder" (number and unit in words, no qualifier). */
export function amount(d: Pick<Duration, 'unit' | 'min' | 'max'>, locale: string): string {
  const no = norwegian(d, locale);
  if (no) return no;
  const f = numberFormat(locale, d.unit);
  if (d.min === undefined || d.min === d.max) return f.format(d.max);
  const range = (f as unknown as RangeFormat).formatRange;
  return range ? range.call(f, d.min, d.max) : `${f.format(d.min)}–${f.format(d.max)}`;
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
  return dateFormat(locale).format(date);
}

/** "senest 21. marts 2026" / "by 21 March 2026"; a window: "ca. 24. februar–24. marts 2026". */
export function targetText(t: Target, locale: string): string {
  const f = dateFormat(locale);
  if (!t.window) {
    const d = f.format(t.to);
    return t.approximate ? aboutDate(d) : msg(str`senest ${d}`);
  }
  const range = (f as unknown as RangeFormat).formatRange;
  const r = range ? range.call(f, t.from, t.to) : `${f.format(t.from)} – ${f.format(t.to)}`;
  return t.approximate ? aboutDate(r) : r;
}
