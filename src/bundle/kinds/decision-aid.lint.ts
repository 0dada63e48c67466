/** Validator rules for `decision-aid` bundles beyond the schema. */
import type { Linter } from '../lint.js';
import type { DecisionAidBundle } from './decision-aid.js';

export const lintDecisionAid: Linter<DecisionAidBundle> = () => [];
