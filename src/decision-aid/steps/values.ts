/**
 * Step "values": each values statement rated on a five-point scale.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import { RATINGS, radioChoice, ratingLabel, type StepHost } from './host.js';

export function renderValues(v: StepHost, b: DecisionAidBundle): TemplateResult {
  return html`
    <p>${msg('Hvor vigtigt er hvert udsagn for dig? Der er ingen rigtige eller forkerte svar.')}</p>
    ${b.values.map(
      (value) => html`<fieldset class="value" data-value=${value.id}>
        <legend>${v.t(value.statement)}</legend>
        <div class="scale">
          ${RATINGS.map(
            (r) => radioChoice(`value-${value.id}`, r, v.answers.ratings[value.id] === r, ratingLabel(r), () => {
              v.answer({ ratings: { ...v.answers.ratings, [value.id]: r } }, 'value');
            }, false),
          )}
        </div>
      </fieldset>`,
    )}
  `;
}
