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
