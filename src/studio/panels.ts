/** The checks panel and the publish dialog's diff, as templates the studio renders. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Change, DiffResult, StudioChecks } from './api.js';

type Go = (path: string) => void;

const link = (path: string, go: Go, text: string = path) => html`<button type="button" class="link" data-goto=${path} @click=${() => go(path)}>${text}</button>`;

export function checksPanel(c: StudioChecks | undefined, go: Go, stale: boolean): TemplateResult {
  if (!c) return html`<p class="muted">Checking…</p>`;
  const errors = c.issues.filter((i) => i.severity === 'error');
  const warnings = c.issues.filter((i) => i.severity === 'warning');
  return html`
    <p role="status" class="summary ${errors.length ? 'bad' : 'good'}">
      ${errors.length} error(s), ${warnings.length} warning(s)${stale ? ' (checking…)' : ''}${errors.length ? '' : ' — ready to publish'}
    </p>
    <section aria-labelledby="h-issues">
      <h3 id="h-issues">Validator</h3>
      ${c.issues.length
        ? html`<ul class="issues">${[...errors, ...warnings].map((i) => html`<li class=${i.severity}>
            <span class="sev">${i.severity}</span> ${link(i.path, go)} <span class="msg">${i.message}</span></li>`)}</ul>`
        : html`<p>No problems.</p>`}
    </section>
    ${c.ipdas
      ? html`<section aria-labelledby="h-ipdas"><h3 id="h-ipdas">IPDAS checklist</h3>
          ${(['qualifying', 'certification', 'numeracy'] as const).map((g) => html`<h4>${g}</h4><ul class="ipdas">
            ${c.ipdas!.filter((i) => i.group === g).map((i) => html`<li class=${i.met ? 'met' : 'missing'}><span class="sev">${i.met ? 'met' : 'missing'}</span> ${i.label}
              ${i.paths.slice(0, 3).map((p) => link(p, go))}</li>`)}</ul>`)}</section>`
      : nothing}
    <section aria-labelledby="h-tr">
      <h3 id="h-tr">Translations</h3>
      <ul>${c.translations.map((t) => html`<li><strong>${t.locale}</strong>: ${t.present} of ${t.total} texts
        ${t.missing.length ? html`— missing ${t.missing.slice(0, 8).map((p) => link(p, go))}${t.missing.length > 8 ? ` and ${t.missing.length - 8} more` : ''}` : nothing}</li>`)}</ul>
    </section>
    <section aria-labelledby="h-lix">
      <h3 id="h-lix">Readability (LIX, worst first)</h3>
      ${c.readability.length
        ? html`<ol class="lix">${c.readability.slice(0, 15).map((r) => html`<li class=${r.level}>${r.lix.toFixed(1)} <span class="lang">${r.locale}</span> ${link(`${r.path}`, go)} <span class="muted">${r.words} words</span></li>`)}</ol>`
        : html`<p class="muted">No Danish or Norwegian texts.</p>`}
    </section>
    <section aria-labelledby="h-src">
      <h3 id="h-src">Sources</h3>
      <ul>${c.sources.map((s) => html`<li>${link(s.path, go, s.id)}: cited by ${s.citedBy.length}
        ${s.citedBy.length ? html`<details><summary>which</summary>${s.citedBy.map((p) => link(p, go))}</details>` : html`<strong> unused</strong>`}</li>`)}</ul>
      ${c.numbersWithoutSource.length
        ? html`<p>Statements with numbers but no source:</p><ul>${c.numbersWithoutSource.map((p) => html`<li>${link(p, go)}</li>`)}</ul>`
        : html`<p>Every statement with a number cites a source.</p>`}
    </section>`;
}

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function change(c: Change): TemplateResult {
  switch (c.type) {
    case 'text':
      return html`<li><code>${c.path}</code> <span class="lang">${c.locale}</span>: <del>${show(c.before)}</del> → <ins>${show(c.after)}</ins></li>`;
    case 'added':
    case 'removed':
      return html`<li><code>${c.path}</code> ${c.type}${c.id ? html` (id <code>${c.id}</code>)` : nothing}</li>`;
    case 'moved':
      return html`<li><code>${c.path}</code> reordered</li>`;
    case 'value':
      return html`<li><code>${c.path}</code>: <del>${show(c.before)}</del> → <ins>${show(c.after)}</ins></li>`;
  }
}

export function diffView(d: DiffResult): TemplateResult {
  if (!d.previous) return html`<p>First version of this bundle.</p>`;
  return html`<p>Compared with ${d.previousVersion} (<code>${d.previous}</code>): ${d.changes.length} change(s); suggested step <strong>${d.bump}</strong>.</p>
    <ul class="diff">${d.changes.map(change)}</ul>`;
}
