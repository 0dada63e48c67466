/**
 * The question kinds by item type. The element renders an item and writes its answer on the
 * summary through these; each kind lives in its own file.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { isAnswered, type AnswerValue, type ValidationProblem } from '../logic.js';
import { calculatedQuestion } from './calculated.js';
import { choiceQuestion, yesNoQuestion } from './choice.js';
import { dateQuestion } from './date.js';
import { numberQuestion } from './number.js';
import { ratingQuestion } from './rating.js';
import { textQuestion } from './text.js';
import type { QuestionKind, QuestionView } from './view.js';

export type { Draft, QuestionView } from './view.js';
export { problemText } from './view.js';
export { DATE_PARTS, readDateParts } from './date.js';
export { readNumber } from './number.js';

type Answerable = Exclude<NaItem, { type: 'display' }>;

const KINDS: { [T in Answerable['type']]: QuestionKind<Extract<Answerable, { type: T }>> } = {
  'single-choice': choiceQuestion,
  'multiple-choice': choiceQuestion,
  'yes-no': yesNoQuestion,
  rating: ratingQuestion,
  text: textQuestion,
  'long-text': textQuestion,
  date: dateQuestion,
  number: numberQuestion,
  calculated: calculatedQuestion,
};

function kindOf(item: Answerable): QuestionKind {
  return KINDS[item.type] as unknown as QuestionKind;
}

/** An item as it is asked (display text as rich text). */
export function renderQuestion(v: QuestionView, item: NaItem, problem: ValidationProblem | undefined, value: AnswerValue | undefined): TemplateResult {
  if (item.type === 'display') return html`<div class="item display" part="item" id=${`q-${item.id}`}>${v.rich(item.text, 2)}${v.sources(item.sources)}</div>`;
  return kindOf(item).render(v, item, problem, value);
}

/** An answer in words for the summary and the printout. */
export function answerText(v: QuestionView, item: NaItem, value: AnswerValue | undefined): unknown {
  if (!isAnswered(value)) return html`<span class="unanswered">${msg('Ikke besvaret')}</span>`;
  if (item.type === 'display') return '';
  return kindOf(item).answerText(v, item, value);
}
