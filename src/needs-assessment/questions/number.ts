/**
 * A number typed in (a weight, a count): a text field with the numeric keyboard, read in the
 * content locale's way (a decimal comma or point, spaces between thousands), never the browser's
 * `type=number`, which drops what it cannot parse without a word and changes with a scroll wheel.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import type { ValidationProblem } from '../logic.js';
import { formatNumber } from '../../l10n/format.js';
import { describedBy, renderField, type QuestionKind } from './view.js';

type NumberItem = Extract<NaItem, { type: 'number' }>;

/** Reads what was typed: no answer when empty, the number when it is one the item allows, else the problem. */
export function readNumber(text: string, item: NumberItem): { value?: number; problem?: ValidationProblem } {
  // Spaces (also no-break and thin spaces) group thousands; a minus may be typed as − or -.
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
  if (!t) return {};
  const m = /^(-?\d+)(?:[.,](\d+))?$/.exec(t);
  if (!m) return { problem: 'invalid-number' };
  if ((m[2]?.length ?? 0) > (item.decimals ?? 0)) return { problem: 'invalid-number' };
  const value = Number(`${m[1]}.${m[2] ?? '0'}`);
  if (!Number.isFinite(value)) return { problem: 'invalid-number' };
  if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) return { problem: 'out-of-range' };
  return { value };
}

export const numberQuestion: QuestionKind<NumberItem> = {
  render(v, item, problem, value) {
    const inputId = `i-${item.id}`;
    // The field shows the number as a reader would type it: no thousands separator ("1.000" reads as one in Danish).
    const typed = v.draft(item.id)?.parts[0] ?? (typeof value === 'number' ? formatNumber(value, v.locale, 6, false) : '');
    const unit = item.unit ? v.t(item.unit) : '';
    const range =
      item.min !== undefined && item.max !== undefined
        ? msg(str`Fra ${formatNumber(item.min, v.locale, 6)} til ${formatNumber(item.max, v.locale, 6)}`)
        : item.min !== undefined
          ? msg(str`Mindst ${formatNumber(item.min, v.locale, 6)}`)
          : item.max !== undefined
            ? msg(str`Højst ${formatNumber(item.max, v.locale, 6)}`)
            : '';
    const extra = [range ? `r-${item.id}` : '', unit ? `u-${item.id}` : ''].filter(Boolean).join(' ') || undefined;
    const control = html`${range ? html`<p class="hint" id=${`r-${item.id}`}>${range}${unit ? ` ${unit}` : ''}</p>` : nothing}
      <span class="number-field">
        <input type="text" inputmode=${item.decimals ? 'decimal' : 'numeric'} autocomplete="off" spellcheck="false" class="number" id=${inputId} data-item=${item.id}
          aria-describedby=${describedBy(item, problem, extra)} aria-invalid=${problem ? 'true' : nothing} ?required=${!!item.required} ?disabled=${v.disabled} .value=${live(typed)} />
        ${unit ? html`<span class="unit" id=${`u-${item.id}`}>${unit}</span>` : nothing}
      </span>`;
    return renderField(v, item, problem, inputId, control);
  },
  answerText(v, item, value) {
    const n = formatNumber(Number(value), v.locale, 6);
    return item.unit ? `${n} ${v.t(item.unit)}` : n;
  },
};
