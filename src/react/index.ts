/**
 * React wrappers (`pakke-elements/react`), made with @lit/react: typed props for every element
 * property and `on…` props for the events.
 *
 *   import { PakkePathway } from 'pakke-elements/react';
 *   <PakkePathway src="/content/…json" startDate="2026-03-02" onStepSelect={(e) => …} />
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PakkeErrorDetail } from '../bundle/errors.js';
import { PakkePathway as PathwayElement, type RelatedSelectDetail, type StepSelectDetail } from '../pathway/index.js';
import { PakkeDecisionAid as DecisionAidElement, type DecisionAidSummary } from '../decision-aid/index.js';
import { PakkeNeedsAssessment as NeedsElement, type NeedsAnswersKeptDetail, type NeedsChangeDetail, type NeedsSubmitDetail } from '../needs-assessment/index.js';

import type { ReadyDetail, DecisionAidChangeDetail } from '../events.js';

export type { ReadyDetail } from '../events.js';

const common = {
  onReady: 'pakke-ready' as EventName<CustomEvent<ReadyDetail>>,
  onError: 'pakke-error' as EventName<CustomEvent<PakkeErrorDetail>>,
};

export const PakkePathway = createComponent({
  tagName: 'pakke-pathway',
  elementClass: PathwayElement,
  react: React,
  events: {
    ...common,
    onStepSelect: 'pakke-step-select' as EventName<CustomEvent<StepSelectDetail>>,
    onRelatedSelect: 'pakke-related-select' as EventName<CustomEvent<RelatedSelectDetail>>,
  },
});

export const PakkeDecisionAid = createComponent({
  tagName: 'pakke-decision-aid',
  elementClass: DecisionAidElement,
  react: React,
  events: {
    ...common,
    onChange: 'pakke-change' as EventName<CustomEvent<DecisionAidChangeDetail>>,
    onSummary: 'pakke-summary' as EventName<CustomEvent<DecisionAidSummary>>,
  },
});

export const PakkeNeedsAssessment = createComponent({
  tagName: 'pakke-needs-assessment',
  elementClass: NeedsElement,
  react: React,
  events: {
    ...common,
    onChange: 'pakke-change' as EventName<CustomEvent<NeedsChangeDetail>>,
    onSubmit: 'pakke-submit' as EventName<CustomEvent<NeedsSubmitDetail>>,
    onAnswersKept: 'pakke-answers-kept' as EventName<CustomEvent<NeedsAnswersKeptDetail>>,
  },
});
