/**
 * The events the elements dispatch, as types (this module has no code): every event is a
 * bubbling, composed `CustomEvent` whose `detail` is one of the types below.
 *
 *   el.addEventListener('pakke-ready', (e) => console.log(e.detail.version)); // no cast
 *
 * `HTMLElementEventMap` is extended globally, so `addEventListener` on any element (or on a
 * container the events bubble to) knows the detail types. Per-element maps
 * (`PakkePathwayEventMap`, …) say which element dispatches what; the JSX types
 * (`pakke-elements/jsx/react`, `pakke-elements/jsx/preact`) are built from them.
 */
import type { PakkeErrorDetail } from './bundle/errors.js';
import type { StepSelectDetail, RelatedSelectDetail } from './pathway/pakke-pathway.js';
import type { DecisionAidSummary } from './decision-aid/index.js';
import type { NeedsAnswersKeptDetail, NeedsChangeDetail, NeedsSubmitDetail } from './needs-assessment/index.js';

export type { PakkeErrorDetail, StepSelectDetail, RelatedSelectDetail, DecisionAidSummary, NeedsAnswersKeptDetail, NeedsChangeDetail, NeedsSubmitDetail };

/** `pakke-ready` detail: the bundle is shown. Fired once per bundle, by every element. */
export interface ReadyDetail {
  /** Bundle id. */
  id: string;
  /** Bundle version (semver). */
  version: string;
  /** The content locale shown (BCP 47), after the fallback chain. */
  locale: string;
}

/** `pakke-change` detail of `<pakke-decision-aid>`: the summary, with what changed. */
export type DecisionAidChangeDetail = DecisionAidSummary & { changed: NonNullable<DecisionAidSummary['changed']> };

/** `pakke-change` detail: the decision aid's summary or the needs assessment's answer (tell them apart by `'itemId' in detail`). */
export type PakkeChangeDetail = DecisionAidChangeDetail | NeedsChangeDetail;

/** Events every element dispatches. */
export interface PakkeElementEventMap {
  'pakke-ready': CustomEvent<ReadyDetail>;
  'pakke-error': CustomEvent<PakkeErrorDetail>;
}

/** Events of `<pakke-pathway>`. */
export interface PakkePathwayEventMap extends PakkeElementEventMap {
  'pakke-step-select': CustomEvent<StepSelectDetail>;
  'pakke-related-select': CustomEvent<RelatedSelectDetail>;
}

/** Events of `<pakke-decision-aid>`. */
export interface PakkeDecisionAidEventMap extends PakkeElementEventMap {
  'pakke-change': CustomEvent<DecisionAidChangeDetail>;
  'pakke-summary': CustomEvent<DecisionAidSummary>;
}

/** Events of `<pakke-needs-assessment>`. */
export interface PakkeNeedsAssessmentEventMap extends PakkeElementEventMap {
  'pakke-change': CustomEvent<NeedsChangeDetail>;
  'pakke-submit': CustomEvent<NeedsSubmitDetail>;
  'pakke-answers-kept': CustomEvent<NeedsAnswersKeptDetail>;
}

/** Every event of every element; `pakke-change` is the union of both elements' details. */
export interface PakkeEventMap extends PakkePathwayEventMap, Omit<PakkeDecisionAidEventMap, 'pakke-change'>, Omit<PakkeNeedsAssessmentEventMap, 'pakke-change'> {
  'pakke-change': CustomEvent<PakkeChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PakkeEventMap {}
}
