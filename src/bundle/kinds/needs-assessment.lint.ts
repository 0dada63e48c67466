/** Validator rules for `needs-assessment` bundles beyond the schema. */
import type { LintIssue, Linter } from '../lint.js';
import type { NeedsAssessmentBundle } from './needs-assessment.js';

type Texts = Readonly<Record<string, string>> | undefined;

/**
 * Warnings:
 * - a text (question, option, help, anchor, page title, flag label, domain, service) lacks one
 *   of the bundle's declared `locales`, so readers of that language see a fallback;
 * - a domain or service no flag uses;
 * - a required item with conditions (it is only required while shown, which authors often miss);
 * - a flag that points to no service.
 * References between ids (conditions, domains, services) are errors in the schema itself.
 */
export const lintNeedsAssessment: Linter<NeedsAssessmentBundle> = (b) => {
  const issues: LintIssue[] = [];
  const missing = (text: Texts, path: string) => {
    if (!text) return;
    const absent = b.locales.filter((l) => !Object.prototype.hasOwnProperty.call(text, l));
    if (absent.length) issues.push({ path, severity: 'warning', message: `Missing ${absent.join(', ')} (declared in locales)` });
  };
  missing(b.intro, '$.intro');
  b.pages.forEach((p, pi) => {
    const pp = `$.pages[${pi}]`;
    missing(p.title, `${pp}.title`);
    missing(p.intro, `${pp}.intro`);
    p.items.forEach((it, ii) => {
      const ip = `${pp}.items[${ii}]`;
      missing(it.text, `${ip}.text`);
      missing(it.help, `${ip}.help`);
      if ('options' in it) it.options.forEach((o, oi) => missing(o.text, `${ip}.options[${oi}].text`));
      if (it.type === 'rating') {
        missing(it.anchors.min, `${ip}.anchors.min`);
        missing(it.anchors.max, `${ip}.anchors.max`);
      }
      if (it.required && it.enableWhen) {
        issues.push({ path: `${ip}.required`, severity: 'warning', message: 'Required only while its conditions show it; check that this is intended' });
      }
    });
  });
  const usedDomains = new Set(b.flags.map((f) => f.domain));
  const usedServices = new Set(b.flags.flatMap((f) => f.services));
  b.domains.forEach((d, i) => {
    missing(d.label, `$.domains[${i}].label`);
    if (!usedDomains.has(d.id)) issues.push({ path: `$.domains[${i}]`, severity: 'warning', message: `Domain "${d.id}" is not used by any flag` });
  });
  b.services.forEach((s, i) => {
    missing(s.name, `$.services[${i}].name`);
    missing(s.description, `$.services[${i}].description`);
    if (!usedServices.has(s.id)) issues.push({ path: `$.services[${i}]`, severity: 'warning', message: `Service "${s.id}" is not used by any flag` });
  });
  b.flags.forEach((f, i) => {
    missing(f.label, `$.flags[${i}].label`);
    if (!f.services.length) issues.push({ path: `$.flags[${i}].services`, severity: 'warning', message: 'The flag points to no service; say who can help' });
  });
  return issues;
};
