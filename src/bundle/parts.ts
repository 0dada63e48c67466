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

export const localeCode = z.string().check(z.regex(LOCALE_PATTERN, 'Expected a locale code such as "da", "nb" or "en-GB"'));

/** A stable identifier: lowercase letters, digits, and - _ . between them. */
export const id = z.string().check(z.regex(ID_PATTERN, 'Expected an id of lowercase letters, digits, "-", "_" or "."'));

/** Plain text per locale. */
export const localizedText = z
  .record(localeCode, z.string().check(z.trim(), z.minLength(1, 'Text must not be empty')))
  .check(z.refine((v) => Object.keys(v).length > 0, 'At least one locale is required'));

/**
 * Rich text per locale, in a small Markdown-like subset: paragraphs (blank line), `- ` or
 * `1. ` list items, `## ` headings, `**strong**`, `*emphasis*` and `[text](url)` links, and
 * media on a line of their own: `![Alt text](https://…/image.jpg)` (alt text required) and
 * `!video[Title](src=https://…/video.mp4 captions=https://…/captions.vtt sign=https://…/sign.mp4)`
 * (WebVTT captions required, sign-language version optional). Media URLs: https: or relative.
 */
export const richText = localizedText.clone();

export const isoDate = z.iso.date('Expected a date as YYYY-MM-DD');

export const url = z.string().check(
  z.refine((v) => safeUrl(v) !== undefined, 'Only https:, mailto:, tel: or relative URLs are allowed'),
);

/** Ids of entries in the bundle's `sources`. */
export const sourceRefs = z.array(id);

export const link = z.object({
  href: url,
  text: localizedText,
  /** Language of the linked page, when it differs from the text's. */
  hreflang: z.optional(localeCode),
});

export type LocalizedTextT = z.infer<typeof localizedText>;
export type Link = z.infer<typeof link>;
