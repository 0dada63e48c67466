/** Validator rules for `pathway` bundles beyond the schema. */
import type { LintIssue, Linter } from '../lint.js';
import type { PathwayBundle } from './pathway.js';

/**
 * - error: no phases (the schema allows it so that envelope-only test fixtures load);
 * - warning: a step without a description, a duration without what stops the clock,
 *   a glossary entry or treatment nobody uses, a treatment that only some branching steps offer,
 *   a glossary term whose word does not occur in the step that explains it.
 */
export const lintPathway: Linter<PathwayBundle> = (b) => {
  const out: LintIssue[] = [];
  const phases = b.phases ?? [];
  if (phases.length === 0) {
    out.push({ path: '$.phases', message: 'A pathway needs at least one phase with steps', severity: 'error' });
  }
  const usedTerms = new Set<string>();
  const usedTreatments = new Set<string>();
  phases.forEach((phase, p) => {
    phase.steps.forEach((s, i) => {
      const path = `$.phases[${p}].steps[${i}]`;
      if (!s.description) out.push({ path, message: `Step "${s.id}" has no description`, severity: 'warning' });
      if (s.duration && !s.clock?.ends) {
        out.push({ path: `${path}.clock`, message: `Step "${s.id}" has a duration but does not say what stops the clock ("ends")`, severity: 'warning' });
      }
      s.alternatives?.forEach((a, j) => {
        usedTreatments.add(a.treatment);
        if (a.duration && !a.ends && !s.clock?.ends) {
          out.push({ path: `${path}.alternatives[${j}]`, message: `Alternative "${a.treatment}" has a duration but does not say what stops the clock ("ends")`, severity: 'warning' });
        }
      });
      for (const t of s.terms ?? []) usedTerms.add(t);
    });
  });
  const branching = phases.flatMap((ph) => ph.steps).filter((s) => s.alternatives?.length);
  (b.treatments ?? []).forEach((t, i) => {
    if (!usedTreatments.has(t.id)) {
      out.push({ path: `$.treatments[${i}]`, message: `Treatment "${t.id}" is not used by any step`, severity: 'warning' });
    } else if (branching.some((s) => !s.alternatives!.some((a) => a.treatment === t.id))) {
      out.push({ path: `$.treatments[${i}]`, message: `Treatment "${t.id}" is missing from some branching steps; choosing it will hide their other branches`, severity: 'warning' });
    }
  });
  (b.glossary ?? []).forEach((g, i) => {
    if (!usedTerms.has(g.id)) out.push({ path: `$.glossary[${i}]`, message: `Glossary entry "${g.id}" is not used by any step (it is still listed at the end)`, severity: 'warning' });
    for (const locale of b.locales) {
      if (!g.term[locale] || !g.definition[locale]) {
        out.push({ path: `$.glossary[${i}]`, message: `Glossary entry "${g.id}" lacks "${locale}"`, severity: 'error' });
      }
    }
  });
  return out;
};
