/**
 * Step "decision": the condition, the decision as a question, who the aid is for, the options in a list, background sections and the group picker.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import type { StepHost } from './host.js';
import { renderProfilePicker } from './profile-picker.js';

export function renderDecision(v: StepHost, b: DecisionAidBundle): TemplateResult {
  const options = v.options(b);
  return html`
    <div class="condition">${v.rich(b.condition, 2)}</div>
    <div class="decision-box">
      <p class="decision-label">${msg('Det skal du tage stilling til')}</p>
      <p class="decision-question"><strong>${v.t(b.decision)}</strong></p>
    </div>
    <dl class="facts">
      <dt>${msg('For hvem')}</dt>
      <dd>${v.t(b.forWhom)}</dd>
      ${b.notFor ? html`<dt>${msg('Ikke for')}</dt><dd>${v.t(b.notFor)}</dd>` : nothing}
    </dl>
    <p>${msg(str`Der er ${options.length} muligheder:`)}</p>
    <ul class="option-list">
      ${options.map((o) => html`<li>${v.t(o.label)}</li>`)}
    </ul>
    ${b.noTreatmentReason ? html`<p class="no-treatment">${v.t(b.noTreatmentReason)}</p>` : nothing}
    ${(b.background ?? []).map(
      (s) => html`<section class="background" aria-labelledby=${`bg-${s.id}`}>
        ${v.h(2, v.t(s.heading), `bg-${s.id}`)}
        ${v.rich(s.body, 3)} ${v.refs(s.sources)}
      </section>`,
    )}
    ${v.consultation ? nothing : renderProfilePicker(v, b)}
  `;
}
