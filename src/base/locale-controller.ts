/**
 * An element's two languages, as a Lit reactive controller: the UI language (the toolkit's own
 * words, from `@lit/localize`: the element updates when it changes) and the content language,
 * chosen on every update from what the page asks for (`lang` on the element, else its nearest
 * ancestor's or the document's, watched while connected) and what the bundle has.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { chooseContentLocale, directionOf, requestedLanguage } from '../bundle/text.js';
import { getLocale, onLanguageChange, startLocaleSync } from '../l10n/localization.js';

type Host = ReactiveControllerHost & HTMLElement;

const displayNames = new Map<string, Intl.DisplayNames>();

export class LocaleController implements ReactiveController {
  /** The language the page asks for (empty when it asks for none). */
  requested = '';
  /** The content language in effect ('' until a bundle is shown). */
  content = '';
  /** True when the bundle lacks the requested language and another is shown. */
  fallback = false;
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
    updateWhenLocaleChanges(host as unknown as Parameters<typeof updateWhenLocaleChanges>[0]);
  }

  hostConnected(): void {
    startLocaleSync();
    this.unsubscribe = onLanguageChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Reads what the page asks for and picks the content language of `bundle` (before each render). */
  choose(bundle: { locales: readonly string[]; defaultLocale: string } | undefined): void {
    // The property first: an attribute set through it is reflected only after `willUpdate`.
    this.requested = this.host.lang || requestedLanguage(this.host);
    if (!bundle) return;
    const chosen = chooseContentLocale(this.requested, [...bundle.locales], bundle.defaultLocale);
    this.content = chosen.locale;
    this.fallback = chosen.fallback;
  }

  /** `rtl` when the UI or the content is written right to left. */
  get rtl(): boolean {
    return directionOf(getLocale()) === 'rtl' || directionOf(this.content) === 'rtl';
  }

  /** A language's name in the UI language ("norsk bokmål"); the code where the browser has none. */
  languageName(locale: string): string {
    try {
      const ui = getLocale();
      let names = displayNames.get(ui);
      if (!names) displayNames.set(ui, (names = new Intl.DisplayNames([ui], { type: 'language' })));
      return names.of(locale) ?? locale;
    } catch {
      return locale;
    }
  }
}
