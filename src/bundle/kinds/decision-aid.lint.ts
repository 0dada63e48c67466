/**
 * IPDAS lint for `decision-aid` bundles: names each missing qualifying or certification item of
 * the International Patient Decision Aid Standards that the schema alone cannot require.
 *
 * Qualifying: the condition; the decision stated explicitly; every option, including no
 * treatment / watchful follow-up where reasonable; positive and negative features of each option;
 * what the consequences feel like physically, psychologically and socially.
 * Certification: pros and cons in equal detail; evidence cited; publication date; update policy;
 * uncertainty; funding and authors.
 * Also: every number has a reference group, a source and the denominator 100 the icon arrays use;
 * values clarification and questions to ask are present; every text exists in every declared locale.
 */
import type { LintIssue, Linter } from '../lint.js';
import type { DecisionAidBundle, NumberCell } from './decision-aid.js';

type Text = Readonly<Record<string, string>> | undefined;

const empty = (t: Text) => !t || Object.values(t).every((v) => !v.trim());

/** Words in a text, summed over a list, in the bundle's default locale. */
function words(list: readonly Text[], locale: string): number {
  return list.reduce((n, t) => n + ((t?.[locale] ?? Object.values(t ?? {})[0] ?? '').split(/\s+/).filter(Boolean).length), 0);
}

function isLocalizedText(v: unknown, locales: readonly string[]): v is Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'string' && /^[a-z]{2,3}(-|$)/.test(k)) && keys.some((k) => locales.includes(k));
}

function missingTranslations(node: unknown, path: string, locales: readonly string[], out: LintIssue[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => missingTranslations(n, `${path}[${i}]`, locales, out));
  } else if (isLocalizedText(node, locales)) {
    const missing = locales.filter((l) => !(l in node));
    if (missing.length) out.push({ path, message: `Text is missing in ${missing.join(', ')}`, severity: 'error' });
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$schema' || k === 'sources') continue;
      missingTranslations(v, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`, locales, out);
    }
  }
}

export const lintDecisionAid: Linter<DecisionAidBundle> = (b) => {
  const out: LintIssue[] = [];
  const error = (path: string, message: string) => out.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => out.push({ path, message, severity: 'warning' });
  const locale = b.defaultLocale;

  // Qualifying criteria.
  if (empty(b.condition)) error('$.condition', 'IPDAS: the condition is not described');
  if (empty(b.decision)) error('$.decision', 'IPDAS: the decision is not stated explicitly');
  if (!b.options.some((o) => o.type !== 'treatment') && empty(b.noTreatmentReason)) {
    error('$.options', 'IPDAS: no "no treatment" or watchful follow-up option, and no noTreatmentReason saying why it is not reasonable');
  }
  b.options.forEach((o, i) => {
    const p = `$.options[${i}]`;
    if (o.pros.length === 0) error(`${p}.pros`, `IPDAS: option "${o.id}" has no positive features (pros)`);
    if (o.cons.length === 0) error(`${p}.cons`, `IPDAS: option "${o.id}" has no negative features (cons)`);
    for (const dim of ['physical', 'psychological', 'social'] as const) {
      if (empty(o.livingWith[dim])) error(`${p}.livingWith.${dim}`, `IPDAS: option "${o.id}" does not say what living with it is like (${dim})`);
    }
    if (o.practical.length === 0) warn(`${p}.practical`, `Option "${o.id}" has no practical facts (duration, visits, what it involves)`);
    // Certification: equal detail.
    if (o.pros.length && o.cons.length) {
      const wp = words(o.pros, locale);
      const wc = words(o.cons, locale);
      if (Math.max(wp, wc) > 2.5 * Math.min(wp, wc) && Math.abs(wp - wc) > 20) {
        warn(p, `IPDAS: pros (${wp} words) and cons (${wc} words) of option "${o.id}" are not in equal detail`);
      }
    }
  });

  // Outcomes: evidence, reference group, uncertainty, denominator.
  if (b.outcomes.length === 0) error('$.outcomes', 'IPDAS: no outcomes (benefits and harms) are given');
  if (!b.outcomes.some((o) => o.direction === 'benefit')) warn('$.outcomes', 'IPDAS: no benefit outcome');
  if (!b.outcomes.some((o) => o.direction === 'harm')) warn('$.outcomes', 'IPDAS: no harm outcome');
  const checkCells = (cells: readonly (NumberCell & { outcome?: string })[], base: string, outcomeOf: (c: NumberCell & { outcome?: string }) => string, profileGroup?: Text) => {
    cells.forEach((c, i) => {
      const p = `${base}[${i}]`;
      if (c.count === undefined) return;
      const o = b.outcomes.find((x) => x.id === outcomeOf(c));
      if (!c.sources?.length) error(`${p}.sources`, `IPDAS: the number for outcome "${outcomeOf(c)}", option "${c.option}" has no source`);
      if (empty(c.referenceGroup) && empty(o?.referenceGroup) && empty(profileGroup)) {
        error(`${p}.referenceGroup`, `The number for outcome "${outcomeOf(c)}", option "${c.option}" has no reference group`);
      }
      if (c.denominator !== undefined && c.denominator !== 100) warn(`${p}.denominator`, `Use the denominator 100 (icon arrays show 100 people); found ${c.denominator}`);
    });
  };
  b.outcomes.forEach((o, oi) => {
    const p = `$.outcomes[${oi}]`;
    checkCells(o.numbers, `${p}.numbers`, () => o.id);
    const profileCells = (b.profiles ?? []).flatMap((pr) => pr.numbers.filter((c) => c.outcome === o.id));
    const all = [...o.numbers, ...profileCells];
    if (!all.some((c) => c.count !== undefined)) warn(p, `Outcome "${o.id}" has no numbers for any option`);
    const hasUncertainty = !empty(o.uncertainty) || all.some((c) => c.range !== undefined || c.certainty !== undefined);
    if (!hasUncertainty) error(`${p}.uncertainty`, `IPDAS: outcome "${o.id}" says nothing about uncertainty (give uncertainty, a range or a certainty grade)`);
    const missing = b.options.filter((opt) => !all.some((c) => c.option === opt.id));
    for (const opt of missing) warn(`${p}.numbers`, `Outcome "${o.id}" says nothing for option "${opt.id}" (give a count, notKnown or notApplicable)`);
  });
  (b.profiles ?? []).forEach((pr, pi) => checkCells(pr.numbers, `$.profiles[${pi}].numbers`, (c) => c.outcome ?? '', pr.referenceGroup));
  out.push(...lintNumeracy(b));
  if ((b.profiles?.length ?? 0) > 0 && empty(b.profilePrompt) && !b.defaultProfile) {
    warn('$.profilePrompt', 'There are profiles but neither a profile picker (profilePrompt) nor a defaultProfile');
  }

  // Certification: the envelope.
  if (b.sources.length === 0) error('$.sources', 'IPDAS: no sources (citations to the evidence)');
  if (empty(b.updatePolicy)) error('$.updatePolicy', 'IPDAS: no update policy');
  if (b.authors.length === 0) error('$.authors', 'IPDAS: no authors named');
  if (empty(b.funding)) error('$.funding', 'IPDAS: funding is not stated');
  if (!b.published) error('$.published', 'IPDAS: no publication date');

  // Values, readiness, questions.
  if (b.values.length === 0) error('$.values', 'IPDAS: no values-clarification statements');
  if (b.readiness.length === 0) warn('$.readiness', 'No readiness items ("am I ready to decide?")');
  if (b.questions.length === 0) warn('$.questions', 'No questions to ask the clinician');
  b.comparison.forEach((r, ri) => {
    const missing = b.options.filter((o) => !r.answers.some((a) => a.option === o.id));
    if (missing.length) warn(`$.comparison[${ri}]`, `Comparison row "${r.id}" has no answer for ${missing.map((o) => `"${o.id}"`).join(', ')}`);
  });

  missingTranslations(b, '$', b.locales, out);
  return out;
};

/** Relative-only effect phrases (da, nb, nn, en): fine next to absolute numbers, misleading alone. */
export const RELATIVE_PHRASES: readonly RegExp[] = [
  /\bhalvt så ofte\b/i,
  /\bhalvt så mange\b/i,
  /\bhalvdelen så ofte\b/i,
  /\b(en|ein) (tredjedel|tredel|fjerdedel|firedel) (færre|mindre|sjeldnere|sjældnere|lavere)\b/i,
  /\bhalf as (often|many|likely)\b/i,
  /\b(a|one) (third|quarter|fifth|sixth) (fewer|less|lower)\b/i,
  /\b(by|med) (about |around |omkring |omtrent |cirka )?(a|one|en|ein) (third|half|sixth|tredjedel|tredel|sjettedel|halvdel)\b/i,
  /\d+(?:[.,]\d+)?\s?(%|procent|prosent|percent|per cent) (lower|higher|lavere|højere|høgare|høyere|mindre|større|færre|fewer|less|more) (risk|risiko|chance|sandsynlighed)\b/i,
  /\b(lower|reduced|lavere|mindre|nedsat) (risk|risiko) (by|med) \d+(?:[.,]\d+)?\s?(%|procent|prosent|percent)/i,
];

const hasDigit = (t: Text) => !!t && Object.values(t).some((v) => /\d/.test(v));
const relative = (t: Text) => !!t && Object.values(t).some((v) => RELATIVE_PHRASES.some((r) => r.test(v)));

/**
 * The IPDAS numeracy rules (2021 update): numbers in patient text cite a source; relative-only
 * effects stand next to absolute numbers; every outcome gives the comparator's number for the
 * same group; options from different populations are not compared in one row; time frames can
 * be compared ("during the study" needs a length).
 */
export function lintNumeracy(b: DecisionAidBundle): LintIssue[] {
  const out: LintIssue[] = [];
  const error = (path: string, message: string) => out.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => out.push({ path, message, severity: 'warning' });
  // The comparator model makes the strict rules errors; older bundles get them as warnings.
  const modern = b.outcomes.some((o) => o.comparator !== undefined);
  const strict = modern ? error : warn;

  // 1. A number in patient text whose statement cites no source.
  const unsourced = (t: Text, sources: readonly string[] | undefined, path: string) => {
    if (hasDigit(t) && !sources?.length) strict(path, 'A number in patient text, but the statement cites no source (add sources)');
  };
  b.options.forEach((o, i) => {
    const p = `$.options[${i}]`;
    o.pros.forEach((t, k) => unsourced(t, o.sources, `${p}.pros[${k}]`));
    o.cons.forEach((t, k) => unsourced(t, o.sources, `${p}.cons[${k}]`));
    o.practical.forEach((f, k) => unsourced(f.text, f.sources ?? o.sources, `${p}.practical[${k}].text`));
  });
  (b.background ?? []).forEach((s, i) => unsourced(s.body, s.sources, `$.background[${i}].body`));
  b.comparison.forEach((r, ri) => r.answers.forEach((a, ai) => unsourced(a.text, a.sources, `$.comparison[${ri}].answers[${ai}].text`)));
  (b.knowledge ?? []).forEach((k, i) => unsourced(k.explanation, k.sources, `$.knowledge[${i}].explanation`));
  const cellTexts = (c: NumberCell, path: string) => {
    unsourced(c.notKnown, c.sources, `${path}.notKnown`);
    unsourced(c.note, c.sources, `${path}.note`);
  };
  b.outcomes.forEach((o, oi) => o.numbers.forEach((c, ci) => cellTexts(c, `$.outcomes[${oi}].numbers[${ci}]`)));
  (b.profiles ?? []).forEach((pr, pi) => pr.numbers.forEach((c, ci) => cellTexts(c, `$.profiles[${pi}].numbers[${ci}]`)));

  // 2. Relative-only effect phrases without absolute numbers (warning).
  const counted = (option: string) => b.outcomes.some((o) => o.numbers.some((c) => c.option === option && c.count !== undefined)) || (b.profiles ?? []).some((p) => p.numbers.some((c) => c.option === option && c.count !== undefined));
  b.options.forEach((o, i) => {
    if (counted(o.id)) return;
    [...o.pros.map((t, k) => [t, `pros[${k}]`] as const), ...o.cons.map((t, k) => [t, `cons[${k}]`] as const)].forEach(([t, where]) => {
      if (relative(t)) warn(`$.options[${i}].${where}`, `A relative effect ("half as often", "a third fewer", "X % lower risk") for option "${o.id}", but no outcome gives its absolute numbers`);
    });
  });
  b.outcomes.forEach((o, oi) => {
    const hasCounts = o.numbers.some((c) => c.count !== undefined) || (b.profiles ?? []).some((p) => p.numbers.some((c) => c.outcome === o.id && c.count !== undefined));
    for (const [t, where] of [[o.label, 'label'], [o.description, 'description'], [o.uncertainty, 'uncertainty']] as const) {
      if (!hasCounts && relative(t)) warn(`$.outcomes[${oi}].${where}`, `A relative effect in outcome "${o.id}" without the absolute numbers in that outcome`);
    }
  });

  // 3. Every outcome gives the comparator's number (for each group that shows the comparator).
  b.outcomes.forEach((o, oi) => {
    const p = `$.outcomes[${oi}]`;
    if (o.comparator === undefined) {
      warn(`${p}.comparator`, `Outcome "${o.id}" has no comparator: give the number without the treatment (or with the other option) for the same group, so a reader sees the risk to begin with`);
      return;
    }
    const groups: (string | undefined)[] = [undefined, ...(b.profiles ?? []).map((x) => x.id)];
    for (const g of groups) {
      const prof = g ? b.profiles!.find((x) => x.id === g) : undefined;
      if (prof?.options && !prof.options.includes(o.comparator)) continue;
      const cells = [...o.numbers.filter((c) => !prof?.numbers.some((n) => n.outcome === o.id && n.option === c.option)), ...(prof?.numbers.filter((n) => n.outcome === o.id) ?? [])];
      const visible = cells.filter((c) => !prof?.options || prof.options.includes(c.option));
      const comp = visible.find((c) => c.option === o.comparator);
      const others = visible.filter((c) => c.option !== o.comparator && c.count !== undefined);
      if (others.length && (!comp || (comp.count === undefined && comp.notApplicable === undefined))) {
        error(`${p}.numbers`, `Outcome "${o.id}" has no number for its comparator "${o.comparator}"${g ? ` in profile "${g}"` : ''}: the options' numbers cannot be read without it`);
      }
    }
  });

  // 4. Options from different populations in one row (the schema refuses this with a comparator).
  b.outcomes.forEach((o, oi) => {
    if (o.comparator !== undefined) return;
    const groups = new Set(o.numbers.filter((c) => c.count !== undefined && c.referenceGroup).map((c) => JSON.stringify(c.referenceGroup)));
    if (groups.size > 1) warn(`$.outcomes[${oi}].numbers`, `Outcome "${o.id}" compares options from ${groups.size} different populations in one row; split the numbers by profile`);
  });

  // 5. Time frames that cannot be compared: "during the study" needs a length.
  const timeframes = (cells: readonly NumberCell[], base: string) =>
    cells.forEach((c, ci) => {
      const t = c.timeframe;
      if (c.count !== undefined && t && 'during' in t && t.during === 'study' && !t.length) {
        strict(`${base}[${ci}].timeframe`, '"During the study" cannot be compared or said in words without the study\'s length: add timeframe.length (e.g. the median follow-up)');
      }
    });
  b.outcomes.forEach((o, oi) => timeframes(o.numbers, `$.outcomes[${oi}].numbers`));
  (b.profiles ?? []).forEach((pr, pi) => timeframes(pr.numbers, `$.profiles[${pi}].numbers`));
  return out;
}
