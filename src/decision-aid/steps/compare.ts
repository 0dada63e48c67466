/**
 * Step "compare": frequently asked questions as rows, the options as columns (Option Grid style).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import type { StepHost } from './host.js';


export function renderComparison(v: StepHost, b: DecisionAidBundle): TemplateResult {
  const options = v.options(b);
  return html`<div class="comparison-wrap ${options.length > 4 ? 'many' : ''}">
    <table class="comparison" part="comparison">
      <caption>${msg('Ofte stillede spørgsmål – mulighederne side om side')}</caption>
      <thead>
        <tr>
          <td></td>
          ${options.map((o) => html`<th scope="col">${v.t(o.label)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${b.comparison.map(
          (r) => html`<tr>
            <th scope="row">${v.t(r.question)}</th>
            ${options.map((o) => {
              const a = r.answers.find((x) => x.option === o.id);
              return html`<td>
                <span class="cell-label" aria-hidden="true">${v.t(o.label)}</span>
                ${a ? html`${v.t(a.text)} ${v.refs(a.sources)}` : html`<span class="muted">${msg('Ikke besvaret')}</span>`}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
