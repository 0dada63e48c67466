/**
 * pakke-elements, all in one: importing this file defines <pakke-pathway>,
 * <pakke-decision-aid> and <pakke-needs-assessment>, and exports the bundle model and the
 * locale API. For pages that use one element, import that element's entry instead.
 */
export * from './model.js';
export { PakkeElement } from './base/pakke-element.js';
export * from './pathway/index.js';
export * from './decision-aid/index.js';
export * from './needs-assessment/index.js';
