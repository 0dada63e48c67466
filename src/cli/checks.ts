/**
 * The studio's checks panel, computed from the validator (`checkBundle`, the same rules as
 * `pakke validate`) plus views of the same bundle an author works through: readability per
 * text, translation completeness per locale, which statements cite each source, and for decision
 * aids the IPDAS checklist read off the validator's own IPDAS rules.
 */
import { jsonPath } from '../bundle/errors.js';
import type { LintIssue } from '../bundle/lint.js';
import { LIX_FAIL, LIX_LOCALES, LIX_WARN, lix } from '../bundle/readability.js';
import { richTextToPlain } from '../bundle/rich-text.js';
import { kinds } from '../bundle/schema.js';
import { checkBundle } from './validate.js';
import { walk } from './walk.js';

export interface TextReadability { path: string; locale: string; lix: number; words: number; level: 'ok' | 'warn' | 'fail' }
export interface TranslationStatus { locale: string; present: number; total: number; missing: string[] }
export interface SourceUse { id: string; path: string; citedBy: string[] }
export interface IpdasItem { group: 'qualifying' | 'certification' | 'numeracy'; label: string; met: boolean; paths: string[] }

export interface StudioChecks {
  issues: LintIssue[];
  readability: TextReadability[];
  translations: TranslationStatus[];
  sources: SourceUse[];
  unusedSources: string[];
  /** Texts with a digit in them whose statement (the object holding the text, or one above it) cites no source. */
  numbersWithoutSource: string[];
  ipdas?: IpdasItem[];
}

/**
 * The IPDAS criteria the validator checks (src/bundle/kinds/decision-aid.lint.ts), each met
 * when no validator issue matches it.
 */
const IPDAS: { group: IpdasItem['group']; label: string; match: RegExp }[] = [
  { group: 'qualifying', label: 'The condition is described', match: /the condition is not described/ },
  { group: 'qualifying', label: 'The decision is stated explicitly', match: /decision is not stated/ },
  { group: 'qualifying', label: 'All options, including no treatment or watchful follow-up where reasonable', match: /no "no treatment"/ },
  { group: 'qualifying', label: 'Positive features of each option', match: /no positive features/ },
  { group: 'qualifying', label: 'Negative features of each option', match: /no negative features/ },
  { group: 'qualifying', label: 'What living with each option is like (physical, psychological, social)', match: /living with it is like/ },
  { group: 'certification', label: 'Pros and cons in equal detail', match: /not in equal detail/ },
  { group: 'certification', label: 'Benefits and harms are given as outcomes', match: /no outcomes|no benefit outcome|no harm outcome/ },
  { group: 'certification', label: 'Evidence is cited', match: /IPDAS: no sources/ },
  { group: 'certification', label: 'Uncertainty is described for each outcome', match: /says nothing about uncertainty/ },
  { group: 'certification', label: 'Publication date', match: /no publication date/ },
  { group: 'certification', label: 'Update policy', match: /no update policy/ },
  { group: 'certification', label: 'Authors named', match: /no authors named/ },
  { group: 'certification', label: 'Funding stated', match: /funding is not stated/ },
  { group: 'certification', label: 'Values clarification', match: /no values-clarification/ },
  { group: 'numeracy', label: 'Every number cites a source', match: /has no source$/ },
  { group: 'numeracy', label: 'Every number has a reference group', match: /has no reference group/ },
  { group: 'numeracy', label: 'Numbers use the denominator 100', match: /denominator 100/ },
  { group: 'numeracy', label: 'Numbers of one outcome share one denominator and time frame', match: /mixes (denominators|time frames)/ },
];

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function isText(v: unknown, locales: readonly string[]): v is Record<string, string> {
  return isObj(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => locales.includes(k) && typeof x === 'string');
}

/** Everything the checks panel shows for one bundle (parsed JSON); `file` as for `checkBundle`. */
export function studioChecks(data: unknown, file?: string, bases?: (id: string) => unknown[]): StudioChecks {
  const issues = checkBundle(data, file, bases);
  const raw = isObj(data) ? data : {};
  const locales = Array.isArray(raw.locales) ? (raw.locales as unknown[]).filter((l): l is string => typeof l === 'string') : [];
  const readability: TextReadability[] = [];
  const texts: [string, Record<string, string>][] = [];
  const cited = new Map<string, string[]>();
  const numbersWithoutSource: string[] = [];
  const visit = (value: unknown, path: (string | number)[], citing: boolean) => {
    if (isText(value, locales)) {
      const p = jsonPath(path);
      texts.push([p, value]);
      for (const [locale, text] of Object.entries(value)) {
        if (!LIX_LOCALES.includes(locale) || !text.trim()) continue;
        const r = lix(richTextToPlain(text));
        readability.push({ path: p, locale, lix: Math.round(r.lix * 10) / 10, words: r.words, level: r.lix > LIX_FAIL ? 'fail' : r.lix > LIX_WARN ? 'warn' : 'ok' });
      }
      if (!citing && path[0] !== 'sources' && Object.values(value).some((t) => /\d/.test(richTextToPlain(t)))) numbersWithoutSource.push(p);
      return;
    }
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i], citing));
    if (!isObj(value)) return;
    const refs = path.length > 0 && Array.isArray(value.sources) ? (value.sources as unknown[]).filter((s): s is string => typeof s === 'string') : [];
    for (const s of refs) cited.set(s, [...(cited.get(s) ?? []), jsonPath(path)]);
    for (const [k, v] of Object.entries(value)) if (k !== 'sources' && k !== '$schema') visit(v, [...path, k], citing || refs.length > 0);
  };
  visit(raw, [], false);
  // Numbers a decision aid gives as counts are statements too (the validator requires their sources).
  walk(raw, (value, path) => {
    if (isObj(value) && typeof value.count === 'number' && !(Array.isArray(value.sources) && value.sources.length)) numbersWithoutSource.push(jsonPath(path));
  });
  readability.sort((a, b) => b.lix - a.lix);
  const translations = locales.map((locale) => {
    const missing = texts.filter(([, t]) => !(locale in t) || !t[locale]!.trim()).map(([p]) => p);
    return { locale, present: texts.length - missing.length, total: texts.length, missing };
  });
  const sourceList = Array.isArray(raw.sources) ? (raw.sources as unknown[]) : [];
  const sources = sourceList.flatMap((s, i) => (isObj(s) && typeof s.id === 'string' ? [{ id: s.id, path: `$.sources[${i}]`, citedBy: cited.get(s.id) ?? [] }] : []));
  const result: StudioChecks = {
    issues,
    readability,
    translations,
    sources,
    unusedSources: sources.filter((s) => !s.citedBy.length).map((s) => s.id),
    numbersWithoutSource,
  };
  if (raw.kind === 'decision-aid') {
    // When the schema fails, the IPDAS rules did not run: nothing can be called met.
    const schemaBroken = !kinds['decision-aid'].schema.safeParse(data).success;
    result.ipdas = IPDAS.map((c) => {
      const hits = issues.filter((i) => c.match.test(i.message));
      return { group: c.group, label: c.label, met: !schemaBroken && hits.length === 0, paths: hits.map((h) => h.path) };
    });
  }
  return result;
}
