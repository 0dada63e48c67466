/**
 * Rich text with inline glossary terms. The text is parsed with the shared safe parser
 * (`bundle/rich-text.ts`) and rendered here with Lit templates; the first occurrence of each
 * of a step's glossary words in a text node becomes an explanation toggle (rendered by the
 * caller). Content strings only ever become text nodes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseRichText, type Inline } from '../bundle/rich-text.js';
import { isExternal } from '../bundle/url.js';

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

function inline(nodes: readonly Inline[], o: TermTextOptions, inLink = false): unknown[] {
  return nodes.map((n) => {
    switch (n.t) {
      case 'text':
        // No buttons inside links: a control inside a control cannot be operated.
        return inLink ? n.v : splitTerms(n.v, o.terms, o.used, o.render, o.locale);
      case 'br':
        return html`<br />`;
      case 'strong':
        return html`<strong>${inline(n.c, o, inLink)}</strong>`;
      case 'em':
        return html`<em>${inline(n.c, o, inLink)}</em>`;
      case 'link':
        return n.href === undefined
          ? html`<span>${inline(n.c, o, inLink)}</span>`
          : html`<a href=${n.href} rel=${isExternal(n.href) ? 'noopener noreferrer' : nothing}>${inline(n.c, o, true)}</a>`;
    }
  });
}

function heading(level: number, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2>${content}</h2>`;
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

/** Renders rich text with the first occurrence of each term as an explanation toggle. */
export function renderTermText(source: string, o: TermTextOptions): TemplateResult {
  return html`${parseRichText(source).map((b) => {
    switch (b.t) {
      case 'p':
        return html`<p>${inline(b.c, o)}</p>`;
      case 'h':
        return heading(o.headingLevel + b.level - 1, inline(b.c, o));
      case 'ul':
        return html`<ul>${b.items.map((i) => html`<li>${inline(i, o)}</li>`)}</ul>`;
      case 'ol':
        return html`<ol>${b.items.map((i) => html`<li>${inline(i, o)}</li>`)}</ol>`;
    }
  })}`;
}
