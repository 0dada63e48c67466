/**
 * Rich text with inline glossary terms. The text is parsed with the shared safe parser
 * (`bundle/rich-text.ts`) and rendered here with Lit templates; the first occurrence of each
 * of a step's glossary words in a text node becomes an explanation toggle (rendered by the
 * caller). Content strings only ever become text nodes.
 */
import { renderRichText } from '../bundle/rich-text-render.js';

export interface TermForms {
  id: string;
  /** Words to look for (the term and its other forms), lower-cased in the content locale. */
  forms: readonly string[];
}

/** Renders a term toggle for `word`; `after` is the punctuation right after it, kept on the word's line. */
export type RenderTerm = (id: string, word: string, after: string) => unknown;

/** Punctuation that belongs to the word before it (never starts a line of its own). */
const TRAILING = /^[.,;:!?)\]»”’…]+/u;

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Splits a text into plain strings and rendered terms: the earliest occurrence of any unused
 * term, at a word start, extended to the word's end; each term id is marked as used. Returns
 * the text itself when it holds no term (one Lit part, not a list).
 */
export function splitTerms(text: string, terms: readonly TermForms[], used: Set<string>, render: RenderTerm, locale?: string): unknown {
  if (!terms.length) return text;
  const lower = text.toLocaleLowerCase(locale);
  const out: unknown[] = [];
  let pos = 0;
  for (;;) {
    let best: { id: string; start: number; end: number } | undefined;
    for (const t of terms) {
      if (used.has(t.id)) continue;
      for (const f of t.forms) {
        for (let i = lower.indexOf(f, pos); i >= 0; i = lower.indexOf(f, i + 1)) {
          if (i > pos && LETTER.test(lower[i - 1]!)) continue;
          let end = i + f.length;
          while (end < lower.length && LETTER.test(lower[end]!)) end++;
          if (!best || i < best.start || (i === best.start && end > best.end)) best = { id: t.id, start: i, end };
          break;
        }
      }
    }
    if (!best) break;
    if (best.start > pos) out.push(text.slice(pos, best.start));
    const after = TRAILING.exec(text.slice(best.end))?.[0] ?? '';
    out.push(render(best.id, text.slice(best.start, best.end), after));
    used.add(best.id);
    pos = best.end + after.length;
  }
  if (!out.length) return text;
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

export interface TermTextOptions {
  terms: readonly TermForms[];
  /** Term ids already explained (shared across the texts of one step). */
  used: Set<string>;
  render: RenderTerm;
  headingLevel: number;
  locale?: string;
  /** URL of the bundle (relative links and media resolve against it). */
  base?: string;
}

/**
 * Renders rich text (the shared renderer, so media and links behave the same everywhere) with
 * the first occurrence of each term as an explanation toggle.
 */
export function renderTermText(source: string, o: TermTextOptions): unknown {
  return renderRichText(source, {
    headingLevel: o.headingLevel,
    lang: o.locale,
    base: o.base,
    text: (v) => splitTerms(v, o.terms, o.used, o.render, o.locale),
  });
}
