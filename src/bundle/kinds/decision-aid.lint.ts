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
  const checkCells = (cells: readonly (NumberCell & { outcome?: string })[], base: string, outcomeOf: (c: NumberCell & { outcome?: string }) => string) => {
    cells.forEach((c, i) => {
      const p = `${base}[${i}]`;
      if (c.count === undefined) return;
      const o = b.outcomes.find((x) => x.id === outcomeOf(c));
      if (!c.sources?.length) error(`${p}.sources`, `IPDAS: the number for outcome "${outcomeOf(c)}", option "${c.option}" has no source`);
      if (empty(c.referenceGroup) && empty(o?.referenceGroup)) {
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
  (b.profiles ?? []).forEach((pr, pi) => checkCells(pr.numbers, `$.profiles[${pi}].numbers`, (c) => c.outcome ?? ''));
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
