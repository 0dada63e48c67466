/** The `needs-assessment` bundle kind: body schema joined with the envelope. */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { localizedText } from '../parts.js';

export const needsAssessmentBundle = bundleOf('needs-assessment', {
  intro: z.optional(localizedText),
});

export type NeedsAssessmentBundle = z.infer<typeof needsAssessmentBundle>;
