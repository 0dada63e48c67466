/**
 * The all-in-one file for `<script type="module" src>` use (dist/cdn/pakke-elements.js; see
 * scripts/build-cdn.ts): the three elements and the bundle model of `./index.ts`, without the
 * zod schema factories (`pathwayBundle()`, …, `bundleOf`). Those would put the checker on every
 * page's critical path; the elements load it lazily, only for unpinned content. Hosts that check
 * content themselves import `pakke-elements/model` (npm), which has them.
 */
export { FORMAT_MAJOR, KINDS, type Envelope, type Kind, type Source } from './bundle/envelope.js';
export { BundleError, isRetryable, type PakkeErrorCode, type PakkeErrorDetail, type SchemaIssue } from './bundle/errors.js';
export { checkIntegrity, fetchBundleJson, parseBundle, toSchemaIssues } from './bundle/load.js';
export { parseRichText, richTextToPlain, type Block, type Inline } from './bundle/rich-text.js';
export { renderRichText } from './bundle/rich-text-render.js';
export { chooseContentLocale, fallbackChain, primaryLanguage, resolveText, type LocalizedText, type ResolvedText } from './bundle/text.js';
export { safeUrl } from './bundle/url.js';
export type { PathwayBundle } from './bundle/kinds/pathway.js';
export type { DecisionAidBundle } from './bundle/kinds/decision-aid.js';
export type { NeedsAssessmentBundle } from './bundle/kinds/needs-assessment.js';
export { setLocale, followDocumentLanguage, getLocale } from './l10n/localization.js';
export { PakkeElement } from './base/pakke-element.js';
export * from './pathway/index.js';
export * from './decision-aid/index.js';
export * from './needs-assessment/index.js';
