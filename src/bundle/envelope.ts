/**
 * The envelope every content bundle carries, whatever its kind, and the helper each kind uses
 * to add its body. Kind bodies live in `./kinds/<kind>.ts`; `./schema.ts` joins them.
 */
import * as z from 'zod/mini';
import { SEMVER_PATTERN, type Parts } from './parts.js';

import { FORMAT_MAJOR, KINDS, type Kind } from './format.js';

export { FORMAT_MAJOR, KINDS, type Kind };

/** The envelope's fields, built from `p` (see `parts()`). */
export function envelopeShape(p: Parts) {
  const { id, isoDate, localeCode, localizedText, richText, url } = p;
  const source = z.object({
    id,
    /** Full citation as it would appear in a reference list (not translated). */
    citation: z.string().check(z.minLength(1)),
    /**
     * Short label shown next to the facts that use the source, e.g. "Helsedirektoratet 2022": a
     * plain string for a proper name, or a localized text where the label is words.
     */
    label: z.optional(z.union([z.string().check(z.minLength(1)), localizedText])),
    url: z.optional(url),
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
  });

  const person = z.object({
    /** A person's name (a string), or a team's name in words (a localized text). */
    name: z.union([z.string().check(z.minLength(1)), localizedText]),
    role: z.optional(localizedText),
  });

  return {
    /** Lets editors point at the JSON Schema; ignored by the toolkit. */
    $schema: z.optional(z.string()),
    format: z.int().check(z.gte(1)),
    id,
    version: z.string().check(z.regex(SEMVER_PATTERN, 'Expected a semantic version such as "1.0.0"')),
    published: isoDate,
    reviewDue: isoDate,
    locales: z.array(localeCode).check(z.minLength(1)),
    defaultLocale: localeCode,
    /** `example`: written to show the toolkit, awaiting clinical review. */
    status: z.enum(['example', 'draft', 'approved']),
    title: localizedText,
    summary: z.optional(localizedText),
    publisher: z.object({ name: localizedText, url: z.optional(url) }),
    authors: z.array(person),
    sources: z.array(source),
    licence: z.object({
      name: z.string().check(z.minLength(1)),
      url: z.optional(url),
      /** Acknowledgement text an instrument's licence requires to be shown with it. */
      acknowledgement: z.optional(localizedText),
    }),
    disclaimer: richText,
    funding: localizedText,
    /** How and when the content is reviewed and updated. */
    updatePolicy: z.optional(localizedText),
  };
}

interface EnvelopeCore {
  locales: string[];
  defaultLocale: string;
  published: string;
  reviewDue: string;
  sources: { id: string }[];
}

function envelopeChecks(b: EnvelopeCore, ctx: z.core.$RefinementCtx<unknown>) {
  if (!b.locales.includes(b.defaultLocale)) {
    ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `defaultLocale "${b.defaultLocale}" is not one of locales` });
  }
  if (b.reviewDue < b.published) {
    ctx.addIssue({ code: 'custom', path: ['reviewDue'], message: 'reviewDue is before published' });
  }
  const seen = new Set<string>();
  b.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `Duplicate source id "${s.id}"` });
    seen.add(s.id);
  });
}

/** Joins the envelope with a kind's body into that kind's bundle schema. */
export function bundleOf<K extends Kind, S extends z.core.$ZodLooseShape>(p: Parts, kind: K, body: S) {
  return z
    .object({ ...envelopeShape(p), kind: z.literal(kind), ...body })
    .check(z.superRefine((b, ctx) => envelopeChecks(b as unknown as EnvelopeCore, ctx as z.core.$RefinementCtx<unknown>)));
}

/** Only for the types below; never called. */
function envelopeOnly(p: Parts) {
  return z.object({ ...envelopeShape(p), kind: z.enum(KINDS) });
}
export type Envelope = z.infer<ReturnType<typeof envelopeOnly>>;
export type Source = z.infer<ReturnType<typeof envelopeShape>['sources']>[number];
