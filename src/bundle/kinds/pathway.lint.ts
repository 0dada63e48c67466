/** Validator rules for `pathway` bundles beyond the schema. */
import type { Linter } from '../lint.js';
import type { PathwayBundle } from './pathway.js';

export const lintPathway: Linter<PathwayBundle> = () => [];
