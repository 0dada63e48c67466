/**
 * A date as three fields, day, month and year (the GOV.UK pattern), not the browser's date
 * picker: the picker shows the browser's format (mm/dd/yyyy on a Norwegian page in an English
 * browser), is hard to use with a screen reader in several browsers, and hides a half-typed date.
 * The answer is a `YYYY-MM-DD` string once all three fields make a real date; until then the
 * fields keep what was typed and the question reports what is wrong. Its fieldset is its own
 * template, not the option groups' (see `renderGroup`).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { parseIsoDate } from '../../base/dates.js';
import type { ValidationProblem } from '../logic.js';
import { describedBy, renderLegend, type QuestionKind } from './view.js';

type DateItem = Extract<NaItem, { type: 'date' }>;

/** The three fields in the order they are shown and read. */
export const DATE_PARTS = ['day', 'month', 'year'] as const;

/**
 * Reads the three fields: no answer and no problem when all are empty, a `YYYY-MM-DD` answer when
 * they make a real date (a four-digit year), otherwise `invalid-date`.
 */
export function readDateParts(parts: readonly string[]): { value?: string; problem?: ValidationProblem } {
  const [d = '', m = '', y = ''] = parts.map((p) => p.trim());
  if (!d && !m && !y) return {};
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { problem: 'invalid-date' };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseIsoDate(iso) ? { value: iso } : { problem: 'invalid-date' };
}

/** The fields' texts for an answer (`YYYY-MM-DD`), as the reader would have typed them. */
export function datePartsOf(value: unknown): string[] {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? [String(Number(m[3])), String(Number(m[2])), m[1]!] : ['', '', ''];
}

export const dateQuestion: QuestionKind<DateItem> = {
  render(v, item, problem, value) {
    const parts = v.draft(item.id)?.parts ?? datePartsOf(value);
    const labels = [msg('Dag'), msg('Måned'), msg('År')];
    const invalid = problem ? 'true' : nothing;
    const fields = DATE_PARTS.map(
      (part, i) => html`<div class=${`date-part date-${part}`}>
        <label for=${`i-${item.id}${i ? `-${part}` : ''}`}>${labels[i]}</label>
        <input type="text" inputmode="numeric" autocomplete="off" spellcheck="false" id=${`i-${item.id}${i ? `-${part}` : ''}`} data-item=${item.id} data-part=${part}
          maxlength=${i === 2 ? 4 : 2} aria-invalid=${invalid} ?required=${!!item.required} ?disabled=${v.disabled} .value=${live(parts[i] ?? '')} />
      </div>`,
    );
    return html`<fieldset class=${`item date${problem ? ' has-error' : ''}`} part="item" id=${`q-${item.id}`} aria-describedby=${describedBy(item, problem, `x-${item.id}`)} ?disabled=${v.disabled}>
      ${renderLegend(v, item, problem)}
      <p class="hint" id=${`x-${item.id}`}>${msg('For eksempel 14 3 2026')}</p>
      <div class="date-fields">${fields}</div>
      ${v.sources(item.sources)}
    </fieldset>`;
  },
  answerText: (v, _item, value) => html`<time datetime=${String(value)}>${v.date(String(value))}</time>`,
};
