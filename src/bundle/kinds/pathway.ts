/** The `pathway` bundle kind: body schema joined with the envelope. */
import * as z from 'zod/mini';
import { bundleOf } from '../envelope.js';
import { localizedText } from '../parts.js';

export const pathwayBundle = bundleOf('pathway', {
  intro: z.optional(localizedText),
});

export type PathwayBundle = z.infer<typeof pathwayBundle>;
