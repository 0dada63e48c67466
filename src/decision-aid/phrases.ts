/**
 * The few words the element adds inside content sentences ("about 9 out of 100 … within 15
 * years"). They follow the content locale, not the UI locale, so a sentence is never half in
 * one language and half in another. Unknown locales use English.
 */
import { own, primaryLanguage } from '../bundle/text.js';
import type { Timeframe } from '../bundle/kinds/decision-aid.js';
import { formatUnit } from '../l10n/format.js';

interface Phrases {
  outOf: (n: string, d: string) => string;
  about: string;
  within: (span: string) => string;
  duringTreatment: string;
  duringStudy: string;
}

const PHRASES: Record<string, Phrases> = {
  da: { outOf: (n, d) => `${n} ud af ${d}`, about: 'Omkring', within: (s) => `inden for ${s}`, duringTreatment: 'under behandlingen', duringStudy: 'i løbet af undersøgelsen' },
  nb: { outOf: (n, d) => `${n} av ${d}`, about: 'Omtrent', within: (s) => `innen ${s}`, duringTreatment: 'under behandlingen', duringStudy: 'i løpet av studien' },
  nn: { outOf: (n, d) => `${n} av ${d}`, about: 'Omtrent', within: (s) => `innan ${s}`, duringTreatment: 'under behandlinga', duringStudy: 'i løpet av studien' },
  en: { outOf: (n, d) => `${n} out of ${d}`, about: 'About', within: (s) => `within ${s}`, duringTreatment: 'during treatment', duringStudy: 'over the study' },
  ar: { outOf: (n, d) => `${n} من ${d}`, about: 'حوالي', within: (s) => `خلال ${s}`, duringTreatment: 'أثناء العلاج', duringStudy: 'خلال الدراسة' },
};

export function phrases(locale: string): Phrases {
  return own(PHRASES, primaryLanguage(locale)) ?? PHRASES.en!;
}

/** "within 15 years", "during treatment", or the bundle's own label (via `t`). */
export function timeframeText(t: Timeframe | undefined, locale: string, translate: (text: Readonly<Record<string, string>>) => string): string {
  if (!t) return '';
  const p = phrases(locale);
  if ('value' in t) {
    return p.within(formatUnit(t.value, t.unit, locale));
  }
  if ('during' in t) return t.during === 'treatment' ? p.duringTreatment : p.duringStudy;
  return translate(t.label);
}
