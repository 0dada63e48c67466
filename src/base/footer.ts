/**
 * "About this content", the footer under every element's content: publisher, version, dates,
 * authors, funding, update policy, the overlay's local additions, licence and acknowledgement,
 * disclaimer and the full source list; and the short source references ("Kilde: …") elements put
 * under a statement. Links go through the element's safe-URL rule.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Envelope, Source } from '../bundle/envelope.js';
import { renderHeading } from '../bundle/rich-text-render.js';
import { isolateBidi, type LocalizedText } from '../bundle/text.js';
import { isExternal } from '../bundle/url.js';

/** What the footer needs from the element. */
export interface FooterView {
  t(text: LocalizedText | undefined): string;
  rich(text: LocalizedText | undefined, levelOffset: number): unknown;
  /** A safe link target, resolved against the bundle's URL, if the raw one is allowed. */
  href(raw: string | undefined | null): string | undefined;
  /** A `YYYY-MM-DD` date in words, in the content language. */
  date(iso: string): string;
  /** The element's title level. */
  readonly level: number;
  /** The overlay shown with the content, if any: its id, version, publisher (in words) and review date. */
  readonly overlay?: { id: string; version: string; publisher: string; reviewDue: string };
}

/** A source's citation or label as a link when it has a safe URL. */
export function sourceLink(v: FooterView, s: Pick<Source, 'url'>, text: string): unknown {
  const href = v.href(s.url);
  return href ? html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${text}</a>` : text;
}

/** Short source references for a statement, e.g. "Kilde: Helsedirektoratet 2022". */
export function renderSourceRefs(v: FooterView, bundle: Envelope | undefined, ids: readonly string[] | undefined): unknown {
  if (!ids?.length || !bundle) return nothing;
  const sources = ids.map((id) => bundle.sources.find((s) => s.id === id)).filter((s): s is Source => !!s);
  if (!sources.length) return nothing;
  return html`<p class="source-refs">
    ${sources.length === 1 ? msg('Kilde:') : msg('Kilder:')}
    ${sources.map((s, i) => html`${i > 0 ? ', ' : ''}${sourceLink(v, s, isolateBidi(s.label === undefined ? s.citation : typeof s.label === 'string' ? s.label : v.t(s.label)))}`)}
  </p>`;
}

export function renderFooter(v: FooterView, b: Envelope): unknown {
  const publisherUrl = v.href(b.publisher.url);
  const publisher = v.t(b.publisher.name);
  const ov = v.overlay;
  return html`<footer class="meta" part="footer">
    ${renderHeading(v.level + 1, msg('Om indholdet'))}
    <dl>
      <dt>${msg('Udgiver')}</dt>
      <dd>${publisherUrl ? html`<a href=${publisherUrl} rel=${isExternal(publisherUrl) ? 'noopener noreferrer' : nothing}>${publisher}</a>` : publisher}</dd>
      <dt>${msg('Version')}</dt>
      <dd>${b.version}</dd>
      <dt>${msg('Udgivet')}</dt>
      <dd><time datetime=${b.published}>${v.date(b.published)}</time></dd>
      <dt>${msg('Næste gennemgang')}</dt>
      <dd><time datetime=${b.reviewDue}>${v.date(b.reviewDue)}</time></dd>
      ${b.authors.length
        ? html`<dt>${msg('Forfattere')}</dt>
            <dd>${b.authors.map((a, i) => html`${i > 0 ? ', ' : ''}${typeof a.name === 'string' ? isolateBidi(a.name) : v.t(a.name)}${a.role ? ` (${v.t(a.role)})` : ''}`)}</dd>`
        : nothing}
      <dt>${msg('Finansiering')}</dt>
      <dd>${v.t(b.funding)}</dd>
      ${b.updatePolicy ? html`<dt>${msg('Opdatering')}</dt><dd>${v.t(b.updatePolicy)}</dd>` : nothing}
      ${ov
        ? html`<dt>${msg('Lokale tilføjelser')}</dt>
            <dd data-overlay=${ov.id}>${msg(str`${ov.publisher}, version ${ov.version}. Næste gennemgang ${v.date(ov.reviewDue)}.`)}</dd>`
        : nothing}
      <dt>${msg('Licens')}</dt>
      <dd>${sourceLink(v, { url: b.licence.url }, b.licence.name)}</dd>
    </dl>
    ${b.licence.acknowledgement ? html`<p class="acknowledgement">${v.t(b.licence.acknowledgement)}</p>` : nothing}
    <div class="disclaimer">${v.rich(b.disclaimer, 2)}</div>
    ${b.sources.length
      ? html`<details class="sources">
          <summary>${msg(str`Kilder (${b.sources.length})`)}</summary>
          <ol class="sources">
            ${b.sources.map((s) => html`<li id=${`source-${s.id}`}>${sourceLink(v, s, isolateBidi(s.citation))}${s.year && !s.citation.includes(String(s.year)) ? ` (${s.year})` : ''}</li>`)}
          </ol>
        </details>`
      : nothing}
  </footer>`;
}
