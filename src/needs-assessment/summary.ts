/**
 * What the reader sees after the questions: their answers page by page (follow-ups under the
 * question they follow), the needs the answers point to and who can help. The check-your-answers
 * view and the printout after sending both use these; the element gives them what they need as a
 * `SummaryView`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading } from '../base/pakke-element.js';
import type { NaCondition, NaItem, NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { isExternal } from '../bundle/url.js';
import type { FlagResult, FormState } from './logic.js';
import { answerText, type QuestionView } from './questions/index.js';

/** The element as the summary sees it. */
export interface SummaryView {
  readonly state: FormState;
  /** The question kinds' view (texts, numbers and dates in the content locale). */
  readonly questions: QuestionView;
  /** The element's title level: the summary's headings go below it. */
  readonly level: number;
  /** A link target the bundle gives, if it is safe to use. */
  href(href: string | undefined): string | undefined;
  /** Local facts from an overlay for one service. */
  local(serviceId: string): unknown;
  /** The items of a page that are shown. */
  shownItems(page: NeedsAssessmentBundle['pages'][number]): NaItem[];
  /** Go back to an item to change its answer. */
  change(item: NaItem): void;
}

/** Every shown answer, page by page; `editable` adds a Change button to each. */
export function renderAnswers(v: SummaryView, b: NeedsAssessmentBundle, editable: boolean): TemplateResult {
  const t = v.questions.t;
  return html`${b.pages.map((p) => {
    const items = v.shownItems(p).filter((it) => it.type !== 'display' && !(it.type === 'calculated' && it.hidden));
    if (!items.length) return nothing;
    return html`<section class="summary-page">
      ${renderHeading(v.level + 2, t(p.title))}
      <dl class="answers">
        ${items.map((it) => {
          // A follow-up sits under its question's answer; a screen reader hears which question it follows.
          const parent = v.state.followUp.get(it.id);
          return html`<div class=${parent ? 'row follow-up' : 'row'}>
            <dt>${parent ? html`<span class="visually-hidden">${msg(str`Om ${t(parent.text)}:`)} </span>` : nothing}${t(it.text)}</dt>
            <dd>${answerText(v.questions, it, v.state.get(it.id))}</dd>
            ${editable && it.type !== 'calculated'
              ? html`<dd class="change no-print">
                  <button type="button" class="link" aria-label=${msg(str`Ret svaret på: ${t(it.text)}`)} @click=${() => v.change(it)}>${msg('Ret')}</button>
                </dd>`
              : nothing}
          </div>`;
        })}
      </dl>
    </section>`;
  })}`;
}

/** The flags that hold, most urgent first, with what raised each in words. */
export function flagResults(v: SummaryView, b: NeedsAssessmentBundle): FlagResult[] {
  const t = v.questions.t;
  return v.state.rankedFlags().map(({ flag: f, condition }) => {
    const domain = b.domains.find((d) => d.id === f.domain);
    const answer = answerWords(v, condition);
    return {
      id: f.id,
      label: t(f.label),
      domain: { id: f.domain, label: domain ? t(domain.label) : f.domain },
      services: f.services.map((sid) => {
        const s = b.services.find((x) => x.id === sid);
        const href = v.href(s?.link?.href);
        return { id: sid, name: s ? t(s.name) : sid, ...(s?.description ? { description: t(s.description) } : {}), ...(href ? { href } : {}) };
      }),
      ...(answer ? { answer } : {}),
    };
  });
}

/**
 * The answer that made a condition hold, in words: the option chosen, or a scale's or a number's
 * value; nothing for yes/no and text, where the flag's own words say it.
 */
function answerWords(v: SummaryView, c: NaCondition): string | undefined {
  const item = v.state.entries.get(c.question)?.item;
  const value = v.state.get(c.question);
  if (!item || value === undefined || c.operator === 'unanswered') return undefined;
  switch (item.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const code = c.operator === 'equals' ? String(c.value) : typeof value === 'string' ? value : undefined;
      return code === undefined ? undefined : v.questions.t(item.options.find((o) => o.code === code)?.text) || undefined;
    }
    case 'rating':
    case 'number': {
      const words = answerText(v.questions, item, value);
      return typeof words === 'string' ? words : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The needs the answers point to, by domain and most urgent first, each with the answer that
 * raised it; then who can help, each service once with the needs it is for.
 */
export function renderFlags(v: SummaryView, b: NeedsAssessmentBundle): unknown {
  if (!b.flags.length) return nothing;
  const flags = flagResults(v, b);
  const level = v.level + 2;
  // Domains in the order of their most urgent need (the bundle's order among equals).
  const domains = [...new Set(flags.map((f) => f.domain.id))].map((id) => b.domains.find((d) => d.id === id)!).filter(Boolean);
  const services = new Map<string, { s: FlagResult['services'][number]; needs: string[] }>();
  for (const f of flags) {
    for (const s of f.services) {
      const entry = services.get(s.id) ?? { s, needs: [] };
      if (!entry.needs.includes(f.domain.label)) entry.needs.push(f.domain.label);
      services.set(s.id, entry);
    }
  }
  return html`<section class="flags" part="flags" aria-labelledby="flags-heading">
    ${renderHeading(level, msg('Det kan du få hjælp til'), { id: 'flags-heading' })}
    ${flags.length
      ? html`${domains.map(
            (d) => html`<div class="domain">
              ${renderHeading(level + 1, v.questions.t(d.label))}
              <ul class="flag-list">
                ${flags
                  .filter((f) => f.domain.id === d.id)
                  .map(
                    (f) => html`<li>
                      <p class="flag-label">${f.label}</p>
                      ${f.answer ? html`<p class="flag-answer">${msg('Dit svar:')} <bdi>${f.answer}</bdi></p>` : nothing}
                    </li>`,
                  )}
              </ul>
            </div>`,
          )}
          ${services.size
            ? html`<div class="who">
                ${renderHeading(level + 1, msg('Hvem kan hjælpe'))}
                <ul class="services">
                  ${[...services.values()].map(
                    ({ s, needs }) => html`<li>
                      ${s.href ? html`<a href=${s.href} rel=${isExternal(s.href) ? 'noopener noreferrer' : nothing}>${s.name}</a>` : html`<strong>${s.name}</strong>`}${s.description ? html` – ${s.description}` : nothing}
                      <span class="service-for">${msg(str`Kan hjælpe med: ${needs.join(', ')}`)}</span>
                      ${v.local(s.id)}
                    </li>`,
                  )}
                </ul>
              </div>`
            : nothing}`
      : html`<p>${msg('Dine svar peger ikke på noget, du har brug for hjælp til lige nu. Du kan altid tale med os om det, der fylder.')}</p>`}
  </section>`;
}
