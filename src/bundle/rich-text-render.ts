/**
 * Rich text as Lit templates: the tree from `rich-text.ts` becomes elements whose text and
 * attribute values Lit sets as data. Links and media keep only the URLs the parser allowed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isExternal, resolveAgainst } from './url.js';
import { mediaProblems, outlineLevels, parseRichText, type Block, type Inline } from './rich-text.js';

function renderInline(nodes: readonly Inline[], o: RichTextOptions, inLink = false): unknown {
  // One run (the usual case) is rendered as itself: a list would cost Lit a part and markers per item.
  return nodes.length === 1 ? renderNode(nodes[0]!, o, inLink) : nodes.map((n) => renderNode(n, o, inLink));
}

function renderNode(n: Inline, o: RichTextOptions, inLink: boolean): unknown {
  switch (n.t) {
    case 'text':
      // The text hook (e.g. glossary toggles) never runs inside a link: no control in a control.
      return o.text && !inLink ? o.text(n.v) : n.v;
    case 'br':
      return html`<br />`;
    case 'strong':
      return html`<strong>${renderInline(n.c, o, inLink)}</strong>`;
    case 'em':
      return html`<em>${renderInline(n.c, o, inLink)}</em>`;
    case 'link': {
      // An unsafe URL keeps its words but loses the link.
      if (n.href === undefined) return html`<span>${renderInline(n.c, o, inLink)}</span>`;
      const href = resolveAgainst(n.href, o.base);
      return html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${renderInline(n.c, o, true)}</a>`;
    }
  }
}

export interface RichTextOptions {
  /** The heading level a `#` heading maps to (e.g. 3 inside a section headed by an h2). */
  headingLevel?: number;
  /** Language of the text (the captions track's `srclang`). */
  lang?: string;
  /** Renders each run of plain text (outside links); by default the text itself. */
  text?: (text: string) => unknown;
  /** URL of the file the text came from: relative links and media resolve against it. */
  base?: string;
}


function renderVideo(src: string, captions: string, title: string, lang: string | undefined): TemplateResult {
  return html`<video controls preload="none" playsinline src=${src} title=${title}>
    <track kind="captions" src=${captions} srclang=${lang ?? nothing} label=${title} default />
  </video>`;
}

/** Renders an image or video block (or nothing when it lacks alt text, captions or a safe URL). */
export function renderMedia(b: Block & { t: 'img' | 'video' }, lang: string | undefined, base?: string): unknown {
  // Media that would shut someone out (no alt text, no captions) or load from elsewhere is left out.
  if (mediaProblems(b).length) return nothing;
  const at = (url: string) => resolveAgainst(url, base);
  if (b.t === 'img') {
    return html`<figure class="media"><img src=${at(b.src!)} alt=${b.alt} loading="lazy" decoding="async" /></figure>`;
  }
  return html`<figure class="media video">
    ${renderVideo(at(b.src!), at(b.captions!), b.title, lang)}
    <figcaption>${b.title}</figcaption>
    ${b.sign
      ? html`<details class="sign-language">
          <summary>${msg('Se videoen på tegnsprog')}</summary>
          ${renderVideo(at(b.sign), at(b.captions!), b.title, lang)}
        </details>`
      : nothing}
  </figure>`;
}

/** Renders `<hN>` for a computed level (2–6), optionally with an id and as a focus target. */
export function renderHeading(level: number, content: unknown, opts: { id?: string; focusable?: boolean; cls?: string } = {}): TemplateResult {
  const l = Math.min(6, Math.max(2, level));
  if (opts.id === undefined && !opts.focusable && opts.cls === undefined) {
    // Most headings have no attributes: templates without bindings for them.
    return l === 2 ? html`<h2>${content}</h2>` : l === 3 ? html`<h3>${content}</h3>` : l === 4 ? html`<h4>${content}</h4>` : l === 5 ? html`<h5>${content}</h5>` : html`<h6>${content}</h6>`;
  }
  const id = opts.id ?? nothing;
  const tabindex = opts.focusable ? '-1' : nothing;
  const cls = opts.cls ?? nothing;
  switch (l) {
    case 2:
      return html`<h2 id=${id} tabindex=${tabindex} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex=${tabindex} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex=${tabindex} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex=${tabindex} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex=${tabindex} class=${cls}>${content}</h6>`;
  }
}

function renderBlock(b: Block, options: RichTextOptions, base: number): unknown {
  switch (b.t) {
    case 'p':
      return html`<p>${renderInline(b.c, options)}</p>`;
    case 'h':
      return renderHeading(base + b.level - 1, renderInline(b.c, options));
    case 'ul':
      return html`<ul>${b.items.map((i) => html`<li>${renderInline(i, options)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol>${b.items.map((i) => html`<li>${renderInline(i, options)}</li>`)}</ol>`;
    case 'img':
    case 'video':
      return renderMedia(b, options.lang, options.base);
  }
}

/** Renders rich text as Lit templates. */
export function renderRichText(source: string, options: RichTextOptions = {}): unknown {
  const base = options.headingLevel ?? 3;
  const blocks = outlineLevels(parseRichText(source));
  return blocks.length === 1 ? renderBlock(blocks[0]!, options, base) : blocks.map((b) => renderBlock(b, options, base));
}
