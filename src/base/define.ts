/**
 * Safe one-time registration. A page may load two copies of the toolkit (the all-in-one file and
 * a per-element entry, or two versions): the first definition wins, later ones are skipped
 * without throwing, and a version mismatch is reported once in the console.
 */
import { VERSION } from '../generated/version.js';
/** This copy's version, from package.json at build time. */
export const TOOLKIT_VERSION: string = VERSION;

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { pakkeVersion?: string }) | undefined;
  if (existing) {
    if (existing !== ctor && existing.pakkeVersion !== TOOLKIT_VERSION) {
      console.warn(
        `[pakke-elements] <${tag}> is already defined by ${existing.pakkeVersion ? `pakke-elements ${existing.pakkeVersion}` : 'another script'}; this copy (${TOOLKIT_VERSION}) is not used.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (e) {
    // Lost a race with another copy defining the same tag: that copy wins.
    if (!customElements.get(tag)) throw e;
  }
}
