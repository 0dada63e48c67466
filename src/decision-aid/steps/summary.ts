/**
 * Step "summary" (take-home and print): dated, a blank for the name, the options with the key numbers for the chosen group, what matters most, the leaning, readiness, the questions, and the sources in full (print).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading } from '../../base/pakke-element.js';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import { riskSummary } from '../outcomes-view.js';
import type { DecisionAidSummary } from '../decision-aid.js';
import { ratingLabel, stepTitle, type StepHost } from './host.js';

/** The overlay's general local facts and the `before-summary` slot, shown before the summary. */
export function renderBeforeSummary(v: StepHost): TemplateResult {
  return html`<div class="before-summary no-print">
    ${v.local()}
    <div class="host-slot"><slot name="before-summary"></slot></div>
  </div>`;
}

/**
 * The summary. In patient mode it is always in the DOM so it prints from any step; on screen
 * it shows only on the summary step.
 */
export function renderSummarySection(v: StepHost, b: DecisionAidBundle, s: DecisionAidSummary, current: boolean, withHeadingId = true): TemplateResult {
  const today = new Date().toISOString().slice(0, 10);
  const options = v.options(b);
  const numbers = riskSummary(v, { bundle: b, profileId: v.profileId(b), options, host: v.hostNumbers });
  return html`<section
    class="step summary-step ${current ? '' : 'offscreen'}"
    part="summary"
    data-step="summary"
    aria-labelledby=${current && withHeadingId ? 'step-heading' : 'summary-heading'}
  >
    ${renderHeading(v.level + 1, stepTitle('summary'), { id: current && withHeadingId ? 'step-heading' : 'summary-heading', focusable: true })}
    <p class="summary-title">${v.t(b.title)} · ${v.t(b.decision)}</p>
    <dl class="summary-meta">
      <dt>${msg('Dato')}</dt>
      <dd><time datetime=${today}>${v.date(today)}</time></dd>
      <dt>${msg('Navn')}</dt>
      <dd class="blank"></dd>
    </dl>
    ${s.profile ? html`<p class="summary-profile">${msg(str`Gruppe: ${s.profile.label}`)}</p>` : nothing}
    ${v.h(2, msg('Mulighederne'))}
    <ul class="summary-options">${options.map((o) => html`<li>${v.t(o.label)}</li>`)}</ul>
    ${numbers.length
      ? html`${v.h(2, msg('Tallene for min gruppe'))}
          ${numbers.map((r) => html`<div class="summary-numbers" data-outcome=${r.id}><p class="summary-outcome"><strong>${r.label}</strong></p><ul>${r.lines.map((l) => html`<li>${l}</li>`)}</ul></div>`)}`
      : nothing}
    ${v.h(2, msg('Det hælder jeg til'))}
    <p class="summary-leaning">${s.leaning ? s.leaning.label : msg('Ikke valgt endnu.')}</p>
    ${v.h(2, msg('Det betyder mest for mig'))}
    ${s.mattersMost.length
      ? html`<ul class="summary-values">
          ${s.mattersMost.map(
            (v) => html`<li>${v.statement} <span class="rating">(${ratingLabel(v.rating).toLowerCase()})</span>${v.favours.length ? html`<br /><span class="favours">${msg(str`Peger mod: ${v.favours.join(', ')}`)}</span>` : nothing}</li>`,
          )}
        </ul>`
      : html`<p class="summary-values-empty">${msg('Du har ikke markeret noget som meget vigtigt endnu.')}</p>`}
    ${v.h(2, msg('Er jeg klar?'))}
    <ul class="summary-readiness">
      ${s.readiness.map((r) => html`<li>${r.question} <strong>${r.answer === 'yes' ? msg('Ja') : r.answer === 'no' ? msg('Nej') : msg('Ikke besvaret')}</strong></li>`)}
    </ul>
    ${s.readiness.some((r) => r.answer === 'no')
      ? html`<p class="not-ready">${msg('Tal med dit behandlingshold om det, du svarede nej til. Du behøver ikke beslutte dig, før du er klar.')}</p>`
      : nothing}
    ${v.h(2, msg('Mine spørgsmål til lægen'))}
    ${s.questions.length
      ? html`<ul class="summary-questions">${s.questions.map((q) => html`<li>${q}</li>`)}</ul>`
      : html`<p>${msg('Ingen spørgsmål endnu.')}</p>`}
    <p class="privacy no-print">${msg('Overblikket gemmes ikke. Udskriv det, eller tag det med på skærmen til samtalen.')}</p>
    <div class="print-only summary-sources">
      ${v.h(2, msg('Kilder'))}
      <ol>${b.sources.map((src) => html`<li>${src.citation}${src.url ? html` <span class="url">${src.url}</span>` : nothing}</li>`)}</ol>
      <p>${v.t(b.title)}, version ${b.version}. ${v.t(b.publisher.name)}.</p>
    </div>
  </section>`;
}
