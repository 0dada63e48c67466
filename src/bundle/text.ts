/**
 * Localized content text: a map from locale code to string, and the rules for picking one.
 *
 * Resolution order for content (see DESIGN.md): the element's `lang`, the nearest ancestor's
 * `lang` (crossing shadow roots), the document's `lang`, then the bundle's `defaultLocale`.
 * `nb` and `nn` fall back to each other before the default.
 */

export type LocalizedText = Readonly<Record<string, string>>;

/** The result of picking a text: what was shown, and in which locale. */
export interface ResolvedText {
  text: string;
  /** The locale the text is actually in. */
  locale: string;
  /** True when the text is in another language than the one asked for. */
  fallback: boolean;
}

/**
 * `record[key]` for a key from content or an attribute: own properties only, so `constructor`,
 * `__proto__` or `toString` never reach the object prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Content text that carries its own bidirectional controls (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates) is wrapped in an isolate (U+2068 … U+2069), with any
 * terminator that would close the wrapper early dropped and every isolate it opens closed: its
 * direction cannot reverse the element's own words next to it, in text or attribute values (the
 * plain-text form of `<bdi>`). Text without such controls (all real content) is returned as is.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  let out = '\u2068';
  let open = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') open++;
    else if (ch === '\u2069') {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  // One PDI per isolate still open, and one for the wrapper; each also ends the embeddings and
  // overrides opened inside it.
  return out + '\u2069'.repeat(open + 1);
}

/** Locales that stand in for each other before the bundle default is used. */
const SIBLINGS: Readonly<Record<string, readonly string[]>> = {
  nb: ['nn', 'no'],
  nn: ['nb', 'no'],
  no: ['nb', 'nn'],
};

/**
 * Normalizes a BCP 47 tag to the primary language subtag we key content by:
 * `nb-NO` → `nb`, `DA` → `da`, `no` → `nb` (Norwegian without a written standard reads Bokmål).
 */
export function primaryLanguage(tag: string | null | undefined): string {
  if (!tag) return '';
  let primary = primaries.get(tag);
  if (primary === undefined) {
    primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (primary === 'no') primary = 'nb';
    if (primaries.size < 256) primaries.set(tag, primary);
  }
  return primary;
}

// A render resolves every text of a bundle, each through the same few tags: the answers are kept
// (a page meets a handful of tags; the caps only guard against an unbounded stream of them).
const primaries = new Map<string, string>();
const chains = new Map<string, readonly string[]>();

/** The ordered list of locales to try for a requested locale. */
export function fallbackChain(requested: string, defaultLocale: string): string[] {
  return [...chainOf(requested, defaultLocale)];
}

function chainOf(requested: string, defaultLocale: string): readonly string[] {
  const key = `${requested}|${defaultLocale}`;
  let chain = chains.get(key);
  if (!chain) {
    chain = buildChain(requested, defaultLocale);
    if (chains.size < 256) chains.set(key, chain);
  }
  return chain;
}

function buildChain(requested: string, defaultLocale: string): string[] {
  const chain: string[] = [];
  const add = (l: string) => {
    if (l && !chain.includes(l)) chain.push(l);
  };
  const primary = primaryLanguage(requested);
  if (requested) add(requested.toLowerCase());
  add(primary);
  for (const sib of own(SIBLINGS, primary) ?? []) add(sib);
  add(defaultLocale.toLowerCase());
  add(primaryLanguage(defaultLocale));
  return chain;
}

function lookup(text: LocalizedText, locale: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(text, locale)) return text[locale];
  // Keys are matched case-insensitively (`nb-NO` vs `nb-no`).
  for (const key of Object.keys(text)) {
    if (key.toLowerCase() === locale) return text[key];
  }
  return undefined;
}

/**
 * Picks the text for `requested`, following the fallback chain. When nothing in the chain
 * exists (a malformed bundle the schema should have refused), any available text is used, so
 * the reader still gets words rather than a blank.
 */
export function resolveText(
  text: LocalizedText | undefined,
  requested: string,
  defaultLocale: string,
): ResolvedText {
  if (!text) return { text: '', locale: requested, fallback: false };
  const wanted = primaryLanguage(requested);
  for (const locale of chainOf(requested, defaultLocale)) {
    const found = lookup(text, locale);
    if (found !== undefined) {
      return { text: found, locale, fallback: primaryLanguage(locale) !== wanted };
    }
  }
  const [anyLocale] = Object.keys(text);
  if (anyLocale !== undefined) {
    return { text: text[anyLocale] ?? '', locale: anyLocale, fallback: true };
  }
  return { text: '', locale: requested, fallback: false };
}

/**
 * Chooses the content locale for a bundle: the first locale in the fallback chain of the
 * requested language that the bundle declares, else its default.
 */
export function chooseContentLocale(
  requested: string,
  available: readonly string[],
  defaultLocale: string,
): { locale: string; fallback: boolean } {
  const lower = available.map((l) => l.toLowerCase());
  const wanted = primaryLanguage(requested);
  for (const candidate of chainOf(requested, defaultLocale)) {
    const i = lower.indexOf(candidate);
    if (i >= 0) {
      const locale = available[i] ?? defaultLocale;
      return { locale, fallback: wanted !== '' && primaryLanguage(locale) !== wanted };
    }
  }
  return { locale: defaultLocale, fallback: wanted !== '' && primaryLanguage(defaultLocale) !== wanted };
}

/**
 * The language an element asks for: its own `lang`, else the nearest ancestor's (crossing
 * shadow-root boundaries to the host), else the document's.
 */
export function requestedLanguage(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return el.ownerDocument?.documentElement.lang ?? '';
}

/** Writing direction of a language. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return ['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi'].includes(primaryLanguage(locale)) ? 'rtl' : 'ltr';
}
