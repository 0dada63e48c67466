/**
 * `<pakke-studio>`: library, editor (outline + JSON, one document, one undo history), live
 * preview with the real elements, checks panel and publish. Talks to `pakke studio`'s API.
 */
import { LitElement, html, nothing } from 'lit';
import { kinds } from '../bundle/schema.js';
import { KINDS, type Kind } from '../bundle/envelope.js';
import { setLocale } from '../l10n/localization.js';
import { parseOverlay } from '../bundle/overlay.js';
import { compareVersions, parseVersion } from '../bundle/semver.js';
import { api, ApiError, type DiffResult, type LibraryEntry, type StudioChecks } from './api.js';
import { checksPanel, diffView } from './panels.js';
import type { EditDetail, StudioOutline } from './outline.js';
import type { StudioJsonEditor } from './json-editor.js';
import { parsePath, setAt, toPath } from './paths.js';
import './outline.js';
import './json-editor.js';

type Obj = Record<string, unknown>;
interface Doc { path: string; readOnly: boolean; hash: string | null; saved: string; text: string; data: Obj | undefined; jsonError?: string }

const WIDTHS = [320, 768, 1280, 1920];
const TAGS: Record<Kind, string> = { pathway: 'pakke-pathway', 'decision-aid': 'pakke-decision-aid', 'needs-assessment': 'pakke-needs-assessment' };

export class PakkeStudio extends LitElement {
  static override properties = {
    entries: { state: true }, doc: { state: true }, view: { state: true }, checks: { state: true }, checking: { state: true },
    message: { state: true }, conflict: { state: true }, preview: { state: true }, previewStale: { state: true },
    contentLocale: { state: true }, uiLocale: { state: true }, width: { state: true }, mode: { state: true }, profile: { state: true }, diff: { state: true },
    newKind: { state: true }, base: { state: true },
  };
  declare entries: LibraryEntry[];
  declare doc: Doc | undefined;
  declare view: 'outline' | 'json';
  declare checks: StudioChecks | undefined;
  declare checking: boolean;
  declare message: { text: string; error: boolean } | undefined;
  declare conflict: boolean;
  declare preview: Obj | undefined;
  declare previewStale: boolean;
  declare contentLocale: string;
  declare uiLocale: string;
  declare width: number;
  declare mode: string;
  declare profile: string;
  declare diff: DiffResult | undefined;
  declare newKind: string;
  /** For an overlay: the newest published version of the bundle it adds to (the preview shows it with the overlay applied). */
  declare base: { path: string; data: Obj } | undefined;

  private history: string[] = [];
  private at = -1;
  private lastField = '';
  private lastEditAt = 0;
  private checkTimer?: ReturnType<typeof setTimeout>;
  private checkSeq = 0;
  private poll?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.entries = [];
    this.view = 'outline';
    this.checking = false;
    this.conflict = false;
    this.previewStale = false;
    this.contentLocale = '';
    this.uiLocale = 'da';
    this.width = 768;
    this.mode = 'patient';
    this.profile = '';
    this.newKind = KINDS[0]!;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.loadLibrary();
    const open = new URLSearchParams(location.search).get('open');
    if (open) void this.open(open);
    this.addEventListener('keydown', this.onKey);
    // Moving to another control starts a new undo step.
    this.addEventListener('focusin', () => (this.lastField = ''));
    this.poll = setInterval(() => void this.checkDisk(), 2000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.poll);
  }

  private onKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || !this.doc) return;
    const k = e.key.toLowerCase();
    if ((e.target as Element).closest('studio-json-editor')) return; // CodeMirror's keymap sends doc-undo/doc-redo
    if (k === 'z' && !e.shiftKey) (e.preventDefault(), this.undo());
    else if ((k === 'z' && e.shiftKey) || k === 'y') (e.preventDefault(), this.redo());
    else if (k === 's') (e.preventDefault(), void this.save());
  };

  private say(text: string, error = false) {
    this.message = { text, error };
  }

  async loadLibrary() {
    try {
      this.entries = (await api.library()).entries;
    } catch (e) {
      this.say(`Could not list the content folder: ${(e as Error).message}`, true);
    }
  }

  async open(path: string) {
    try {
      const f = await api.file(path);
      this.history = [f.text];
      this.at = 0;
      this.conflict = false;
      this.doc = { path: f.path, readOnly: f.readOnly, hash: f.hash, saved: f.text, text: f.text, data: undefined };
      this.preview = undefined;
      this.checks = undefined;
      this.applyText(f.text);
      const url = new URL(location.href);
      url.searchParams.set('open', f.path);
      history.replaceState(null, '', url);
      this.say(f.readOnly ? `Opened ${f.path} (published: read-only; use "Save as new version" to change it)` : `Opened ${f.path}`);
      await this.updateComplete;
      this.querySelector<HTMLElement>('#editor-heading')?.focus();
    } catch (e) {
      this.say(`Could not open ${path}: ${(e as Error).message}`, true);
    }
  }

  /** Makes `text` the document: parses it, refreshes both views, the preview and the checks. */
  private applyText(text: string) {
    if (!this.doc) return;
    let data: Obj | undefined;
    let jsonError: string | undefined;
    try {
      const v = JSON.parse(text) as unknown;
      data = v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
      if (!data) jsonError = 'The document must be a JSON object';
    } catch (e) {
      jsonError = (e as Error).message;
    }
    this.doc = { ...this.doc, text, data, jsonError };
    this.updatePreview();
    this.scheduleCheck();
    this.querySelector<StudioJsonEditor>('studio-json-editor')?.setText(text, this.doc.readOnly);
  }

  private record(text: string, field: string) {
    const now = Date.now();
    // Typing in one field is one step of the history (until a pause or another field).
    if (field === this.lastField && now - this.lastEditAt < 1000 && this.at > 0) this.history[this.at] = text;
    else {
      this.history = [...this.history.slice(0, this.at + 1), text];
      this.at = this.history.length - 1;
    }
    this.lastField = field;
    this.lastEditAt = now;
    this.applyText(text);
  }

  private onEdit(e: CustomEvent<EditDetail>) {
    if (!this.doc?.data || this.doc.readOnly) return;
    const data = setAt(this.doc.data, e.detail.segs, e.detail.value);
    this.record(JSON.stringify(data, null, 2) + '\n', e.detail.field);
  }

  private onJson(e: CustomEvent<string>) {
    if (!this.doc || this.doc.readOnly) return;
    this.record(e.detail, 'json');
  }

  undo() {
    if (this.at <= 0) return;
    this.at--;
    this.lastField = '';
    this.applyText(this.history[this.at]!);
  }

  redo() {
    if (this.at >= this.history.length - 1) return;
    this.at++;
    this.lastField = '';
    this.applyText(this.history[this.at]!);
  }

  private updatePreview() {
    const data = this.doc?.data;
    const kind = data?.kind as Kind | 'overlay' | undefined;
    if (!data || !kind || !(KINDS.includes(kind as Kind) || kind === 'overlay')) {
      this.previewStale = !!this.preview;
      return;
    }
    let ok: boolean;
    if (kind === 'overlay') {
      try {
        parseOverlay(data);
        ok = true;
      } catch {
        ok = false;
      }
      void this.loadBase(data);
    } else ok = kinds[kind].schema.safeParse(data).success;
    if (ok) {
      this.preview = data;
      this.previewStale = false;
      const locales = data.locales as string[];
      if (!locales.includes(this.contentLocale)) this.contentLocale = String(data.defaultLocale);
    } else this.previewStale = !!this.preview;
  }

  /** The newest published version of the overlay's base bundle, from the library. */
  private async loadBase(overlay: Obj) {
    const id = (overlay.base as { id?: unknown } | undefined)?.id;
    const candidates = this.entries.filter((e) => !e.draft && e.id === id && e.kind !== 'overlay' && parseVersion(e.version));
    candidates.sort((a, b) => compareVersions(parseVersion(b.version)!, parseVersion(a.version)!));
    const entry = candidates[0];
    if (!entry) {
      this.base = undefined;
      return;
    }
    if (this.base?.path === entry.path) return;
    try {
      const f = await api.file(entry.path);
      this.base = { path: f.path, data: JSON.parse(f.text) as Obj };
    } catch (e) {
      this.say(`Could not open the base bundle ${entry.path}: ${(e as Error).message}`, true);
    }
  }

  private scheduleCheck() {
    clearTimeout(this.checkTimer);
    this.checking = true;
    this.checkTimer = setTimeout(() => void this.runChecks(), 300);
  }

  private async runChecks() {
    const doc = this.doc;
    if (!doc) return;
    const seq = ++this.checkSeq;
    if (doc.jsonError) {
      this.checks = { issues: [{ path: '$', message: `Invalid JSON: ${doc.jsonError}`, severity: 'error' }], readability: [], translations: [], sources: [], unusedSources: [], numbersWithoutSource: [] };
    } else {
      try {
        const c = await api.check(doc.text);
        if (seq !== this.checkSeq) return;
        this.checks = c;
      } catch (e) {
        this.say(`Checks failed: ${(e as Error).message}`, true);
      }
    }
    this.checking = false;
    this.querySelector<StudioJsonEditor>('studio-json-editor')?.setIssues(this.checks?.issues.filter((i) => !i.message.startsWith('Invalid JSON')) ?? []);
  }

  private async checkDisk() {
    const doc = this.doc;
    if (!doc || this.conflict) return;
    try {
      const { hash } = await api.hash(doc.path);
      if (this.doc === doc && hash !== doc.hash) this.conflict = true;
    } catch {
      /* the server is gone; saving will say so */
    }
  }

  async save(): Promise<boolean> {
    const doc = this.doc;
    if (!doc || doc.readOnly) return false;
    try {
      const { hash } = await api.save(doc.path, doc.text, doc.hash);
      this.doc = { ...this.doc!, hash, saved: doc.text };
      this.say(`Saved ${doc.path}`);
      void this.loadLibrary();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) this.conflict = true;
      this.say(`Not saved: ${(e as Error).message}`, true);
      return false;
    }
  }

  private async saveAsNew() {
    if (!this.doc) return;
    try {
      const { path } = await api.draft(this.doc.path);
      await this.loadLibrary();
      await this.open(path);
    } catch (e) {
      const path = e instanceof ApiError ? (e.detail as { path?: string } | undefined)?.path : undefined;
      if (path) {
        this.say(`${(e as Error).message}; opening it`);
        await this.open(path);
      } else this.say((e as Error).message, true);
    }
  }

  private async create(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const locales = String(f.get('locales') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    try {
      const { path } = await api.create(String(f.get('kind')), String(f.get('id')).trim(), locales, f.get('base') ? String(f.get('base')) : undefined);
      form.reset();
      this.newKind = KINDS[0]!;
      await this.loadLibrary();
      await this.open(path);
    } catch (err) {
      this.say(`Not created: ${(err as Error).message}`, true);
    }
  }

  private async goTo(path: string) {
    const segs = parsePath(path);
    if (this.view === 'json' || !this.doc?.data) {
      this.querySelector<StudioJsonEditor>('studio-json-editor')?.reveal(path);
      return;
    }
    await this.querySelector<StudioOutline>('studio-outline')?.reveal(segs);
  }

  private async openPublish() {
    if (!this.doc || this.doc.readOnly) return;
    try {
      this.diff = await api.diff(this.doc.text);
      await this.updateComplete;
      this.querySelector<HTMLDialogElement>('#publish')?.showModal();
    } catch (e) {
      this.say(`Cannot compare: ${(e as Error).message}`, true);
    }
  }

  private async publish(e: Event) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    if (this.doc!.text !== this.doc!.saved && !(await this.save())) return;
    try {
      const r = await api.publish(this.doc!.path, this.doc!.hash ?? '', String(f.get('version')), String(f.get('reviewDue')), String(f.get('status')));
      this.querySelector<HTMLDialogElement>('#publish')?.close();
      await this.loadLibrary();
      await this.open(r.path);
      this.say(`Published ${r.path} (${r.integrity}); index.json updated`);
    } catch (err) {
      const issues = err instanceof ApiError ? (err.detail as { issues?: { path: string; message: string }[] } | undefined)?.issues : undefined;
      this.say(`Not published: ${(err as Error).message}${issues ? ': ' + issues.map((i) => `${i.path} ${i.message}`).join('; ') : ''}`, true);
    }
  }

  override render() {
    return html`
      <header class="top"><h1>pakke studio</h1>
        ${this.message ? html`<p class=${this.message.error ? 'msg error' : 'msg'} role=${this.message.error ? 'alert' : 'status'}>${this.message.text}</p>` : html`<p class="msg" role="status"></p>`}
      </header>
      <div class="layout">
        <nav aria-labelledby="lib-h" class="library">${this.renderLibrary()}</nav>
        <main>${this.doc ? this.renderEditor(this.doc) : html`<h2>No bundle open</h2><p>Choose one in the library or create a new one.</p>`}</main>
      </div>`;
  }

  private renderLibrary() {
    const byKind = (k: string) => this.entries.filter((e) => e.kind === k || (k === 'other' && e.kind !== 'overlay' && !KINDS.includes(e.kind as Kind)));
    return html`<h2 id="lib-h">Library</h2>
      <form class="new" @submit=${this.create}>
        <h3>New bundle</h3>
        <label>Kind <select name="kind" @change=${(e: Event) => (this.newKind = (e.target as HTMLSelectElement).value)}>${[...KINDS, 'overlay'].map((k) => html`<option ?selected=${k === this.newKind}>${k}</option>`)}</select></label>
        ${this.newKind === 'overlay'
          ? html`<label>Adds to (published bundle) <select name="base" required>${[...new Set(this.entries.filter((e) => !e.draft && e.kind && e.kind !== 'overlay').map((e) => e.id))].map((id) => html`<option>${id}</option>`)}</select></label>`
          : nothing}
        <label>Id <input name="id" required pattern="[a-z0-9]+([\\-_.][a-z0-9]+)*" autocomplete="off" /></label>
        <label>Locales <input name="locales" value="da" autocomplete="off" aria-describedby="loc-hint" /></label>
        <small id="loc-hint">Comma-separated, default first: da, nb, nn, en, ar</small>
        <button type="submit">Create from template</button>
      </form>
      ${[...KINDS, 'overlay', 'other'].map((k) => {
        const list = byKind(k);
        return list.length ? html`<h3>${k}</h3><ul class="entries">${list.map((e) => html`<li>
          <button type="button" class="entry ${this.doc?.path === e.path ? 'current' : ''}" @click=${() => this.open(e.path)} aria-current=${this.doc?.path === e.path ? 'true' : 'false'}>
            <span class="id">${e.id || e.path}</span> <span class="ver">${e.draft ? 'draft' : e.version}</span>
          </button>
          <div class="meta">${e.error ? html`<span class="bad">unreadable</span>` : html`${e.status}
            · review <span class=${e.overdue ? 'overdue' : ''}>${e.reviewDue}${e.overdue ? ' (overdue)' : ''}</span> · ${e.locales.join(' ')}`}</div>
        </li>`)}</ul>` : nothing;
      })}`;
  }

  private renderEditor(doc: Doc) {
    const data = doc.data;
    const dirty = doc.text !== doc.saved;
    return html`
      <h2 id="editor-heading" tabindex="-1">${String(data?.id ?? doc.path)} <span class="ver">${doc.readOnly ? String(data?.version ?? '') + ' (published, read-only)' : 'draft'}</span></h2>
      ${this.conflict ? html`<div class="conflict" role="alert">${doc.path} was changed on disk since you opened it. Your edits were not written.
          <button type="button" @click=${() => this.open(doc.path)}>Reload from disk (drop my edits)</button></div>` : nothing}
      <div class="toolbar" role="toolbar" aria-label="Document">
        <button type="button" @click=${() => this.undo()} ?disabled=${this.at <= 0}>Undo</button>
        <button type="button" @click=${() => this.redo()} ?disabled=${this.at >= this.history.length - 1}>Redo</button>
        ${doc.readOnly
          ? html`<button type="button" @click=${this.saveAsNew}>Save as new version</button>`
          : html`<button type="button" @click=${() => this.save()} ?disabled=${!dirty}>Save draft</button>
              <button type="button" @click=${this.openPublish}>Publish…</button>`}
        <span class="muted">${dirty ? 'unsaved changes' : 'saved'}</span>
      </div>
      <div class="work">
        <section class="edit" aria-label="Editor">
          <div role="tablist" aria-label="View">
            ${(['outline', 'json'] as const).map((v) => html`<button role="tab" id="tab-${v}" aria-selected=${this.view === v ? 'true' : 'false'} aria-controls="panel-${v}"
              @click=${() => (this.view = v)}>${v === 'outline' ? 'Outline' : 'JSON'}</button>`)}
          </div>
          <div id="panel-outline" role="tabpanel" aria-labelledby="tab-outline" ?hidden=${this.view !== 'outline'}>
            <studio-outline .data=${data} ?readOnly=${doc.readOnly} @doc-edit=${this.onEdit}></studio-outline>
          </div>
          <div id="panel-json" role="tabpanel" aria-labelledby="tab-json" ?hidden=${this.view !== 'json'}>
            <studio-json-editor @json-input=${this.onJson} @doc-undo=${() => this.undo()} @doc-redo=${() => this.redo()}></studio-json-editor>
          </div>
        </section>
        <section class="preview" aria-labelledby="prev-h">${this.renderPreview()}</section>
        <section class="checks" aria-labelledby="checks-h"><h2 id="checks-h">Checks</h2>${checksPanel(this.checks, (p) => void this.goTo(p), this.checking)}</section>
      </div>
      ${this.renderPublish(doc)}`;
  }

  override updated() {
    const ed = this.querySelector<StudioJsonEditor>('studio-json-editor');
    if (ed && this.doc && ed.view && ed.view.state.doc.toString() !== this.doc.text) ed.setText(this.doc.text, this.doc.readOnly);
  }

  private renderPreview() {
    const overlay = this.preview?.kind === 'overlay' ? this.preview : undefined;
    // An overlay is previewed on its base bundle (the newest published version), with the overlay applied.
    const p = overlay ? this.base?.data : this.preview;
    const kind = p?.kind as Kind | undefined;
    const locales = ((overlay ?? p)?.locales as string[] | undefined) ?? [];
    const profiles = Array.isArray(p?.profiles) ? (p!.profiles as { id: string }[]) : [];
    const tag = kind ? TAGS[kind] : '';
    return html`<h2 id="prev-h">Preview</h2>
      <div class="controls">
        <label>Content language <select @change=${(e: Event) => (this.contentLocale = (e.target as HTMLSelectElement).value)}>
          ${locales.map((l) => html`<option ?selected=${l === this.contentLocale}>${l}</option>`)}</select></label>
        <label>UI language <select @change=${(e: Event) => {
          this.uiLocale = (e.target as HTMLSelectElement).value;
          void setLocale(this.uiLocale);
        }}>${['da', 'nb', 'nn', 'en', 'ar'].map((l) => html`<option ?selected=${l === this.uiLocale}>${l}</option>`)}</select></label>
        <label>Width <select @change=${(e: Event) => (this.width = Number((e.target as HTMLSelectElement).value))}>
          ${WIDTHS.map((w) => html`<option value=${w} ?selected=${w === this.width}>${w} px</option>`)}</select></label>
        ${kind === 'decision-aid'
          ? html`<label>Mode <select @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value)}>
                ${['patient', 'consultation'].map((m) => html`<option ?selected=${m === this.mode}>${m}</option>`)}</select></label>
              ${profiles.length ? html`<label>Patient group <select @change=${(e: Event) => (this.profile = (e.target as HTMLSelectElement).value)}>
                <option value="">(default)</option>${profiles.map((pr) => html`<option ?selected=${pr.id === this.profile}>${pr.id}</option>`)}</select></label>` : nothing}`
          : nothing}
      </div>
      ${this.previewStale ? html`<p class="stale" role="status">The document is not valid: the preview shows the last valid version.</p>` : nothing}
      ${overlay ? html`<p class="muted">${this.base ? html`Shown on <code>${this.base.path}</code> with this overlay applied.` : html`The bundle this overlay adds to (<code>${String((overlay.base as { id?: unknown } | undefined)?.id ?? '')}</code>) is not published in this folder.`}</p>` : nothing}
      <div class="frame" style="width:${this.width}px">
        ${!p ? html`<p class="muted">No valid version to show yet.</p>`
          : tag === 'pakke-pathway' ? html`<pakke-pathway .bundle=${p} .overlay=${overlay} lang=${this.contentLocale}></pakke-pathway>`
          : tag === 'pakke-decision-aid' ? html`<pakke-decision-aid .bundle=${p} .overlay=${overlay} lang=${this.contentLocale} mode=${this.mode} profile=${this.profile || nothing}></pakke-decision-aid>`
          : html`<pakke-needs-assessment .bundle=${p} .overlay=${overlay} lang=${this.contentLocale}></pakke-needs-assessment>`}
      </div>`;
  }

  private renderPublish(doc: Doc) {
    const d = this.diff;
    const today = new Date().toISOString().slice(0, 10);
    const due = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
    return html`<dialog id="publish" aria-labelledby="pub-h">
      <form @submit=${this.publish}>
        <h2 id="pub-h">Publish ${String(doc.data?.id ?? '')}</h2>
        ${d ? diffView(d) : nothing}
        <label>Version <input name="version" required .value=${d?.suggested ?? ''} autocomplete="off" /></label>
        <p class="muted">Published ${today}; the file goes to <code>${String(doc.data?.kind)}/${String(doc.data?.id)}/&lt;version&gt;.json</code> and index.json is updated.</p>
        <label>Review due <input type="date" name="reviewDue" required min=${today} .value=${due} /></label>
        <label>Status <select name="status">${['draft', 'example', 'approved'].map((s) => html`<option ?selected=${s === doc.data?.status}>${s}</option>`)}</select></label>
        <div class="toolbar">
          <button type="submit">Publish</button>
          <button type="button" @click=${() => this.querySelector<HTMLDialogElement>('#publish')?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>`;
  }
}

export { toPath };
customElements.define('pakke-studio', PakkeStudio);
