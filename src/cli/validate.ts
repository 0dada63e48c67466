/**
 * The content validator: schema, format and kind, source references, file path, translations,
 * unsafe links, readability (LIX) and each kind's own rules. Every stage runs even when an
 * earlier one failed (a kind's own rules need a bundle that matches the schema), so one report
 * lists everything. Prints `file:line:column  $.json.path  message`, in English, Danish, Bokmål
 * or Nynorsk.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BundleError, jsonPath } from '../bundle/errors.js';
import { KINDS, type Kind } from '../bundle/envelope.js';
import type { LintIssue, Linter } from '../bundle/lint.js';
import { parseBundle } from '../bundle/load.js';
import { fromFhirQuestionnaire } from '../bundle/fhir-questionnaire.js';
import { isFhirQuestionnaire } from '../bundle/fhir-source.js';
import type { NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { compileCalculations } from '../needs-assessment/calculate.js';
import { hasCalculations } from '../needs-assessment/logic.js';
import { applyOverlay, parseOverlay } from '../bundle/overlay.js';
import { satisfies } from '../bundle/semver.js';
import { dirname } from 'node:path';
import { readabilityIssues } from '../bundle/readability.js';
import { relativeUrlProblem } from '../bundle/url.js';
import { mediaProblems, parseRichText, richTextToPlain, type Inline } from '../bundle/rich-text.js';
import { kinds } from '../bundle/schema.js';
import { isLocalizedText, walk } from './walk.js';
import { JsonSyntaxError, jsonOffsets, positionAt } from './json-positions.js';
import { issueMessage, t, type ReportLang } from './messages.js';
import type * as z from 'zod/mini';

export { REPORT_LANGS, type ReportLang } from './messages.js';

export interface FileReport {
  file: string;
  issues: (LintIssue & { line?: number; column?: number })[];
}

/**
 * Files below `paths` that look like bundles (skips the generated schema folder and index files).
 * Overlays (an `overlay` folder below a path) are not bundles of their own and are left out (so
 * the catalogue does not list them) unless `withOverlays` is set.
 */
export function bundleFiles(paths: string[], withOverlays = false): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'schema' || name === 'node_modules' || name.startsWith('.')) continue;
        if (name === 'overlay' && !withOverlays) continue;
        visit(join(p, name));
      }
    } else if (p.endsWith('.json') && !p.endsWith(`${sep}index.json`) && p !== 'index.json') {
      out.push(p);
    }
  };
  paths.forEach(visit);
  return out;
}

const err = (path: string, message: string): LintIssue => ({ path, message, severity: 'error' });
const warn = (path: string, message: string): LintIssue => ({ path, message, severity: 'warning' });

function collectLinks(nodes: readonly Inline[], out: string[], hrefs: string[] = []) {
  for (const n of nodes) {
    if (n.t === 'link' && n.href === undefined) out.push('');
    if (n.t === 'link' && n.href !== undefined) hrefs.push(n.href);
    if (n.t !== 'text' && n.t !== 'br') collectLinks(n.c, out, hrefs);
  }
}


/** Zod issues with their full paths, a union reported by the branch that got furthest. */
function flatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
  const out: { issue: z.core.$ZodIssue; path: PropertyKey[] }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      const depth = (l: readonly z.core.$ZodIssue[]) => Math.max(...l.map((i) => i.path.length));
      out.push(...flatIssues([...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!, path));
    } else out.push({ issue, path });
  }
  return out;
}

const stringArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Checks one parsed JSON value that claims to be a bundle. `file` is used for the path rule.
 * Messages are in `lang` (kind rules, readability and overlay checks speak English).
 */
export function checkBundle(data: unknown, file?: string, bases?: (id: string) => unknown[], lang: ReportLang = 'en'): LintIssue[] {
  const issues: LintIssue[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [err('$', t(lang, 'notObject'))];
  if (isFhirQuestionnaire(data)) return checkQuestionnaire(data);
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind === 'overlay') return checkOverlay(data, file, bases);
  if (!KINDS.includes(kind as Kind)) {
    return [err('$.kind', t(lang, 'unknownKind', { found: JSON.stringify(kind), allowed: KINDS.map((k) => `"${k}"`).join(', ') }))];
  }
  const entry = kinds[kind as Kind];
  let bundle: ReturnType<typeof parseBundle<unknown>> | undefined;
  try {
    bundle = parseBundle(data, entry.schema, kind as Kind);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    if (e.detail.code !== 'schema') return [err('$.format', e.message)];
    const result = entry.schema.safeParse(data);
    if (result.success) issues.push(err('$', e.message));
    else for (const { issue, path } of flatIssues(result.error.issues)) issues.push(err(jsonPath(path), issueMessage(lang, issue, data, path)));
  }
  if (bundle && kind === 'needs-assessment') issues.push(...calculationIssues(bundle as NeedsAssessmentBundle));
  const raw = data as Record<string, unknown>;
  // Without a valid bundle the later stages read what is there.
  const checked = bundle as { locales: string[]; sources: { id: string }[]; kind: string; id: string; version: string } | undefined;
  const locales = checked?.locales ?? stringArray(raw.locales);
  const sourceList = checked?.sources ?? (Array.isArray(raw.sources) ? (raw.sources as { id?: unknown }[]).filter((s) => s && typeof s.id === 'string') as { id: string }[] : []);


  // Source references anywhere in the body must exist.
  const sourceIds = new Set(sourceList.map((s) => s.id));
  walk(raw, (value, path) => {
    if (path.length > 1 && path[path.length - 1] === 'sources' && Array.isArray(value)) {
      value.forEach((ref, i) => {
        if (typeof ref === 'string' && !sourceIds.has(ref)) {
          issues.push(err(jsonPath([...path, i]), t(lang, 'sourceMissing', { ref })));
        }
      });
    }
  });
  const used = new Set<string>();
  walk(raw, (value, path) => {
    if (path.length > 1 && path[path.length - 1] === 'sources' && Array.isArray(value)) value.forEach((r) => typeof r === 'string' && used.add(r));
  });
  sourceList.forEach((s, i) => {
    if (!used.has(s.id)) issues.push(warn(`$.sources[${i}]`, t(lang, 'sourceUnused', { id: s.id })));
  });

  // Every text in every declared locale; no unsafe links in any text.
  walk(raw, (value, path) => {
    if (!isLocalizedText(value, locales)) return;
    for (const locale of locales) {
      if (!(locale in value)) issues.push(err(jsonPath(path), t(lang, 'missingText', { locale, locales: locales.join(', ') })));
    }
    for (const [locale, text] of Object.entries(value)) {
      const links: string[] = [];
      const hrefs: string[] = [];
      for (const block of parseRichText(text)) {
        if (block.t === 'p' || block.t === 'h') collectLinks(block.c, links, hrefs);
        else if (block.t === 'ul' || block.t === 'ol') block.items.forEach((item) => collectLinks(item, links, hrefs));
        else {
          // Media must be usable by everyone: alt text, captions, and https:/relative URLs only.
          mediaProblems(block).forEach((m) => issues.push(err(jsonPath([...path, locale]), m)));
          if (block.t === 'img' && block.src) hrefs.push(block.src);
          if (block.t === 'video') [block.src, block.captions, block.sign].forEach((u) => u && hrefs.push(u));
        }
      }
      if (links.length) issues.push(err(jsonPath([...path, locale]), t(lang, 'badLink')));
      for (const href of hrefs) {
        const problem = relativeUrlProblem(href);
        if (problem) issues.push(err(jsonPath([...path, locale]), problem));
      }
    }
  });
  // Link fields (`url`, `href`) follow the same rule as links in text.
  walk(raw, (value, path) => {
    const key = path[path.length - 1];
    if ((key === 'url' || key === 'href') && typeof value === 'string') {
      const problem = relativeUrlProblem(value);
      if (problem) issues.push(err(jsonPath(path), problem));
    }
  });

  // Readability of patient-facing text: each text, and the whole bundle per language.
  issues.push(...readabilityIssues(raw, locales, richTextToPlain, jsonPath));

  // File path must be content/<kind>/<id>/<version>.json.
  if (file && typeof raw.id === 'string' && typeof raw.version === 'string') {
    const parts = file.split(/[\\/]/);
    const [k, id, name] = parts.slice(-3);
    const expected = `${String(kind)}/${raw.id}/${raw.version}.json`;
    if (`${k}/${id}/${name}` !== expected) {
      issues.push(err('$', t(lang, 'path', { expected })));
    }
  }

  if (bundle) issues.push(...entry.lint(bundle as never));
  else issues.push(warn('$', t(lang, 'kindRulesSkipped', { kind: String(kind) })));
  return issues;
}

/**
 * Checks an overlay: its own schema and texts, its file path, and that it applies (all or
 * nothing) to every published version of its base in its range; `bases(id)` lists the parsed
 * JSON of every bundle file with that id.
 */
export function checkOverlay(data: unknown, file?: string, bases?: (id: string) => unknown[]): LintIssue[] {
  let overlay;
  try {
    overlay = parseOverlay(data);
  } catch (e) {
    if (e instanceof BundleError && e.detail.issues?.length) return e.detail.issues.map((i) => err(i.path, i.message));
    return [err('$', e instanceof Error ? e.message : String(e))];
  }
  const issues: LintIssue[] = [];
  walk(data, (value, path) => {
    if (!isLocalizedText(value, overlay.locales)) return;
    for (const locale of overlay.locales) {
      if (!(locale in value)) issues.push(err(jsonPath(path), `Missing "${locale}" text (the overlay declares ${overlay.locales.join(', ')})`));
    }
  });
  // Overlays are read by patients too: the same readability rules per text and per language.
  issues.push(...readabilityIssues(data, overlay.locales, richTextToPlain, jsonPath));
  if (file) {
    const [k, id, name] = file.split(/[\\/]/).slice(-3);
    const expected = `overlay/${overlay.id}/${overlay.version}.json`;
    if (`${k}/${id}/${name}` !== expected) issues.push(err('$', `File should be at <content>/${expected} (id/version of the overlay)`));
  }
  if (!bases) return issues;
  const candidates = bases(overlay.base.id).filter((b) => (b as { kind?: unknown }).kind !== 'overlay');
  if (!candidates.length) {
    issues.push(err('$.base.id', `No bundle with id "${overlay.base.id}" was found next to the overlay`));
    return issues;
  }
  const inRange = candidates.filter((b) => satisfies(String((b as { version?: unknown }).version), overlay.base.versions));
  if (!inRange.length) {
    const versions = candidates.map((b) => (b as { version?: unknown }).version).join(', ');
    issues.push(err('$.base.versions', `No published version of "${overlay.base.id}" (${versions}) is in the range "${overlay.base.versions}"`));
    return issues;
  }
  for (const raw of inRange) {
    const kind = (raw as { kind?: unknown }).kind as Kind;
    if (!KINDS.includes(kind)) continue;
    let base;
    try {
      base = parseBundle(raw, kinds[kind].schema, kind);
    } catch {
      continue; // the base's own report says why
    }
    try {
      applyOverlay(base, overlay);
    } catch (e) {
      const reason = e instanceof BundleError ? e.detail.overlay?.reason : undefined;
      issues.push(err(reason === 'not-replaceable' ? '$.replace' : reason === 'target' ? '$' : '$.base', `${base.id} ${base.version}: ${e instanceof Error ? e.message : String(e)}`));
      continue;
    }
    overlay.replace?.forEach((r, i) => {
      const missing = base.locales.filter((l) => !(l in r.text));
      if (missing.length) issues.push(warn(`$.replace[${i}].text`, `${base.id} ${base.version} is also in ${missing.join(', ')}; those readers keep the national wording`));
    });
  }
  return issues;
}

/**
 * A FHIR R4 Questionnaire: read as `<pakke-needs-assessment>` reads it (every refusal names the
 * item's linkId and the feature), then the needs-assessment rules on what it becomes.
 */
function checkQuestionnaire(data: unknown): LintIssue[] {
  let bundle;
  try {
    bundle = fromFhirQuestionnaire(data);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    return e.detail.issues?.length ? e.detail.issues.map((i) => err(i.path, i.message)) : [err('$', e.message)];
  }
  const calculations = calculationIssues(bundle, data);
  if (calculations.length) return calculations.map((i) => ({ ...i, path: '$' }));
  // The rules speak of the form it becomes, whose paths the file does not have.
  return (kinds['needs-assessment'].lint as Linter<typeof bundle>)(bundle).map((i) => ({ ...i, path: '$', message: `As a needs-assessment form, ${i.path}: ${i.message}` }));
}

/** Calculated values: every FHIRPath expression must parse (as the element compiles them). */
function calculationIssues(bundle: NeedsAssessmentBundle, source?: unknown): LintIssue[] {
  if (!hasCalculations(bundle)) return [];
  try {
    compileCalculations(bundle, source);
    return [];
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    return (e.detail.issues ?? [{ path: '$', message: e.message }]).map((i) => err(i.path, i.message));
  }
}

function readJson(file: string): { data?: unknown; error?: string; text?: string; offsets?: Map<string, number>; at?: { line: number; column: number } } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  try {
    const offsets = jsonOffsets(text, jsonPath);
    return { data: JSON.parse(text), text, offsets };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { error: e.message, at: e.position };
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Line and column of the value at `path`, or of the nearest parent the file has. */
function locate(path: string, text: string, offsets: Map<string, number>): { line: number; column: number } {
  let p = path;
  for (;;) {
    const at = offsets.get(p);
    if (at !== undefined) return positionAt(text, at);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return { line: 1, column: 1 };
    p = p.slice(0, cut);
  }
}

export function validateFiles(paths: string[], lang: ReportLang = 'en'): FileReport[] {
  const files = bundleFiles(paths, true);
  // Overlays are checked against the bundles in the content folder they sit in.
  const roots = new Set(files.filter((f) => f.split(/[\\/]/).slice(-3)[0] === 'overlay').map((f) => dirname(dirname(dirname(f)))));
  let byId: Map<string, unknown[]> | undefined;
  const bases = (id: string): unknown[] => {
    if (!byId) {
      byId = new Map();
      for (const f of new Set([...files, ...bundleFiles([...roots])])) {
        const { data } = readJson(f);
        const bid = (data as { id?: unknown } | undefined)?.id;
        if (typeof bid === 'string') byId.set(bid, [...(byId.get(bid) ?? []), data]);
      }
    }
    return byId.get(id) ?? [];
  };
  return files.map((file) => {
    const { data, error, text, offsets, at } = readJson(file);
    if (error !== undefined) return { file, issues: [{ ...err('$', t(lang, 'invalidJson', { m: error })), ...(at ?? { line: 1, column: 1 }) }] };
    try {
      return { file, issues: checkBundle(data, file, bases, lang).map((i) => ({ ...i, ...locate(i.path, text!, offsets!) })) };
    } catch (e) {
      // A fault in a check is reported against the file that caused it, never a bare crash.
      return { file, issues: [{ ...err('$', `The validator could not check this file: ${e instanceof Error ? e.message : String(e)}`), line: 1, column: 1 }] };
    }
  });
}

/** Prints reports as `file:line:column  $.path  message`; returns the process exit code. */
export function printReports(reports: FileReport[], cwd = process.cwd(), lang: ReportLang = 'en'): number {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    const name = relative(cwd, r.file) || r.file;
    for (const i of r.issues) {
      const line = `${name}:${i.line ?? 1}:${i.column ?? 1}  ${i.path}  ${i.severity === 'warning' ? `${t(lang, 'warning')}: ` : ''}${i.message}`;
      if (i.severity === 'error') {
        errors++;
        console.error(line);
      } else {
        warnings++;
        console.warn(line);
      }
    }
  }
  console.log(t(lang, 'summary', { n: reports.length, e: errors, w: warnings }));
  return errors > 0 || reports.length === 0 ? 1 : 0;
}
