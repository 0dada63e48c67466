/**
 * Step "ready": the leaning, the readiness check, the optional knowledge check with feedback and the questions for the clinician.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import { radioChoice, type StepHost } from './host.js';
import { checked } from '../../base/checked.js';

export function renderReady(v: StepHost, b: DecisionAidBundle): TemplateResult {
  const options = v.options(b);
  return html`
    <fieldset class="leaning">
      <legend>${msg('Hvilken mulighed hælder du mest til lige nu?')}</legend>
      ${[...options.map((o) => ({ id: o.id, label: v.t(o.label) })), { id: 'unsure', label: msg('Jeg er ikke sikker endnu') }].map(
        (o) => radioChoice('leaning', o.id, v.answers.leaning === o.id, o.label, () => {
              v.answer({ leaning: o.id }, 'leaning');
            }, true),
      )}
    </fieldset>
    ${v.h(2, msg('Er jeg klar til at beslutte?'))}
    ${b.readiness.map(
      (r) => html`<fieldset class="readiness" data-readiness=${r.id}>
        <legend>${v.t(r.question)}</legend>
        ${(['yes', 'no'] as const).map(
          (a) => radioChoice(`ready-${r.id}`, a, v.answers.readiness[r.id] === a, a === 'yes' ? msg('Ja') : msg('Nej'), () => {
              v.answer({ readiness: { ...v.answers.readiness, [r.id]: a } }, 'readiness');
            }, false),
        )}
      </fieldset>`,
    )}
    ${b.knowledge?.length
      ? html`${v.h(2, msg('Tjek din viden'))}
          <p>${msg('Frivilligt. Svarene gemmes ikke.')}</p>
          ${b.knowledge.map((k) => {
            const a = v.answers.knowledge[k.id];
            return html`<fieldset class="knowledge" data-knowledge=${k.id}>
              <legend>${v.t(k.question)}</legend>
              ${k.answers.map(
                (ans) => radioChoice(`know-${k.id}`, ans.id, a === ans.id, v.t(ans.text), () => {
              v.answer({ knowledge: { ...v.answers.knowledge, [k.id]: ans.id } }, 'knowledge');
            }, false),
              )}
              <div class="feedback" aria-live="polite">
                ${a !== undefined
                  ? html`<p><strong>${a === k.correct ? msg('Rigtigt.') : msg('Ikke helt.')}</strong> ${v.t(k.explanation)}</p>
                      ${v.refs(k.sources)}`
                  : nothing}
              </div>
            </fieldset>`;
          })}`
      : nothing}
    ${v.h(2, msg('Spørgsmål til lægen'))}
    <fieldset class="questions">
      <legend>${msg('Sæt kryds ved de spørgsmål, du vil stille')}</legend>
      ${b.questions.map(
        (q, i) => html`<label class="choice block">
          <input
            type="checkbox"
            value=${i}
            .checked=${checked(v.answers.chosenQuestions.includes(i))}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              v.answer({ chosenQuestions: on ? [...v.answers.chosenQuestions.filter((x) => x !== i), i] : v.answers.chosenQuestions.filter((x) => x !== i) }, 'questions');
            }}
          />
          <span>${v.t(q)}</span>
        </label>`,
      )}
    </fieldset>
    <label class="own-label" for="own-questions">${msg('Dine egne spørgsmål (ét pr. linje)')}</label>
    <textarea
      id="own-questions"
      rows="4"
      .value=${v.answers.ownQuestions}
      @input=${(e: Event) => {
        v.answer({ ownQuestions: (e.target as HTMLTextAreaElement).value }, 'questions');
      }}
    ></textarea>
    <p class="privacy">${msg('Det, du skriver, bliver kun på denne side og gemmes ikke.')}</p>
  `;
}
