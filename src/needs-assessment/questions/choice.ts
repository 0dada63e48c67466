/** Single and multiple choice, and yes/no: radios or checkboxes in a fieldset. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { choices, type Choice } from '../choices.js';
import { renderGroup, type QuestionKind } from './view.js';

type ChoiceItem = Extract<NaItem, { type: 'single-choice' | 'multiple-choice' }>;
type YesNoItem = Extract<NaItem, { type: 'yes-no' }>;

export const choiceQuestion: QuestionKind<ChoiceItem> = {
  render(v, item, problem, value) {
    const multi = item.type === 'multiple-choice';
    const selected = multi ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? [value] : [];
    const list = item.options.map((o): Choice => [o.code, v.t(o.text)]);
    return renderGroup(v, item, problem, 'options', choices(multi ? 'checkbox' : 'radio', item.id, list, selected, !multi && !!item.required));
  },
  answerText(v, item, value) {
    if (item.type === 'single-choice') return v.t(item.options.find((o) => o.code === value)?.text) || String(value);
    return html`<ul class="answer-list">
      ${(value as string[]).map((c) => html`<li>${v.t(item.options.find((o) => o.code === c)?.text) || c}</li>`)}
    </ul>`;
  },
};

export const yesNoQuestion: QuestionKind<YesNoItem> = {
  render(v, item, problem, value) {
    const selected = value === true ? ['yes'] : value === false ? ['no'] : [];
    return renderGroup(v, item, problem, 'options inline', choices('radio', item.id, [['yes', msg('Ja')], ['no', msg('Nej')]], selected, !!item.required));
  },
  answerText: (_v, _item, value) => (value ? msg('Ja') : msg('Nej')),
};
