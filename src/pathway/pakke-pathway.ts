/**
 * `<pakke-pathway>`: a cancer pathway explainer. Phases and steps as an ordered timeline, who is
 * responsible for each step, how long it should take at most, where the patient is now, and
 * target dates computed from a start date.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PakkeElement, renderHeading } from '../base/pakke-element.js';
import { parseIsoDate } from '../base/dates.js';
import type { PakkeErrorDetail } from '../bundle/errors.js';
import { isExternal, safeUrl } from '../bundle/url.js';
import type {
  Actor,
  Alternative,
  Duration,
  Exit,
  GlossaryEntry,
  Note,
  PathwayBundle,
  Phase,
  Step,
} from '../bundle/kinds/pathway.js';
import { getLocale } from '../l10n/localization.js';
import { durationText, formatDay, targetText, totalText } from './format.js';
import { computeSchedule, type StepSchedule, type Target } from './schedule.js';
import { renderTermText, type TermForms } from './terms.js';
import { pathwayStyles } from './styles.js';
import type { CalendarEntry } from './ics.js';
import type { Source } from '../bundle/envelope.js';
import { checked } from '../base/checked.js';

export type StepStatus = 'done' | 'current' | 'upcoming';

/** `detail` of `pakke-related-select`: the reader asked for related content (no URL template given). */
export interface RelatedSelectDetail {
  kind: 'decision-aid';
  /** Bundle id of the related content. */
  id: string;
  /** The step it belongs to. */
  stepId: string;
}

/** `detail` of `pakke-step-select`. */
export interface StepSelectDetail {
  stepId: string;
  phaseId: string;
  /** 1-based position of the step in the timeline as shown. */
  index: number;
  status: StepStatus;
}

interface Problem {
  attribute: 'start-date' | 'current-step' | 'treatment';
  value: string;
}

/** What the renders of one bundle in one content language share: computed once, not per render. */
interface Prepared {
  bundle: PathwayBundle;
  locale: string;
  /** Every step id, in order. */
  ids: string[];
  glossary: Map<string, GlossaryEntry>;
  /** Glossary words to look for per step id (lower-cased in the content locale). */
  terms: Map<string, TermForms[]>;
}

interface VisibleStep {
  step: Step;
  phase: Phase;
  index: number;
  status: StepStatus;
}

/**
 * Renders a pathway bundle as a readable timeline.
 *
 * @summary Cancer pathway explainer: phases, steps, who is responsible, maximum times and dates.
 *
 * @attr src - URL of a `pathway` bundle (JSON).
 * @attr current-step - Id of the step the patient is at: marked "You are here" and with `aria-current="step"`; steps before it read as done.
 * @attr start-date - `YYYY-MM-DD`: the date the pathway's clock starts (e.g. the day the hospital received the referral). Durations become target dates.
 * @attr treatment - Id of a treatment (e.g. `surgery`): shows only that branch where the pathway branches. Default: every branch, side by side.
 * @attr compact - Denser layout for narrow sidebars: steps start closed (except the current one), phase descriptions and notes fold away.
 * @attr heading-level - Level of the element's main heading (2–5, default 2).
 * @attr lang - Content language (else the nearest ancestor's `lang`, else the document's).
 * @attr decision-aid-url - URL template for a step's decision aid, with `{id}` for the decision aid's bundle id (e.g. `/beslutningsstotte/{id}`). Without it the link is a button that fires `pakke-related-select`.
 * @attr sources-mode - `compact` (default): numbered references to the sources list in the footer; `inline`: a "Source:" line after each block.
 *
 * @fires pakke-ready - The bundle is loaded and rendered. `detail: { id, version, locale }`.
 * @fires pakke-error - Loading failed, or an attribute is invalid (`code: 'invalid-attribute'`, `attribute`: `start-date`, `current-step` or `treatment`).
 * @fires pakke-step-select - The user opened a step. `detail: { stepId, phaseId, index, status }`.
 * @fires pakke-related-select - The reader pressed a step's decision-aid button (no `decision-aid-url`). `detail: { kind: 'decision-aid', id, stepId }`.
 *
 * @csspart root - The outer wrapper.
 * @csspart header - Title, summary and introduction.
 * @csspart notes - The country notes (what the times mean legally).
 * @csspart note - One note; legal notes also have the part `legal-note`.
 * @csspart legal-note - A legal note.
 * @csspart dates - The box explaining which date the dates count from.
 * @csspart problem - A message about an invalid attribute.
 * @csspart controls - The treatment choice and the open/close-all buttons.
 * @csspart timeline - The ordered list of phases.
 * @csspart phase - One phase.
 * @csspart step - One step (also `step-done`, `step-current` or `step-upcoming`).
 * @csspart step-done - A step before the current one.
 * @csspart step-current - The current step.
 * @csspart step-upcoming - A step after the current one (or every step when none is current).
 * @csspart marker - The step's number or check mark on the timeline.
 * @csspart step-toggle - The button in a step heading that opens and closes its details.
 * @csspart actor - One responsible actor label.
 * @csspart duration - The maximum time of a step or alternative.
 * @csspart target-date - A computed date.
 * @csspart alternatives - The list of branches of a step.
 * @csspart term - A glossary word button.
 * @csspart definition - The explanation shown after a glossary word.
 * @csspart glossary - The list of words and explanations at the end.
 * @csspart error - The error box.
 * @csspart notice - Notices (example content, review overdue, language, invalid attributes).
 * @csspart footer - The "about this content" footer.
 * @csspart exit - A way the pathway can end at a step (cancer ruled out, not fit for the standard pathway).
 * @csspart sequence - The treatments of a branch in order (e.g. before surgery → surgery → after).
 * @csspart related - A step's link or button to its decision aid.
 * @csspart calendar - The button that saves the target dates as a calendar file.
 * @csspart local - Local facts from an overlay (contact blocks, links), in the step, phase or contact area they belong to.
 * @csspart contact - One local contact block from an overlay.
 * @csspart contact-area - The area after the steps holding the overlay's general contacts and the `contact` slot.
 *
 * @slot contact - Local contact details written by the page's editor (e.g. the pathway coordinator's phone and hours). Shown after the steps, before the word list; it is part of the reading and tab order there. Give it its own heading at the level below the element's heading.
 *
 * @attr overlay - URL of an overlay bundle with local facts for this pathway (see docs/local-adaptation.md).
 *
 * @cssprop --pakke-color-accent - Timeline line, current step and buttons.
 * @cssprop --pakke-color-success - Done steps.
 * @cssprop --pakke-color-border - Lines and borders.
 * @cssprop --pakke-color-subtle - Backgrounds of notes and alternatives.
 */
export class PakkePathway extends PakkeElement<PathwayBundle> {
  static override styles = [...PakkeElement.styles, pathwayStyles];

  static override properties = {
    ...PakkeElement.properties,
    currentStep: { type: String, attribute: 'current-step' },
    startDate: { type: String, attribute: 'start-date' },
    treatment: { type: String },
    compact: { type: Boolean, reflect: true },
    decisionAidUrl: { type: String, attribute: 'decision-aid-url' },
    sourcesMode: { type: String, attribute: 'sources-mode' },
    _open: { state: true },
    _openTerms: { state: true },
  };

  /** Id of the step the patient is at. */
  declare currentStep: string | null;
  /** `YYYY-MM-DD` the clock starts from; durations become target dates. */
  declare startDate: string | null;
  /** Id of the treatment branch to show (default: all). The built-in choice sets this. */
  declare treatment: string | null;
  /** Denser layout for sidebars. */
  declare compact: boolean;
  /** URL template for decision aids, `{id}` replaced by the bundle id. */
  declare decisionAidUrl: string | null;
  /** `compact` (numbered references, the default) or `inline` ("Source:" lines). */
  declare sourcesMode: string | null;
  /** @internal Ids of open steps; undefined until the first bundle render decides. */
  declare _open: ReadonlySet<string> | undefined;
  /** @internal Open glossary explanations, `stepId:termId`. */
  declare _openTerms: ReadonlySet<string>;

  protected readonly kind = 'pathway' as const;
  /** The checker, a lazy chunk loaded only for unpinned content. */
  protected readonly schema = () => import('../bundle/kinds/pathway.js').then((m) => m.pathwayBundle);

  private problems: Problem[] = [];
  private reported = new Set<string>();
  private openFor?: { bundle: PathwayBundle; compact: boolean; current: string | null };
  private prepared?: Prepared;

  constructor() {
    super();
    this.currentStep = null;
    this.startDate = null;
    this.treatment = null;
    this.compact = false;
    this.decisionAidUrl = null;
    this.sourcesMode = null;
    this._open = undefined;
    this._openTerms = new Set();
  }

  /** Opens (or closes) every step. */
  setAllOpen(open: boolean): void {
    const b = this.loaded;
    this._open = new Set(open && b ? this.prep(b).ids : []);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const b = this.loaded;
    if (!b) return;
    // Which steps start open: all in the full layout, only the current one when compact.
    // Decided again when the bundle, the layout or the current step changes.
    const key = this.openFor;
    if (!key || key.bundle !== b || key.compact !== this.compact || key.current !== this.currentStep) {
      const ids = this.prep(b).ids;
      this._open = new Set(this.compact ? ids.filter((id) => id === this.currentStep) : ids);
      this.openFor = { bundle: b, compact: this.compact, current: this.currentStep };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const p of this.problems) {
      const key = `${p.attribute}=${p.value}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      const detail: PakkeErrorDetail = { code: 'invalid-attribute', attribute: p.attribute, message: this.problemMessageEn(p) };
      this.emitError(detail);
    }
    // Forget reports for values no longer set, so setting them again reports again.
    const now = new Set(this.problems.map((p) => `${p.attribute}=${p.value}`));
    for (const k of [...this.reported]) if (!now.has(k)) this.reported.delete(k);
  }

  private problemMessageEn(p: Problem): string {
    switch (p.attribute) {
      case 'start-date':
        return `start-date "${p.value}" is not a valid date in the form YYYY-MM-DD`;
      case 'current-step':
        return `current-step "${p.value}" is not the id of a step in this pathway`;
      case 'treatment':
        return `treatment "${p.value}" is not one of this pathway's treatments`;
    }
  }

  // ---------------------------------------------------------------- helpers

  private get uiLocale(): string {
    return getLocale();
  }

  /** The bundle's ids, glossary and term forms, made again only when the bundle or the content language changes. */
  private prep(b: PathwayBundle): Prepared {
    const locale = this.contentLocale;
    let p = this.prepared;
    if (p?.bundle === b && p.locale === locale) return p;
    const glossary = new Map((b.glossary ?? []).map((g) => [g.id, g]));
    const terms = new Map<string, TermForms[]>();
    const ids: string[] = [];
    for (const phase of b.phases ?? []) {
      for (const step of phase.steps) {
        ids.push(step.id);
        const forms: TermForms[] = [];
        for (const id of step.terms ?? []) {
          const g = glossary.get(id);
          if (g) forms.push({ id, forms: [this.t(g.term), ...(g.forms?.[locale] ?? [])].map((f) => f.toLocaleLowerCase(locale)).filter(Boolean) });
        }
        terms.set(step.id, forms);
      }
    }
    return (this.prepared = p = { bundle: b, locale, ids, glossary, terms });
  }

  private treatmentIds(b: PathwayBundle): string[] {
    return (b.treatments ?? []).map((t) => t.id);
  }

  /** The treatment in effect, or undefined for "show every branch". */
  private activeTreatment(b: PathwayBundle): string | undefined {
    const t = this.treatment?.trim();
    return t && this.treatmentIds(b).includes(t) ? t : undefined;
  }

  private treatmentLabel(b: PathwayBundle, id: string): string {
    const t = b.treatments?.find((x) => x.id === id);
    return t ? this.t(t.label) : id;
  }

  private actorLabel(a: Actor): string {
    if (typeof a !== 'string') return this.t(a.label);
    switch (a) {
      case 'gp':
        return msg('Din egen læge');
      case 'hospital':
        return msg('Hospitalet');
      case 'municipality':
        return msg('Din kommune');
      case 'patient':
        return msg('Dig selv');
      case 'specialist':
        return msg('Speciallæge');
    }
  }

  private visibleSteps(b: PathwayBundle, treatment: string | undefined): VisibleStep[] {
    const out: VisibleStep[] = [];
    for (const phase of b.phases ?? []) {
      for (const step of phase.steps) {
        if (treatment && step.forTreatments && !step.forTreatments.includes(treatment)) continue;
        out.push({ step, phase, index: out.length + 1, status: 'upcoming' });
      }
    }
    const current = this.currentStep?.trim();
    const at = current ? out.findIndex((v) => v.step.id === current) : -1;
    if (at >= 0) out.forEach((v, i) => (v.status = i < at ? 'done' : i === at ? 'current' : 'upcoming'));
    return out;
  }

  // ---------------------------------------------------------------- render

  protected override renderBundle(b: PathwayBundle): unknown {
    const problems: Problem[] = [];
    const rawStart = this.startDate?.trim() ?? '';
    const start = rawStart ? parseIsoDate(rawStart) : undefined;
    if (rawStart && !start) problems.push({ attribute: 'start-date', value: rawStart });
    const rawTreatment = this.treatment?.trim() ?? '';
    const treatment = this.activeTreatment(b);
    if (rawTreatment && !treatment) problems.push({ attribute: 'treatment', value: rawTreatment });
    const steps = this.visibleSteps(b, treatment);
    const rawCurrent = this.currentStep?.trim() ?? '';
    if (rawCurrent && !(b.phases ?? []).some((p) => p.steps.some((s) => s.id === rawCurrent))) {
      problems.push({ attribute: 'current-step', value: rawCurrent });
    }
    this.problems = problems;
    const schedule = computeSchedule(b.phases ?? [], start);
    const level = this.level;
    const byPhase = new Map<string, VisibleStep[]>();
    for (const v of steps) {
      const list = byPhase.get(v.phase.id);
      if (list) list.push(v);
      else byPhase.set(v.phase.id, [v]);
    }

    return html`
      <header class="header" part="header">
        ${renderHeading(level, html`<span dir="auto">${this.t(b.title)}</span>`, { cls: 'title' })}
        ${b.summary ? html`<div class="summary" dir="auto">${this.rich(b.summary, 1)}</div>` : nothing}
        ${b.intro && !this.compact ? html`<div class="intro" dir="auto">${this.rich(b.intro, 1)}</div>` : nothing}
      </header>
      ${this.hasLocal() ? html`<div class="contact-area top" part="contact-area">${this.renderLocal()}</div>` : nothing}
      ${problems.map((p) => this.renderProblem(p))}
      ${this.renderNotes(b.notes ?? [])}
      ${start ? this.renderDatesInfo(b, start, steps, schedule, treatment) : nothing}
      ${this.renderControls(b, treatment)}
      ${steps.length
        ? html`<ol class="timeline" part="timeline" aria-label=${msg('Forløbet trin for trin')}>
            ${(b.phases ?? [])
              .filter((p) => byPhase.has(p.id))
              .map((p) => this.renderPhase(b, p, byPhase.get(p.id)!, schedule, !!start, treatment, steps.length))}
          </ol>`
        : html`<p class="empty">${msg('Forløbet har endnu ingen trin.')}</p>`}
      <div class="contact-area" part="contact-area">
        ${this.hasLocal() ? nothing : this.renderLocal()}
        <div class="host-slot"><slot name="contact"></slot></div>
      </div>
      ${this.renderGlossary(b.glossary ?? [])}
    `;
  }

  private renderProblem(p: Problem): TemplateResult {
    let text: string;
    switch (p.attribute) {
      case 'start-date':
        text = msg(str`Startdatoen "${p.value}" kan ikke bruges. Den skal være en rigtig dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-03-14. Tiderne vises derfor uden datoer.`);
        break;
      case 'current-step':
        text = msg(str`Trinnet "${p.value}" findes ikke i dette forløb. Derfor er det ikke markeret, hvor du er.`);
        break;
      case 'treatment':
        text = msg(str`Behandlingen "${p.value}" findes ikke i dette forløb. Derfor vises alle muligheder.`);
        break;
    }
    return html`<div class="notice problem" part="notice problem" role="status" data-problem=${p.attribute}><p>${text}</p></div>`;
  }

  private renderNotes(notes: readonly Note[]): unknown {
    if (!notes.length) return nothing;
    const level = this.level + 1;
    const body = html`${notes.map(
      (n) => html`<section class="note ${n.kind}" part=${n.kind === 'legal' ? 'note legal-note' : 'note'} aria-labelledby=${`note-${n.id}`} data-note=${n.id}>
        ${renderHeading(level, html`<span dir="auto">${this.t(n.title)}</span>`, { id: `note-${n.id}` })}
        <div dir="auto">${this.rich(n.body, 2)}</div>
        ${this.renderSourceRefs(n.sources)}
      </section>`,
    )}`;
    if (!this.compact) return html`<div class="notes" part="notes">${body}</div>`;
    return html`<details class="notes" part="notes">
      <summary>${notes.some((n) => n.kind === 'legal') ? msg('Om tiderne og dine rettigheder') : msg('Godt at vide')}</summary>
      ${body}
    </details>`;
  }

  private renderDatesInfo(b: PathwayBundle, start: Date, steps: VisibleStep[], schedule: Map<string, StepSchedule>, treatment: string | undefined): TemplateResult {
    const label = b.start ? this.t(b.start.label) : msg('den valgte startdato');
    const date = formatDay(start, this.uiLocale);
    const entries = this.calendarEntries(b, steps, schedule, treatment);
    return html`<div class="dates-info" part="dates">
      <p><strong>${msg('Datoerne er regnet ud fra:')}</strong> <bdi>${label}</bdi>, <strong><bdi>${date}</bdi></strong>.</p>
      <p>${msg('Datoerne viser, hvornår hvert trin senest bør ske. De er ikke aftaler. Du får dine egne tider fra dem, der behandler dig.')}</p>
      ${entries.length
        ? html`<p class="no-print calendar-row">
            <button type="button" class="pakke-button secondary calendar" part="calendar" @click=${() => void this.saveCalendar(b, entries)}>
              ${msg('Gem datoerne i din kalender')}
            </button>
            <span class="calendar-note">${msg('Filen laves på din egen enhed. Intet bliver sendt.')}</span>
          </p>`
        : nothing}
    </div>`;
  }

  /** One all-day calendar entry per computed target date shown (the chosen branch, or every branch). */
  private calendarEntries(b: PathwayBundle, steps: VisibleStep[], schedule: Map<string, StepSchedule>, treatment: string | undefined): CalendarEntry[] {
    const out: CalendarEntry[] = [];
    const loc = this.uiLocale;
    const note = msg('Senest-dato fra forløbsbeskrivelsen, ikke en aftale. Du får dine egne tider fra dem, der behandler dig.');
    for (const v of steps) {
      const sched = schedule.get(v.step.id);
      if (!sched) continue;
      const title = this.t(v.step.title);
      if (sched.target) {
        out.push({ uid: `${b.id}-${v.step.id}@pakke-elements`, from: sched.target.from, to: sched.target.to, summary: `${title}: ${targetText(sched.target, loc)}`, description: note });
      }
      for (const [tid, target] of sched.alternatives) {
        if (treatment && tid !== treatment) continue;
        out.push({
          uid: `${b.id}-${v.step.id}-${tid}@pakke-elements`,
          from: target.from,
          to: target.to,
          summary: `${title} (${this.treatmentLabel(b, tid)}): ${targetText(target, loc)}`,
          description: note,
        });
      }
    }
    return out;
  }

  /** Saves the target dates as an `.ics` file, made here in the browser (nothing is sent). */
  private async saveCalendar(b: PathwayBundle, entries: CalendarEntry[]): Promise<void> {
    const { calendarFile } = await import('./ics.js');
    const text = calendarFile(entries, this.t(b.title));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${b.id}.ics`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private renderControls(b: PathwayBundle, treatment: string | undefined): TemplateResult {
    const treatments = b.treatments ?? [];
    const allOpen = this.prep(b).ids.every((id) => this._open?.has(id));
    return html`<div class="controls no-print" part="controls">
      ${treatments.length
        ? html`<fieldset class="treatment-choice">
            <legend>${msg('Vis tiderne for')}</legend>
            <label
              ><input type="radio" name="treatment" value="" .checked=${checked(!treatment)} @change=${() => this.chooseTreatment(null)} />
              ${msg('Alle muligheder')}</label
            >
            ${treatments.map(
              (t) => html`<label
                ><input type="radio" name="treatment" value=${t.id} .checked=${checked(treatment === t.id)} @change=${() => this.chooseTreatment(t.id)} />
                ${this.t(t.label)}</label
              >`,
            )}
          </fieldset>`
        : nothing}
      <button type="button" class="pakke-button secondary toggle-all" @click=${() => this.setAllOpen(!allOpen)}>
        ${allOpen ? msg('Luk alle trin') : msg('Åbn alle trin')}
      </button>
    </div>`;
  }

  private chooseTreatment(id: string | null): void {
    this.treatment = id;
  }

  private renderPhase(
    b: PathwayBundle,
    phase: Phase,
    steps: VisibleStep[],
    schedule: Map<string, StepSchedule>,
    hasStart: boolean,
    treatment: string | undefined,
    total: number,
  ): TemplateResult {
    const status = steps.every((s) => s.status === 'done') ? 'done' : steps.some((s) => s.status === 'current') ? 'current' : 'upcoming';
    return html`<li class="phase ${status}" part="phase" data-phase=${phase.id}>
      ${renderHeading(this.level + 1, html`<span dir="auto">${this.t(phase.title)}</span>`, { cls: 'phase-title', id: `phase-${phase.id}` })}
      ${phase.description && !this.compact ? html`<div class="phase-description" dir="auto">${this.rich(phase.description, 2)}</div>` : nothing}
      ${phase.sources?.length && !this.compact ? this.renderSourceRefs(phase.sources) : nothing}
      ${this.renderLocal(phase.id)}
      <ol class="steps" aria-labelledby=${`phase-${phase.id}`}>
        ${steps.map((v) => this.renderStep(b, v, schedule.get(v.step.id)!, hasStart, treatment, total))}
      </ol>
    </li>`;
  }

  private statusLabel(s: StepStatus): string {
    return s === 'done' ? msg('Afsluttet') : s === 'current' ? msg('Du er her') : '';
  }

  private renderStep(b: PathwayBundle, v: VisibleStep, sched: StepSchedule, hasStart: boolean, treatment: string | undefined, total: number): TemplateResult {
    const { step, status } = v;
    const open = this._open?.has(step.id) ?? true;
    const detailsId = `step-details-${step.id}`;
    const hasDetails = !!(step.description || step.links?.length || step.clock || step.terms?.length || step.sources?.length || this.hasLocal(step.id));
    const statusText = this.statusLabel(status);
    const title = html`<span class="visually-hidden">${msg(str`Trin ${v.index} af ${total}`) + (statusText ? `, ${statusText}: ` : ': ')}</span><span dir="auto">${this.t(step.title)}</span>`;
    const heading = hasDetails
      ? html`<button
          type="button"
          class="step-toggle"
          part="step-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailsId}
          @click=${() => this.toggleStep(v)}
        >
          ${title}<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>`
      : title;
    const used = new Set<string>();
    return html`<li
      class="step ${status}"
      part="step step-${status}"
      data-step=${step.id}
      aria-current=${status === 'current' ? 'step' : nothing}
    >
      <span class="marker" part="marker" aria-hidden="true">${status === 'done' ? '✓' : v.index}</span>
      <div class="step-body">
        ${renderHeading(this.level + 2, heading, { cls: 'step-title' })}
        ${statusText ? html`<p class="status-badge ${status}" aria-hidden="true">${statusText}</p>` : nothing}
        ${step.forTreatments?.length
          ? html`<p class="applies">${msg(str`Gælder ved: ${step.forTreatments.map((t) => this.treatmentLabel(b, t)).join(', ')}`)}</p>`
          : nothing}
        <dl class="facts">
          <div class="fact actors">
            <dt>${msg('Ansvarlig')}</dt>
            <dd>
              <ul class="actor-list">
                ${step.actors.map(
                  (a) => html`<li class="actor ${typeof a === 'string' ? a : 'custom'}" part="actor">${this.actorLabel(a)}</li>`,
                )}
              </ul>
            </dd>
          </div>
          ${step.duration
            ? this.renderTime(step.duration, step.clock?.countFrom !== 'start' ? sched.totalDays : undefined, hasStart, sched.target, sched)
            : nothing}
        </dl>
        ${step.alternatives?.length ? this.renderAlternatives(b, step, sched, hasStart, treatment) : nothing}
        ${step.decisionAid ? this.renderDecisionAid(step) : nothing}
        ${hasDetails
          ? html`<div class="details" id=${detailsId} ?hidden=${!open}>
              ${step.clock ? this.renderClock(step, treatment) : nothing}
              ${step.description ? this.renderDescription(b, step, step.description, used) : nothing}
              ${this.renderRemainingTerms(b, step, used)}
              ${step.links?.length
                ? html`<ul class="links">
                    ${step.links.map((l) => {
                      const href = this.href(l.href);
                      return href
                        ? html`<li><a href=${href} hreflang=${l.hreflang ?? nothing} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${this.t(l.text)}</a></li>`
                        : nothing;
                    })}
                  </ul>`
                : nothing}
              ${this.renderLocal(step.id)}
              ${this.renderSourceRefs(this.stepSources(step, treatment))}
            </div>`
          : nothing}
        ${step.exits?.length ? html`<div class="exits">${step.exits.map((x) => this.renderExit(x))}</div>` : nothing}
        ${step.continues ? html`<p class="continues" dir="auto"><strong>${msg('Derefter:')}</strong> ${this.t(step.continues)}</p>` : nothing}
      </div>
    </li>`;
  }

  private exitTitle(x: Exit): string {
    if (x.title) return this.t(x.title);
    return x.kind === 'ruled-out' ? msg('Hvis det ikke er kræft') : x.kind === 'not-fit' ? msg('Hvis standardforløbet ikke passer til dig') : '';
  }

  /** A way the pathway can end here: plainly, as part of the step (most people referred do not have cancer). */
  private renderExit(x: Exit): TemplateResult {
    return html`<section class="exit ${x.kind}" part="exit" data-exit=${x.kind}>
      <p class="exit-title"><strong dir="auto">${this.exitTitle(x)}</strong></p>
      <div dir="auto">${this.rich(x.description, 4)}</div>
      ${this.renderSourceRefs(x.sources)}
    </section>`;
  }

  /** The decision aid for the decision made at this step: a link from the host's template, else a button (event). */
  private renderDecisionAid(step: Step): TemplateResult {
    const aid = step.decisionAid!;
    const text = aid.label ? this.t(aid.label) : msg('Hjælp til at beslutte');
    const template = this.decisionAidUrl?.trim();
    const href = template ? safeUrl(template.replace(/\{id\}/g, encodeURIComponent(aid.id))) : undefined;
    return html`<p class="related no-print-button" part="related" data-decision-aid=${aid.id}>
      ${href
        ? html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${text}</a>`
        : html`<button
            type="button"
            class="pakke-button secondary"
            @click=${() => this.emit<RelatedSelectDetail>('pakke-related-select', { kind: 'decision-aid', id: aid.id, stepId: step.id })}
          >
            ${text}
          </button>`}
    </p>`;
  }

  /** Compact sources (the default): superscript numbers linking to the list in the footer. */
  protected override renderSourceRefs(ids: readonly string[] | undefined): unknown {
    if (this.sourcesMode === 'inline') return super.renderSourceRefs(ids);
    const all = this.loaded?.sources ?? [];
    const refs = (ids ?? []).map((id) => all.findIndex((s) => s.id === id)).filter((i) => i >= 0);
    if (!refs.length) return nothing;
    return html`<p class="source-refs compact">
      <span class="visually-hidden">${refs.length === 1 ? msg('Kilde:') : msg('Kilder:')}</span>
      ${refs.map((i) => {
        const s = all[i]!;
        const label = this.sourceLabel(s);
        return html`<sup
          ><a href=${`#source-${s.id}`} class="ref" title=${label} aria-label=${msg(str`Kilde ${i + 1}: ${label}`)} @click=${(e: Event) => this.showSource(e, s.id)}
            >[${i + 1}]</a
          ></sup
        >`;
      })}
    </p>`;
  }

  private sourceLabel(s: Source): string {
    return s.label === undefined ? s.citation : typeof s.label === 'string' ? s.label : this.t(s.label);
  }

  /** Opens the sources list in the footer and moves to the source (links to ids do not cross the shadow root). */
  private showSource(e: Event, id: string): void {
    const li = this.renderRoot.querySelector<HTMLElement>(`[id="source-${CSS.escape(id)}"]`);
    if (!li) return;
    e.preventDefault();
    const details = li.closest('details');
    if (details) details.open = true;
    li.setAttribute('tabindex', '-1');
    li.focus();
    li.scrollIntoView({ block: 'center' });
  }

  /** Sources of the step and of the durations shown in it, without duplicates. */
  private stepSources(step: Step, treatment: string | undefined): string[] {
    const ids = [...(step.sources ?? []), ...(step.duration?.sources ?? [])];
    for (const a of step.alternatives ?? []) {
      if (treatment && a.treatment !== treatment) continue;
      ids.push(...(a.sources ?? []), ...(a.duration?.sources ?? []));
    }
    return [...new Set(ids)];
  }

  /** "How long" (with the basis and the total from the start) and, with a start date, "when". */
  private renderTime(d: Duration, totalDays: number | undefined, hasStart: boolean, target: Target | undefined, sched: StepSchedule): TemplateResult {
    const loc = this.uiLocale;
    const legal = d.basis === 'legal-right';
    return html`<div class="fact time">
        <dt>${msg('Hvor længe')}</dt>
        <dd>
          <bdi class="duration" part="duration">${durationText(d, loc)}</bdi>
          <span class=${legal ? 'basis legal' : 'basis'}>${legal ? msg('din ret efter loven') : msg('anbefalet')}</span>
          ${totalDays !== undefined ? html`<span class="total">(<bdi>${totalText(totalDays, loc)}</bdi>)</span>` : nothing}
        </dd>
      </div>
      ${hasStart
        ? html`<div class="fact date">
            <dt>${msg('Hvornår')}</dt>
            <dd>
              <span class=${target ? 'target-date' : 'no-date'} part=${target ? 'target-date' : nothing}
                >${target
                  ? html`<bdi>${targetText(target, loc)}</bdi>`
                  : sched.unanchored
                    ? msg('Afhænger af, hvornår tiden begynder at løbe')
                    : msg('Kan ikke beregnes')}</span
              >
            </dd>
          </div>`
        : nothing}`;
  }

  private renderAlternatives(b: PathwayBundle, step: Step, sched: StepSchedule, hasStart: boolean, treatment: string | undefined): TemplateResult {
    const alts = (step.alternatives ?? []).filter((a) => !treatment || a.treatment === treatment);
    const shown = alts.length ? alts : step.alternatives ?? [];
    return html`<ul class="alternatives ${shown.length === 1 ? 'single' : ''}" part="alternatives" aria-label=${msg('Muligheder')}>
      ${shown.map((a) => this.renderAlternative(b, a, sched, hasStart))}
    </ul>`;
  }

  private renderAlternative(b: PathwayBundle, a: Alternative, sched: StepSchedule, hasStart: boolean): TemplateResult {
    return html`<li class="alternative" data-treatment=${a.treatment}>
      <p class="alt-title"><strong>${this.treatmentLabel(b, a.treatment)}</strong></p>
      <dl class="facts">
        ${a.duration
          ? this.renderTime(a.duration, sched.alternativeTotals.get(a.treatment), hasStart, sched.alternatives.get(a.treatment), sched)
          : nothing}
      </dl>
      ${a.sequence?.length
        ? html`<ol class="sequence" part="sequence" aria-label=${msg('I denne rækkefølge')}>
            ${a.sequence.map(
              (part) => html`<li>
                <strong dir="auto">${this.t(part.label)}</strong>${part.description ? html`<span class="seq-description" dir="auto">${this.t(part.description)}</span>` : nothing}
              </li>`,
            )}
          </ol>`
        : nothing}
      ${a.description ? html`<div class="alt-description" dir="auto">${this.rich(a.description, 3)}</div>` : nothing}
    </li>`;
  }

  private renderClock(step: Step, treatment: string | undefined): TemplateResult {
    const c = step.clock!;
    const ends = (step.alternatives ?? [])
      .filter((a) => a.ends && (!treatment || a.treatment === treatment))
      .map((a) => this.t(a.ends));
    if (c.ends) ends.unshift(this.t(c.ends));
    return html`<dl class="clock">
      <div><dt>${msg('Tiden begynder, når')}</dt><dd><bdi>${this.t(c.starts)}</bdi></dd></div>
      ${ends.length ? html`<div><dt>${msg('Tiden stopper, når')}</dt><dd><bdi>${ends.join(' / ')}</bdi></dd></div>` : nothing}
    </dl>`;
  }

  private renderDescription(b: PathwayBundle, step: Step, text: Readonly<Record<string, string>>, used: Set<string>): TemplateResult {
    return html`<div class="description" dir="auto">
      ${renderTermText(this.t(text), {
        terms: this.prep(b).terms.get(step.id) ?? [],
        used,
        headingLevel: this.level + 3,
        locale: this.contentLocale,
        base: this.contentUrl,
        render: (id, word, after) => this.renderTerm(b, step, id, word, after),
      })}
    </div>`;
  }

  /** Terms of a step that did not occur in its text are offered after it. */
  private renderRemainingTerms(b: PathwayBundle, step: Step, used: Set<string>): unknown {
    const glossary = this.prep(b).glossary;
    const rest = (step.terms ?? []).filter((id) => !used.has(id) && glossary.has(id));
    if (!rest.length) return nothing;
    return html`<p class="more-terms">
      ${msg('Ord forklaret:')}
      ${rest.map((id, i) => html`${i > 0 ? ', ' : ''}${this.renderTerm(b, step, id, this.t(glossary.get(id)!.term))}`)}
    </p>`;
  }

  private renderTerm(b: PathwayBundle, step: Step, termId: string, word: string, after = ''): TemplateResult {
    const key = `${step.id}:${termId}`;
    const open = this._openTerms.has(key);
    const entry = this.prep(b).glossary.get(termId);
    const defId = `def-${step.id}-${termId}`;
    // A term of several words can wrap inside its button, which then fills the line and would
    // leave a full stop after it alone on the next line: there the punctuation goes inside the
    // button (hidden from its accessible name, which stays the term).
    const inside = !!after && /\s/.test(word.trim());
    return html`<span class="term-wrap"
        ><button
        type="button"
        class="term"
        part="term"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${defId}
        @click=${() => this.toggleTerm(key)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape' && this._openTerms.has(key)) {
            e.preventDefault();
            this.toggleTerm(key);
          }
        }}
      >${word}${inside ? html`<span class="after" aria-hidden="true">${after}</span>` : nothing}<span class="visually-hidden"> (${msg('forklaring af ordet')})</span></button
      >${inside ? nothing : after}</span
      ><span class="definition-slot" id=${defId} role="status"
        >${open && entry
          ? html`<span class="definition" part="definition"><span class="visually-hidden">${this.t(entry.term)}: </span>${this.t(entry.definition)}</span>`
          : nothing}</span
      >`;
  }

  private toggleTerm(key: string): void {
    const next = new Set(this._openTerms);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this._openTerms = next;
  }

  private toggleStep(v: VisibleStep): void {
    const next = new Set(this._open ?? []);
    const opening = !next.has(v.step.id);
    if (opening) next.add(v.step.id);
    else next.delete(v.step.id);
    this._open = next;
    if (opening) {
      this.emit<StepSelectDetail>('pakke-step-select', { stepId: v.step.id, phaseId: v.phase.id, index: v.index, status: v.status });
    }
  }

  private renderGlossary(glossary: readonly GlossaryEntry[]): unknown {
    if (!glossary.length) return nothing;
    return html`<section class="glossary" part="glossary" aria-labelledby="glossary-title">
      ${renderHeading(this.level + 1, msg('Ord og begreber'), { id: 'glossary-title' })}
      <dl>
        ${glossary.map(
          (g) => html`<div class="entry" data-term=${g.id}>
            <dt dir="auto">${this.t(g.term)}</dt>
            <dd dir="auto">${this.t(g.definition)}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pakke-pathway': PakkePathway;
  }
}
