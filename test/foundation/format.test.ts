import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatNumber, formatUnit } from '../../src/l10n/format.js';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Intl may use a no-break or a narrow no-break space where the tables use another; both read the same. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting (dates, numbers, units)', () => {
  it('writes long, medium and day-month dates in the content languages', () => {
    const d = day(2026, 3, 14);
    expect(formatDate(d, 'da')).to.equal('14. marts 2026');
    expect(formatDate(d, 'nb')).to.equal('14. mars 2026');
    expect(formatDate(d, 'nn-NO')).to.equal('14. mars 2026');
    expect(formatDate(d, 'en')).to.equal('14 March 2026');
    expect(formatDate(day(2026, 5, 1), 'da', 'medium')).to.equal('1. maj 2026');
    expect(formatDate(day(2026, 6, 1), 'nb', 'medium')).to.equal('1. juni 2026');
    expect(formatDate(day(2026, 12, 24), 'nb', 'medium')).to.equal('24. des. 2026');
    expect(formatDate(day(2026, 9, 2), 'en', 'medium')).to.equal('2 Sept 2026');
    expect(formatDate(d, 'da', 'dayMonth')).to.equal('14. marts');
    expect(formatDate(d, 'en', 'dayMonth')).to.equal('14 March');
  });

  it('writes date spans once where the ends share month or year', () => {
    expect(formatDateRange(day(2026, 2, 24), day(2026, 2, 28), 'da')).to.equal('24.–28. februar 2026');
    expect(formatDateRange(day(2026, 2, 24), day(2026, 3, 24), 'da')).to.equal('24. februar–24. marts 2026');
    expect(formatDateRange(day(2026, 3, 24), day(2027, 1, 2), 'nb')).to.equal('24. mars 2026–2. januar 2027');
    expect(formatDateRange(day(2026, 2, 24), day(2026, 2, 28), 'en')).to.equal('24–28 February 2026');
    expect(formatDateRange(day(2026, 2, 24), day(2026, 3, 24), 'en')).to.equal('24 February – 24 March 2026');
    expect(formatDateRange(day(2026, 3, 24), day(2027, 1, 2), 'en')).to.equal('24 March 2026 – 2 January 2027');
    expect(formatDateRange(day(2026, 3, 24), day(2026, 3, 24), 'en')).to.equal('24 March 2026');
  });

  it('agrees with Intl on every month name and day in da, nb, nn and en', () => {
    const intlTag = (l: string) => (l === 'en' ? 'en-GB' : l);
    for (const locale of ['da', 'nb', 'en']) {
      for (let m = 1; m <= 12; m++) {
        for (const dd of [1, 9, 28]) {
          const d = day(2027, m, dd);
          const long = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
          const dm = new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
          expect(formatDate(d, locale), `${locale} ${m}/${dd}`).to.equal(spaces(long));
          expect(formatDate(d, locale, 'dayMonth'), `${locale} ${m}/${dd}`).to.equal(spaces(dm));
        }
      }
    }
  });

  it('formats numbers with the locale separators and Intl rounding', () => {
    expect(formatNumber(1234567.891, 'da')).to.equal('1.234.567,89');
    expect(formatNumber(1234, 'nb')).to.equal('1\u00a0234');
    expect(formatNumber(-3, 'nb')).to.equal('\u22123');
    expect(formatNumber(2.5, 'en')).to.equal('2.5');
    expect(formatNumber(1.005, 'en')).to.equal('1.01');
    expect(formatNumber(0.125, 'da')).to.equal('0,13');
    expect(formatNumber(9.999, 'da')).to.equal('10');
    expect(formatNumber(99.996, 'en')).to.equal('100');
    expect(formatNumber(12, 'ar')).to.equal(new Intl.NumberFormat('ar', { maximumFractionDigits: 2 }).format(12));
    const samples = [0, 1, 7, 12.5, 100, 999, 1000, 12345, 1e6 + 0.5, 0.005, 0.015, 1.005, 2.675, 33.333, 66.666, 1 / 3, -12.25, -1500];
    expect(formatNumber(12.5, 'nn')).to.equal('12,5');
    // Not nn: Chromium ships no Nynorsk number data and writes "12.5" (English) there.
    for (const locale of ['da', 'nb', 'en']) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      for (const n of samples) expect(spaces(formatNumber(n, locale)), `${locale} ${n}`).to.equal(spaces(intl.format(n)));
    }
  });

  it('words durations with the right plural', () => {
    expect(formatUnit(1, 'days', 'da')).to.equal('1 dag');
    expect(formatUnit(7, 'days', 'da')).to.equal('7 dage');
    expect(formatUnit(1, 'days', 'nb')).to.equal('1 dag');
    expect(formatUnit(14, 'days', 'nb')).to.equal('14 dager');
    expect(formatUnit(14, 'days', 'nn')).to.equal('14 dagar');
    expect(formatUnit(4, 'months', 'da', 3)).to.equal('3–4 måneder');
    expect(formatUnit(18, 'months', 'nn', 12)).to.equal('12–18 månader');
    expect(formatUnit(2, 'days', 'en', 1)).to.equal('1–2 days');
    expect(formatUnit(15, 'years', 'en')).to.equal('15 years');
    expect(formatUnit(1, 'years', 'en')).to.equal('1 year');
    expect(formatUnit(1.5, 'years', 'en')).to.equal('1.5 years');
    expect(formatUnit(10, 'years', 'nb')).to.equal('10 år');
    expect(formatUnit(3, 'weeks', 'ar')).to.equal(
      new Intl.NumberFormat('ar', { style: 'unit', unit: 'week', unitDisplay: 'long', maximumFractionDigits: 2 }).format(3),
    );
  });

  it('agrees with Intl on singular and plural unit words in da and en', () => {
    for (const [locale, tag] of [['da', 'da'], ['en', 'en-GB']] as const) {
      for (const unit of ['weeks', 'months', 'years'] as const) {
        const intl = new Intl.NumberFormat(tag, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long', maximumFractionDigits: 2 });
        for (const n of [0, 1, 2, 5, 12.5, 1000]) expect(spaces(formatUnit(n, unit, locale)), `${locale} ${n} ${unit}`).to.equal(spaces(intl.format(n)));
      }
    }
  });
});
