/** `<pakke-pathway>`: importing this module defines the element (once, safely). */
import { defineElement } from '../base/define.js';
import { PakkePathway } from './pakke-pathway.js';

export { PakkePathway, type StepSelectDetail, type RelatedSelectDetail, type StepStatus } from './pakke-pathway.js';
export type { ReadyDetail, PakkePathwayEventMap } from '../events.js';
export { computeSchedule, targetFor, type StepSchedule, type Target } from './schedule.js';

defineElement('pakke-pathway', PakkePathway);
