/**
 * Building blocks of the bundle schema, shared by the envelope and every kind's body.
 * Written with `zod/mini` so the browser build stays small; the CLI uses the same schemas.
 */
import * as z from 'zod/mini';
import { safeUrl } from './url.js';

// Zod compiles fast parsers with `new Function` unless told not to. That would need
// `unsafe-eval` and trigger CSP reports on strict pages, so it is switched off here, once,
// before any schema is used.
z.config({ jitless: true });

export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * Builds the part schemas, fresh on each call. Schemas are made on demand, not when a module is
 * evaluated: an element's script then defines the element and starts fetching its bundle
 * without first spending 10–40 ms (cold, on a slow phone more) on schema objects, and a page
 * does not keep those objects once no check needs them (see `lazySchema`).
 */
export function parts() {
  const localeCode = z.string().check(z.regex(LOCALE_PATTERN, 'Expected a locale code such as "da", "nb" or "en-GB"'));

  /** A stable identifier: lowercase letters, digits, and - _ . between them. */
  const id = z.string().check(z.regex(ID_PATTERN, 'Expected an id of lowercase letters, digits, "-", "_" or "."'));

  /** Plain text per locale. */
  const localizedText = z
    .record(localeCode, z.string().check(z.trim(), z.minLength(1, 'Text must not be empty')))
    .check(z.refine((v) => Object.keys(v).length > 0, 'At least one locale is required'));

  /**
   * Rich text per locale, in a small Markdown-like subset: paragraphs (blank line), `- ` or
   * `1. ` list items, `## ` headings, `**strong**`, `*emphasis*` and `[text](url)` links, and
   * media on a line of their own: `![Alt text](https://…/image.jpg)` (alt text required) and
   * `!video[Title](src=https://…/video.mp4 captions=https://…/captions.vtt sign=https://…/sign.mp4)`
   * (WebVTT captions required, sign-language version optional). Media URLs: https: or relative.
   */
  const richText = localizedText.clone();

  const isoDate = z.iso.date('Expected a date as YYYY-MM-DD');

  const url = z.string().check(
    z.refine((v) => safeUrl(v) !== undefined, 'Only https:, mailto:, tel: or relative URLs are allowed'),
  );

  /** Ids of entries in the bundle's `sources`. */
  const sourceRefs = z.array(id);

  const link = z.object({
    href: url,
    text: localizedText,
    /** Language of the linked page, when it differs from the text's. */
    hreflang: z.optional(localeCode),
  });

  return { localeCode, id, localizedText, richText, isoDate, url, sourceRefs, link };
}

export type Parts = ReturnType<typeof parts>;

/**
 * Wraps a schema factory: the first call builds the schema, later calls reuse it for as long as
 * it is alive. It is held weakly, so a page that is done checking bundles gets the memory back
 * at the next garbage collection (a later check builds it again, a few milliseconds once the
 * code is warm).
 */
export function lazySchema<T extends object>(build: () => T): () => T {
  let ref: WeakRef<T> | undefined;
  return () => {
    let schema = ref?.deref();
    if (!schema) ref = new WeakRef((schema = build()));
    return schema;
  };
}

export type LocalizedTextT = z.infer<Parts['localizedText']>;
export type Link = z.infer<Parts['link']>;
