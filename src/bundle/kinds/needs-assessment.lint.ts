/** Validator rules for `needs-assessment` bundles beyond the schema. */
import type { Linter } from '../lint.js';
import type { NeedsAssessmentBundle } from './needs-assessment.js';

export const lintNeedsAssessment: Linter<NeedsAssessmentBundle> = () => [];
