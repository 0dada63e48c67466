/**
 * Resolving a bundle through a content catalogue (`<content-base>/index.json`, written by
 * `pakke catalogue`): the newest published version of an id that matches a semver range, with
 * the integrity hash the catalogue records for it.
 */
import * as z from 'zod/mini';
import type { Kind } from './envelope.js';
import { BundleError } from './errors.js';
import { fetchBundleJson, toSchemaIssues, type FetchOptions } from './load.js';
import { lazySchema, parts } from './parts.js';
import { isValidRange, maxSatisfying } from './semver.js';

/** One or more SRI hashes (`sha256-…`, `sha384-…`, `sha512-…`), space-separated. */
const SRI = /^\s*(?:sha(?:256|384|512)-[A-Za-z0-9+/=_-]+(?:\?\S*)?\s*)+$/;

const catalogueSchema = lazySchema(() =>
  z.object({
    format: z.literal(1),
    bundles: z.array(
      z.object({
        id: parts().id,
        kind: z.string(),
        // Every file needs its hash: the element checks what it fetches against it.
        versions: z.array(z.object({ version: z.string(), path: z.string(), integrity: z.string().check(z.regex(SRI)) })),
      }),
    ),
    // Overlays are pinned the same way (catalogues written before overlays existed have none).
    overlays: z.optional(z.array(z.object({ path: z.string(), integrity: z.string().check(z.regex(SRI)) }))),
  }),
);

export interface Resolved {
  url: string;
  /** The catalogue's own URL. */
  catalogue: string;
  id: string;
  version: string;
  integrity: string;
  /** The content folder the catalogue describes (absolute, ending in `/`). */
  base: string;
  /** Each overlay file the catalogue lists (absolute URL) with its hash. */
  overlays: ReadonlyMap<string, string>;
}

/** Joins a base URL (absolute or page-relative) and a relative path. */
export function joinUrl(base: string, path: string): string {
  const withSlash = base.endsWith('/') ? base : base + '/';
  return new URL(path, new URL(withSlash, globalThis.location?.href ?? 'http://localhost/')).href;
}

export async function resolveFromCatalogue(contentBase: string, bundleId: string, range: string, kind: Kind, options: FetchOptions): Promise<Resolved> {
  const url = joinUrl(contentBase, 'index.json');
  if (!isValidRange(range)) {
    throw new BundleError({ code: 'invalid-attribute', attribute: 'version', url, message: `"${range}" is not a version range` });
  }
  const json = await fetchBundleJson(url, { ...options, integrity: null });
  const parsed = catalogueSchema().safeParse(json);
  if (!parsed.success) {
    throw new BundleError({ code: 'schema', url, issues: toSchemaIssues(parsed.error.issues), message: 'The content catalogue is not valid' });
  }
  const entries = parsed.data.bundles.filter((b) => b.id === bundleId && b.kind === kind);
  if (entries.length > 1) {
    throw new BundleError({ code: 'schema', url, message: `The catalogue lists the ${kind} bundle "${bundleId}" ${entries.length} times, so it is ambiguous` });
  }
  const entry = entries[0];
  if (!entry) {
    throw new BundleError({ code: 'not-found', url, message: `No ${kind} bundle "${bundleId}" in the catalogue` });
  }
  const version = maxSatisfying(entry.versions.map((v) => v.version), range);
  const matches = entry.versions.filter((v) => v.version === version);
  if (matches.length > 1) {
    throw new BundleError({ code: 'schema', url, message: `The catalogue lists version ${version} of "${bundleId}" ${matches.length} times, so it is ambiguous` });
  }
  const match = matches[0];
  if (!match) {
    throw new BundleError({
      code: 'not-found',
      url,
      message: `No version of "${bundleId}" matches "${range}" (published: ${entry.versions.map((v) => v.version).join(', ')})`,
    });
  }
  const file = joinUrl(contentBase, match.path);
  // Files come from the catalogue's own origin: a catalogue cannot send the element elsewhere.
  if (new URL(file).origin !== new URL(url).origin) {
    throw new BundleError({ code: 'integrity', url, message: `The catalogue points "${bundleId}" ${match.version} at ${file}, outside the catalogue's origin ${new URL(url).origin}` });
  }
  const overlays = new Map((parsed.data.overlays ?? []).map((o) => [joinUrl(contentBase, o.path), o.integrity] as const));
  return { url: file, catalogue: url, id: bundleId, version: match.version, integrity: match.integrity, base: joinUrl(contentBase, ''), overlays };
}

/**
 * The hash an overlay URL must match when the base bundle came through a catalogue: the one the
 * catalogue lists for that file. An overlay inside the catalogue's content folder that the
 * catalogue does not list is refused (every file there is pinned); one elsewhere (a hospital's
 * own server) is the host's to pin with `overlay-integrity`.
 */
export function overlayPin(resolved: Resolved, overlayUrl: string): string | undefined {
  const at = new URL(overlayUrl, globalThis.location?.href ?? 'http://localhost/');
  // A query or fragment (cache busting) does not make it another file.
  const file = at.origin + at.pathname;
  const listed = resolved.overlays.get(file);
  if (listed) return listed;
  if (file.startsWith(resolved.base)) {
    throw new BundleError({ code: 'integrity', url: file, message: `The overlay ${file} is in the catalogue's content folder but the catalogue lists no hash for it` });
  }
  return undefined;
}

/**
 * The file fetched through the catalogue must be what was asked for: the id, version and kind
 * the catalogue lists (the hash proves only that it is the file the catalogue names).
 */
export function checkResolved(data: unknown, resolved: Resolved, kind: Kind): void {
  const b = (data && typeof data === 'object' ? data : {}) as { id?: unknown; version?: unknown; kind?: unknown };
  const wrong = b.id !== resolved.id ? `id ${JSON.stringify(b.id)}` : b.version !== resolved.version ? `version ${JSON.stringify(b.version)}` : b.kind !== kind ? `kind ${JSON.stringify(b.kind)}` : '';
  if (wrong) {
    throw new BundleError({
      code: 'integrity',
      url: resolved.url,
      message: `The catalogue lists this file as ${kind} "${resolved.id}" ${resolved.version}, but the file has ${wrong}`,
    });
  }
}
