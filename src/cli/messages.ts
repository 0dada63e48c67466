/**
 * The validator's words in English, Danish, Bokmål and Nynorsk (`pakke validate --lang`), and
 * schema problems written from zod's issue codes so each one names what is allowed: the allowed
 * values, the expected type and what was found, the form of a date, version, id or locale.
 */
import type * as z from 'zod/mini';
import { ID_PATTERN, LOCALE_PATTERN, SEMVER_PATTERN } from '../bundle/parts.js';

export const REPORT_LANGS = ['en', 'da', 'nb', 'nn'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

type Words = Record<string, string>;

const en: Words = {
  warning: 'warning',
  summary: '{n} file(s) checked: {e} error(s), {w} warning(s)',
  invalidJson: 'Invalid JSON: {m}',
  notObject: 'A bundle must be a JSON object',
  unknownKind: 'Unknown kind {found}; expected one of {allowed}',
  oneOf: 'Expected one of {allowed}; found {found}',
  type: 'Expected {expected}; found {found}',
  required: 'Missing required field (expected {expected})',
  unknownKey: 'Unknown field {keys}: not part of the schema (check the spelling)',
  tooShortString: 'Must not be empty',
  tooShortArray: 'Needs at least {n} item(s)',
  tooShortNumber: 'Must be at least {n}',
  tooBig: 'Must be at most {n}',
  date: 'Expected a date as YYYY-MM-DD, e.g. "2026-03-02"; found {found}',
  version: 'Expected a semantic version MAJOR.MINOR.PATCH, e.g. "1.0.0" or "1.1.0-rc.1"; found {found}',
  id: 'Expected an id of lowercase letters and digits, with "-", "_" or "." between them, e.g. "no-breast-cancer"; found {found}',
  locale: 'Expected a locale code, e.g. "da", "nb", "nn", "en" or "en-GB"; found {found}',
  format: 'Not a valid {format}; found {found}',
  missingText: 'Missing "{locale}" text (the bundle declares {locales})',
  sourceMissing: 'Source "{ref}" is not listed in $.sources',
  sourceUnused: 'Source "{id}" is never referenced',
  badLink: 'Link with a URL that is not https:, mailto:, tel: or relative',
  path: 'File should be at <content>/{expected} (kind/id/version of the bundle)',
  kindRulesSkipped: "The rules of the {kind} kind run once the schema problems above are fixed",
  string: 'a text (string)', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'an array', null: 'null', undefined: 'nothing',
};

const da: Words = {
  warning: 'advarsel',
  summary: '{n} fil(er) tjekket: {e} fejl, {w} advarsel/advarsler',
  invalidJson: 'Ugyldig JSON: {m}',
  notObject: 'Et bundt skal være et JSON-objekt',
  unknownKind: 'Ukendt kind {found}; forventede en af {allowed}',
  oneOf: 'Forventede en af {allowed}; fandt {found}',
  type: 'Forventede {expected}; fandt {found}',
  required: 'Et påkrævet felt mangler (forventede {expected})',
  unknownKey: 'Ukendt felt {keys}: ikke en del af skemaet (tjek stavemåden)',
  tooShortString: 'Må ikke være tom',
  tooShortArray: 'Skal have mindst {n} element(er)',
  tooShortNumber: 'Skal være mindst {n}',
  tooBig: 'Må højst være {n}',
  date: 'Forventede en dato som ÅÅÅÅ-MM-DD, fx "2026-03-02"; fandt {found}',
  version: 'Forventede en semantisk version MAJOR.MINOR.PATCH, fx "1.0.0" eller "1.1.0-rc.1"; fandt {found}',
  id: 'Forventede et id af små bogstaver og cifre med "-", "_" eller "." imellem, fx "no-breast-cancer"; fandt {found}',
  locale: 'Forventede en sprogkode, fx "da", "nb", "nn", "en" eller "en-GB"; fandt {found}',
  format: 'Ikke et gyldigt {format}; fandt {found}',
  missingText: 'Teksten på "{locale}" mangler (bundtet angiver {locales})',
  sourceMissing: 'Kilden "{ref}" står ikke i $.sources',
  sourceUnused: 'Kilden "{id}" bruges ingen steder',
  badLink: 'Link med en adresse, der ikke er https:, mailto:, tel: eller relativ',
  path: 'Filen skal ligge i <content>/{expected} (bundtets kind/id/version)',
  kindRulesSkipped: 'Reglerne for {kind} tjekkes, når skemafejlene ovenfor er rettet',
  string: 'en tekst (string)', number: 'et tal', int: 'et heltal', boolean: 'true eller false', object: 'et objekt', array: 'en liste (array)', null: 'null', undefined: 'ingenting',
};

const nb: Words = {
  warning: 'advarsel',
  summary: '{n} fil(er) kontrollert: {e} feil, {w} advarsel/advarsler',
  invalidJson: 'Ugyldig JSON: {m}',
  notObject: 'En bunt må være et JSON-objekt',
  unknownKind: 'Ukjent kind {found}; forventet en av {allowed}',
  oneOf: 'Forventet en av {allowed}; fant {found}',
  type: 'Forventet {expected}; fant {found}',
  required: 'Et påkrevd felt mangler (forventet {expected})',
  unknownKey: 'Ukjent felt {keys}: ikke en del av skjemaet (sjekk stavemåten)',
  tooShortString: 'Kan ikke være tom',
  tooShortArray: 'Må ha minst {n} element(er)',
  tooShortNumber: 'Må være minst {n}',
  tooBig: 'Kan høyst være {n}',
  date: 'Forventet en dato som ÅÅÅÅ-MM-DD, f.eks. "2026-03-02"; fant {found}',
  version: 'Forventet en semantisk versjon MAJOR.MINOR.PATCH, f.eks. "1.0.0" eller "1.1.0-rc.1"; fant {found}',
  id: 'Forventet en id av små bokstaver og sifre med "-", "_" eller "." imellom, f.eks. "no-breast-cancer"; fant {found}',
  locale: 'Forventet en språkkode, f.eks. "da", "nb", "nn", "en" eller "en-GB"; fant {found}',
  format: 'Ikke et gyldig {format}; fant {found}',
  missingText: 'Teksten på "{locale}" mangler (bunten oppgir {locales})',
  sourceMissing: 'Kilden "{ref}" står ikke i $.sources',
  sourceUnused: 'Kilden "{id}" brukes ingen steder',
  badLink: 'Lenke med en adresse som ikke er https:, mailto:, tel: eller relativ',
  path: 'Filen skal ligge i <content>/{expected} (buntens kind/id/version)',
  kindRulesSkipped: 'Reglene for {kind} kontrolleres når skjemafeilene over er rettet',
  string: 'en tekst (string)', number: 'et tall', int: 'et heltall', boolean: 'true eller false', object: 'et objekt', array: 'en liste (array)', null: 'null', undefined: 'ingenting',
};

const nn: Words = {
  ...nb,
  summary: '{n} fil(er) kontrollert: {e} feil, {w} åtvaring(ar)',
  warning: 'åtvaring',
  notObject: 'Ein bunt må vere eit JSON-objekt',
  unknownKind: 'Ukjend kind {found}; venta ein av {allowed}',
  oneOf: 'Venta ein av {allowed}; fann {found}',
  type: 'Venta {expected}; fann {found}',
  required: 'Eit påkravd felt manglar (venta {expected})',
  unknownKey: 'Ukjent felt {keys}: ikkje ein del av skjemaet (sjekk stavemåten)',
  tooShortString: 'Kan ikkje vere tom',
  tooShortArray: 'Må ha minst {n} element',
  tooShortNumber: 'Må vere minst {n}',
  tooBig: 'Kan høgst vere {n}',
  date: 'Venta ein dato som ÅÅÅÅ-MM-DD, t.d. "2026-03-02"; fann {found}',
  version: 'Venta ein semantisk versjon MAJOR.MINOR.PATCH, t.d. "1.0.0" eller "1.1.0-rc.1"; fann {found}',
  id: 'Venta ein id av små bokstavar og siffer med "-", "_" eller "." imellom, t.d. "no-breast-cancer"; fann {found}',
  locale: 'Venta ein språkkode, t.d. "da", "nb", "nn", "en" eller "en-GB"; fann {found}',
  format: 'Ikkje eit gyldig {format}; fann {found}',
  missingText: 'Teksten på "{locale}" manglar (bunten oppgir {locales})',
  sourceMissing: 'Kjelda "{ref}" står ikkje i $.sources',
  sourceUnused: 'Kjelda "{id}" blir ikkje brukt nokon stad',
  badLink: 'Lenkje med ei adresse som ikkje er https:, mailto:, tel: eller relativ',
  path: 'Fila skal liggje i <content>/{expected} (kind/id/version for bunten)',
  kindRulesSkipped: 'Reglane for {kind} blir kontrollerte når skjemafeila over er retta',
  string: 'ein tekst (string)', number: 'eit tal', int: 'eit heiltal', object: 'eit objekt', array: 'ei liste (array)', undefined: 'ingenting',
};

const WORDS: Record<ReportLang, Words> = { en, da, nb, nn };

/** A message in `lang` with `{name}` placeholders filled in. */
export function t(lang: ReportLang, key: string, vars: Record<string, string | number> = {}): string {
  const text = WORDS[lang][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A short, quoted description of a JSON value for "found …". */
export function describeValue(lang: ReportLang, value: unknown): string {
  if (value === undefined) return t(lang, 'undefined');
  if (value === null) return 'null';
  if (Array.isArray(value)) return t(lang, 'array');
  if (typeof value === 'object') return t(lang, 'object');
  const s = JSON.stringify(value);
  return `${typeof value === 'string' ? t(lang, 'string').split(' (')[0] : t(lang, typeof value === 'number' ? 'number' : 'boolean')} ${s.length > 60 ? `${s.slice(0, 57)}…` : s}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** One zod issue as a message in `lang` that says what is allowed. `root` is the checked JSON. */
export function issueMessage(lang: ReportLang, issue: z.core.$ZodIssue, root: unknown, path: readonly PropertyKey[]): string {
  const found = valueAt(root, path);
  const fnd = describeValue(lang, found);
  switch (issue.code) {
    case 'invalid_value':
      return t(lang, 'oneOf', { allowed: list(issue.values), found: fnd });
    case 'invalid_type': {
      const expected = t(lang, issue.expected === 'int' ? 'int' : issue.expected);
      return found === undefined ? t(lang, 'required', { expected }) : t(lang, 'type', { expected, found: fnd });
    }
    case 'unrecognized_keys':
      return t(lang, 'unknownKey', { keys: list(issue.keys) });
    case 'too_small':
      if (issue.origin === 'string') return t(lang, 'tooShortString');
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'tooShortArray', { n: Number(issue.minimum) });
      return t(lang, 'tooShortNumber', { n: Number(issue.minimum) });
    case 'too_big':
      return t(lang, 'tooBig', { n: Number(issue.maximum) });
    case 'invalid_format': {
      if (issue.format === 'date') return t(lang, 'date', { found: fnd });
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (pattern === String(SEMVER_PATTERN)) return t(lang, 'version', { found: fnd });
      if (pattern === String(ID_PATTERN)) return t(lang, 'id', { found: fnd });
      if (pattern === String(LOCALE_PATTERN)) return t(lang, 'locale', { found: fnd });
      return issue.message && issue.message !== 'Invalid input' ? issue.message : t(lang, 'format', { format: issue.format, found: fnd });
    }
    default:
      return issue.message;
  }
}
