/**
 * The whole bundle schema: every kind joined with the envelope. The CLI validator and the JSON
 * Schema generator use this; elements import only their own kind from `./kinds/`.
 */
import * as z from 'zod/mini';
import type { Kind } from './envelope.js';
import type { Linter } from './lint.js';
import { decisionAidBundle } from './kinds/decision-aid.js';
import { lintDecisionAid } from './kinds/decision-aid.lint.js';
import { needsAssessmentBundle } from './kinds/needs-assessment.js';
import { lintNeedsAssessment } from './kinds/needs-assessment.lint.js';
import { pathwayBundle } from './kinds/pathway.js';
import { lintPathway } from './kinds/pathway.lint.js';

export { FORMAT_MAJOR, KINDS, type Kind, type Envelope } from './envelope.js';

export type AnyBundle = z.infer<ReturnType<typeof pathwayBundle>> | z.infer<ReturnType<typeof decisionAidBundle>> | z.infer<ReturnType<typeof needsAssessmentBundle>>;

interface KindEntry {
  /** Built on first use (see `lazySchema` in ./parts.ts). */
  readonly schema: z.ZodMiniType<AnyBundle>;
  lint: Linter<never>;
}

/** Each kind's schema and its validator rules. */
export const kinds: Record<Kind, KindEntry> = {
  pathway: { get schema() { return pathwayBundle() as z.ZodMiniType<AnyBundle>; }, lint: lintPathway as Linter<never> },
  'decision-aid': { get schema() { return decisionAidBundle() as z.ZodMiniType<AnyBundle>; }, lint: lintDecisionAid as Linter<never> },
  'needs-assessment': { get schema() { return needsAssessmentBundle() as z.ZodMiniType<AnyBundle>; }, lint: lintNeedsAssessment as Linter<never> },
};
