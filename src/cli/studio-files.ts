/**
 * What the studio server does to the content folder: list it, read a file, keep drafts, publish
 * a version. Every path comes from the browser and is checked here: relative, no `..`, no
 * symlink leading out of the folder, and a published version is never overwritten.
 *
 * Published versions live where `pakke validate` and `pakke catalogue` look:
 * `<dir>/<kind>/<id>/<version>.json`. Work in progress lives in `<dir>/.studio/drafts/<kind>/<id>.json`
 * (a dot folder, so neither the validator nor the catalogue sees it).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Kind } from '../bundle/envelope.js';
import { ID_PATTERN } from '../bundle/parts.js';
import { compareVersions, parseVersion } from '../bundle/semver.js';
import { bundleTemplate, overlayTemplate, TEMPLATE_KINDS } from '../bundle/templates.js';
import { bumpVersion, diffBundles, isNewer, suggestBump, type Bump, type Change } from '../bundle/diff.js';
import { buildCatalogue } from './catalogue.js';
import { studioChecks, type StudioChecks } from './checks.js';
import { bundleFiles, checkBundle } from './validate.js';

export const DRAFTS = '.studio/drafts';

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly detail?: unknown) {
    super(message);
  }
}

export const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface LibraryEntry {
  path: string;
  kind: string;
  id: string;
  version: string;
  status: string;
  published: string;
  reviewDue: string;
  overdue: boolean;
  locales: string[];
  title: Record<string, string>;
  draft: boolean;
  error?: string;
}

export class ContentFolder {
  readonly root: string;

  constructor(dir: string) {
    if (!existsSync(dir) || !lstatSync(realpathSync(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
    this.root = realpathSync(dir);
  }

  /**
   * The absolute path for `rel`, or a 403: only plain relative paths of safe names, ending in
   * .json, whose existing part resolves (through any symlink) inside the folder.
   */
  resolve(rel: unknown): string {
    if (typeof rel !== 'string' || !rel || rel.length > 300) throw new HttpError(403, 'No path given');
    const segments = rel.split('/');
    if (rel.startsWith('/') || rel.includes('\\') || rel.includes('\0') || segments.some((s) => s === '..' || s === '.' || s === '' || !/^[\w.@-]+$/.test(s))) {
      throw new HttpError(403, `Not a path inside the content folder: ${rel}`);
    }
    if (!rel.endsWith('.json')) throw new HttpError(403, 'Only .json files');
    const abs = join(this.root, ...segments);
    // The deepest part that exists must really be inside the folder (a symlink may not lead out).
    let existing = abs;
    while (!existsSync(existing) && existing !== this.root) existing = dirname(existing);
    let real: string;
    try {
      real = realpathSync(existing);
    } catch {
      throw new HttpError(403, `Cannot resolve ${rel}`);
    }
    if (real !== this.root && !real.startsWith(this.root + sep)) throw new HttpError(403, `${rel} leads outside the content folder`);
    return abs;
  }

  rel(abs: string): string {
    return relative(this.root, abs).split(sep).join('/');
  }

  isDraft(rel: string): boolean {
    return rel.startsWith(DRAFTS + '/');
  }

  read(rel: string): { path: string; text: string; hash: string; readOnly: boolean } {
    const abs = this.resolve(rel);
    if (!existsSync(abs)) throw new HttpError(404, `${rel} does not exist`);
    const bytes = readFileSync(abs);
    return { path: rel, text: bytes.toString('utf8'), hash: sha256(bytes), readOnly: !this.isDraft(rel) };
  }

  hash(rel: string): string | null {
    const abs = this.resolve(rel);
    return existsSync(abs) ? sha256(readFileSync(abs)) : null;
  }

  private publishedFiles(): string[] {
    return bundleFiles([this.root], true);
  }

  private draftFiles(): string[] {
    const base = join(this.root, ...DRAFTS.split('/'));
    if (!existsSync(base)) return [];
    return bundleFiles([base], true);
  }

  library(today = new Date().toISOString().slice(0, 10)): LibraryEntry[] {
    const entry = (file: string, draft: boolean): LibraryEntry => {
      const path = this.rel(file);
      try {
        const b = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
        return {
          path, draft, kind: s('kind'), id: s('id'), version: s('version'), status: s('status'), published: s('published'), reviewDue: s('reviewDue'),
          overdue: !!s('reviewDue') && s('reviewDue') < today,
          locales: Array.isArray(b.locales) ? (b.locales as string[]) : [],
          title: b.title && typeof b.title === 'object' ? (b.title as Record<string, string>) : {},
        };
      } catch (e) {
        return { path, draft, kind: '', id: '', version: '', status: '', published: '', reviewDue: '', overdue: false, locales: [], title: {}, error: e instanceof Error ? e.message : String(e) };
      }
    };
    return [...this.draftFiles().map((f) => entry(f, true)), ...this.publishedFiles().map((f) => entry(f, false))];
  }

  /** Parsed published bundles with this id (for overlays and diffs). */
  versionsOf(id: string): { path: string; data: Record<string, unknown> }[] {
    const out: { path: string; data: Record<string, unknown> }[] = [];
    for (const f of this.publishedFiles()) {
      try {
        const data = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        if (data.id === id) out.push({ path: this.rel(f), data });
      } catch {
        /* reported by the validator */
      }
    }
    return out;
  }

  /** The checks for a document that would be written at `rel` (a draft is checked where it will be published). */
  checks(data: unknown): StudioChecks {
    return studioChecks(data, this.targetFor(data) ?? undefined, (id) => this.versionsOf(id).map((v) => v.data));
  }

  /** Where a bundle with this kind/id/version is published, relative to the folder. */
  targetFor(data: unknown): string | null {
    const b = data as Record<string, unknown> | null;
    if (!b || typeof b.kind !== 'string' || typeof b.id !== 'string' || typeof b.version !== 'string') return null;
    if (!ID_PATTERN.test(b.id) || !parseVersion(b.version)) return null;
    return `${b.kind}/${b.id}/${b.version}.json`;
  }

  private writeNew(rel: string, text: string): void {
    const abs = this.resolve(rel);
    mkdirSync(dirname(abs), { recursive: true });
    this.resolve(rel); // again, now that the folders exist
    try {
      writeFileSync(abs, text, { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new HttpError(409, `${rel} exists and is never overwritten`);
      throw e;
    }
  }

  /** Replaces a draft, only if it is unchanged on disk since the browser read it (`baseHash`). */
  saveDraft(rel: string, text: string, baseHash: string | null): { hash: string } {
    if (!this.isDraft(rel)) throw new HttpError(403, `${rel} is a published version and cannot be changed; save as a new version`);
    const abs = this.resolve(rel);
    const current = existsSync(abs) ? sha256(readFileSync(abs)) : null;
    if (current !== baseHash) throw new HttpError(409, `${rel} was changed on disk since you opened it; reload it (your edits are kept in the editor)`, { hash: current });
    if (existsSync(abs) && lstatSync(abs).isSymbolicLink()) throw new HttpError(403, `${rel} is a symlink`);
    mkdirSync(dirname(abs), { recursive: true });
    this.resolve(rel);
    const tmp = `${abs}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, abs);
    return { hash: sha256(text) };
  }

  /** A new draft from the kind's template (an overlay: for the published bundle `base`). */
  create(kind: unknown, id: unknown, locales: unknown, base?: unknown): { path: string } {
    if (kind !== 'overlay' && !TEMPLATE_KINDS.includes(kind as Kind)) throw new HttpError(400, `Kind must be one of ${[...TEMPLATE_KINDS, 'overlay'].join(', ')}`);
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new HttpError(400, 'The id must be lowercase letters, digits, "-", "_" or "."');
    const list = Array.isArray(locales) ? locales.filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(l)) : [];
    if (this.versionsOf(id).length) throw new HttpError(409, `A bundle with id "${id}" is already published; open it and save as a new version`);
    const rel = `${DRAFTS}/${kind}/${id}.json`;
    let data: Record<string, unknown>;
    if (kind === 'overlay') {
      const target = typeof base === 'string' ? this.latest(base) : undefined;
      if (!target || target.data.kind === 'overlay') throw new HttpError(400, 'An overlay needs the id of a published bundle to add to');
      const v = parseVersion(String(target.data.version))!;
      const baseLocales = Array.isArray(target.data.locales) ? (target.data.locales as string[]) : [];
      const inBase = list.filter((l) => baseLocales.includes(l));
      data = overlayTemplate(id, base as string, `^${v.major}.${v.minor}`, { locales: inBase.length ? inBase : baseLocales });
    } else data = bundleTemplate(kind as Kind, id, { locales: list.length ? list : undefined });
    this.writeNew(rel, JSON.stringify(data, null, 2) + '\n');
    return { path: rel };
  }

  /** A draft copied from a published version ("save as new version"). */
  draftFrom(rel: string): { path: string } {
    const { text } = this.read(rel);
    const data = JSON.parse(text) as Record<string, unknown>;
    if (typeof data.kind !== 'string' || typeof data.id !== 'string' || !ID_PATTERN.test(data.id)) throw new HttpError(400, `${rel} has no kind and id`);
    const draft = `${DRAFTS}/${data.kind}/${data.id}.json`;
    if (existsSync(this.resolve(draft))) throw new HttpError(409, `There is already a draft of "${data.id}"`, { path: draft });
    this.writeNew(draft, text);
    return { path: draft };
  }

  /** The newest published version of `id`. */
  latest(id: string): { path: string; data: Record<string, unknown> } | undefined {
    const all = this.versionsOf(id).filter((v) => typeof v.data.version === 'string' && parseVersion(v.data.version as string));
    all.sort((a, b) => compareVersions(parseVersion(b.data.version as string)!, parseVersion(a.data.version as string)!));
    return all[0];
  }

  diff(data: Record<string, unknown>): { previous?: string; previousVersion?: string; changes: Change[]; bump: Bump; suggested: string } {
    const prev = typeof data.id === 'string' ? this.latest(data.id) : undefined;
    if (!prev) return { changes: [], bump: 'none', suggested: typeof data.version === 'string' ? data.version : '1.0.0' };
    const changes = diffBundles(prev.data, data);
    const bump = suggestBump(changes);
    return { previous: prev.path, previousVersion: String(prev.data.version), changes, bump, suggested: bumpVersion(String(prev.data.version), bump) };
  }

  /**
   * Publishes a draft as `version`: sets `published` (today) and `reviewDue`, writes
   * `<kind>/<id>/<version>.json` (never over an existing file), rewrites index.json, removes the draft.
   */
  publish(draftRel: string, baseHash: string, version: string, reviewDue: string | undefined, status: string | undefined, today = new Date().toISOString().slice(0, 10)) {
    if (!this.isDraft(draftRel)) throw new HttpError(403, 'Only a draft can be published');
    const current = this.read(draftRel);
    if (current.hash !== baseHash) throw new HttpError(409, `${draftRel} was changed on disk since you opened it; reload it`, { hash: current.hash });
    const data = JSON.parse(current.text) as Record<string, unknown>;
    if (!parseVersion(version)) throw new HttpError(400, `"${version}" is not a version such as 1.0.1`);
    const prev = typeof data.id === 'string' ? this.latest(data.id) : undefined;
    if (prev && !isNewer(version, String(prev.data.version))) throw new HttpError(409, `${version} is not newer than the published ${String(prev.data.version)}`);
    const due = reviewDue ?? bumpYear(today);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due <= today) throw new HttpError(400, 'reviewDue must be a date after today');
    const out: Record<string, unknown> = { $schema: `../../schema/${String(data.kind)}.schema.json`, ...data, version, published: today, reviewDue: due };
    if (status) out.status = status;
    const target = this.targetFor(out);
    if (!target) throw new HttpError(422, 'The bundle has no valid kind, id and version');
    const errors = checkBundle(out, target).filter((i) => i.severity === 'error');
    if (errors.length) throw new HttpError(422, `${errors.length} error(s) must be fixed before publishing`, { issues: errors });
    const text = JSON.stringify(out, null, 2) + '\n';
    this.writeNew(target, text);
    const index = this.resolve('index.json');
    if (existsSync(index) && lstatSync(index).isSymbolicLink()) throw new HttpError(403, 'index.json is a symlink; not rewritten');
    writeFileSync(index, JSON.stringify(buildCatalogue(this.root), null, 2) + '\n');
    unlinkSync(this.resolve(draftRel));
    const entry = buildCatalogue(this.root).bundles.find((b) => b.id === out.id)?.versions.find((v) => v.version === version);
    return { path: target, integrity: entry?.integrity ?? '' };
  }

  /** The drafts folder as listed (for tests). */
  listDrafts(): string[] {
    const base = join(this.root, ...DRAFTS.split('/'));
    return existsSync(base) ? readdirSync(base, { recursive: true }).map(String) : [];
  }
}

function bumpYear(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}
