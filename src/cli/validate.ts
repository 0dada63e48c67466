/**
 * The content validator: schema, format and kind, source references, file path, translations,
 * unsafe links, readability (LIX) and each kind's own rules. Prints `file: json.path: message`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BundleError, jsonPath } from '../bundle/errors.js';
import { KINDS, type Kind } from '../bundle/envelope.js';
import type { LintIssue } from '../bundle/lint.js';
import { parseBundle } from '../bundle/load.js';
import { applyOverlay, parseOverlay } from '../bundle/overlay.js';
import { satisfies } from '../bundle/semver.js';
import { dirname } from 'node:path';
import { LIX_FAIL, LIX_LOCALES, LIX_WARN, lix } from '../bundle/readability.js';
import { mediaProblems, parseRichText, richTextToPlain, type Inline } from '../bundle/rich-text.js';
import { kinds } from '../bundle/schema.js';
import { isLocalizedText, walk } from './walk.js';

export interface FileReport {
  file: string;
  issues: LintIssue[];
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

/**
 * A relative URL in a bundle resolves against the bundle's own URL: it must stay inside the
 * content folder. Refused: a path from the root of the server (`/account/…`, which would reach
 * the host site) and `../` that climbs above the content base (`<content>/<kind>/<id>/` is two
 * levels below it).
 */
export function relativeUrlProblem(url: string, depth = 2): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (/^[\\/]/.test(url)) return `URL "${url}" starts at the server root; write it relative to the bundle file (it resolves against the bundle's URL)`;
  const base = `https://content.invalid/base/${'d/'.repeat(depth)}`;
  let resolved: URL;
  try {
    resolved = new URL(url, base + 'bundle.json');
  } catch {
    return `URL "${url}" cannot be resolved`;
  }
  if (!resolved.href.startsWith('https://content.invalid/base/')) return `URL "${url}" climbs above the content folder with ../`;
  return undefined;
}

/** Checks one parsed JSON value that claims to be a bundle. `file` is used for the path rule. */
export function checkBundle(data: unknown, file?: string, bases?: (id: string) => unknown[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind === 'overlay') return checkOverlay(data, file, bases);
  if (!KINDS.includes(kind as Kind)) {
    return [err('$.kind', `Unknown kind ${JSON.stringify(kind)}; expected one of ${KINDS.join(', ')}`)];
  }
  const entry = kinds[kind as Kind];
  let bundle;
  try {
    bundle = parseBundle(data, entry.schema, kind as Kind);
  } catch (e) {
    if (e instanceof BundleError) {
      if (e.detail.issues?.length) return e.detail.issues.map((i) => err(i.path, i.message));
      return [err('$', e.message)];
    }
    throw e;
  }
  const raw = data as Record<string, unknown>;
  const locales = bundle.locales;

  // Source references anywhere in the body must exist.
  const sourceIds = new Set(bundle.sources.map((s) => s.id));
  walk(raw, (value, path) => {
    if (path.length > 1 && path[path.length - 1] === 'sources' && Array.isArray(value)) {
      value.forEach((ref, i) => {
        if (typeof ref === 'string' && !sourceIds.has(ref)) {
          issues.push(err(jsonPath([...path, i]), `Source "${ref}" is not listed in $.sources`));
        }
      });
    }
  });
  const used = new Set<string>();
  walk(raw, (value, path) => {
    if (path.length > 1 && path[path.length - 1] === 'sources' && Array.isArray(value)) value.forEach((r) => typeof r === 'string' && used.add(r));
  });
  bundle.sources.forEach((s, i) => {
    if (!used.has(s.id)) issues.push(warn(`$.sources[${i}]`, `Source "${s.id}" is never referenced`));
  });

  // Every text in every declared locale; no unsafe links in any text.
  const perLocale: Record<string, string[]> = {};
  walk(raw, (value, path) => {
    if (!isLocalizedText(value, locales)) return;
    for (const locale of locales) {
      if (!(locale in value)) issues.push(err(jsonPath(path), `Missing "${locale}" text (the bundle declares ${locales.join(', ')})`));
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
      if (links.length) issues.push(err(jsonPath([...path, locale]), 'Link with a URL that is not https:, mailto:, tel: or relative'));
      for (const href of hrefs) {
        const problem = relativeUrlProblem(href);
        if (problem) issues.push(err(jsonPath([...path, locale]), problem));
      }
      (perLocale[locale] ??= []).push(richTextToPlain(text));
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

  // Readability of patient-facing text (the whole bundle per language).
  for (const locale of locales) {
    if (!LIX_LOCALES.includes(locale) || !perLocale[locale]) continue;
    const r = lix(perLocale[locale].join('\n'));
    const msg = `LIX ${r.lix.toFixed(1)} for "${locale}" (${r.words} words in ${r.sentences} sentences; ${r.longWords} long words)`;
    if (r.lix > LIX_FAIL) issues.push(err('$', `${msg} is above ${LIX_FAIL}: too hard to read; use shorter sentences and words`));
    else if (r.lix > LIX_WARN) issues.push(warn('$', `${msg} is above ${LIX_WARN}; aim for easier text`));
  }

  // File path must be content/<kind>/<id>/<version>.json.
  if (file) {
    const parts = file.split(/[\\/]/);
    const [k, id, name] = parts.slice(-3);
    const expected = `${bundle.kind}/${bundle.id}/${bundle.version}.json`;
    if (`${k}/${id}/${name}` !== expected) {
      issues.push(err('$', `File should be at <content>/${expected} (kind/id/version of the bundle)`));
    }
  }

  issues.push(...entry.lint(bundle as never));
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

function readJson(file: string): { data?: unknown; error?: string } {
  try {
    return { data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function validateFiles(paths: string[]): FileReport[] {
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
    const { data, error } = readJson(file);
    if (error !== undefined) return { file, issues: [err('$', `Invalid JSON: ${error}`)] };
    try {
      return { file, issues: checkBundle(data, file, bases) };
    } catch (e) {
      // A fault in a check is reported against the file that caused it, never a bare crash.
      return { file, issues: [err('$', `The validator could not check this file: ${e instanceof Error ? e.message : String(e)}`)] };
    }
  });
}

/** Prints reports; returns the process exit code. */
export function printReports(reports: FileReport[], cwd = process.cwd()): number {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    const name = relative(cwd, r.file) || r.file;
    for (const i of r.issues) {
      const line = `${name}: ${i.path}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message}`;
      if (i.severity === 'error') {
        errors++;
        console.error(line);
      } else {
        warnings++;
        console.warn(line);
      }
    }
  }
  console.log(`${reports.length} bundle(s) checked: ${errors} error(s), ${warnings} warning(s)`);
  return errors > 0 || reports.length === 0 ? 1 : 0;
}

