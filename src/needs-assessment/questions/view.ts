/**
 * What every question kind needs from the element, and the parts all questions share: the
 * label or legend with its required mark, help, the error message and the ids that tie them to
 * the controls (`aria-describedby`). Each kind (its own file here) renders with these.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../../bundle/text.js';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import type { AnswerValue, ValidationProblem } from '../logic.js';
import { formatNumber } from '../../l10n/format.js';

/** What a question typed in parts (a date's day, month and year; a number's text) holds while the reader types. */
export interface Draft {
  /** The fields' texts as typed. */
  parts: string[];
  /** What is wrong with them, if anything (they give no answer then). */
  problem?: ValidationProblem;
}

/** The element as the question kinds see it. */
export interface QuestionView {
  /** A localized text in the content locale. */
  t(text: LocalizedText | undefined): string;
  /** Rich text placed `levelOffset` headings below the element's title. */
  rich(text: LocalizedText | undefined, levelOffset: number): unknown;
  /** The item's source references. */
  sources(ids: readonly string[] | undefined): unknown;
  /** A `YYYY-MM-DD` date in words, in the content locale. */
  date(iso: string): string;
  /** The content locale (numbers are written and read in it). */
  readonly locale: string;
  /** The host form is disabled. */
  readonly disabled: boolean;
  /** What the reader has typed into a date's or number's fields, if it differs from the answer. */
  draft(id: string): Draft | undefined;
}

/** The ids an item's control is described by: help, extra (e.g. anchors, a unit), the error. */
export function describedBy(item: NaItem, problem: ValidationProblem | undefined, extra?: string): string | typeof nothing {
  const ids = [item.help ? `h-${item.id}` : '', extra ?? '', problem ? `e-${item.id}` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function requiredMark(): TemplateResult {
  return html` <span class="required">${msg('(skal besvares)')}</span>`;
}

export function renderHelp(v: QuestionView, item: NaItem): unknown {
  return item.help ? html`<p class="help" id=${`h-${item.id}`}>${v.t(item.help)}</p>` : nothing;
}

/** What is wrong, in words the reader can act on. */
export function problemText(item: NaItem, problem: ValidationProblem, locale: string): string {
  const n = (x: number) => formatNumber(x, locale, 6);
  switch (problem) {
    case 'required-multiple':
      return msg('Vælg mindst ét svar.');
    case 'required-text':
      return msg('Skriv et svar.');
    case 'required-date':
      return msg('Skriv en dato.');
    case 'invalid-date':
      return msg('Skriv en rigtig dato, med dag, måned og år.');
    case 'too-long': {
      const max = 'maxLength' in item ? item.maxLength ?? 0 : 0;
      return msg(str`Svaret er for langt. Skriv højst ${max} tegn.`);
    }
    case 'invalid-number': {
      const decimals = item.type === 'number' ? item.decimals ?? 0 : 0;
      if (!decimals) return msg('Skriv et helt tal, fx 12.');
      return decimals === 1 ? msg(str`Skriv et tal med højst én decimal, fx ${n(12.5)}.`) : msg(str`Skriv et tal med højst ${decimals} decimaler, fx ${n(12.5)}.`);
    }
    case 'out-of-range': {
      const min = item.type === 'number' ? item.min : undefined;
      const max = item.type === 'number' ? item.max : undefined;
      if (min !== undefined && max !== undefined) return msg(str`Skriv et tal fra ${n(min)} til ${n(max)}.`);
      if (min !== undefined) return msg(str`Skriv et tal, der er ${n(min)} eller mere.`);
      return msg(str`Skriv et tal, der er ${n(max ?? 0)} eller mindre.`);
    }
    default:
      return msg('Vælg et svar.');
  }
}

export function renderProblem(item: NaItem, problem: ValidationProblem, locale: string): TemplateResult {
  return html`<p class="field-error" id=${`e-${item.id}`}><span class="visually-hidden">${msg('Fejl:')}</span> ${problemText(item, problem, locale)}</p>`;
}

/**
 * A question answered with options (radios, checkboxes, a scale's points; the `choices`
 * directive): a fieldset whose legend is the question, then help, error, `before` (a rating's
 * low anchor) and the options in a `<div class=${cls}>`. One template for all of it, since a long
 * form has hundreds of these. Only option groups use it: Lit reuses this template when another
 * question takes a question's place on another page, and `choices` builds its own nodes, which
 * would stay beside another kind's controls in the same part. (A date has its own template.)
 */
export function renderGroup(
  v: QuestionView,
  item: NaItem,
  problem: ValidationProblem | undefined,
  cls: string,
  controls: unknown,
  before: unknown = nothing,
  extraDescribedBy?: string,
  after: unknown = nothing,
): TemplateResult {
  return html`<fieldset class=${`item${problem ? ' has-error' : ''}`} part="item" id=${`q-${item.id}`} aria-describedby=${describedBy(item, problem, extraDescribedBy)} ?disabled=${v.disabled}>
    ${renderLegend(v, item, problem)} ${before}
    <div class=${cls}>${controls}</div>
    ${after}
    ${v.sources(item.sources)}
  </fieldset>`;
}

/** The legend, help and error of a fieldset question. */
export function renderLegend(v: QuestionView, item: NaItem, problem: ValidationProblem | undefined): TemplateResult {
  return html`<legend>${v.t(item.text)}${item.required ? requiredMark() : nothing}</legend>
    ${renderHelp(v, item)} ${problem ? renderProblem(item, problem, v.locale) : nothing}`;
}

/** A question with one field: its label, help, error, the field and what follows it (a unit). */
export function renderField(v: QuestionView, item: NaItem, problem: ValidationProblem | undefined, inputId: string, control: unknown): TemplateResult {
  return html`<div class=${`item${problem ? ' has-error' : ''}`} part="item" id=${`q-${item.id}`}>
    <label class="question" for=${inputId}>${v.t(item.text)}${item.required ? requiredMark() : nothing}</label>
    ${renderHelp(v, item)} ${problem ? renderProblem(item, problem, v.locale) : nothing} ${control} ${v.sources(item.sources)}
  </div>`;
}

/** One question kind: how it is shown, read back from its fields, and written on the summary. */
export interface QuestionKind<I extends NaItem = NaItem> {
  render(v: QuestionView, item: I, problem: ValidationProblem | undefined, value: AnswerValue | undefined): TemplateResult;
  /** The answer in words on the check-your-answers page and the printout (answered items only). */
  answerText(v: QuestionView, item: I, value: AnswerValue): unknown;
}
