/**
 * The format version and the kinds, without the schema: what the loader needs to refuse a bundle
 * of another format or kind on the critical path, where the schema (zod) is not loaded for
 * pinned content. `./envelope.ts` re-exports them.
 */

/** The bundle format major version this toolkit understands. */
export const FORMAT_MAJOR = 1;

export const KINDS = ['pathway', 'decision-aid', 'needs-assessment'] as const;
export type Kind = (typeof KINDS)[number];
