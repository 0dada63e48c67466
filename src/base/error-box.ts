/**
 * The error box every element shows instead of its content: what went wrong in words a reader
 * can act on (localized), a retry button where trying again can help, and the technical details
 * (code, URL, message, the first issues) folded away for the page's web team.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { isRetryable, type PakkeErrorDetail } from '../bundle/errors.js';
import { renderHeading } from '../bundle/rich-text-render.js';

/** What went wrong, for the reader. */
export function errorText(e: PakkeErrorDetail): string {
  switch (e.code) {
    case 'network':
      return msg('Indholdet kunne ikke hentes. Tjek din internetforbindelse, og prøv igen.');
    case 'blocked':
      return msg('Sidens sikkerhedsindstillinger (Content-Security-Policy) tillader ikke, at indholdet hentes. Webredaktionen skal tilføje indholdets adresse til connect-src.');
    case 'timeout':
      return msg('Det tog for lang tid at hente indholdet. Prøv igen om lidt.');
    case 'http':
      return e.status === 404 || e.status === 410
        ? msg('Indholdet blev ikke fundet på den adresse, siden peger på.')
        : isRetryable(e)
          ? msg(str`Serveren svarede med en fejl (${e.status ?? '?'}). Prøv igen om lidt.`)
          : msg(str`Serveren afviste at udlevere indholdet (${e.status ?? '?'}).`);
    case 'invalid-json':
      return msg('Indholdet er beskadiget og kan ikke læses.');
    case 'schema':
      return msg('Indholdet følger ikke det format, denne visning forventer, og vises derfor ikke.');
    case 'integrity':
      return msg('Indholdet kunne ikke bekræftes som det rigtige (integritetstjekket fejlede) og vises derfor ikke.');
    case 'unsupported-format':
      return msg(str`Indholdet er skrevet til formatversion ${String(e.format?.found ?? '?')}, men denne visning forstår kun formatversion ${e.format?.supported ?? 1}.`);
    case 'wrong-kind':
      return msg('Indholdet er af en anden type end den, denne visning kan vise.');
    case 'no-content':
      return msg('Der er ikke angivet noget indhold, der kan vises.');
    case 'not-found':
      return msg('Den ønskede udgave af indholdet findes ikke i indholdskataloget.');
    case 'invalid-attribute':
      return msg('En indstilling på siden har en ugyldig værdi.');
    case 'overlay-not-applied':
      return msg('De lokale oplysninger kunne ikke vises.');
  }
}

/** The error box under a heading at `level`; `retry` is offered for faults that may pass. */
export function renderErrorBox(e: PakkeErrorDetail, level: number, retry: () => void): unknown {
  return html`<div class="error" part="error" role="alert">
    ${renderHeading(level, msg('Indholdet kan ikke vises'))}
    <p>${errorText(e)}</p>
    ${isRetryable(e)
      ? html`<button type="button" class="pakke-button" @click=${retry}>${msg('Prøv igen')}</button>`
      : html`<p>${msg('Kontakt dem, der driver siden, hvis problemet fortsætter.')}</p>`}
    <details>
      <summary>${msg('Tekniske detaljer')}</summary>
      <p><code>${e.code}</code>${e.url ? html` · <code>${e.url}</code>` : nothing}</p>
      <p><code>${e.message}</code></p>
      ${e.issues?.length
        ? html`<ul>
            ${e.issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
          </ul>`
        : nothing}
    </details>
  </div>`;
}
