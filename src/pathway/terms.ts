/**
 * Rich text with inline glossary terms. The text is parsed with the shared safe parser
 * (`bundle/rich-text.ts`) and rendered here with Lit templates; the first occurrence of each
 * of a step's glossary words in a text node becomes an explanation toggle (rendered by the
 * caller). Content strings only ever become text nodes.
 */
import type { TemplateResult } from 'lit';
import { renderRichText } from '../bundle/rich-text.js';

export interface TermForms {
  id: string;
  /** Words to look for (the term and its other forms), in the content locale. */
  forms: readonly string[];
}

export type RenderTerm = (id: string, word: string) => unknown;

interface Match {
  id: string;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Finds the earliest occurrence of any unused term in `text`, at a word start, extended to the word's end. */
export function findTerm(text: string, terms: readonly TermForms[], used: ReadonlySet<string>, locale?: string): Match | undefined {
  const lower = text.toLocaleLowerCase(locale);
  let best: Match | undefined;
  for (const t of terms) {
    if (used.has(t.id)) continue;
    for (const form of t.forms) {
      const f = form.toLocaleLowerCase(locale);
      if (!f) continue;
      let from = 0;
      while (from <= lower.length) {
        const i = lower.indexOf(f, from);
        if (i < 0) break;
        const before = i > 0 ? lower[i - 1]! : '';
        if (!before || !LETTER.test(before)) {
          let end = i + f.length;
          while (end < lower.length && LETTER.test(lower[end]!)) end++;
          if (!best || i < best.start || (i === best.start && end > best.end)) best = { id: t.id, start: i, end };
          break;
        }
        from = i + 1;
      }
    }
  }
  return best;
}

/** Splits a text into plain strings and rendered terms, marking each term id as used. */
export function splitTerms(text: string, terms: readonly TermForms[], used: Set<string>, render: RenderTerm, locale?: string): unknown[] {
  const out: unknown[] = [];
  let rest = text;
  for (;;) {
    const m = findTerm(rest, terms, used, locale);
    if (!m) break;
    if (m.start > 0) out.push(rest.slice(0, m.start));
    out.push(render(m.id, rest.slice(m.start, m.end)));
    used.add(m.id);
    rest = rest.slice(m.end);
  }
  if (rest) out.push(rest);
  return out;
}

export interface TermTextOptions {
  terms: readonly TermForms[];
  /** Term ids already explained (shared across the texts of one step). */
  used: Set<string>;
  render: RenderTerm;
  headingLevel: number;
  locale?: string;
}

/**
 * Renders rich text (the shared renderer, so media and links behave the same everywhere) with
 * the first occurrence of each term as an explanation toggle.
 */
export function renderTermText(source: string, o: TermTextOptions): TemplateResult {
  return renderRichText(source, {
    headingLevel: o.headingLevel,
    lang: o.locale,
    text: (v) => splitTerms(v, o.terms, o.used, o.render, o.locale),
  });
}
