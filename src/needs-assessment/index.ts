/**
 * `<pakke-needs-assessment>`: importing this module defines the element (once per page).
 */
import { defineElement } from '../base/define.js';
import { PakkeNeedsAssessment } from './pakke-needs-assessment.js';

export { PakkeNeedsAssessment, type NeedsAnswersKeptDetail, type NeedsChangeDetail, type NeedsSubmitDetail, type SendState, type View } from './pakke-needs-assessment.js';
export type { ReadyDetail, PakkeNeedsAssessmentEventMap } from '../events.js';
export { toFhirQuestionnaire, toQuestionnaireResponse, canonicalBase, codeSystemFor } from './fhir.js';
export { computeFlags, evaluateCondition, evaluateConditions, FormState, type AnswerValue, type Answers, type FlagResult } from './logic.js';

defineElement('pakke-needs-assessment', PakkeNeedsAssessment);
