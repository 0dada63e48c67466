/**
 * The bundle model as a library: schemas, loading, text resolution and rich text, for hosts
 * that want to validate or pre-load content themselves.
 */
export { FORMAT_MAJOR, KINDS, bundleOf, type Envelope, type Kind, type Source } from './bundle/envelope.js';
export { BundleError, isRetryable, type PakkeErrorCode, type PakkeErrorDetail, type SchemaIssue } from './bundle/errors.js';
export { checkIntegrity, fetchBundleJson, parseBundle, toSchemaIssues } from './bundle/load.js';
export { parseRichText, richTextToPlain, type Block, type Inline } from './bundle/rich-text.js';
export { renderRichText } from './bundle/rich-text-render.js';
export { chooseContentLocale, fallbackChain, primaryLanguage, resolveText, type LocalizedText, type ResolvedText } from './bundle/text.js';
export { safeUrl } from './bundle/url.js';
export { pathwayBundle, type PathwayBundle } from './bundle/kinds/pathway.js';
export { decisionAidBundle, type DecisionAidBundle } from './bundle/kinds/decision-aid.js';
export { needsAssessmentBundle, type NeedsAssessmentBundle } from './bundle/kinds/needs-assessment.js';
export { setLocale, followDocumentLanguage, getLocale } from './l10n/localization.js';
export type {
  ReadyDetail,
  StepSelectDetail,
  RelatedSelectDetail,
  DecisionAidSummary,
  DecisionAidChangeDetail,
  NeedsChangeDetail,
  NeedsSubmitDetail,
  NeedsAnswersKeptDetail,
  PakkeChangeDetail,
  PakkeElementEventMap,
  PakkePathwayEventMap,
  PakkeDecisionAidEventMap,
  PakkeNeedsAssessmentEventMap,
  PakkeEventMap,
} from './events.js';
