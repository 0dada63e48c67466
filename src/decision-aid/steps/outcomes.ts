/**
 * Step "outcomes": benefits and harms in numbers for the chosen group (see ../outcomes-view.ts for the pictures and sentences).
 */
import type { TemplateResult } from 'lit';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import { renderOutcomes } from '../outcomes-view.js';
import type { StepHost } from './host.js';
import { renderProfilePicker } from './profile-picker.js';

export function renderOutcomesStep(v: StepHost, b: DecisionAidBundle): TemplateResult {
  return renderOutcomes(v, {
    bundle: b,
    profileId: v.profileId(b),
    options: v.options(b),
    host: v.hostNumbers,
    picker: renderProfilePicker(v, b),
  });
}
