/** Defines `<pakke-decision-aid>` and `<pakke-icon-array>` (importing this module is enough). */
import { defineElement } from '../base/define.js';
import { PakkeDecisionAid } from './decision-aid.js';
import './icon-array.js';

export { PakkeDecisionAid, PATIENT_STEPS, type DecisionAidSummary, type StepId, type Mode } from './decision-aid.js';
export type { ReadyDetail, DecisionAidChangeDetail, PakkeDecisionAidEventMap } from '../events.js';
export { PakkeIconArray } from './icon-array.js';
export { roundToTotal, filledIcons } from './rounding.js';

defineElement('pakke-decision-aid', PakkeDecisionAid);

declare global {
  interface HTMLElementTagNameMap {
    'pakke-decision-aid': PakkeDecisionAid;
  }
}
