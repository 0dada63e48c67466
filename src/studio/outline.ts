/**
 * The structured editor: the bundle as an outline of its parts, built from the document itself
 * (so it follows schema changes): localized texts as one field per locale side by side, lists
 * that can be reordered, references (sources, glossary terms, option/treatment/outcome/question
 * ids) chosen from the ids that exist. Every field carries `data-path` (its JSON path), which the
 * checks panel uses to jump to it. Changes are sent up as `doc-edit` events; the studio owns the
 * document.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { getAt, toPath, type Seg } from './paths.js';
import { enumAt, schemaFor } from './schema-assist.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

export interface EditDetail { segs: Seg[]; value: unknown; field: string }

/** Which ids a reference field may hold, by the field's name. */
function refTargets(data: Obj, key: string): string[] | undefined {
  const ids = (list: unknown) => (Array.isArray(list) ? list.flatMap((x) => (isObj(x) && typeof x.id === 'string' ? [x.id] : [])) : []);
  const pages = Array.isArray(data.pages) ? (data.pages as Obj[]) : [];
  const phases = Array.isArray(data.phases) ? (data.phases as Obj[]) : [];
  switch (key) {
    case 'sources': return ids(data.sources);
    case 'terms': return ids(data.glossary);
    case 'treatment':
    case 'forTreatments': return ids(data.treatments);
    case 'option':
    case 'favours':
    case 'options': return data.kind === 'decision-aid' ? ids(data.options) : undefined;
    case 'outcome': return ids(data.outcomes);
    case 'defaultProfile': return ids(data.profiles);
    case 'domain': return ids(data.domains);
    case 'services': return data.kind === 'needs-assessment' ? ids(data.services) : undefined;
    case 'question': return data.kind === 'needs-assessment' ? pages.flatMap((p) => ids(p.items)) : undefined;
    case 'countFrom': return ['start', ...phases.flatMap((p) => ids(p.steps))];
    default: return undefined;
  }
}

const label = (segs: readonly Seg[]) => {
  const last = segs[segs.length - 1];
  return typeof last === 'number' ? `#${last + 1}` : String(last ?? 'bundle');
};

export class StudioOutline extends LitElement {
  static override properties = { data: { attribute: false }, readOnly: { type: Boolean }, _open: { state: true } };
  declare data: Obj | undefined;
  declare readOnly: boolean;
  declare _open: Set<string>;

  constructor() {
    super();
    this.readOnly = false;
    this._open = new Set();
  }

  protected override createRenderRoot() {
    return this;
  }

  private get locales(): string[] {
    return Array.isArray(this.data?.locales) ? (this.data!.locales as string[]) : [];
  }

  private edit(segs: Seg[], value: unknown, field = toPath(segs)) {
    this.dispatchEvent(new CustomEvent<EditDetail>('doc-edit', { detail: { segs, value, field }, bubbles: true, composed: true }));
  }

  /** Opens the sections on the way to `path` and focuses its field (or the nearest one above it). */
  async reveal(segs: Seg[]): Promise<HTMLElement | null> {
    const open = new Set(this._open);
    for (let i = 1; i <= segs.length; i++) open.add(toPath(segs.slice(0, i)));
    this._open = open;
    await this.updateComplete;
    for (let n = segs.length; n >= 0; n--) {
      const el = this.querySelector<HTMLElement>(`[data-path="${CSS.escape(toPath(segs.slice(0, n)))}"]`);
      if (el) {
        const target = el.matches('input,textarea,select,button,summary') ? el : el.querySelector<HTMLElement>('input,textarea,select,summary') ?? el;
        target.scrollIntoView({ block: 'center' });
        target.focus();
        return target;
      }
    }
    return null;
  }

  override render() {
    if (!this.data) return html`<p class="muted">The outline needs valid JSON; fix the JSON view first.</p>`;
    return html`<div class="outline">${Object.keys(this.data).filter((k) => k !== '$schema').map((k) => this.section([k]))}</div>`;
  }

  private toggle(path: string, e: Event) {
    const open = (e.currentTarget as HTMLDetailsElement).open;
    if (open === this._open.has(path)) return;
    const next = new Set(this._open);
    if (open) next.add(path);
    else next.delete(path);
    this._open = next;
  }

  private isText(v: unknown): v is Record<string, string> {
    const locales = this.locales;
    return isObj(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => locales.includes(k) && typeof x === 'string');
  }

  /** A part that may hold others: a collapsible section; a simple value: a field. */
  private section(segs: Seg[]): TemplateResult {
    const value = getAt(this.data, segs);
    const path = toPath(segs);
    if ((isObj(value) && !this.isText(value)) || (Array.isArray(value) && value.some((x) => isObj(x) || Array.isArray(x)))) {
      const open = this._open.has(path);
      const id = isObj(value) && typeof value.id === 'string' ? ` ${value.id}` : '';
      const count = Array.isArray(value) ? ` (${value.length})` : '';
      return html`<details data-path=${path} ?open=${open} @toggle=${(e: Event) => this.toggle(path, e)}>
        <summary>${label(segs)}${id}${count}</summary>
        ${open ? this.body(segs, value) : nothing}
      </details>`;
    }
    return this.field(segs, value);
  }

  private body(segs: Seg[], value: unknown): TemplateResult {
    if (Array.isArray(value)) return this.list(segs, value);
    return html`<div class="fields">${Object.keys(value as Obj).map((k) => this.section([...segs, k]))}</div>`;
  }

  private list(segs: Seg[], items: unknown[]): TemplateResult {
    const move = (from: number, to: number) => {
      const copy = [...items];
      const [x] = copy.splice(from, 1);
      copy.splice(to, 0, x);
      this.edit(segs, copy, `${toPath(segs)}#order`);
    };
    const name = label(segs);
    return html`<ol class="list">
        ${items.map((_, i) => html`<li>
          ${this.section([...segs, i])}
          ${this.readOnly ? nothing : html`<div class="row-tools" role="group" aria-label=${`${name} #${i + 1}`}>
            <button type="button" ?disabled=${i === 0} @click=${() => move(i, i - 1)}>Move up</button>
            <button type="button" ?disabled=${i === items.length - 1} @click=${() => move(i, i + 1)}>Move down</button>
            <button type="button" @click=${() => this.edit(segs, items.filter((__, j) => j !== i), `${toPath(segs)}#remove`)}>Remove</button>
          </div>`}
        </li>`)}
      </ol>
      ${this.readOnly || !items.length ? nothing : html`<button type="button" @click=${() => this.edit(segs, [...items, copyOf(items[items.length - 1], items.length)], `${toPath(segs)}#add`)}>Add to ${name}</button>`}`;
  }

  private field(segs: Seg[], value: unknown): TemplateResult {
    const path = toPath(segs);
    const name = label(segs);
    const key = String([...segs].reverse().find((s) => typeof s === 'string') ?? '');
    const ro = this.readOnly;
    if (this.isText(value)) {
      return html`<fieldset class="text" data-path=${path}>
        <legend>${name}</legend>
        <div class="locales">
          ${this.locales.map((l) => {
            const missing = !(l in value);
            return html`<label class=${missing ? 'missing' : ''}>
              <span>${name} <span class="lang">${l}</span>${missing ? html` <strong>missing</strong>` : nothing}</span>
              <textarea lang=${l} dir=${l === 'ar' ? 'rtl' : 'auto'} data-path=${toPath([...segs, l])} ?readonly=${ro} rows=${Math.min(8, Math.max(2, Math.ceil((value[l]?.length ?? 0) / 60)))}
                .value=${live(value[l] ?? '')} @input=${(e: Event) => this.edit([...segs, l], (e.target as HTMLTextAreaElement).value)}></textarea>
            </label>`;
          })}
        </div>
      </fieldset>`;
    }
    const targets = this.data ? refTargets(this.data, key) : undefined;
    if (Array.isArray(value) && targets && value.every((v) => typeof v === 'string')) {
      return html`<fieldset class="refs" data-path=${path}>
        <legend>${name}</legend>
        ${targets.map((t) => html`<label class="check"><input type="checkbox" ?disabled=${ro} .checked=${live(value.includes(t))}
          @change=${(e: Event) => this.edit(segs, (e.target as HTMLInputElement).checked ? [...value, t] : value.filter((v) => v !== t))} /> ${t}</label>`)}
        ${value.filter((v) => !targets.includes(v as string)).map((v) => html`<span class="bad">Unknown: ${v}</span>`)}
      </fieldset>`;
    }
    if (Array.isArray(value)) {
      return html`<fieldset data-path=${path}><legend>${name} (${value.length})</legend>${this.list(segs, value)}</fieldset>`;
    }
    if (typeof value === 'string' && targets) {
      return html`<label class="field"><span>${name}</span>
        <select data-path=${path} ?disabled=${ro} @change=${(e: Event) => this.edit(segs, (e.target as HTMLSelectElement).value)}>
          ${targets.includes(value) ? nothing : html`<option selected value=${value}>${value} (unknown)</option>`}
          ${targets.map((t) => html`<option value=${t} ?selected=${t === value}>${t}</option>`)}
        </select></label>`;
    }
    // A closed list of values in the generated JSON Schema (status, field, direction, …): a select.
    const allowed = typeof value === 'string' && this.data ? enumAt(schemaFor(this.data.kind), segs) : undefined;
    if (typeof value === 'string' && allowed) {
      return html`<label class="field"><span>${name}</span>
        <select data-path=${path} ?disabled=${ro} @change=${(e: Event) => this.edit(segs, (e.target as HTMLSelectElement).value)}>
          ${allowed.includes(value) ? nothing : html`<option selected value=${value}>${value} (not allowed)</option>`}
          ${allowed.map((t) => html`<option value=${t} ?selected=${t === value}>${t}</option>`)}
        </select></label>`;
    }
    if (typeof value === 'boolean') {
      return html`<label class="field check"><input type="checkbox" data-path=${path} ?disabled=${ro} .checked=${live(value)}
        @change=${(e: Event) => this.edit(segs, (e.target as HTMLInputElement).checked)} /> ${name}</label>`;
    }
    if (typeof value === 'number') {
      return html`<label class="field"><span>${name}</span><input type="number" data-path=${path} ?readonly=${ro} .value=${live(String(value))}
        @input=${(e: Event) => {
          const n = (e.target as HTMLInputElement).valueAsNumber;
          if (!Number.isNaN(n)) this.edit(segs, n);
        }} /></label>`;
    }
    return html`<label class="field"><span>${name}</span><input type="text" data-path=${path} ?readonly=${ro} .value=${live(value === undefined || value === null ? '' : String(value))}
      @input=${(e: Event) => this.edit(segs, (e.target as HTMLInputElement).value)} /></label>`;
  }
}

/** A new list item shaped like the last one: texts emptied, ids made unique. */
function copyOf(v: unknown, n: number): unknown {
  if (typeof v === 'string') return '';
  if (Array.isArray(v)) return [];
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, k === 'id' && typeof x === 'string' ? `${x.replace(/-\d+$/, '')}-${n + 1}` : isObj(x) && Object.values(x).every((s) => typeof s === 'string') ? Object.fromEntries(Object.keys(x).map((l) => [l, ''])) : Array.isArray(x) ? [] : x]),
  );
}

customElements.define('studio-outline', StudioOutline);
