/**
 * Readability of patient-facing text: LIX (Björnsson), used for Danish and Norwegian.
 * LIX = words per sentence + percentage of words longer than six letters.
 * Below 30 is very easy, 30–40 easy (everyday reading), 40–50 medium, above 50 hard.
 */
export const LIX_WARN = 40;
export const LIX_FAIL = 50;
/** Languages LIX is meaningful for here. */
export const LIX_LOCALES: readonly string[] = ['da', 'nb', 'nn'];

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

export function lix(text: string): LixResult {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // A sentence ends at . ! ? : or a line break (headings and list items count as sentences).
  const sentences = Math.max(1, text.split(/[.!?:]+(?:\s|$)|\n+/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
  const longWords = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const n = words.length;
  return { lix: n === 0 ? 0 : n / sentences + (longWords * 100) / n, words: n, sentences, longWords };
}

/**
 * LIX is unreliable for a few words (a four-word label with three long words scores 79), so a
 * single text is scored only from this many words.
 */
export const LIX_TEXT_MIN_WORDS = 10;

interface Issue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Readability of a bundle's or an overlay's patient-facing texts in the LIX languages: each text
 * of at least LIX_TEXT_MIN_WORDS words warns above LIX_FAIL (50), and all texts of one language
 * together warn above LIX_WARN and fail above LIX_FAIL. `toPlain` turns rich text into plain
 * text; `pathOf` formats a JSON path.
 */
export function readabilityIssues(
  raw: unknown,
  locales: readonly string[],
  toPlain: (text: string) => string,
  pathOf: (path: (string | number)[]) => string,
): Issue[] {
  const out: Issue[] = [];
  const perLocale: Record<string, string[]> = {};
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    const localized = entries.length > 0 && entries.every(([k, v]) => locales.includes(k) && typeof v === 'string');
    if (!localized) {
      for (const [k, v] of entries) if (k !== '$schema' && k !== 'sources') visit(v, [...path, k]);
      return;
    }
    for (const [locale, text] of entries as [string, string][]) {
      if (!LIX_LOCALES.includes(locale) || !text.trim()) continue;
      const plain = toPlain(text);
      (perLocale[locale] ??= []).push(plain);
      const r = lix(plain);
      if (r.words >= LIX_TEXT_MIN_WORDS && r.lix > LIX_FAIL) {
        out.push({
          path: pathOf([...path, locale]),
          message: `LIX ${r.lix.toFixed(1)} for this "${locale}" text (${r.words} words in ${r.sentences} sentences; ${r.longWords} long words) is above ${LIX_FAIL}: use shorter sentences and words`,
          severity: 'warning',
        });
      }
    }
  };
  visit(raw, []);
  for (const locale of locales) {
    if (!LIX_LOCALES.includes(locale) || !perLocale[locale]) continue;
    const r = lix(perLocale[locale].join('\n'));
    const msg = `LIX ${r.lix.toFixed(1)} for "${locale}" (${r.words} words in ${r.sentences} sentences; ${r.longWords} long words)`;
    if (r.lix > LIX_FAIL) out.push({ path: '$', message: `${msg} is above ${LIX_FAIL}: too hard to read; use shorter sentences and words`, severity: 'error' });
    else if (r.lix > LIX_WARN) out.push({ path: '$', message: `${msg} is above ${LIX_WARN}; aim for easier text`, severity: 'warning' });
  }
  return out;
}
