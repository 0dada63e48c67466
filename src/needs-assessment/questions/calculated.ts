/**
 * A value worked out from other answers (a total score): its label and the value in an
 * `<output>`, which screen readers announce politely when it changes. Nothing to type or choose.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { formatNumber } from '../../l10n/format.js';
import { renderHelp, type QuestionKind } from './view.js';

type CalculatedItem = Extract<NaItem, { type: 'calculated' }>;

function valueText(v: Parameters<QuestionKind['answerText']>[0], item: CalculatedItem, value: number): string {
  const n = formatNumber(value, v.locale, item.decimals ?? 0);
  return item.unit ? `${n} ${v.t(item.unit)}` : n;
}

export const calculatedQuestion: QuestionKind<CalculatedItem> = {
  render(v, item, _problem, value) {
    if (item.hidden) return html``;
    const labelId = `l-${item.id}`;
    return html`<div class="item calculated" part="item" id=${`q-${item.id}`}>
      <span class="question" id=${labelId}>${v.t(item.text)}</span>
      ${renderHelp(v, item)}
      <output class="calculated-value" aria-labelledby=${labelId} aria-describedby=${item.help ? `h-${item.id}` : nothing}
        >${typeof value === 'number' ? valueText(v, item, value) : html`<span class="unanswered">${msg('Udregnes ud fra dine svar')}</span>`}</output
      >
      ${v.sources(item.sources)}
    </div>`;
  },
  answerText(v, item, value) {
    return valueText(v, item, Number(value));
  },
};
