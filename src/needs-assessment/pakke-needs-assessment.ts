import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { PakkeElement, renderHeading } from '../base/pakke-element.js';
import type { NaItem, NaPage, NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { fhirSourceOf, isFhirQuestionnaire } from '../bundle/fhir-source.js';
import { getLocale } from '../l10n/localization.js';
import { toQuestionnaireResponse, type FhirQuestionnaireResponse } from './fhir.js';
import { CalculationsController } from './calculations.js';
import { coerceAnswer, FormState, validateItem, type AnswerValue, type Answers, type FlagResult, type ValidationProblem } from './logic.js';
import { DATE_PARTS, problemText, readDateParts, readNumber, renderQuestion, type Draft, type QuestionView } from './questions/index.js';
import { clear, load, parseSaved, persistMode, pruneOtherVersions, save, storageKey } from './persist.js';
import { needsAssessmentStyles } from './styles.js';
import { flagResults, renderAnswers, renderFlags, type SummaryView } from './summary.js';

export type View = 'form' | 'summary' | 'done';

const formKey = (b: { id: string; version: string }) => `${b.id}@${b.version}`;

/** The form state given to the browser once the answers are sent: restoring it restores nothing. */
const SENT_STATE = '{"sent":true}';

/** `pakke-change` detail. */
export interface NeedsChangeDetail {
  /** The item that changed. */
  itemId: string;
  /** Its new value (undefined when cleared). */
  value: AnswerValue | undefined;
  /** Answers of all shown items so far. */
  answers: Answers;
}

/** `pakke-submit` detail. */
export interface NeedsSubmitDetail {
  answers: Answers;
  flags: FlagResult[];
  questionnaireResponse: FhirQuestionnaireResponse;
  /**
   * Call during the event (as with a service worker's `FetchEvent`) with the promise of the
   * host's sending: the element shows "sending" until it settles, then "sent" (fulfilled) or
   * an error with a way to try again (rejected). Without it the element thanks the reader but
   * never says the answers were received.
   */
  respondWith(sending: PromiseLike<unknown>): void;
}

/**
 * `pakke-answers-kept` detail: another form (`src` or `bundle` changed) is about to replace the
 * one being answered. Its answers are kept in memory for this element's lifetime and come back
 * when that form (same id and version) is shown again; nothing is discarded.
 */
export interface NeedsAnswersKeptDetail {
  /** The form whose answers are set aside. */
  id: string;
  version: string;
  /** The form that replaces it. */
  next: { id: string; version: string };
  /** Every stored answer of the set-aside form, hidden ones included. */
  answers: Answers;
}

/** Where sending stands: nothing asked yet, waiting for the host, or the host reported failure. */
export type SendState = 'idle' | 'sending' | 'failed';

interface ErrorEntry {
  item: NaItem;
  problem: ValidationProblem;
}


/**
 * A needs-assessment form rendered from a `needs-assessment` content bundle: one page at a time
 * with progress (or all pages with `layout="single-page"`), single and multiple choice, 0–10
 * ratings, yes/no, short and long text, dates and display text; items shown or hidden by
 * conditions on earlier answers; GOV.UK-style validation; a summary with change links and the
 * flagged needs grouped by domain with the services they point to; output as JSON and as a FHIR
 * R4 QuestionnaireResponse. It is a form-associated element: inside a `<form>` its answers (JSON)
 * are part of the form data under its `name`.
 *
 * @element pakke-needs-assessment
 * @attr src - URL of the bundle (JSON).
 * @attr name - Name of the form field the answers (JSON) are submitted under in a host `<form>`.
 * @attr layout - `paged` (default: one page at a time with progress) or `single-page`.
 * @attr persist - `session` or `local`: save answers in progress in this browser (keyed by bundle id and version) and restore them after a reload; cleared on submit. Nothing is stored without it.
 * @fires pakke-ready - The bundle is loaded and rendered.
 * @fires pakke-error - Loading failed. `detail: PakkeErrorDetail`.
 * @fires pakke-change - An answer changed. `detail: { itemId, value, answers }`.
 * @fires pakke-submit - The reader sent the answers from the summary. `detail: { answers, flags, questionnaireResponse, respondWith(promise) }`: call `respondWith` during the event to have the element show sending, sent or a failure with retry.
 * @fires pakke-answers-kept - Another form is about to replace the one being answered (`src` or `bundle` changed); its answers are kept for the element's lifetime and restored when it comes back. `detail: { id, version, next, answers }`.
 * @csspart form - The form (questions and buttons).
 * @csspart progress - The progress text and bar.
 * @csspart page - A page of questions.
 * @csspart item - One question.
 * @csspart error-summary - The list of problems shown at the top after a failed Next or Send.
 * @csspart summary - The summary of answers.
 * @csspart flags - The flagged needs on the summary.
 * @csspart button - The Back, Next, Send and Print buttons.
 * @csspart confirmation - The message shown after sending.
 * @csspart acknowledgement - The instrument's acknowledgement text, where its licence requires one.
 * @csspart local - Local facts from an overlay (contact blocks, links), e.g. under a service on the summary.
 * @csspart contact - One local contact block from an overlay.
 *
 * @slot intro - Local introduction written by the page's editor (e.g. who reads the answers and when), shown on the first page after the bundle's introduction and before the questions. Part of the reading and tab order there.
 *
 * @attr overlay - URL of an overlay bundle with local facts for this form (see docs/local-adaptation.md).
 */
export class PakkeNeedsAssessment extends PakkeElement<NeedsAssessmentBundle> {
  static formAssociated = true;
  static override styles = needsAssessmentStyles;

  static override properties = {
    ...PakkeElement.properties,
    name: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    persist: { type: String },
    _view: { state: true },
    _page: { state: true },
    _errors: { state: true },
    _epoch: { state: true },
    _disabled: { state: true },
    _send: { state: true },
    _confirmed: { state: true },
  };

  /** Form field name in a host `<form>`. */
  declare name: string | null;
  /** `paged` (default) or `single-page`. */
  declare layout: string | null;
  /** `session` or `local` to save answers in progress; unset stores nothing. */
  declare persist: string | null;
  /** @internal */
  declare _view: View;
  /** @internal */
  declare _page: number;
  /** @internal */
  declare _errors: ErrorEntry[];
  /** @internal */
  declare _epoch: number;
  /** @internal */
  declare _disabled: boolean;
  /** @internal */
  declare _send: SendState;
  /** @internal Whether the host confirmed that the answers were received. */
  declare _confirmed: boolean;

  protected readonly kind = 'needs-assessment' as const;
  /** The checker, a lazy chunk loaded only for unpinned content. */
  protected readonly schema = () => import('../bundle/kinds/needs-assessment.js').then((m) => m.needsAssessmentBundle);

  private readonly internals: ElementInternals;
  private state?: FormState;
  /** What the reader typed into dates' and numbers' fields where it gave no answer (yet). */
  private readonly drafts = new Map<string, Draft>();
  /** Calculated values (a total score): their evaluator, loaded only for forms that have them. */
  private readonly calculations = new CalculationsController(this);
  /** The element as its question kinds see it. */
  private readonly questions: QuestionView;
  /** The element as the summary sees it. */
  private readonly summary: SummaryView;
  private pendingRestore?: string;
  private pendingFocus?: string | (() => Element | null | undefined);
  private fromSummary = false;
  /** The form value and saved copy are behind the answers until the queued microtask runs. */
  private syncPending = false;
  /** The value last given to `setFormValue`. */
  private sentValue = '';
  private owner: HTMLFormElement | null = null;
  /** Set synchronously on Send, so a second click in the same task sends nothing. */
  private sendBusy = false;
  /** Answers of forms replaced mid-answer, by `id@version`, for this element's lifetime. */
  private readonly kept = new Map<string, { v: Answers; page: number }>();

  constructor() {
    super();
    this.internals = this.attachInternals();
    const el = this;
    this.questions = {
      t: (text) => el.t(text),
      rich: (text, offset) => el.rich(text, offset),
      sources: (ids) => el.renderSourceRefs(ids),
      date: (iso) => el.date(iso),
      draft: (id) => el.drafts.get(id),
      get locale() {
        return el.contentLocale;
      },
      get disabled() {
        return el._disabled;
      },
    };
    this.summary = {
      get state() {
        return el.state!;
      },
      questions: this.questions,
      get level() {
        return el.level;
      },
      href: (href) => el.href(href),
      local: (id) => el.renderLocal(id),
      shownItems: (page) => el.shownItems(page),
      change: (item) => el.change(item),
    };
    this.name = null;
    this.layout = null;
    this.persist = null;
    this._view = 'form';
    this._page = 0;
    this._errors = [];
    this._epoch = 0;
    this._disabled = false;
    this._send = 'idle';
    this._confirmed = false;
    // A host form's validation found missing answers: show them the GOV.UK way, where they are.
    this.addEventListener('invalid', () => {
      if (!this.loaded || !this.state || this._view === 'done') return;
      this.fromSummary = false;
      this._view = 'form';
      this.toSummary(true);
    });
  }

  // ---- Public API --------------------------------------------------------------------------

  /** Answers of the shown items (hidden items' answers are never included). */
  get answers(): Answers {
    return this.state?.answers() ?? {};
  }

  /** Replaces all answers (unknown ids and values of the wrong type are dropped). */
  set answers(value: Answers) {
    if (!this.state) {
      this.pendingRestore = JSON.stringify({ v: value });
      return;
    }
    this.state.replace(value ?? {});
    this.afterBulkChange();
  }

  /** The answers as JSON: the value submitted with a host form. */
  get value(): string {
    this.flushSync();
    return this.state ? this.sentValue : '{}';
  }

  /** The needs flagged by the current answers. */
  get flags(): FlagResult[] {
    return this.flagResults();
  }

  /** The current answers as a FHIR R4 QuestionnaireResponse (`in-progress` until sent). */
  questionnaireResponse(status: 'in-progress' | 'completed' = 'in-progress'): FhirQuestionnaireResponse | undefined {
    if (!this.loaded || !this.state) return undefined;
    return toQuestionnaireResponse(this.loaded, this.state.answers(), { status, locale: this.contentLocale });
  }

  /** Which view is shown: `form`, `summary` or `done`. */
  get view(): View {
    return this._view;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  // ---- Form-associated callbacks -----------------------------------------------------------

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('formdata', this.onFormData);
    this.owner = form;
    form?.addEventListener('formdata', this.onFormData);
  }

  override disconnectedCallback(): void {
    this.flushSync();
    super.disconnectedCallback();
  }

  formResetCallback(): void {
    this.clearSaved();
    if (this.state) {
      this.state.replace({});
      this.drafts.clear();
      this._page = 0;
      this._view = 'form';
      this._errors = [];
      this.resetSend();
      this.afterBulkChange();
    }
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    if (!this.state) {
      this.pendingRestore = state;
      return;
    }
    this.applySaved(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }

  // ---- Loading -----------------------------------------------------------------------------

  /**
   * A FHIR R4 Questionnaire is read as a bundle (see `fromFhirQuestionnaire`); the reader is
   * loaded only when one arrives, so native bundles pay nothing for it.
   */
  protected override parse(data: unknown, pinned: boolean, url?: string): NeedsAssessmentBundle | Promise<NeedsAssessmentBundle> {
    // A form with calculated values is shown once their evaluator is loaded too.
    if (!isFhirQuestionnaire(data)) return this.calculations.ready(super.parse(data, pinned, url));
    return this.calculations.ready(import('../bundle/fhir-questionnaire.js').then((m) => m.fromFhirQuestionnaire(data, url)));
  }

  protected override prepare(bundle: NeedsAssessmentBundle): NeedsAssessmentBundle {
    // The same form given again (e.g. a framework re-assigning `bundle`) keeps its answers.
    const previous = this.state;
    const same = previous && previous.bundle.id === bundle.id && previous.bundle.version === bundle.version;
    if (same && previous.bundle === bundle) return bundle;
    if (previous && !same) this.keepAnswers(previous, bundle);
    const state = new FormState(bundle);
    this.calculations.attach(state, this.hydrating); // may refuse the form: before it replaces the one shown
    this.state = state;
    if (same) {
      this.state.replace(previous.allValues());
      this._epoch++;
      this.syncForm(bundle);
      return bundle;
    }
    this.drafts.clear();
    this._view = 'form';
    this._page = 0;
    this._errors = [];
    this.resetSend();
    this._epoch++;
    const mode = persistMode(this.persist);
    if (mode) pruneOtherVersions(mode, bundle.id, bundle.version);
    const kept = this.kept.get(formKey(bundle));
    this.kept.delete(formKey(bundle));
    const saved = kept ?? (mode ? load(mode, storageKey(bundle.id, bundle.version)) : undefined);
    if (this.pendingRestore) {
      this.applySaved(this.pendingRestore, bundle);
      this.pendingRestore = undefined;
    } else if (saved) {
      this.state.replace(saved.v);
      this._page = Math.min(saved.page ?? 0, bundle.pages.length - 1);
    } else {
      const initial = fhirSourceOf(bundle)?.initial;
      if (initial) this.state.replace(initial);
    }
    this.syncForm(bundle);
    return bundle;
  }

  /** Sets aside the answers of the form being replaced, after telling the host. */
  private keepAnswers(previous: FormState, next: NeedsAssessmentBundle): void {
    const answers = previous.allValues();
    if (this._view === 'done' || !Object.keys(answers).length) return;
    this.flushSync();
    const { id, version } = previous.bundle;
    this.emit<NeedsAnswersKeptDetail>('pakke-answers-kept', { id, version, next: { id: next.id, version: next.version }, answers });
    this.kept.set(formKey(previous.bundle), { v: answers, page: this._page });
  }

  private applySaved(raw: string, bundle = this.loaded): void {
    const saved = parseSaved(raw);
    if (!saved || !this.state || !bundle) return;
    this.state.replace(saved.v);
    if (saved.page !== undefined) this._page = Math.min(saved.page, bundle.pages.length - 1);
    this.afterBulkChange(bundle);
  }

  private afterBulkChange(bundle = this.loaded): void {
    this.drafts.clear();
    this._epoch++;
    this.syncForm(bundle);
  }

  private get saveKey(): string | undefined {
    const b = this.loaded;
    return b ? storageKey(b.id, b.version) : undefined;
  }

  private clearSaved(): void {
    const mode = persistMode(this.persist);
    const key = this.saveKey;
    if (mode && key) clear(mode, key);
  }

  /** Updates the form value, validity and saved copy. Cost: one serialization of the answers. */
  private syncForm(bundle = this.loaded): void {
    this.syncPending = false;
    if (!this.state || !bundle) return;
    const answers = JSON.stringify(this.state.answers());
    // After sending, the browser keeps nothing to put back into an editable form (Back, reload).
    const saved = this._view === 'done' ? SENT_STATE : JSON.stringify({ v: this.state.allValues(), page: this._page });
    this.internals.setFormValue(answers, saved);
    this.sentValue = answers;
    this.syncValidity();
    const mode = persistMode(this.persist);
    if (mode && this._view !== 'done') save(mode, storageKey(bundle.id, bundle.version), saved);
  }

  /**
   * After one answer: validity now (it costs no serialization), the form value and saved copy once
   * for every answer given in this task, in a microtask. A microtask runs before any other task, so
   * no navigation (pagehide) comes between; `answers`, `value` and `questionnaireResponse()` read
   * the state itself and are never behind. What could read the stale value in the same task is
   * brought up to date first: a host's FormData (`onFormData`), removal, sending.
   */
  private queueSync(): void {
    this.syncValidity();
    if (this.syncPending) return;
    this.syncPending = true;
    queueMicrotask(() => this.flushSync());
  }

  private flushSync(): void {
    if (this.syncPending) this.syncForm();
  }

  /** The host form's entry list was built with the value from before this task's answers: replace it. */
  private onFormData = (e: FormDataEvent): void => {
    if (!this.syncPending) return;
    const stale = this.sentValue;
    this.flushSync();
    const { name } = this;
    const values = name ? e.formData.getAll(name) : [];
    const i = values.indexOf(stale);
    if (!name || i < 0) return;
    values[i] = this.sentValue;
    e.formData.delete(name);
    for (const v of values) e.formData.append(name, v);
  };

  private syncValidity(): void {
    if (!this.state) return;
    const first = this.state.missingRequired.values().next().value as string | undefined;
    const typo = [...this.drafts].find(([id, d]) => d.problem && this.state!.isShown(id))?.[0];
    if (first === undefined && typo === undefined) {
      this.internals.setValidity({});
      return;
    }
    const anchorId = first ?? typo;
    const anchor = (anchorId !== undefined && this.field(anchorId)) || undefined;
    const flags = first !== undefined ? { valueMissing: true } : { badInput: true };
    this.internals.setValidity(flags, msg('Besvar de spørgsmål, der skal besvares, før du sender.'), anchor);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A typo in an attribute should be visible to the page's developers, not silently ignored.
    if (changed.has('layout') && this.layout && this.layout !== 'paged' && this.layout !== 'single-page') {
      this.emitError({ code: 'invalid-attribute', attribute: 'layout', message: `layout="${this.layout}" is not "paged" or "single-page"; showing one page at a time` });
    }
    if (changed.has('persist')) {
      // Storage the host no longer asks for is emptied (persist removed, or another mode).
      const before = persistMode(changed.get('persist') as string | null | undefined);
      const key = this.saveKey;
      if (before && before !== persistMode(this.persist) && key) clear(before, key);
      if (persistMode(this.persist) && before !== persistMode(this.persist)) this.syncForm();
    }
    if (changed.has('persist') && this.persist && !persistMode(this.persist)) {
      this.emitError({ code: 'invalid-attribute', attribute: 'persist', message: `persist="${this.persist}" is not "session" or "local"; nothing is stored` });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const target = typeof this.pendingFocus === 'function' ? this.pendingFocus() : this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      if (target instanceof HTMLElement) {
        target.focus();
        target.scrollIntoView?.({ block: 'nearest' });
      }
    }
    if (changed.has('_page') || changed.has('_epoch') || changed.has('_view')) this.syncValidity();
  }

  // ---- Answering ---------------------------------------------------------------------------

  private readInput(item: NaItem, target: HTMLInputElement | HTMLTextAreaElement): AnswerValue | undefined {
    if (item.type === 'multiple-choice') {
      const checked = [...target.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      return coerceAnswer(item, checked);
    }
    if (item.type === 'yes-no') return target.value === 'yes' ? true : target.value === 'no' ? false : undefined;
    if (item.type === 'date' || item.type === 'number') {
      const parts =
        item.type === 'date'
          ? DATE_PARTS.map((part) => target.closest('fieldset')!.querySelector<HTMLInputElement>(`[data-part=${part}]`)!.value)
          : [target.value];
      const read = item.type === 'date' ? readDateParts(parts) : readNumber(parts[0]!, item);
      // What was typed is kept while it is not (yet) an answer, so a re-render or paging back and
      // forth shows it as typed, and Next reports it.
      if (read.problem) this.drafts.set(item.id, { parts, problem: read.problem });
      else if (read.value !== undefined) this.drafts.set(item.id, { parts });
      else this.drafts.delete(item.id);
      return read.value;
    }
    // Choice codes, ratings and text (empty or blank text is no answer).
    return coerceAnswer(item, target.value);
  }

  private onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    // Text fields carry their item's id; radios and checkboxes have it as their name. Inputs a
    // host slotted in (the intro slot) are not the form's.
    const state = this.state;
    if (!state || target.getRootNode() !== this.renderRoot) return;
    const id = target.dataset.item || target.name;
    const entry = state.entries.get(id);
    if (!entry) return;
    // Typed fields report on every keystroke, choices once on change.
    const type = entry.item.type;
    const typing = type === 'text' || type === 'long-text' || type === 'date' || type === 'number';
    if ((e.type === 'change') === typing) return;
    const before = this.drafts.get(id)?.problem;
    const value = this.readInput(entry.item, target);
    if ((type === 'date' || type === 'number') && value === state.get(id)) {
      // The answer is the same (a date still half typed): no pakke-change, but what the form
      // reports (validity, an error shown for it) follows what is typed now.
      if (before !== this.drafts.get(id)?.problem) {
        this.clearFixedError(entry.item);
        this.syncValidity();
      }
      return;
    }
    this.setAnswer(entry.item, value);
  };

  /** Takes an item's error off the list once its answer (or what is typed) is right. */
  private clearFixedError(item: NaItem): void {
    if (!this._errors.some((er) => er.item.id === item.id)) return;
    if (!validateItem(item, this.state!.get(item.id), this.drafts.get(item.id)?.problem)) this._errors = this._errors.filter((er) => er.item.id !== item.id);
  }

  /** Records one answer. Re-renders only when an item appears or disappears or an error clears. */
  private setAnswer(item: NaItem, value: AnswerValue | undefined): void {
    const state = this.state!;
    const changed = state.set(item.id, value);
    if (changed.length) {
      // Guarded items re-render only when their own inputs changed.
      this.requestUpdate();
    }
    this.clearFixedError(item);
    if (changed.length && this._errors.length) {
      this._errors = this._errors.filter((er) => state.isShown(er.item.id));
    }
    this.queueSync();
    this.emit<NeedsChangeDetail>('pakke-change', {
      itemId: item.id,
      value: Array.isArray(value) ? [...value] : value,
      get answers() {
        return state.answers();
      },
    });
  }

  // ---- Navigation and validation -----------------------------------------------------------

  private get singlePage(): boolean {
    return this.layout === 'single-page';
  }

  private shownItems(page: NaPage): NaItem[] {
    return page.items.filter((it) => this.state!.isShown(it.id));
  }

  private validatePages(pages: readonly NaPage[]): ErrorEntry[] {
    const out: ErrorEntry[] = [];
    for (const p of pages) {
      for (const item of this.shownItems(p)) {
        const problem = validateItem(item, this.state!.get(item.id), this.drafts.get(item.id)?.problem);
        if (problem) out.push({ item, problem });
      }
    }
    return out;
  }

  private showErrors(errors: ErrorEntry[]): void {
    this._errors = errors;
    this.pendingFocus = '.error-summary';
  }

  private onSubmitForm = (e: Event): void => {
    e.preventDefault();
    const b = this.loaded;
    if (!b || !this.state) return;
    if (this.singlePage || this.fromSummary || this._page >= b.pages.length - 1) {
      this.toSummary();
      return;
    }
    const errors = this.validatePages([b.pages[this._page]!]);
    if (errors.length) {
      this.showErrors(errors);
      return;
    }
    this._errors = [];
    this.goToPage(this.nextPageWithItems(this._page, 1));
  };

  /** Skips pages whose every item is hidden. */
  private nextPageWithItems(from: number, step: 1 | -1): number {
    const pages = this.loaded!.pages;
    let i = from + step;
    while (i >= 0 && i < pages.length && !pages[i]!.items.some((it) => this.state!.isShown(it.id))) i += step;
    if (i >= pages.length) return pages.length; // past the end: summary
    return Math.max(0, i);
  }

  private goToPage(page: number): void {
    if (page >= this.loaded!.pages.length) {
      this.toSummary();
      return;
    }
    this._page = page;
    this._view = 'form';
    this.pendingFocus = '#page-heading';
    this.syncForm();
  }

  private onBack = (): void => {
    this._errors = [];
    this.goToPage(this.nextPageWithItems(this._page, -1));
  };

  /** Goes to the summary, or shows what is missing. `errorsOnly`: never open the summary. */
  private toSummary(errorsOnly = false): void {
    const b = this.loaded!;
    const errors = this.validatePages(b.pages);
    if (errorsOnly && !errors.length) return;
    if (errors.length) {
      if (!this.singlePage) {
        const firstPage = this.state!.entries.get(errors[0]!.item.id)!.page;
        this._page = firstPage;
        errors.splice(0, errors.length, ...errors.filter((er) => this.state!.entries.get(er.item.id)!.page === firstPage));
      }
      this.showErrors(errors);
      return;
    }
    this._errors = [];
    this.fromSummary = false;
    this._view = 'summary';
    this.pendingFocus = '#summary-heading';
  }

  private change(item: NaItem): void {
    if (this._send === 'sending') return;
    const entry = this.state!.entries.get(item.id)!;
    this._view = 'form';
    this._page = entry.page;
    this.fromSummary = true;
    this.pendingFocus = () => this.field(item.id);
  }

  /** An item's first input (a group's first option, or the text field), if it is in the DOM. */
  private field(id: string): HTMLElement | null {
    // No render root on a server (pakke-elements/ssr): nothing to point at there.
    return (this.renderRoot as ShadowRoot | undefined)?.getElementById(`q-${id}`)?.querySelector<HTMLElement>('input, textarea') ?? null;
  }

  private focusField(e: Event, item: NaItem): void {
    e.preventDefault();
    const field = this.field(item.id);
    if (!field) return;
    const container = field.closest('fieldset') ?? field;
    container.scrollIntoView?.({ block: 'start' });
    field.focus();
  }

  private resetSend(): void {
    this.sendBusy = false;
    this._send = 'idle';
    this._confirmed = false;
  }

  /**
   * Send: one `pakke-submit` per send, however many clicks arrive before the view changes. The
   * host may answer with `respondWith(promise)`; then the element waits for it and shows the
   * outcome, and a failure keeps the answers on the summary with Send to try again.
   */
  private onSend = (): void => {
    const b = this.loaded;
    if (!b || !this.state || this.sendBusy) return;
    this.sendBusy = true;
    this.flushSync();
    let pending: PromiseLike<unknown> | undefined;
    const detail: NeedsSubmitDetail = {
      answers: this.state.answers(),
      flags: this.flagResults(),
      questionnaireResponse: toQuestionnaireResponse(b, this.state.answers(), { status: 'completed', locale: this.contentLocale }),
      respondWith(sending: PromiseLike<unknown>) {
        if (pending) throw new Error('respondWith() was already called for this pakke-submit');
        if (!sending || typeof sending.then !== 'function') throw new TypeError('respondWith() expects a promise');
        pending = sending;
      },
    };
    Object.defineProperty(detail, 'respondWith', { enumerable: false });
    const bundle = b;
    this.emit<NeedsSubmitDetail>('pakke-submit', detail);
    if (!pending) {
      this.sent(false);
      return;
    }
    this._send = 'sending';
    this.pendingFocus = '#send-status';
    Promise.resolve(pending).then(
      () => {
        if (this.loaded === bundle && this.sendBusy) this.sent(true);
      },
      () => {
        if (this.loaded !== bundle || !this.sendBusy) return;
        this.sendBusy = false;
        this._send = 'failed';
        this.pendingFocus = '#send-status';
      },
    );
  };

  /** Replaces the state the browser would restore on Back or reload with a marker that restores nothing. */
  private forgetFormState(): void {
    this.internals.setFormValue(this.sentValue, SENT_STATE);
  }

  /** The answers have left: the done view, nothing kept in storage or for the browser to restore. */
  private sent(confirmed: boolean): void {
    this._send = 'idle';
    this._confirmed = confirmed;
    this._view = 'done';
    this.clearSaved();
    this.kept.delete(formKey(this.loaded!));
    this.forgetFormState();
    this.pendingFocus = '#done-heading';
  }

  /** The flags that hold, most urgent first, with what raised each in words. */
  private flagResults(): FlagResult[] {
    return this.loaded && this.state ? flagResults(this.summary, this.loaded) : [];
  }

  // ---- Rendering ---------------------------------------------------------------------------

  protected renderBundle(b: NeedsAssessmentBundle): unknown {
    const level = this.level;
    return html`
      ${renderHeading(level, this.t(b.title), { cls: 'title' })}
      ${this._view === 'form' ? this.renderForm(b) : this._view === 'summary' ? this.renderSummaryView(b) : this.renderDone(b)}
    `;
  }

  private renderAcknowledgement(b: NeedsAssessmentBundle): unknown {
    return b.licence.acknowledgement ? html`<p class="acknowledgement" part="acknowledgement">${this.t(b.licence.acknowledgement)}</p>` : nothing;
  }

  private renderForm(b: NeedsAssessmentBundle): TemplateResult {
    const first = this.singlePage || this._page === 0;
    const pages = this.singlePage ? b.pages : [b.pages[this._page] ?? b.pages[0]!];
    const hasRequired = b.pages.some((p) => p.items.some((it) => it.required));
    const last = this.singlePage || this.fromSummary || this.nextPageWithItems(this._page, 1) >= b.pages.length;
    return html`<form class="form" part="form" novalidate autocomplete="off" @submit=${this.onSubmitForm} @change=${this.onInput} @input=${this.onInput}>
      <p class="notice needs-js" part="notice" data-notice="needs-js">${msg('Du kan læse spørgsmålene her, men for at svare skal JavaScript være slået til i din browser.')}</p>
      ${this.renderErrorSummary()}
      ${first
        ? html`${b.intro ? html`<div class="intro">${this.rich(b.intro, 1)}</div>` : nothing}
            <div class="host-slot"><slot name="intro"></slot></div>
            ${this.renderAcknowledgement(b)}
            ${hasRequired ? html`<p class="hint">${msg('Spørgsmål markeret med (skal besvares) skal du svare på. Resten kan du springe over.')}</p>` : nothing}
            ${persistMode(this.persist) ? html`<p class="hint">${msg('Dine svar gemmes i denne browser, indtil du sender dem.')}</p>` : nothing}`
        : nothing}
      ${this.singlePage ? nothing : this.renderProgress(b)}
      ${pages.map((p) => this.renderPage(p))}
      <nav class="pakke-nav nav" aria-label=${msg('Skift side')}>
        ${!this.singlePage && this._page > 0 && !this.fromSummary
          ? html`<button type="button" class="pakke-button secondary pakke-back" part="button" @click=${this.onBack}>${msg('Tilbage')}</button>`
          : nothing}
        <button type="submit" class="pakke-button primary pakke-next" part="button" ?disabled=${this._disabled}>
          ${last ? msg('Se dine svar') : msg('Næste')}
        </button>
      </nav>
    </form>`;
  }

  /** Without JavaScript (pre-rendered HTML), the paged form's other pages follow the first, to read. */
  protected override renderWithoutScript(b: NeedsAssessmentBundle): unknown {
    if (this.singlePage || this._view !== 'form') return nothing;
    const rest = b.pages.filter((p, i) => i !== this._page && p.items.some((it) => this.state!.isShown(it.id)));
    return rest.length ? html`<div class="form">${rest.map((p) => this.renderPage(p, `p-${p.id}`))}</div>` : nothing;
  }

  private renderProgress(b: NeedsAssessmentBundle): TemplateResult {
    const n = this._page + 1;
    const total = b.pages.length;
    return html`<div class="progress js-only" part="progress">
      <p>${msg(str`Side ${n} af ${total}`)}</p>
      <div class="bar" aria-hidden="true">${b.pages.map((_, i) => html`<span class=${i < n ? 'on' : ''}></span>`)}</div>
    </div>`;
  }

  private renderErrorSummary(): unknown {
    if (!this._errors.length) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      ${renderHeading(this.level + 1, msg('Der er et problem'), { id: 'error-summary-title' })}
      <ul>
        ${this._errors.map(
          (er) => html`<li><a href=${`#q-${er.item.id}`} @click=${(e: Event) => this.focusField(e, er.item)}>${this.t(er.item.text)} – ${problemText(er.item, er.problem, this.contentLocale)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderPage(p: NaPage, headingId = this.singlePage ? `p-${p.id}` : 'page-heading'): TemplateResult {
    // What every item's rendering depends on besides itself, its visibility and its problem.
    const context = `${this._epoch} ${this.contentLocale} ${getLocale()} ${this._disabled}`;
    const problems = new Map(this._errors.map((er) => [er.item, er.problem]));
    const state = this.state!;
    return html`<section class="page" part="page" aria-labelledby=${headingId}>
      ${renderHeading(this.level + 1, this.t(p.title), { id: headingId, focusable: true })}
      ${p.intro ? html`<div class="page-intro">${this.rich(p.intro, 2)}</div>` : nothing}
      ${p.items.map((item) => {
        const shown = state.isShown(item.id);
        const problem = problems.get(item);
        const followUp = state.followUp.has(item.id);
        // A field keeps what the reader put in it; a worked-out value is drawn again when it changes.
        const calculated = item.type === 'calculated' ? state.get(item.id) : undefined;
        return guard([item, shown, problem, context, calculated], () =>
          !shown ? nothing : followUp ? html`<div class="follow-up">${renderQuestion(this.questions, item, problem, state.get(item.id))}</div>` : renderQuestion(this.questions, item, problem, state.get(item.id)),
        );
      })}
    </section>`;
  }

  // ---- Summary (see summary.ts) ------------------------------------------------------------

  private renderSummaryView(b: NeedsAssessmentBundle): TemplateResult {
    const sending = this._send === 'sending';
    return html`<div class="summary" part="summary">
      ${renderHeading(this.level + 1, msg('Tjek dine svar'), { id: 'summary-heading', focusable: true })}
      <p>${msg('Læs dine svar igen. Du kan rette dem, før du sender.')}</p>
      ${renderAnswers(this.summary, b, !sending)} ${renderFlags(this.summary, b)}
      ${this._send === 'failed'
        ? html`<div class="send-error" id="send-status" role="alert" tabindex="-1">
            <p><strong>${msg('Dine svar blev ikke sendt.')}</strong> ${msg('Dine svar er ikke gået tabt. Prøv at sende igen om lidt.')}</p>
          </div>`
        : html`<p class="send-status" id="send-status" role="status" tabindex="-1">${sending ? msg('Sender dine svar …') : nothing}</p>`}
      <div class="pakke-nav nav no-print">
        <button type="button" class="pakke-button primary pakke-primary" part="button" ?disabled=${this._disabled} aria-disabled=${sending ? 'true' : nothing} @click=${this.onSend}>
          ${this._send === 'failed' ? msg('Prøv at sende igen') : msg('Send svar')}
        </button>
      </div>
    </div>`;
  }

  private renderDone(b: NeedsAssessmentBundle): TemplateResult {
    return html`<div class="confirmation" part="confirmation">
        ${renderHeading(this.level + 1, this._confirmed ? msg('Tak. Dine svar er registreret.') : msg('Tak for dine svar.'), { id: 'done-heading', focusable: true })}
        <p>${msg('Du kan udskrive dine svar og tage dem med til samtalen.')}</p>
        <button type="button" class="pakke-button secondary no-print" part="button" @click=${() => window.print()}>${msg('Udskriv')}</button>
      </div>
      <div class="summary" part="summary">${renderAnswers(this.summary, b, false)} ${renderFlags(this.summary, b)} ${this.renderAcknowledgement(b)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pakke-needs-assessment': PakkeNeedsAssessment;
  }
}
