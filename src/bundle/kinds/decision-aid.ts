/** The `decision-aid` bundle kind: body schema joined with the envelope. */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { localizedText } from '../parts.js';

export const decisionAidBundle = bundleOf('decision-aid', {
  intro: z.optional(localizedText),
});

export type DecisionAidBundle = z.infer<typeof decisionAidBundle>;
