/**
 * The notices above an element's content, as a Lit reactive controller: example or draft content
 * that no clinician has reviewed, content past its review date, local facts from an overlay that
 * could not be shown, and content shown in another language than the page asks for. Each is a
 * `part="notice"` box with `data-notice` naming which; elements add their own after these.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Envelope } from '../bundle/envelope.js';
import type { PakkeErrorDetail } from '../bundle/errors.js';
import { todayIso } from './dates.js';
import type { LocaleController } from './locale-controller.js';

export class NoticesController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly locales: LocaleController,
    /** A `YYYY-MM-DD` date in words, in the content language. */
    private readonly date: (iso: string) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The notices for `bundle`; `overlayError`: why the overlay's local facts are not shown. */
  render(bundle: Envelope, overlayError: PakkeErrorDetail | undefined): unknown {
    const { locales } = this;
    return html`
      ${bundle.status !== 'approved'
        ? html`<div class="notice" part="notice" data-notice="status">
            <p>
              <strong>${bundle.status === 'example' ? msg('Eksempelindhold.') : msg('Kladde.')}</strong>
              ${msg('Teksten er endnu ikke gennemgået af klinikere. Brug den ikke til at træffe beslutninger om din behandling.')}
            </p>
          </div>`
        : nothing}
      ${bundle.reviewDue < todayIso()
        ? html`<div class="notice" part="notice" data-notice="review">
            <p>
              ${msg(str`Indholdet skulle have været gennemgået igen senest ${this.date(bundle.reviewDue)}. Spørg dit behandlingssted, om oplysningerne stadig gælder.`)}
            </p>
          </div>`
        : nothing}
      ${overlayError ? overlayNotice(overlayError) : nothing}
      ${locales.fallback && locales.requested
        ? html`<div class="notice" part="notice" data-notice="language">
            <p>
              ${msg(str`Indholdet findes ikke på ${locales.languageName(locales.requested)}. Det vises på ${locales.languageName(locales.content)}.`)}
            </p>
          </div>`
        : nothing}
    `;
  }
}

/** Why the local facts from the patient's own hospital are missing, and what to do. */
function overlayNotice(e: PakkeErrorDetail): unknown {
  const reason = e.overlay?.reason;
  const why =
    reason === 'load'
      ? msg('De lokale oplysninger fra dit behandlingssted kunne ikke hentes.')
      : reason === 'integrity'
        ? msg('De lokale oplysninger fra dit behandlingssted kunne ikke bekræftes som de rigtige, så de vises ikke.')
        : reason === 'version' || reason === 'other-bundle'
          ? msg('De lokale oplysninger fra dit behandlingssted er skrevet til en anden udgave af dette indhold, så de vises ikke.')
          : msg('De lokale oplysninger fra dit behandlingssted indeholder fejl, så de vises ikke.');
  return html`<div class="notice" part="notice" data-notice="overlay">
    <p>${why} ${msg('Du ser det fælles indhold uden lokale tilføjelser. Spørg dit behandlingssted, hvordan du kontakter dem.')}</p>
  </div>`;
}
