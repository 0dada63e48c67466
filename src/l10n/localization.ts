/**
 * UI language. @lit/localize holds one locale per page, so the toolkit's buttons, headings and
 * messages follow the page: the document's `lang` (watched for changes) unless the host calls
 * `setLocale` explicitly. Content text follows each element's own `lang` instead (see
 * `bundle/text.ts`).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { primaryLanguage } from '../bundle/text.js';

/** Where the server renderer leaves the current render's UI locale (see `src/ssr/l10n.ts`). */
export const SSR_LOCALE = Symbol.for('pakke-elements.ssr-locale');

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

// An explicit map: bundlers and dev servers can follow each of these imports.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  nb: () => import('../generated/locales/nb.js'),
  nn: () => import('../generated/locales/nn.js'),
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
};

/**
 * On a server (`pakke-elements/ssr`), `src/ssr/l10n.ts` has already configured @lit/localize's
 * re-entrant SSR localization (one locale per render, kept in an AsyncLocalStorage) and left its
 * `getLocale` here; @lit/localize can be configured only once, so the browser's runtime mode is
 * not configured then.
 */
const ssrLocale = (globalThis as { [SSR_LOCALE]?: () => string })[SSR_LOCALE];

const localization = ssrLocale
  ? { getLocale: ssrLocale, setLocale: () => Promise.resolve() }
  : configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    });

export const getLocale = localization.getLocale as () => UiLocale;

/** Maps any language tag to the UI locale used for it (`nb-NO` → `nb`, `no` → `nb`, `sv` → `en`). */
export function uiLocaleFor(tag: string | null | undefined): UiLocale {
  const primary = primaryLanguage(tag);
  if ((UI_LOCALES as readonly string[]).includes(primary)) return primary as UiLocale;
  return 'en';
}

let explicit = false;
let observer: MutationObserver | undefined;
const languageListeners = new Set<() => void>();

/** Calls `fn` whenever the document's `lang` changes (content text may follow it). */
export function onLanguageChange(fn: () => void): () => void {
  languageListeners.add(fn);
  return () => languageListeners.delete(fn);
}

/**
 * Sets the UI language for every pakke element on the page and stops following the
 * document's `lang`. Resolves when the strings are loaded and elements have re-rendered.
 */
export function setLocale(tag: string): Promise<void> {
  explicit = true;
  return localization.setLocale(uiLocaleFor(tag));
}

/** Goes back to following the document's `lang`. */
export function followDocumentLanguage(): Promise<void> {
  explicit = false;
  return syncWithDocument();
}

function syncWithDocument(): Promise<void> {
  if (explicit || typeof document === 'undefined') return Promise.resolve();
  const wanted = uiLocaleFor(document.documentElement.lang || navigator.language);
  if (wanted === localization.getLocale()) return Promise.resolve();
  return localization.setLocale(wanted).catch((e: unknown) => {
    console.warn('[pakke-elements] could not load UI strings for', wanted, e);
  });
}

/** Starts watching the document's `lang`. Safe to call more than once. */
export function startLocaleSync(): void {
  if (observer || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const fn of languageListeners) fn();
    void syncWithDocument();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void syncWithDocument();
}

/** Text direction of the current UI locale. */
export function uiDirection(): 'ltr' | 'rtl' {
  return getLocale() === 'ar' ? 'rtl' : 'ltr';
}
