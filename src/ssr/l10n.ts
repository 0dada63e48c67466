/// <reference types="node" />
/**
 * UI strings on a server: @lit/localize's re-entrant localization (what its SSR support,
 * `configureSsrLocalization` in @lit/localize-tools, sets up), with the locale of the render in
 * progress kept in an AsyncLocalStorage, so concurrent requests in different languages do not
 * mix. Must be evaluated before any element module: it also leaves the locale getter where
 * `src/l10n/localization.ts` looks for it, so that module does not configure the browser's
 * runtime mode (@lit/localize can be configured only once per process).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as ar from '../generated/locales/ar.js';
import * as en from '../generated/locales/en.js';
import * as nb from '../generated/locales/nb.js';
import * as nn from '../generated/locales/nn.js';

const translations: Record<string, LocaleModule> = { ar, en, nb, nn };
const storage = new AsyncLocalStorage<string>();
const current = () => storage.getStore() ?? sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: current,
  loadLocaleSync: (locale) => translations[locale]!,
});
(globalThis as Record<symbol, unknown>)[Symbol.for('pakke-elements.ssr-locale')] = current;

/** Runs `fn` with `locale` as the UI locale of everything it renders. */
export function withUiLocale<T>(locale: string, fn: () => T): T {
  return storage.run(locale, fn);
}
