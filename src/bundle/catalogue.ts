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

const catalogueSchema = lazySchema(() =>
  z.object({
    format: z.literal(1),
    bundles: z.array(
      z.object({
        id: parts().id,
        kind: z.string(),
        versions: z.array(z.object({ version: z.string(), path: z.string(), integrity: z.optional(z.string()) })),
      }),
    ),
  }),
);

export interface Resolved {
  url: string;
  version: string;
  integrity?: string;
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
  const entry = parsed.data.bundles.find((b) => b.id === bundleId && b.kind === kind);
  if (!entry) {
    throw new BundleError({ code: 'not-found', url, message: `No ${kind} bundle "${bundleId}" in the catalogue` });
  }
  const version = maxSatisfying(entry.versions.map((v) => v.version), range);
  const match = entry.versions.find((v) => v.version === version);
  if (!match) {
    throw new BundleError({
      code: 'not-found',
      url,
      message: `No version of "${bundleId}" matches "${range}" (published: ${entry.versions.map((v) => v.version).join(', ')})`,
    });
  }
  return { url: joinUrl(contentBase, match.path), version: match.version, integrity: match.integrity };
}
