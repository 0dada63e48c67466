/** Short and long free text. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { describedBy, renderField, type QuestionKind } from './view.js';

type TextItem = Extract<NaItem, { type: 'text' | 'long-text' }>;

export const textQuestion: QuestionKind<TextItem> = {
  render(v, item, problem, value) {
    const inputId = `i-${item.id}`;
    const current = typeof value === 'string' ? value : '';
    const invalid = problem ? 'true' : nothing;
    const control =
      item.type === 'long-text'
        ? html`<textarea id=${inputId} data-item=${item.id} rows="5" maxlength=${item.maxLength ?? nothing} aria-describedby=${describedBy(item, problem)} aria-invalid=${invalid} ?required=${!!item.required} ?disabled=${v.disabled} .value=${live(current)}></textarea>`
        : html`<input type="text" id=${inputId} data-item=${item.id} maxlength=${item.maxLength || nothing} aria-describedby=${describedBy(item, problem)} aria-invalid=${invalid} ?required=${!!item.required} ?disabled=${v.disabled} .value=${live(current)} />`;
    return renderField(v, item, problem, inputId, control);
  },
  answerText: (_v, _item, value) => html`<span class="free-text">${String(value)}</span>`,
};
