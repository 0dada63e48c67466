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
import { PATIENT_STEPS, ratingLabel, stepTitle, type Answers, type ChangeKind, type ReadinessAnswer, type StepHost, type StepId } from './steps/host.js';
import { renderDecision } from './steps/decision.js';
import { renderOptionCards } from './steps/options.js';
import { renderComparison } from './steps/compare.js';
import { renderOutcomesStep } from './steps/outcomes.js';
import { renderValues } from './steps/values.js';
import { renderReady } from './steps/ready.js';
import { renderBeforeSummary, renderSummarySection } from './steps/summary.js';
import './icon-array.js';

export { PATIENT_STEPS, type StepId, type ReadinessAnswer };
export type Mode = 'patient' | 'consultation';

/** What the patient chose, as sent in `pakke-change` and `pakke-summary`. Nothing is stored. */
export interface DecisionAidSummary {
  bundle: { id: string; version: string };
  locale: string;
  /** What changed to cause this event (`pakke-change` only). */
  changed?: ChangeKind;
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

/** The host-numbers check comes with the checker (zod and the kind schema), a lazy chunk. */
let checkHostNumbers: typeof import('../bundle/kinds/decision-aid.js').checkHostNumbers | undefined;
const loadChecker = () =>
  import('../bundle/kinds/decision-aid.js').then((m) => {
    checkHostNumbers = m.checkHostNumbers;
    return m.decisionAidBundle;
  });

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

  private changed(what: ChangeKind): void {
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
      <p class="notice needs-js" part="notice" data-notice="needs-js">${msg('Du kan læse hele beslutningsstøtten her. For at gå gennem trinene og svare skal JavaScript være slået til i din browser.')}</p>
      ${consultation ? this.renderConsultation(b) : this.renderPatient(b)}
    </div>`;
  }

  private renderPatient(b: DecisionAidBundle): TemplateResult {
    const current = this.currentStep;
    const index = PATIENT_STEPS.indexOf(current);
    return html`
      <nav class="progress no-print js-only" part="progress" aria-label=${msg('Trin i beslutningsstøtten')}>
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
      ${current === 'summary' ? renderBeforeSummary(this.stepHost) : nothing}
      ${renderSummarySection(this.stepHost, b, this.buildSummary(b), current === 'summary')}
      <nav class="pakke-nav step-nav no-print" part="nav" aria-label=${msg('Frem og tilbage')}>
        ${index > 0
          ? html`<button type="button" class="pakke-button secondary pakke-back" data-action="back" @click=${() => this.back()}>
              ${msg(str`Tilbage: ${stepTitle(PATIENT_STEPS[index - 1]!)}`)}
            </button>`
          : nothing}
        ${index < PATIENT_STEPS.length - 1
          ? html`<button type="button" class="pakke-button pakke-next" data-action="next" @click=${() => this.next()}>
              ${msg(str`Næste: ${stepTitle(PATIENT_STEPS[index + 1]!)}`)}
            </button>`
          : html`<button type="button" class="pakke-button pakke-primary" data-action="print" @click=${() => this.print(b)}>${msg('Udskriv overblikket')}</button>`}
      </nav>
    `;
  }

  private renderStepBody(b: DecisionAidBundle, step: StepId): unknown {
    switch (step) {
      case 'decision':
        return renderDecision(this.stepHost, b);
      case 'options':
        return renderOptionCards(this.stepHost, b);
      case 'compare':
        return renderComparison(this.stepHost, b);
      case 'outcomes':
        return renderOutcomesStep(this.stepHost, b);
      case 'values':
        return renderValues(this.stepHost, b);
      case 'ready':
        return renderReady(this.stepHost, b);
      default:
        return nothing;
    }
  }

  /** A step as a section of one long page (consultation mode; a page without JavaScript). */
  private section(step: StepId, body: unknown): TemplateResult {
    return html`<section class="step" part="step" data-step=${step} aria-labelledby=${`h-${step}`}>
      ${renderHeading(this.level + 1, stepTitle(step), { id: `h-${step}` })} ${body}
    </section>`;
  }

  /** Without JavaScript (pre-rendered HTML), the patient's other steps follow the first, to read. */
  protected override renderWithoutScript(b: DecisionAidBundle): unknown {
    if (this.mode === 'consultation') return nothing;
    const current = this.currentStep;
    return PATIENT_STEPS.filter((s) => s !== current && s !== 'summary').map((s) => this.section(s, this.renderStepBody(b, s)));
  }

  private renderConsultation(b: DecisionAidBundle): TemplateResult {
    const folded = (step: StepId, body: unknown) => html`<details class="folded" data-step=${step}>
      <summary>${msg(str`Patientens trin: ${stepTitle(step)}`)}</summary>
      <section class="step" part="step" aria-labelledby=${`h-${step}`}>${renderHeading(this.level + 1, stepTitle(step), { id: `h-${step}` })} ${body}</section>
    </details>`;
    return html`
      <p class="decision-question"><strong>${this.t(b.decision)}</strong></p>
      ${this.section('outcomes', renderOutcomesStep(this.stepHost, b))} ${this.section('compare', renderComparison(this.stepHost, b))} ${this.section('options', renderOptionCards(this.stepHost, b))}
      ${this.section('decision', renderDecision(this.stepHost, b))} ${folded('values', renderValues(this.stepHost, b))} ${folded('ready', renderReady(this.stepHost, b))}
      ${renderBeforeSummary(this.stepHost)}
      ${renderSummarySection(this.stepHost, b, this.buildSummary(b), true, false)}
      <div class="pakke-nav step-nav no-print" part="nav">
        <button type="button" class="pakke-button pakke-primary" data-action="print" @click=${() => this.print(b)}>${msg('Udskriv overblikket')}</button>
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

  /** What the steps need from the element (see steps/host.ts). */
  private get stepHost(): StepHost {
    return {
      t: (x) => this.t(x),
      h: (offset, content, id) => this.h(offset, content, id),
      refs: (ids) => this.renderSourceRefs(ids),
      locale: this.contentLocale || 'da',
      rich: (x, offset) => this.rich(x, offset),
      date: (iso) => this.date(iso),
      local: () => this.renderLocal(),
      level: this.level,
      consultation: this.mode === 'consultation',
      answers: {
        ratings: this._ratings,
        readiness: this._readiness,
        leaning: this._leaning,
        knowledge: this._knowledge,
        chosenQuestions: this._chosenQuestions,
        ownQuestions: this._ownQuestions,
      },
      answer: (patch, what) => this.answer(patch, what),
      options: (b) => this.visibleOptions(b),
      profileId: (b) => this.activeProfileId(b),
      setProfile: (id) => {
        this.profile = id;
        this.changed('profile');
      },
      hostNumbers: this._host,
    };
  }

  private answer(patch: Partial<Answers>, what: ChangeKind): void {
    if (patch.ratings) this._ratings = patch.ratings;
    if (patch.readiness) this._readiness = patch.readiness;
    if ('leaning' in patch) this._leaning = patch.leaning;
    if (patch.knowledge) this._knowledge = patch.knowledge;
    if (patch.chosenQuestions) this._chosenQuestions = patch.chosenQuestions;
    if (patch.ownQuestions !== undefined) this._ownQuestions = patch.ownQuestions;
    this.changed(what);
  }
}
