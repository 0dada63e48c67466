/** Helpers for the pathway tests: render a real example bundle, read what a user sees. */
import { fixture, html } from '@open-wc/testing';
import '../../src/pathway/index.js';
import type { PakkePathway } from '../../src/pathway/pakke-pathway.js';
import { followDocumentLanguage, setLocale } from '../../src/l10n/localization.js';
import { untilSettled } from '../helpers/index.js';

export const BUNDLES = {
  noBreast: 'no-breast-cancer/1.0.0.json',
  noColorectal: 'no-colorectal-cancer/1.0.0.json',
  hjem: 'no-pakkeforlop-hjem/1.0.0.json',
  dkBreast: 'dk-breast-cancer/1.0.0.json',
  dkBreast11: 'dk-breast-cancer/1.1.0.json',
  dkBreast12: 'dk-breast-cancer/1.2.0.json',
  noBreast12: 'no-breast-cancer/1.2.0.json',
  noColorectal11: 'no-colorectal-cancer/1.1.0.json',
  hjem11: 'no-pakkeforlop-hjem/1.1.0.json',
} as const;

/** Renders `<pakke-pathway>` for a bundle in `content/pathway/` with the given attributes. */
export async function show(path: string, attrs: Record<string, string | boolean> = {}): Promise<PakkePathway> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('pakke-pathway');
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  el.setAttribute('src', `/content/pathway/${path}`);
  wrap.append(el);
  await untilSettled(el);
  return el;
}

/** Whitespace-normalized text, including visually hidden text (what a screen reader reads). */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u2009\u202f]+/g, ' ').trim();
}

export function $(el: PakkePathway, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: PakkePathway, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function step(el: PakkePathway, id: string): HTMLElement {
  const s = $(el, `li.step[data-step="${id}"]`);
  if (!s) throw new Error(`step ${id} is not shown`);
  return s;
}

/** Sets the UI language (as a host page would) and waits for the strings. */
export async function ui(locale: string): Promise<void> {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  await setLocale(locale);
}

export async function restoreUi(): Promise<void> {
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
  await setLocale('en');
  await followDocumentLanguage();
}

export async function rerender(el: PakkePathway): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}
