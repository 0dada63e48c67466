/**
 * Dates, numbers and units for people, in a content locale.
 *
 * Danish, Bokmål, Nynorsk and English — the languages the bundles are written in — are formatted
 * from the small tables below, to the same conventions as CLDR (checked against `Intl` in
 * test/foundation/format.test.ts). Every other locale goes through `Intl`. The reason is speed:
 * a page's first `Intl.DateTimeFormat` or `Intl.NumberFormat` loads ICU data and costs 40–150 ms
 * in Chromium on a small machine (see docs/performance.md), which would otherwise land in every
 * element's first render. `Intl.PluralRules` is cheap and is used for plural choice.
 */
import { own, primaryLanguage } from '../bundle/text.js';

export type DateStyle = 'long' | 'medium' | 'dayMonth';
export type Unit = 'days' | 'weeks' | 'months' | 'years';

interface LocaleTable {
  months: readonly string[];
  /** Abbreviated month names as `dateStyle: 'medium'` writes them. */
  short: readonly string[];
  /** Day before month with a full stop ("24. februar") rather than "24 February". */
  dotted: boolean;
  decimal: string;
  group: string;
  minus: string;
  units: Record<Unit, readonly [one: string, other: string]>;
}

const NBSP = '\u00a0';

/** Month names and number signs, shared by Bokmål and Nynorsk. */
const NORWEGIAN = {
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  short: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  dotted: true,
  decimal: ',',
  group: NBSP,
  minus: '\u2212',
} as const;

const TABLES: Record<string, LocaleTable> = {
  da: {
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    short: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    dotted: true,
    decimal: ',',
    group: '.',
    minus: '-',
    units: { days: ['dag', 'dage'], weeks: ['uge', 'uger'], months: ['måned', 'måneder'], years: ['år', 'år'] },
  },
  // Norwegian durations count calendar days ("dager"), not CLDR's 24-hour "døgn".
  nb: { ...NORWEGIAN, units: { days: ['dag', 'dager'], weeks: ['uke', 'uker'], months: ['måned', 'måneder'], years: ['år', 'år'] } },
  nn: { ...NORWEGIAN, units: { days: ['dag', 'dagar'], weeks: ['veke', 'veker'], months: ['månad', 'månader'], years: ['år', 'år'] } },
  // British conventions ("24 February 2026"): the readers are in Denmark and Norway.
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    dotted: false,
    decimal: '.',
    group: ',',
    minus: '-',
    units: { days: ['day', 'days'], weeks: ['week', 'weeks'], months: ['month', 'months'], years: ['year', 'years'] },
  },
};

/** The built-in table for `locale` ("nb-NO" → nb), if there is one. */
function table(locale: string): LocaleTable | undefined {
  return own(TABLES, primaryLanguage(locale));
}

const intlCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = intlCache.get(key) as T | undefined;
  if (!f) {
    f = make();
    intlCache.set(key, f);
  }
  return f;
}

function intlDate(locale: string, style: DateStyle): Intl.DateTimeFormat {
  return cached(`d|${locale}|${style}`, () => {
    const opts: Intl.DateTimeFormatOptions =
      style === 'dayMonth' ? { day: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: style, timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, opts);
    } catch {
      return new Intl.DateTimeFormat('en-GB', opts);
    }
  });
}

function dayMonth(t: LocaleTable, d: Date, names = t.months): string {
  const day = d.getUTCDate();
  const month = names[d.getUTCMonth()]!;
  return t.dotted ? `${day}. ${month}` : `${day} ${month}`;
}

/** "24. februar 2026" / "24 February 2026"; `medium`: "24. feb. 2026"; `dayMonth`: "24. februar". */
export function formatDate(date: Date, locale: string, style: DateStyle = 'long'): string {
  const t = table(locale);
  if (!t) return intlDate(locale, style).format(date);
  if (style === 'dayMonth') return dayMonth(t, date);
  return `${dayMonth(t, date, style === 'medium' ? t.short : t.months)} ${date.getUTCFullYear()}`;
}

type RangeCapable = { formatRange?: (a: Date, b: Date) => string };

/**
 * A span of days, written once where the ends share it: "24.–28. februar 2026",
 * "24. februar–24. marts 2026", "24 February – 24 March 2026", "24 March 2026 – 2 January 2027".
 */
export function formatDateRange(from: Date, to: Date, locale: string): string {
  const t = table(locale);
  if (!t) {
    const f = intlDate(locale, 'long');
    const range = (f as unknown as RangeCapable).formatRange;
    return range ? range.call(f, from, to) : `${f.format(from)} – ${f.format(to)}`;
  }
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  if (sameYear && from.getUTCMonth() === to.getUTCMonth()) {
    if (from.getUTCDate() === to.getUTCDate()) return formatDate(to, locale);
    const first = t.dotted ? `${from.getUTCDate()}.` : `${from.getUTCDate()}`;
    return `${first}–${formatDate(to, locale)}`;
  }
  const start = sameYear ? dayMonth(t, from) : formatDate(from, locale);
  return t.dotted ? `${start}–${formatDate(to, locale)}` : `${start} – ${formatDate(to, locale)}`;
}

/**
 * Digits of |n| with at most `maxFraction` decimals and no trailing zeros, rounded half up from
 * the shortest decimal form of `n` (1.005 → "1.01"), as `Intl.NumberFormat` rounds.
 */
function digits(n: number, maxFraction: number): [int: string, fraction: string] {
  const shortest = String(Math.abs(n));
  let int: string;
  let fraction: string;
  if (shortest.includes('e')) {
    // Below 1e-6 (the only exponent form under 1e21): far below any shown decimal.
    [int, fraction = ''] = Math.abs(n).toFixed(maxFraction).split('.') as [string, string?];
  } else {
    [int, fraction = ''] = shortest.split('.') as [string, string?];
    if (fraction.length > maxFraction) {
      const up = fraction.charCodeAt(maxFraction) >= 53; // '5'
      fraction = fraction.slice(0, maxFraction);
      if (up) {
        const all = (BigInt(int + fraction) + 1n).toString().padStart(int.length + fraction.length, '0');
        int = all.slice(0, all.length - fraction.length) || '0';
        fraction = all.slice(all.length - fraction.length);
      }
    }
  }
  return [int, fraction.replace(/0+$/, '')];
}

/**
 * "1.000", "2,5", "1 000", "−3" — at most `maxFraction` decimals, no trailing zeros. `group`:
 * false writes no thousands separator ("1000"), as a reader types a number into a field.
 */
export function formatNumber(n: number, locale: string, maxFraction = 2, group = true): string {
  const t = table(locale);
  if (!t || !Number.isFinite(n) || Math.abs(n) >= 1e21) {
    try {
      return cached(`n|${locale}|${maxFraction}|${group}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction, useGrouping: group })).format(n);
    } catch {
      return String(n);
    }
  }
  const [int, fraction] = digits(n, maxFraction);
  // These languages group from four digits on ("1.000", "1 000", "1,000").
  const grouped = group ? int.replace(/\B(?=(\d{3})+$)/g, t.group) : int;
  const sign = n < 0 ? t.minus : '';
  return sign + grouped + (fraction ? t.decimal + fraction : '');
}

function plural(n: number, locale: string, maxFraction: number): 'one' | 'other' {
  const [int, fraction] = digits(n, maxFraction);
  // The rules take the number as it is shown ("1,5" and "1" differ), so they get the rounded value.
  const shown = Number(fraction ? `${int}.${fraction}` : int);
  return cached(`p|${primaryLanguage(locale)}`, () => new Intl.PluralRules(primaryLanguage(locale))).select(shown) === 'one' ? 'one' : 'other';
}

const INTL_UNIT: Record<Unit, string> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

function intlUnit(locale: string, unit: Unit): Intl.NumberFormat {
  return cached(`u|${locale}|${unit}`, () => {
    const opts: Intl.NumberFormatOptions = { style: 'unit', unit: INTL_UNIT[unit], unitDisplay: 'long', maximumFractionDigits: 2 };
    try {
      return new Intl.NumberFormat(locale, opts);
    } catch {
      return new Intl.NumberFormat('en', opts);
    }
  });
}

/**
 * "7 dage", "1 uke", "15 years"; with `min`: "3–4 måneder", "3–4 months" (an en dash in every
 * language, as Danish and Norwegian spelling rules write number ranges; CLDR's Danish has "3-4").
 */
export function formatUnit(value: number, unit: Unit, locale: string, min?: number): string {
  const t = table(locale);
  if (!t) {
    const f = intlUnit(locale, unit);
    if (min === undefined || min === value) return f.format(value);
    const range = (f as unknown as { formatRange?: (a: number, b: number) => string }).formatRange;
    return range ? range.call(f, min, value) : `${f.format(min)}–${f.format(value)}`;
  }
  const words = t.units[unit];
  const number = min === undefined || min === value ? formatNumber(value, locale) : `${formatNumber(min, locale)}–${formatNumber(value, locale)}`;
  // A range ("1–2 days") always takes the plural form, as CLDR's range plural rules say for these languages.
  const form = min === undefined || min === value ? plural(value, locale, 2) : 'other';
  return `${number} ${form === 'one' ? words[0] : words[1]}`;
}
