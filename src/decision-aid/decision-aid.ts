/**
 * `<pakke-decision-aid>`: a patient decision aid built to the IPDAS criteria, rendered from a
 * `decision-aid` bundle.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PakkeElement, renderHeading } from '../base/pakke-element.js';
import type { DecisionAidBundle, DecisionOption, HostNumbers } from '../bundle/kinds/decision-aid.js';
import { jsonPath } from '../bundle/errors.js';
import { baseStyles } from '../base/styles.js';
import { decisionAidStyles } from './styles.js';
import { renderOutcomes, riskSummary, type ViewHost } from './outcomes-view.js';
import './icon-array.js';

export const PATIENT_STEPS = ['decision', 'options', 'compare', 'outcomes', 'values', 'ready', 'summary'] as const;
export type StepId = (typeof PATIENT_STEPS)[number];
export type Mode = 'patient' | 'consultation';
export type ReadinessAnswer = 'yes' | 'no';

/** What the patient chose, as sent in `pakke-change` and `pakke-summary`. Nothing is stored. */
export interface DecisionAidSummary {
  bundle: { id: string; version: string };
  locale: string;
  /** What changed to cause this event (`pakke-change` only). */
  changed?: 'step' | 'profile' | 'value' | 'leaning' | 'readiness' | 'knowledge' | 'questions';
  step: StepId;
  profile: { id: string; label: string } | null;
  /** The option the patient leans to; `id: "unsure"` when they said they are not sure yet. */
  leaning: { id: string; label: string } | null;
  values: { id: string; statement: string; rating: number | null; ratingLabel: string | null }[];
  /** Values rated "very important" or higher, most important first. */
  mattersMost: { id: string; statement: string; rating: number; favours: string[] }[];
  readiness: { id: string; question: string; answer: ReadinessAnswer | null }[];
  /** True when every readiness item is answered yes. */
  ready: boolean;
  knowledge: { id: string; question: string; answer: string | null; correct: boolean | null }[];
  /** Suggested questions the patient ticked, then their own (one per line). */
  questions: string[];
}

const RATINGS = [0, 1, 2, 3, 4] as const;

function ratingLabel(r: number): string {
  switch (r) {
    case 0:
      return msg('Ikke vigtigt');
    case 1:
      return msg('Lidt vigtigt');
    case 2:
      return msg('Noget vigtigt');
    case 3:
      return msg('Meget vigtigt');
    default:
      return msg('Allervigtigst');
  }
}

function stepTitle(step: StepId): string {
  switch (step) {
    case 'decision':
      return msg('Beslutningen');
    case 'options':
      return msg('Mulighederne');
    case 'compare':
      return msg('Sammenlign');
    case 'outcomes':
      return msg('Fordele og risici i tal');
    case 'values':
      return msg('Det betyder noget for mig');
    case 'ready':
      return msg('Er jeg klar?');
    default:
      return msg('Mit overblik');
  }
}

/** Parses the `numbers` attribute (JSON); keeps invalid text so it can be reported. (Not reflected, so no `toAttribute`.) */
const numbersConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return { __invalidJson: value };
    }
  },
};

/** One native radio button with its visible label (the values, leaning, readiness and knowledge questions). */
function radioChoice(name: string, value: string | number, checked: boolean, label: unknown, onChange: () => void, block = false): TemplateResult {
  return html`<label class=${block ? 'choice block' : 'choice'}>
    <input type="radio" name=${name} value=${value} .checked=${checked} @change=${onChange} />
    <span>${label}</span>
  </label>`;
}

/**
 * A shared-decision-making aid: the decision, every option with pros, cons and daily life, a
 * side-by-side comparison, benefits and harms as icon arrays of 100 people with the same
 * denominator and time frame, values clarification, a readiness check and a printable summary.
 *
 * Nothing is stored: the patient's answers live in the page until it is closed, and leave it only
 * through the events below when the host listens.
 *
 * @element pakke-decision-aid
 * @summary An IPDAS-style patient decision aid from a `decision-aid` bundle.
 *
 * @attr src - URL of the bundle (JSON).
 * @attr mode - `patient` (default: one step at a time) or `consultation` (larger type, outcomes first, all options side by side, the patient's own steps folded away). Can be changed at any time.
 * @attr profile - Id of a profile (patient group) whose numbers to show. The patient can change it with the picker when the bundle has a `profilePrompt`.
 * @attr step - The step shown: `decision`, `options`, `compare`, `outcomes`, `values`, `ready` or `summary`. Reflects the current step.
 * @attr numbers - Host-supplied numbers as JSON `{"label": {...}, "numbers": [...]}` (same rules as the bundle's numbers); refused with `pakke-error` when invalid.
 *
 * @fires pakke-change - Any answer or the step changed. `detail: DecisionAidSummary` (with `changed`).
 * @fires pakke-summary - The summary step was shown or printed. `detail: DecisionAidSummary`.
 * @fires pakke-ready - The bundle is loaded and shown.
 * @fires pakke-error - Loading failed, an attribute is invalid, or host `numbers` were refused (`code: "schema"` with `issues` whose paths start at `$.numbers`).
 *
 * @csspart root - The outer wrapper.
 * @csspart progress - The step list and "step N of 7".
 * @csspart step - The current step's section.
 * @csspart nav - The Back/Next buttons.
 * @csspart option - One option's card.
 * @csspart comparison - The comparison table.
 * @csspart outcome - One outcome with its icon arrays.
 * @csspart icon-array - An icon array.
 * @csspart summary - The summary.
 * @csspart profile-picker - The profile picker.
 * @csspart notice - Notices (example content, review overdue, language, refused numbers).
 * @csspart footer - The "about this content" footer.
 * @csspart error - The error box.
 * @csspart local - Local facts from an overlay (contact blocks, links).
 * @csspart contact - One local contact block from an overlay.
 *
 * @slot before-summary - Local content written by the page's editor, shown on the summary step just before the summary (e.g. how to book the consultation where the decision is made, or whom to call). Part of the reading and tab order there; give it its own heading at the level below the element's heading.
 *
 * @attr overlay - URL of an overlay bundle with local facts for this decision aid (see docs/local-adaptation.md).
 *
 * @cssprop --pakke-icon-filled - Filled figures in icon arrays.
 * @cssprop --pakke-icon-empty - Empty figures in icon arrays.
 * @cssprop --pakke-icon-outline - Outline of empty figures.
 * @cssprop --pakke-consultation-font-size - Base font size in consultation mode (default 1.25rem).
 */
/** The host-numbers check comes with the checker (zod and the kind schema), a lazy chunk. */
let checkHostNumbers: typeof import('../bundle/kinds/decision-aid.js').checkHostNumbers | undefined;
const loadChecker = () =>
  import('../bundle/kinds/decision-aid.js').then((m) => {
    checkHostNumbers = m.checkHostNumbers;
    return m.decisionAidBundle;
  });

export class PakkeDecisionAid extends PakkeElement<DecisionAidBundle> {
  protected readonly kind = 'decision-aid' as const;
  /** The checker, a lazy chunk loaded only for unpinned content or host `numbers`. */
  protected readonly schema = loadChecker;

  /** Host numbers are checked with the schema, so pinned content with `numbers` loads the checker too. */
  protected override needsChecker(): boolean {
    return this.numbers !== undefined && this.numbers !== null;
  }

  static override styles = [baseStyles, decisionAidStyles];

  static override properties = {
    ...PakkeElement.properties,
    mode: { type: String, reflect: true },
    profile: { type: String, reflect: true },
    step: { type: String, reflect: true },
    numbers: { converter: numbersConverter },
    _ratings: { state: true },
    _readiness: { state: true },
    _leaning: { state: true },
    _knowledge: { state: true },
    _chosenQuestions: { state: true },
    _ownQuestions: { state: true },
    _host: { state: true },
    _hostRefused: { state: true },
  };

  /** `patient` (default) or `consultation`. */
  declare mode: Mode | string | null;
  /** Id of the profile whose numbers are shown. */
  declare profile: string | null;
  /** The current step (patient mode). */
  declare step: StepId | string | null;
  /** Host-supplied numbers, e.g. from a risk calculator: `{ label?, numbers: [{ outcome, option, count, denominator, timeframe, referenceGroup, sources }] }`. */
  declare numbers: HostNumbers | unknown;

  /** @internal */ declare _ratings: Record<string, number>;
  /** @internal */ declare _readiness: Record<string, ReadinessAnswer>;
  /** @internal */ declare _leaning: string | undefined;
  /** @internal */ declare _knowledge: Record<string, string>;
  /** @internal */ declare _chosenQuestions: number[];
  /** @internal */ declare _ownQuestions: string;
  /** @internal */ declare _host: HostNumbers | undefined;
  /** @internal */ declare _hostRefused: boolean;

  private focusPending = false;
  private answersFor: string | undefined;
  private lastSummaryStep: string | null = null;

  constructor() {
    super();
    this.mode = 'patient';
    this.profile = null;
    this.step = null;
    this.numbers = undefined;
    this._ratings = {};
    this._readiness = {};
    this._leaning = undefined;
    this._knowledge = {};
    this._chosenQuestions = [];
    this._ownQuestions = '';
    this._host = undefined;
    this._hostRefused = false;
  }

  // ---- public API -------------------------------------------------------------------------

  /** The steps in patient mode. */
  get steps(): readonly StepId[] {
    return PATIENT_STEPS;
  }

  /** The current step id. */
  get currentStep(): StepId {
    return (PATIENT_STEPS as readonly string[]).includes(this.step ?? '') ? (this.step as StepId) : 'decision';
  }

  /** Goes to a step and moves focus to its heading. */
  goTo(step: StepId): void {
    if (!(PATIENT_STEPS as readonly string[]).includes(step)) return;
    this.step = step;
    this.focusPending = true;
    this.changed('step');
  }

  next(): void {
    const i = PATIENT_STEPS.indexOf(this.currentStep);
    if (i < PATIENT_STEPS.length - 1) this.goTo(PATIENT_STEPS[i + 1]!);
  }

  back(): void {
    const i = PATIENT_STEPS.indexOf(this.currentStep);
    if (i > 0) this.goTo(PATIENT_STEPS[i - 1]!);
  }

  /** The patient's answers so far (JSON-safe), or undefined before a bundle is shown. */
  get summary(): DecisionAidSummary | undefined {
    const b = this.loaded;
    return b ? this.buildSummary(b) : undefined;
  }

  /** Forgets every answer (e.g. when a shared screen is handed to the next patient). */
  clearAnswers(): void {
    this._ratings = {};
    this._readiness = {};
    this._leaning = undefined;
    this._knowledge = {};
    this._chosenQuestions = [];
    this._ownQuestions = '';
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const b = this.loaded;
    if (!b) return;
    // Answers belong to one decision: a different bundle starts afresh.
    const key = `${b.id}@${b.version}`;
    if (this.answersFor !== undefined && this.answersFor !== key) this.clearAnswers();
    this.answersFor = key;
    if (changed.has('numbers') || changed.has('_data') || changed.has('profile')) this.acceptHostNumbers(b, changed.has('numbers') || changed.has('_data'));
    if (changed.has('step') && this.step && !(PATIENT_STEPS as readonly string[]).includes(this.step)) {
      this.emitError({ code: 'invalid-attribute', attribute: 'step', message: `Unknown step "${this.step}"; use one of ${PATIENT_STEPS.join(', ')}` });
    }
    if (changed.has('profile') && this.profile && !(b.profiles ?? []).some((p) => p.id === this.profile)) {
      this.emitError({ code: 'invalid-attribute', attribute: 'profile', message: `Unknown profile "${this.profile}"` });
    }
  }

  private acceptHostNumbers(b: DecisionAidBundle, report: boolean): void {
    const data = this.numbers;
    if (data === undefined || data === null) {
      this._host = undefined;
      this._hostRefused = false;
      return;
    }
    if (typeof data === 'object' && '__invalidJson' in (data as object)) {
      this._host = undefined;
      this._hostRefused = true;
      if (report) this.emitError({ code: 'invalid-attribute', attribute: 'numbers', message: 'The numbers attribute is not valid JSON' });
      return;
    }
    if (!checkHostNumbers) {
      // Numbers set after pinned content was shown: check them once the checker has loaded.
      loadChecker().then(
        () => {
          const current = this.loaded;
          if (!current) return;
          this.acceptHostNumbers(current, report);
          this.requestUpdate();
        },
        (e: unknown) => {
          this._host = undefined;
          this._hostRefused = true;
          if (report) this.emitError({ code: 'network', message: `The checker for host-supplied numbers could not be loaded: ${e instanceof Error ? e.message : String(e)}` });
          this.requestUpdate();
        },
      );
      return;
    }
    const result = checkHostNumbers(b, data, this.activeProfileId(b));
    if (result.ok) {
      this._host = result.value;
      this._hostRefused = false;
    } else {
      this._host = undefined;
      this._hostRefused = true;
      if (report) {
        this.emitError({
          code: 'schema',
          message: `The host-supplied numbers were refused (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})`,
          issues: result.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
        });
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusPending && this.status === 'ready') {
      this.focusPending = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
      heading?.focus();
    }
    const b = this.loaded;
    if (b && this.mode !== 'consultation' && this.currentStep === 'summary' && this.lastSummaryStep !== 'summary') {
      this.emit('pakke-summary', this.buildSummary(b));
    }
    this.lastSummaryStep = b ? this.currentStep : null;
  }

  // ---- state helpers ------------------------------------------------------------------------

  private activeProfileId(b: DecisionAidBundle): string | undefined {
    const ids = (b.profiles ?? []).map((p) => p.id);
    if (this.profile && ids.includes(this.profile)) return this.profile;
    if (b.defaultProfile && ids.includes(b.defaultProfile)) return b.defaultProfile;
    return undefined;
  }

  private visibleOptions(b: DecisionAidBundle): DecisionOption[] {
    const pid = this.activeProfileId(b);
    const p = pid ? b.profiles?.find((x) => x.id === pid) : undefined;
    return p?.options ? b.options.filter((o) => p.options!.includes(o.id)) : b.options;
  }

  private changed(what: NonNullable<DecisionAidSummary['changed']>): void {
    const b = this.loaded;
    if (!b) return;
    // After the update, so the detail matches what is on screen.
    void this.updateComplete.then(() => this.emit('pakke-change', { ...this.buildSummary(b), changed: what }));
  }

  private buildSummary(b: DecisionAidBundle): DecisionAidSummary {
    const pid = this.activeProfileId(b);
    const p = pid ? b.profiles?.find((x) => x.id === pid) : undefined;
    const leaningOption = b.options.find((o) => o.id === this._leaning);
    const values = b.values.map((v) => {
      const r = this._ratings[v.id];
      return { id: v.id, statement: this.t(v.statement), rating: r ?? null, ratingLabel: r === undefined ? null : ratingLabel(r) };
    });
    const mattersMost = b.values
      .map((v, i) => ({ v, i, r: this._ratings[v.id] }))
      .filter((x): x is { v: (typeof b.values)[number]; i: number; r: number } => x.r !== undefined && x.r >= 3)
      .sort((a, c) => c.r - a.r || a.i - c.i)
      .map(({ v, r }) => ({
        id: v.id,
        statement: this.t(v.statement),
        rating: r,
        favours: (v.favours ?? []).map((id) => this.t(b.options.find((o) => o.id === id)?.label)).filter(Boolean),
      }));
    const readiness = b.readiness.map((r) => ({ id: r.id, question: this.t(r.question), answer: this._readiness[r.id] ?? null }));
    const knowledge = (b.knowledge ?? []).map((k) => {
      const a = this._knowledge[k.id];
      const answer = k.answers.find((x) => x.id === a);
      return { id: k.id, question: this.t(k.question), answer: answer ? this.t(answer.text) : null, correct: a === undefined ? null : a === k.correct };
    });
    const own = this._ownQuestions
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      bundle: { id: b.id, version: b.version },
      locale: this.contentLocale,
      step: this.currentStep,
      profile: p ? { id: p.id, label: this.t(p.label) } : null,
      leaning: leaningOption ? { id: leaningOption.id, label: this.t(leaningOption.label) } : this._leaning === 'unsure' ? { id: 'unsure', label: msg('Jeg er ikke sikker endnu') } : null,
      values,
      mattersMost,
      readiness,
      ready: readiness.length > 0 && readiness.every((r) => r.answer === 'yes'),
      knowledge,
      questions: [...[...this._chosenQuestions].sort((a, c) => a - c).map((i) => this.t(b.questions[i])), ...own],
    };
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderNotices(b: DecisionAidBundle): unknown {
    return html`${super.renderNotices(b)}
    ${this._hostRefused
      ? html`<div class="notice" part="notice" data-notice="numbers" role="status">
          <p>${msg('Tallene fra siden kunne ikke bruges, fordi de ikke fulgte reglerne. Tallene fra indholdet vises i stedet.')}</p>
        </div>`
      : nothing}`;
  }

  protected renderBundle(b: DecisionAidBundle): unknown {
    const consultation = this.mode === 'consultation';
    return html`<div class="aid ${consultation ? 'consultation' : 'patient'}">
      ${renderHeading(this.level, this.t(b.title), { cls: 'title' })}
      ${b.summary ? html`<div class="lead">${this.rich(b.summary, 1)}</div>` : nothing}
      ${consultation ? this.renderConsultation(b) : this.renderPatient(b)}
    </div>`;
  }

  private renderPatient(b: DecisionAidBundle): TemplateResult {
    const current = this.currentStep;
    const index = PATIENT_STEPS.indexOf(current);
    return html`
      <nav class="progress no-print" part="progress" aria-label=${msg('Trin i beslutningsstøtten')}>
        <p class="progress-text">${msg(str`Trin ${index + 1} af ${PATIENT_STEPS.length}`)}</p>
        <div class="progress-bar" aria-hidden="true">${PATIENT_STEPS.map((_, i) => html`<span class=${i <= index ? 'on' : ''}></span>`)}</div>
        <ol class="steps">
          ${PATIENT_STEPS.map(
            (s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}>
              <button type="button" class="step-link" aria-current=${s === current ? 'step' : nothing} @click=${() => this.goTo(s)}>
                <span class="step-number" aria-hidden="true">${i + 1}</span> ${stepTitle(s)}
              </button>
            </li>`,
          )}
        </ol>
      </nav>
      ${current === 'summary' ? nothing : html`<section class="step" part="step" aria-labelledby="step-heading" data-step=${current}>
        ${renderHeading(this.level + 1, stepTitle(current), { id: 'step-heading', focusable: true })}
        ${this.renderStepBody(b, current)}
      </section>`}
      ${current === 'summary' ? this.renderBeforeSummary() : nothing}
      ${this.renderSummarySection(b, current === 'summary')}
      <nav class="step-nav no-print" part="nav" aria-label=${msg('Frem og tilbage')}>
        ${index > 0
          ? html`<button type="button" class="pakke-button secondary" data-action="back" @click=${() => this.back()}>
              ${msg(str`Tilbage: ${stepTitle(PATIENT_STEPS[index - 1]!)}`)}
            </button>`
          : nothing}
        ${index < PATIENT_STEPS.length - 1
          ? html`<button type="button" class="pakke-button" data-action="next" @click=${() => this.next()}>
              ${msg(str`Næste: ${stepTitle(PATIENT_STEPS[index + 1]!)}`)}
            </button>`
          : html`<button type="button" class="pakke-button" data-action="print" @click=${() => this.print(b)}>${msg('Udskriv overblikket')}</button>`}
      </nav>
    `;
  }

  private renderStepBody(b: DecisionAidBundle, step: StepId): unknown {
    switch (step) {
      case 'decision':
        return this.renderDecision(b);
      case 'options':
        return this.renderOptionCards(b);
      case 'compare':
        return this.renderComparison(b);
      case 'outcomes':
        return this.renderOutcomes(b);
      case 'values':
        return this.renderValues(b);
      case 'ready':
        return this.renderReady(b);
      default:
        return nothing;
    }
  }

  private renderConsultation(b: DecisionAidBundle): TemplateResult {
    const section = (step: StepId, body: unknown) => html`<section class="step" part="step" data-step=${step} aria-labelledby=${`h-${step}`}>
      ${renderHeading(this.level + 1, stepTitle(step), { id: `h-${step}` })} ${body}
    </section>`;
    const folded = (step: StepId, body: unknown) => html`<details class="folded" data-step=${step}>
      <summary>${msg(str`Patientens trin: ${stepTitle(step)}`)}</summary>
      <section class="step" part="step" aria-labelledby=${`h-${step}`}>${renderHeading(this.level + 1, stepTitle(step), { id: `h-${step}` })} ${body}</section>
    </details>`;
    return html`
      <p class="decision-question"><strong>${this.t(b.decision)}</strong></p>
      ${section('outcomes', this.renderOutcomes(b))} ${section('compare', this.renderComparison(b))} ${section('options', this.renderOptionCards(b))}
      ${section('decision', this.renderDecision(b))} ${folded('values', this.renderValues(b))} ${folded('ready', this.renderReady(b))}
      ${this.renderBeforeSummary()}
      ${this.renderSummarySection(b, true, false)}
      <div class="step-nav no-print" part="nav">
        <button type="button" class="pakke-button" data-action="print" @click=${() => this.print(b)}>${msg('Udskriv overblikket')}</button>
      </div>
    `;
  }

  private print(b: DecisionAidBundle): void {
    this.emit('pakke-summary', this.buildSummary(b));
    window.print();
  }

  private h(offset: number, content: unknown, id?: string): TemplateResult {
    return renderHeading(this.level + offset, content, id ? { id } : {});
  }

  // ---- steps ----------------------------------------------------------------------------------

  private renderDecision(b: DecisionAidBundle): TemplateResult {
    const options = this.visibleOptions(b);
    return html`
      <div class="condition">${this.rich(b.condition, 2)}</div>
      <div class="decision-box">
        <p class="decision-label">${msg('Det skal du tage stilling til')}</p>
        <p class="decision-question"><strong>${this.t(b.decision)}</strong></p>
      </div>
      <dl class="facts">
        <dt>${msg('For hvem')}</dt>
        <dd>${this.t(b.forWhom)}</dd>
        ${b.notFor ? html`<dt>${msg('Ikke for')}</dt><dd>${this.t(b.notFor)}</dd>` : nothing}
      </dl>
      <p>${msg(str`Der er ${options.length} muligheder:`)}</p>
      <ul class="option-list">
        ${options.map((o) => html`<li>${this.t(o.label)}</li>`)}
      </ul>
      ${b.noTreatmentReason ? html`<p class="no-treatment">${this.t(b.noTreatmentReason)}</p>` : nothing}
      ${(b.background ?? []).map(
        (s) => html`<section class="background" aria-labelledby=${`bg-${s.id}`}>
          ${this.h(2, this.t(s.heading), `bg-${s.id}`)}
          ${this.rich(s.body, 3)} ${this.renderSourceRefs(s.sources)}
        </section>`,
      )}
      ${this.mode === 'consultation' ? nothing : this.renderProfilePicker(b)}
    `;
  }

  private renderOptionCards(b: DecisionAidBundle): TemplateResult {
    return html`<div class="options-grid">
      ${this.visibleOptions(b).map(
        (o) => html`<article class="option" part="option" data-option=${o.id} aria-labelledby=${`opt-${o.id}`}>
          ${this.h(2, this.t(o.label), `opt-${o.id}`)}
          ${o.eligibility ? html`<p class="eligibility">${this.t(o.eligibility)}</p>` : nothing}
          <div class="description">${this.rich(o.description, 3)}</div>
          ${o.practical.length
            ? html`<dl class="facts practical">
                ${o.practical.map((f) => html`<dt>${this.t(f.label)}</dt><dd>${this.t(f.text)} ${this.renderSourceRefs(f.sources)}</dd>`)}
              </dl>`
            : nothing}
          <div class="pros-cons">
            <div class="pros">
              ${this.h(3, html`<span class="mark" aria-hidden="true">+</span> ${msg('Fordele')}`)}
              <ul>${o.pros.map((p) => html`<li>${this.t(p)}</li>`)}</ul>
            </div>
            <div class="cons">
              ${this.h(3, html`<span class="mark" aria-hidden="true">−</span> ${msg('Ulemper')}`)}
              <ul>${o.cons.map((c) => html`<li>${this.t(c)}</li>`)}</ul>
            </div>
          </div>
          ${this.h(3, msg('Sådan er det at leve med'))}
          <dl class="facts living">
            ${o.livingWith.physical ? html`<dt>${msg('Kroppen')}</dt><dd>${this.t(o.livingWith.physical)}</dd>` : nothing}
            ${o.livingWith.psychological ? html`<dt>${msg('Tanker og følelser')}</dt><dd>${this.t(o.livingWith.psychological)}</dd>` : nothing}
            ${o.livingWith.social ? html`<dt>${msg('Hverdag, arbejde og familie')}</dt><dd>${this.t(o.livingWith.social)}</dd>` : nothing}
          </dl>
          ${this.renderSourceRefs(o.sources)}
        </article>`,
      )}
    </div>`;
  }

  private renderComparison(b: DecisionAidBundle): TemplateResult {
    const options = this.visibleOptions(b);
    return html`<div class="comparison-wrap ${options.length > 4 ? 'many' : ''}">
      <table class="comparison" part="comparison">
        <caption>${msg('Ofte stillede spørgsmål – mulighederne side om side')}</caption>
        <thead>
          <tr>
            <td></td>
            ${options.map((o) => html`<th scope="col">${this.t(o.label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${b.comparison.map(
            (r) => html`<tr>
              <th scope="row">${this.t(r.question)}</th>
              ${options.map((o) => {
                const a = r.answers.find((x) => x.option === o.id);
                return html`<td>
                  <span class="cell-label" aria-hidden="true">${this.t(o.label)}</span>
                  ${a ? html`${this.t(a.text)} ${this.renderSourceRefs(a.sources)}` : html`<span class="muted">${msg('Ikke besvaret')}</span>`}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderProfilePicker(b: DecisionAidBundle): unknown {
    if (!b.profilePrompt || !b.profiles?.length) return nothing;
    const active = this.activeProfileId(b) ?? '';
    const p = b.profiles.find((x) => x.id === active);
    return html`<div class="profile-picker no-print" part="profile-picker">
      <label for="profile-select">${this.t(b.profilePrompt)}</label>
      <select
        id="profile-select"
        .value=${active}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          this.profile = v || null;
          this.changed('profile');
        }}
      >
        <option value="" ?selected=${!active}>${msg('Vælg …')}</option>
        ${b.profiles.map((x) => html`<option value=${x.id} ?selected=${x.id === active}>${this.t(x.label)}</option>`)}
      </select>
      ${p?.description ? html`<p class="profile-description">${this.t(p.description)}</p>` : nothing}
    </div>`;
  }

  /** What the views need from the element (text resolution, headings, source references). */
  private get view(): ViewHost {
    return {
      t: (x) => this.t(x),
      h: (offset, content, id) => this.h(offset, content, id),
      refs: (ids) => this.renderSourceRefs(ids),
      locale: this.contentLocale || 'da',
    };
  }

  private renderOutcomes(b: DecisionAidBundle): TemplateResult {
    return renderOutcomes(this.view, {
      bundle: b,
      profileId: this.activeProfileId(b),
      options: this.visibleOptions(b),
      host: this._host,
      picker: this.renderProfilePicker(b),
    });
  }

  private renderValues(b: DecisionAidBundle): TemplateResult {
    return html`
      <p>${msg('Hvor vigtigt er hvert udsagn for dig? Der er ingen rigtige eller forkerte svar.')}</p>
      ${b.values.map(
        (v) => html`<fieldset class="value" data-value=${v.id}>
          <legend>${this.t(v.statement)}</legend>
          <div class="scale">
            ${RATINGS.map(
              (r) => radioChoice(`value-${v.id}`, r, this._ratings[v.id] === r, ratingLabel(r), () => {
                this._ratings = { ...this._ratings, [v.id]: r };
                this.changed('value');
              }, false),
            )}
          </div>
        </fieldset>`,
      )}
    `;
  }

  private renderReady(b: DecisionAidBundle): TemplateResult {
    const options = this.visibleOptions(b);
    return html`
      <fieldset class="leaning">
        <legend>${msg('Hvilken mulighed hælder du mest til lige nu?')}</legend>
        ${[...options.map((o) => ({ id: o.id, label: this.t(o.label) })), { id: 'unsure', label: msg('Jeg er ikke sikker endnu') }].map(
          (o) => radioChoice('leaning', o.id, this._leaning === o.id, o.label, () => {
                this._leaning = o.id;
                this.changed('leaning');
              }, true),
        )}
      </fieldset>
      ${this.h(2, msg('Er jeg klar til at beslutte?'))}
      ${b.readiness.map(
        (r) => html`<fieldset class="readiness" data-readiness=${r.id}>
          <legend>${this.t(r.question)}</legend>
          ${(['yes', 'no'] as const).map(
            (a) => radioChoice(`ready-${r.id}`, a, this._readiness[r.id] === a, a === 'yes' ? msg('Ja') : msg('Nej'), () => {
                this._readiness = { ...this._readiness, [r.id]: a };
                this.changed('readiness');
              }, false),
          )}
        </fieldset>`,
      )}
      ${b.knowledge?.length
        ? html`${this.h(2, msg('Tjek din viden'))}
            <p>${msg('Frivilligt. Svarene gemmes ikke.')}</p>
            ${b.knowledge.map((k) => {
              const a = this._knowledge[k.id];
              return html`<fieldset class="knowledge" data-knowledge=${k.id}>
                <legend>${this.t(k.question)}</legend>
                ${k.answers.map(
                  (ans) => radioChoice(`know-${k.id}`, ans.id, a === ans.id, this.t(ans.text), () => {
                this._knowledge = { ...this._knowledge, [k.id]: ans.id };
                this.changed('knowledge');
              }, false),
                )}
                <div class="feedback" aria-live="polite">
                  ${a !== undefined
                    ? html`<p><strong>${a === k.correct ? msg('Rigtigt.') : msg('Ikke helt.')}</strong> ${this.t(k.explanation)}</p>
                        ${this.renderSourceRefs(k.sources)}`
                    : nothing}
                </div>
              </fieldset>`;
            })}`
        : nothing}
      ${this.h(2, msg('Spørgsmål til lægen'))}
      <fieldset class="questions">
        <legend>${msg('Sæt kryds ved de spørgsmål, du vil stille')}</legend>
        ${b.questions.map(
          (q, i) => html`<label class="choice block">
            <input
              type="checkbox"
              value=${i}
              .checked=${this._chosenQuestions.includes(i)}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                this._chosenQuestions = on ? [...this._chosenQuestions.filter((x) => x !== i), i] : this._chosenQuestions.filter((x) => x !== i);
                this.changed('questions');
              }}
            />
            <span>${this.t(q)}</span>
          </label>`,
        )}
      </fieldset>
      <label class="own-label" for="own-questions">${msg('Dine egne spørgsmål (ét pr. linje)')}</label>
      <textarea
        id="own-questions"
        rows="4"
        .value=${this._ownQuestions}
        @input=${(e: Event) => {
          this._ownQuestions = (e.target as HTMLTextAreaElement).value;
          this.changed('questions');
        }}
      ></textarea>
      <p class="privacy">${msg('Det, du skriver, bliver kun på denne side og gemmes ikke.')}</p>
    `;
  }

  /** The overlay's general local facts and the `before-summary` slot, shown before the summary. */
  private renderBeforeSummary(): TemplateResult {
    return html`<div class="before-summary no-print">
      ${this.renderLocal()}
      <div class="host-slot"><slot name="before-summary"></slot></div>
    </div>`;
  }

  /**
   * The summary. In patient mode it is always in the DOM so it prints from any step; on screen
   * it shows only on the summary step.
   */
  private renderSummarySection(b: DecisionAidBundle, current: boolean, withHeadingId = true): TemplateResult {
    const s = this.buildSummary(b);
    const today = new Date().toISOString().slice(0, 10);
    const options = this.visibleOptions(b);
    const numbers = riskSummary(this.view, { bundle: b, profileId: this.activeProfileId(b), options, host: this._host });
    return html`<section
      class="step summary-step ${current ? '' : 'offscreen'}"
      part="summary"
      data-step="summary"
      aria-labelledby=${current && withHeadingId ? 'step-heading' : 'summary-heading'}
    >
      ${renderHeading(this.level + 1, stepTitle('summary'), { id: current && withHeadingId ? 'step-heading' : 'summary-heading', focusable: true })}
      <p class="summary-title">${this.t(b.title)} · ${this.t(b.decision)}</p>
      <dl class="summary-meta">
        <dt>${msg('Dato')}</dt>
        <dd><time datetime=${today}>${this.date(today)}</time></dd>
        <dt>${msg('Navn')}</dt>
        <dd class="blank"></dd>
      </dl>
      ${s.profile ? html`<p class="summary-profile">${msg(str`Gruppe: ${s.profile.label}`)}</p>` : nothing}
      ${this.h(2, msg('Mulighederne'))}
      <ul class="summary-options">${options.map((o) => html`<li>${this.t(o.label)}</li>`)}</ul>
      ${numbers.length
        ? html`${this.h(2, msg('Tallene for min gruppe'))}
            ${numbers.map((r) => html`<div class="summary-numbers" data-outcome=${r.id}><p class="summary-outcome"><strong>${r.label}</strong></p><ul>${r.lines.map((l) => html`<li>${l}</li>`)}</ul></div>`)}`
        : nothing}
      ${this.h(2, msg('Det hælder jeg til'))}
      <p class="summary-leaning">${s.leaning ? s.leaning.label : msg('Ikke valgt endnu.')}</p>
      ${this.h(2, msg('Det betyder mest for mig'))}
      ${s.mattersMost.length
        ? html`<ul class="summary-values">
            ${s.mattersMost.map(
              (v) => html`<li>${v.statement} <span class="rating">(${ratingLabel(v.rating).toLowerCase()})</span>${v.favours.length ? html`<br /><span class="favours">${msg(str`Peger mod: ${v.favours.join(', ')}`)}</span>` : nothing}</li>`,
            )}
          </ul>`
        : html`<p class="summary-values-empty">${msg('Du har ikke markeret noget som meget vigtigt endnu.')}</p>`}
      ${this.h(2, msg('Er jeg klar?'))}
      <ul class="summary-readiness">
        ${s.readiness.map((r) => html`<li>${r.question} <strong>${r.answer === 'yes' ? msg('Ja') : r.answer === 'no' ? msg('Nej') : msg('Ikke besvaret')}</strong></li>`)}
      </ul>
      ${s.readiness.some((r) => r.answer === 'no')
        ? html`<p class="not-ready">${msg('Tal med dit behandlingshold om det, du svarede nej til. Du behøver ikke beslutte dig, før du er klar.')}</p>`
        : nothing}
      ${this.h(2, msg('Mine spørgsmål til lægen'))}
      ${s.questions.length
        ? html`<ul class="summary-questions">${s.questions.map((q) => html`<li>${q}</li>`)}</ul>`
        : html`<p>${msg('Ingen spørgsmål endnu.')}</p>`}
      <p class="privacy no-print">${msg('Overblikket gemmes ikke. Udskriv det, eller tag det med på skærmen til samtalen.')}</p>
      <div class="print-only summary-sources">
        ${this.h(2, msg('Kilder'))}
        <ol>${b.sources.map((src) => html`<li>${src.citation}${src.url ? html` <span class="url">${src.url}</span>` : nothing}</li>`)}</ol>
        <p>${this.t(b.title)}, version ${b.version}. ${this.t(b.publisher.name)}.</p>
      </div>
    </section>`;
  }
}
