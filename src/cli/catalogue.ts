/**
 * The content catalogue (`content/index.json`): every bundle id with its kind, title, locales and
 * published versions (newest first), generated from the bundle files so it cannot drift.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { compareVersions, parseVersion } from '../bundle/semver.js';
import { bundleFiles } from './validate.js';

export interface CatalogueVersion {
  version: string;
  published: string;
  reviewDue: string;
  status: string;
  locales: string[];
  /** Path relative to the catalogue file. */
  path: string;
  /** Subresource-Integrity hash of the file, checked by elements that resolve through the catalogue. */
  integrity: string;
}

export interface CatalogueEntry {
  id: string;
  kind: string;
  title: Record<string, string>;
  defaultLocale: string;
  versions: CatalogueVersion[];
}

/** An overlay file with its hash, for `overlay-integrity` (and elements that resolve through the catalogue). */
export interface CatalogueOverlay {
  id: string;
  /** The base bundle id and version range it is written for. */
  base: { id: string; versions: string };
  version: string;
  path: string;
  integrity: string;
}

export interface Catalogue {
  format: 1;
  bundles: CatalogueEntry[];
  overlays: CatalogueOverlay[];
}

function compareSemver(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  return pa && pb ? compareVersions(pa, pb) : a.localeCompare(b);
}

export function buildCatalogue(dir: string): Catalogue {
  const byId = new Map<string, CatalogueEntry>();
  for (const file of bundleFiles([dir])) {
    let b: Record<string, unknown>;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
      b = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch {
      continue; // the validator reports broken files
    }
    if (typeof b.id !== 'string' || typeof b.kind !== 'string' || typeof b.version !== 'string') continue;
    const key = `${b.kind}/${b.id}`;
    let entry = byId.get(key);
    const latest = !entry || compareSemver(b.version, entry.versions[0]!.version) > 0;
    if (!entry) {
      entry = { id: b.id, kind: b.kind, title: {}, defaultLocale: '', versions: [] };
      byId.set(key, entry);
    }
    if (latest) {
      entry.title = (b.title as Record<string, string>) ?? {};
      entry.defaultLocale = String(b.defaultLocale ?? '');
    }
    entry.versions.push({
      version: b.version,
      published: String(b.published ?? ''),
      reviewDue: String(b.reviewDue ?? ''),
      status: String(b.status ?? ''),
      locales: Array.isArray(b.locales) ? (b.locales as string[]) : [],
      path: relative(dir, file).split(sep).join('/'),
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    });
    entry.versions.sort((x, y) => compareSemver(y.version, x.version));
  }
  const bundles = [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const overlays: CatalogueOverlay[] = [];
  for (const file of bundleFiles([dir], true)) {
    let b: Record<string, unknown>;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
      b = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    const base = b.base as { id?: unknown; versions?: unknown } | undefined;
    if (b.kind !== 'overlay' || typeof b.id !== 'string' || typeof b.version !== 'string' || typeof base?.id !== 'string' || typeof base.versions !== 'string') continue;
    overlays.push({
      id: b.id,
      base: { id: base.id, versions: base.versions },
      version: b.version,
      path: relative(dir, file).split(sep).join('/'),
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    });
  }
  overlays.sort((a, b) => a.id.localeCompare(b.id) || compareSemver(b.version, a.version));
  return { format: 1, bundles, overlays };
}
