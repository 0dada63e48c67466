/**
 * What a page with an overlay needs and no other page does: checking and applying the overlay
 * (`../bundle/overlay.ts`) and rendering the local facts it adds (contact blocks and links, each
 * marked with who added them). The base element imports this module only when an element has an
 * `overlay`, so it is a lazy chunk of the CDN files and not part of a first render without one.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContactBlock, OverlayBundle } from '../bundle/kinds/overlay.js';
import { objectsById, type LocalFacts } from '../bundle/overlay.js';
import { renderHeading } from '../bundle/rich-text-render.js';
import type { LocalizedText } from '../bundle/text.js';
import { contentHref, isExternal } from '../bundle/url.js';

export { applyOverlay, parseOverlay } from '../bundle/overlay.js';

/** What the renderers need from the element. */
export interface LocalContext {
  overlay: OverlayBundle;
  /** Heading level of the element's main heading. */
  level: number;
  contentLocale: string;
  /** Resolves an overlay text (falling back to the overlay's default locale). */
  tLocal(text: LocalizedText | undefined): string;
  /** URL of the overlay file: its relative links resolve against it. */
  base?: string;
  /** Resolves a text of the base bundle. */
  t(text: LocalizedText | undefined): string;
}

/** The local facts for one place, under `heading` when given. */
export function renderLocalFacts(c: LocalContext, facts: LocalFacts, heading?: string): unknown {
  const o = c.overlay;
  const by = c.tLocal(o.publisher.name);
  return html`<div class="local" part="local" lang=${o.locales.includes(c.contentLocale) ? nothing : o.defaultLocale}>
    ${heading ? renderHeading(c.level + 2, heading) : nothing}
    <p class="local-by">${msg(str`Lokal oplysning fra ${by}`)}</p>
    ${facts.contacts.map((contact) => renderContact(c, contact))}
    ${facts.links.length
      ? html`<ul class="local-links">
          ${facts.links.map((l) => {
            const href = contentHref(l.href, c.base);
            const text = c.tLocal(l.text);
            return html`<li>${href ? html`<a href=${href} hreflang=${l.hreflang ?? nothing} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${text}</a>` : text}</li>`;
          })}
        </ul>`
      : nothing}
  </div>`;
}

/** An e-mail address that may wrap only after its "@" (never inside a word). */
function emailParts(email: string): unknown {
  const at = email.indexOf('@');
  return at > 0 ? html`${email.slice(0, at + 1)}<wbr />${email.slice(at + 1)}` : email;
}

function renderContact(c: LocalContext, contact: ContactBlock): unknown {
  const link = contact.link && contentHref(contact.link.href, c.base);
  return html`<div class="contact" part="contact">
    <p class="contact-title"><strong>${c.tLocal(contact.title)}</strong></p>
    <dl>
      ${contact.phone
        ? html`<dt>${msg('Telefonnummer')}</dt>
            <dd><a class="tel" href=${`tel:${contact.phone.replace(/ /g, '')}`}><bdi dir="ltr">${contact.phone}</bdi></a></dd>`
        : nothing}
      ${contact.hours ? html`<dt>${msg('Telefonen er åben')}</dt><dd>${c.tLocal(contact.hours)}</dd>` : nothing}
      ${contact.email ? html`<dt>${msg('E-mail')}</dt><dd><a href=${`mailto:${contact.email}`}><bdi dir="ltr">${emailParts(contact.email)}</bdi></a></dd>` : nothing}
      ${contact.address ? html`<dt>${msg('Besøgsadresse')}</dt><dd>${c.tLocal(contact.address)}</dd>` : nothing}
    </dl>
    ${contact.note ? html`<p>${c.tLocal(contact.note)}</p>` : nothing}
    ${link ? html`<p><a href=${link} rel=${isExternal(link) ? 'noopener noreferrer' : nothing}>${c.tLocal(contact.link!.text)}</a></p>` : nothing}
  </div>`;
}

/** Local facts no element placed (`left`), in one section, each under the name of what it belongs to. */
export function renderUnplacedLocal(c: LocalContext, bundle: unknown, left: readonly [string, LocalFacts][]): unknown {
  const index = objectsById(bundle);
  const nameOf = (target: string): string | undefined => {
    const obj = index.get(target)?.[0];
    const label = obj && (obj.title ?? obj.label ?? obj.name ?? obj.heading ?? obj.text);
    return label && typeof label === 'object' ? c.t(label as LocalizedText) : undefined;
  };
  return html`<section class="local-section" part="local-section" aria-labelledby="pakke-local-heading">
    ${renderHeading(c.level + 1, msg('Lokale oplysninger'), { id: 'pakke-local-heading' })}
    ${left.map(([target, facts]) => renderLocalFacts(c, facts, target ? nameOf(target) : undefined))}
  </section>`;
}
