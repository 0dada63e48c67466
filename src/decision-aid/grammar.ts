/**
 * Whole sentences for the numbers of a decision aid, one small grammar per content locale (da,
 * nb, nn, en, ar; unknown locales use English). Each sentence carries one number, in whole
 * people, with the time frame in words. The bundle gives the event as a plural verb phrase that
 * completes "N out of 100 …" ("die of breast cancer", "dør af brystkræft").
 */
import { primaryLanguage } from '../bundle/text.js';
import type { Timeframe } from '../bundle/kinds/decision-aid.js';
import { formatUnit } from '../l10n/format.js';
import type { ChangeKind } from './risk.js';

export interface Grammar {
  /** "21 out of 100 die of breast cancer within 15 years." */
  total(n: string, scale: string, event: string, time: string, about: boolean): string;
  anyway(n: string, event: string): string;
  changed(kind: Exclude<ChangeKind, 'same'>, n: string, event: string): string;
  neither(n: string): string;
  /** The comparator's remaining people. */
  others(n: string): string;
  /** "That is 4 fewer than with »No radiotherapy«." */
  compared(kind: 'fewer' | 'more' | 'same', n: string, label: string): string;
  group(text: string): string;
  legend: Record<'anyway' | Exclude<ChangeKind, 'same'> | 'neither', string>;
  within(span: string): string;
  duringTreatment: string;
  duringStudy(length: string): string;
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

const GRAMMARS: Record<string, Grammar> = {
  da: {
    total: (n, s, e, t, about) => `${join(about ? 'Omkring' : '', n, 'ud af', s, e, t)}.`,
    anyway: (n, e) => `${n} ${e} alligevel.`,
    changed: (k, n, e) =>
      k === 'spared' ? `${n} slipper for det på grund af denne mulighed.` : k === 'missed' ? `${n} går glip af det på grund af denne mulighed.` : `${n} ${e} på grund af denne mulighed.`,
    neither: (n) => `For ${n} sker det ikke, hverken med eller uden.`,
    others: (n) => `For de andre ${n} sker det ikke.`,
    compared: (k, n, l) => (k === 'same' ? `Det er det samme som med »${l}«.` : `Det er ${n} ${k === 'fewer' ? 'færre' : 'flere'} end med »${l}«.`),
    group: (t) => `Tallene handler om ${t}.`,
    legend: { anyway: 'Sker alligevel', spared: 'Slipper på grund af denne mulighed', helped: 'På grund af denne mulighed', harmed: 'På grund af denne mulighed', missed: 'Går glip af det på grund af denne mulighed', neither: 'Sker ikke, hverken med eller uden' },
    within: (s) => `inden for ${s}`,
    duringTreatment: 'under behandlingen',
    duringStudy: (l) => (l ? `i løbet af undersøgelsen (cirka ${l})` : 'i løbet af undersøgelsen'),
  },
  nb: {
    total: (n, s, e, t, about) => `${join(about ? 'Omtrent' : '', n, 'av', s, e, t)}.`,
    anyway: (n, e) => `${n} ${e} uansett.`,
    changed: (k, n, e) =>
      k === 'spared' ? `${n} slipper det på grunn av dette alternativet.` : k === 'missed' ? `${n} går glipp av det på grunn av dette alternativet.` : `${n} ${e} på grunn av dette alternativet.`,
    neither: (n) => `For ${n} skjer det ikke, verken med eller uten.`,
    others: (n) => `For de andre ${n} skjer det ikke.`,
    compared: (k, n, l) => (k === 'same' ? `Det er det samme som med «${l}».` : `Det er ${n} ${k === 'fewer' ? 'færre' : 'flere'} enn med «${l}».`),
    group: (t) => `Tallene gjelder ${t}.`,
    legend: { anyway: 'Skjer uansett', spared: 'Slipper på grunn av dette alternativet', helped: 'På grunn av dette alternativet', harmed: 'På grunn av dette alternativet', missed: 'Går glipp av det på grunn av dette alternativet', neither: 'Skjer ikke, verken med eller uten' },
    within: (s) => `innen ${s}`,
    duringTreatment: 'under behandlingen',
    duringStudy: (l) => (l ? `i løpet av studien (omtrent ${l})` : 'i løpet av studien'),
  },
  nn: {
    total: (n, s, e, t, about) => `${join(about ? 'Omtrent' : '', n, 'av', s, e, t)}.`,
    anyway: (n, e) => `${n} ${e} uansett.`,
    changed: (k, n, e) =>
      k === 'spared' ? `${n} slepp det på grunn av dette alternativet.` : k === 'missed' ? `${n} går glepp av det på grunn av dette alternativet.` : `${n} ${e} på grunn av dette alternativet.`,
    neither: (n) => `For ${n} skjer det ikkje, korkje med eller utan.`,
    others: (n) => `For dei andre ${n} skjer det ikkje.`,
    compared: (k, n, l) => (k === 'same' ? `Det er det same som med «${l}».` : `Det er ${n} ${k === 'fewer' ? 'færre' : 'fleire'} enn med «${l}».`),
    group: (t) => `Tala gjeld ${t}.`,
    legend: { anyway: 'Skjer uansett', spared: 'Slepp på grunn av dette alternativet', helped: 'På grunn av dette alternativet', harmed: 'På grunn av dette alternativet', missed: 'Går glepp av det på grunn av dette alternativet', neither: 'Skjer ikkje, korkje med eller utan' },
    within: (s) => `innan ${s}`,
    duringTreatment: 'under behandlinga',
    duringStudy: (l) => (l ? `i løpet av studien (omtrent ${l})` : 'i løpet av studien'),
  },
  en: {
    total: (n, s, e, t, about) => `${join(about ? 'About' : '', n, 'out of', s, e, t)}.`,
    anyway: (n, e) => `${n} ${e} anyway.`,
    changed: (k, n, e) =>
      k === 'spared' ? `${n} are spared because of this option.` : k === 'missed' ? `${n} miss out on it because of this option.` : `${n} ${e} because of this option.`,
    neither: (n) => `For ${n}, it does not happen either way.`,
    others: (n) => `For the other ${n}, it does not happen.`,
    compared: (k, n, l) => (k === 'same' ? `That is the same as with “${l}”.` : `That is ${n} ${k} than with “${l}”.`),
    group: (t) => `The numbers are about ${t}.`,
    legend: { anyway: 'Happens anyway', spared: 'Spared because of this option', helped: 'Because of this option', harmed: 'Because of this option', missed: 'Miss out because of this option', neither: 'Does not happen either way' },
    within: (s) => `within ${s}`,
    duringTreatment: 'during treatment',
    duringStudy: (l) => (l ? `during the study (about ${l})` : 'during the study'),
  },
  ar: {
    total: (n, s, e, t, about) => `${join(about ? 'حوالي' : '', n, 'من كل', s, e, t)}.`,
    anyway: (n, e) => `${n} ${e} على أي حال.`,
    changed: (k, n, e) =>
      k === 'spared' ? `${n} ينجون من ذلك بفضل هذا الخيار.` : k === 'missed' ? `${n} يفقدون ذلك بسبب هذا الخيار.` : `${n} ${e} بسبب هذا الخيار.`,
    neither: (n) => `لا يحدث ذلك لـ${n} في الحالتين.`,
    others: (n) => `لا يحدث ذلك لـ${n} الآخرين.`,
    compared: (k, n, l) => (k === 'same' ? `هذا مثل «${l}».` : `هذا ${k === 'fewer' ? 'أقل' : 'أكثر'} بـ${n} مقارنة بـ«${l}».`),
    group: (t) => `تتعلق الأرقام بـ${t}.`,
    legend: { anyway: 'يحدث على أي حال', spared: 'ينجون بفضل هذا الخيار', helped: 'بسبب هذا الخيار', harmed: 'بسبب هذا الخيار', missed: 'يفقدونه بسبب هذا الخيار', neither: 'لا يحدث في الحالتين' },
    within: (s) => `خلال ${s}`,
    duringTreatment: 'أثناء العلاج',
    duringStudy: (l) => (l ? `خلال الدراسة (حوالي ${l})` : 'خلال الدراسة'),
  },
};

export function grammar(locale: string): Grammar {
  return GRAMMARS[primaryLanguage(locale)] ?? GRAMMARS.en!;
}

/** The time frame in words: "within 15 years", "during the study (about 5 years)", or the bundle's label. */
export function timeframeWords(t: Timeframe | undefined, locale: string, translate: (text: Readonly<Record<string, string>>) => string): string {
  if (!t) return '';
  const g = grammar(locale);
  if ('value' in t) return g.within(formatUnit(t.value, t.unit, locale));
  if ('during' in t) return t.during === 'treatment' ? g.duringTreatment : g.duringStudy(t.length ? formatUnit(t.length.value, t.length.unit, locale) : '');
  return translate(t.label);
}
