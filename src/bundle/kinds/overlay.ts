/**
 * The `overlay` bundle kind: a hospital's or municipality's local facts on top of a national
 * bundle (pathway, decision aid or needs assessment), so the national content stays one file and
 * national updates still reach every local page.
 *
 * An overlay names its base bundle (`base.id`) and the semver range of base versions it was
 * written for (`base.versions`). It can only
 * - add local facts (`add`): contact blocks and links, to the bundle as a whole or to one object
 *   of the base with a stable `id` (a step, phase, option, item, service, …), and
 * - replace wording (`replace`) of a field the base marks as replaceable (`"replaceable": true`
 *   on that object) and only the fields in `REPLACEABLE_FIELDS`.
 * It can never remove anything: sources, disclaimers, cons, outcomes and numbers are not
 * reachable from an overlay. Its own small envelope carries who wrote it and when it is reviewed.
 */
import * as z from 'zod/mini';
import { isValidRange } from '../semver.js';
import { envelopeShape } from '../envelope.js';
import { lazySchema, parts, SEMVER_PATTERN, type Parts } from '../parts.js';

/** Fields an overlay may replace, on objects the base marks `"replaceable": true`. */
export const REPLACEABLE_FIELDS = ['title', 'description', 'name', 'help', 'heading', 'body'] as const;
export type ReplaceableField = (typeof REPLACEABLE_FIELDS)[number];

export const PHONE_PATTERN = /^\+?[0-9][0-9 ]{2,19}$/;
export const EMAIL_PATTERN = /^[^@\s<>()[\]\\,;:"]+@[^@\s<>()[\]\\,;:"]+\.[a-zA-Z]{2,}$/;

/** The overlay schema, built on first use and shared while alive (see `lazySchema`). */
export const overlayBundle = lazySchema(() => build(parts()).bundle);

export type OverlayBundle = z.infer<Schemas['bundle']>;
export type ContactBlock = z.infer<Schemas['contactBlock']>;
export type OverlayAddition = z.infer<Schemas['addition']>;

/** Builds this kind's schemas (see `parts()`: nothing is built when the module loads). */
function build(p: Parts) {
  const { id, link, localizedText } = p;
  const envelope = envelopeShape(p);
  /** A local contact: who to call, when, and how. */
  const contactBlock = z.object({
    id,
    /** Who this is, e.g. "Forløpskoordinator, Brystdiagnostisk senter". */
    title: localizedText,
    /** Phone number as it should be read and dialled, e.g. "+47 12 34 56 78". */
    phone: z.optional(z.string().check(z.regex(PHONE_PATTERN, 'Expected a phone number of digits and spaces, optionally starting with +'))),
    /** When the phone is answered, in words ("Monday to Friday 08:00–15:00"). */
    hours: z.optional(localizedText),
    email: z.optional(z.string().check(z.regex(EMAIL_PATTERN, 'Expected an e-mail address'))),
    address: z.optional(localizedText),
    /** Anything else a patient needs to know ("Call if you have not heard from us within a week"). */
    note: z.optional(localizedText),
    /** A page with more about the contact. */
    link: z.optional(link),
  });

  /** Local facts added to the bundle as a whole (no `target`) or to one object with that id. */
  const addition = z.object({
    target: z.optional(id),
    contacts: z.optional(z.array(contactBlock).check(z.minLength(1))),
    links: z.optional(z.array(link).check(z.minLength(1))),
  });

  /** New local wording for a field the base marks as replaceable. */
  const replacement = z.object({
    target: id,
    field: z.enum(REPLACEABLE_FIELDS),
    text: localizedText,
  });

  const bundle = z
    .object({
      $schema: z.optional(z.string()),
      format: z.int().check(z.gte(1)),
      kind: z.literal('overlay'),
      id,
      version: z.string().check(z.regex(SEMVER_PATTERN, 'Expected a semantic version such as "1.0.0"')),
      base: z.object({
        /** Id of the national bundle this overlay adapts. */
        id,
        /** Semver range of base versions it was written for, e.g. "^1.0". */
        versions: z.string().check(z.refine((r) => r.trim() !== '' && isValidRange(r), 'Expected a version range such as "^1.0" or ">=1.0.0 <2.0.0"')),
      }),
      // The same envelope fields as a content bundle. `reviewDue` is when the local facts (phone
      // hours, names) must be checked again; `title` says what the overlay is; `publisher` is the
      // hospital or municipality responsible for the local facts.
      published: envelope.published,
      reviewDue: envelope.reviewDue,
      locales: envelope.locales,
      defaultLocale: envelope.defaultLocale,
      status: envelope.status,
      title: envelope.title,
      publisher: envelope.publisher,
      add: z.optional(z.array(addition)),
      replace: z.optional(z.array(replacement)),
    })
    .check(
      z.superRefine((o, ctx) => {
        if (!o.locales.includes(o.defaultLocale)) {
          ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `defaultLocale "${o.defaultLocale}" is not one of locales` });
        }
        if (o.reviewDue < o.published) ctx.addIssue({ code: 'custom', path: ['reviewDue'], message: 'reviewDue is before published' });
        if (!o.add?.length && !o.replace?.length) {
          ctx.addIssue({ code: 'custom', path: [], message: 'An overlay must add or replace something' });
        }
        const contactIds = new Set<string>();
        o.add?.forEach((a, i) => {
          if (!a.contacts?.length && !a.links?.length) ctx.addIssue({ code: 'custom', path: ['add', i], message: 'Add contacts or links' });
          a.contacts?.forEach((c, j) => {
            if (contactIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['add', i, 'contacts', j, 'id'], message: `Duplicate contact id "${c.id}"` });
            contactIds.add(c.id);
            if (!c.phone && !c.email && !c.address && !c.link) {
              ctx.addIssue({ code: 'custom', path: ['add', i, 'contacts', j], message: 'A contact needs a phone, e-mail, address or link' });
            }
          });
        });
        const replaced = new Set<string>();
        o.replace?.forEach((r, i) => {
          const key = `${r.target}/${r.field}`;
          if (replaced.has(key)) ctx.addIssue({ code: 'custom', path: ['replace', i], message: `"${r.field}" of "${r.target}" is replaced twice` });
          replaced.add(key);
        });
      }),
    );

  return { contactBlock, addition, replacement, bundle };
}

type Schemas = ReturnType<typeof build>;
