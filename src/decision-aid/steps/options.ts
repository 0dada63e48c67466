/**
 * Step "options": one card per option with description, practical facts, pros and cons in equal detail, and what living with it is like.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import type { StepHost } from './host.js';


export function renderOptionCards(v: StepHost, b: DecisionAidBundle): TemplateResult {
  return html`<div class="options-grid">
    ${v.options(b).map(
      (o) => html`<article class="option" part="option" data-option=${o.id} aria-labelledby=${`opt-${o.id}`}>
        ${v.h(2, v.t(o.label), `opt-${o.id}`)}
        ${o.eligibility ? html`<p class="eligibility">${v.t(o.eligibility)}</p>` : nothing}
        <div class="description">${v.rich(o.description, 3)}</div>
        ${o.practical.length
          ? html`<dl class="facts practical">
              ${o.practical.map((f) => html`<dt>${v.t(f.label)}</dt><dd>${v.t(f.text)} ${v.refs(f.sources)}</dd>`)}
            </dl>`
          : nothing}
        <div class="pros-cons">
          <div class="pros">
            ${v.h(3, html`<span class="mark" aria-hidden="true">+</span> ${msg('Fordele')}`)}
            <ul>${o.pros.map((p) => html`<li>${v.t(p)}</li>`)}</ul>
          </div>
          <div class="cons">
            ${v.h(3, html`<span class="mark" aria-hidden="true">−</span> ${msg('Ulemper')}`)}
            <ul>${o.cons.map((c) => html`<li>${v.t(c)}</li>`)}</ul>
          </div>
        </div>
        ${v.h(3, msg('Sådan er det at leve med'))}
        <dl class="facts living">
          ${o.livingWith.physical ? html`<dt>${msg('Kroppen')}</dt><dd>${v.t(o.livingWith.physical)}</dd>` : nothing}
          ${o.livingWith.psychological ? html`<dt>${msg('Tanker og følelser')}</dt><dd>${v.t(o.livingWith.psychological)}</dd>` : nothing}
          ${o.livingWith.social ? html`<dt>${msg('Hverdag, arbejde og familie')}</dt><dd>${v.t(o.livingWith.social)}</dd>` : nothing}
        </dl>
        ${v.refs(o.sources)}
      </article>`,
    )}
  </div>`;
}
