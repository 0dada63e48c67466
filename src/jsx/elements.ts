/**
 * Props of the three tags for JSX (types only; no code). Framework-free: `react.ts` and
 * `preact.ts` add these to their framework's `JSX.IntrinsicElements`.
 *
 * Properties are typed by the element classes (React 19 and Preact set a prop as a property
 * when the element has one, so objects such as `bundle` or `numbers` can be passed); the
 * dash-case attribute names are accepted as strings too. Events are `on` + the event name,
 * e.g. `onpakke-ready`, which both React 19 and Preact add with `addEventListener`.
 */
import type { PakkeElement } from '../base/pakke-element.js';
import type { Envelope } from '../bundle/envelope.js';
import type { PakkePathway } from '../pathway/pakke-pathway.js';
import type { PakkeDecisionAid } from '../decision-aid/index.js';
import type { PakkeNeedsAssessment } from '../needs-assessment/index.js';
import type { PakkeDecisionAidEventMap, PakkeNeedsAssessmentEventMap, PakkePathwayEventMap } from '../events.js';

/** `on<event>` handler props for an event map. */
export type PakkeEventProps<M> = { [K in keyof M as `on${K & string}`]?: (event: M[K]) => void };

type Props<E, K extends keyof E> = { [P in K]?: E[P] | null };

/** What every element takes. */
export type PakkeCommonProps<E extends PakkeElement<Envelope>> = Props<
  E,
  'src' | 'bundle' | 'integrity' | 'credentials' | 'timeout' | 'headingLevel' | 'bundleId' | 'version' | 'contentBase' | 'overlay' | 'overlayIntegrity'
> & {
  lang?: string;
  'heading-level'?: number | string;
  'bundle-id'?: string;
  'content-base'?: string;
  'overlay-integrity'?: string;
};

export type PakkePathwayProps = PakkeCommonProps<PakkePathway> &
  Props<PakkePathway, 'currentStep' | 'startDate' | 'treatment' | 'compact' | 'decisionAidUrl' | 'sourcesMode'> & {
    'current-step'?: string;
    'start-date'?: string;
    'decision-aid-url'?: string;
    'sources-mode'?: 'compact' | 'inline' | string;
  } & PakkeEventProps<PakkePathwayEventMap>;

export type PakkeDecisionAidProps = PakkeCommonProps<PakkeDecisionAid> &
  Props<PakkeDecisionAid, 'mode' | 'profile' | 'step' | 'numbers'> &
  PakkeEventProps<PakkeDecisionAidEventMap>;

export type PakkeNeedsAssessmentProps = PakkeCommonProps<PakkeNeedsAssessment> &
  Props<PakkeNeedsAssessment, 'name' | 'layout' | 'persist'> &
  PakkeEventProps<PakkeNeedsAssessmentEventMap>;

/** The tags and their props (without the framework's own attributes such as `class` or `ref`). */
export interface PakkeIntrinsicElements {
  'pakke-pathway': PakkePathwayProps;
  'pakke-decision-aid': PakkeDecisionAidProps;
  'pakke-needs-assessment': PakkeNeedsAssessmentProps;
}
