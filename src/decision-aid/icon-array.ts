/**
 * `<pakke-icon-array>`: 100 (or 1 000) small figures in up to three categories, as an SVG with a
 * text equivalent: the first `count` have the outcome anyway (solid and dark), the next `changed`
 * are those the option changes (striped: spared or helped; cross-hatched: harmed), the rest do
 * not have it either way (outlined and light). The categories differ by pattern and contrast,
 * not by colour alone. Figures fill row by row from the start corner (the right in right-to-left
 * pages).
 */
import { LitElement, css, html, svg, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../base/define.js';
import { TOOLKIT_VERSION } from '../base/define.js';
import { filledIcons } from './rounding.js';
import { hydratingUpdate, hydrationReady } from '../base/hydrate.js';

const HEAD = 'M5 1.1a1.6 1.6 0 1 1 0 3.2a1.6 1.6 0 1 1 0-3.2z';
const BODY = 'M2.3 9.3V7a2.7 2.7 0 0 1 5.4 0v2.3z';

/**
 * @element pakke-icon-array
 * @summary An icon array of 100 figures with a text equivalent.
 * @cssprop --pakke-icon-filled - Fill of the figures that have the outcome (default a dark blue).
 * @cssprop --pakke-icon-empty - Fill of the other figures (default white).
 * @cssprop --pakke-icon-outline - Outline of the other figures (default mid grey, ≥ 3:1).
 * @csspart svg - The SVG.
 */
export class PakkeIconArray extends LitElement {
  static pakkeVersion = TOOLKIT_VERSION;

  static override properties = {
    count: { type: Number },
    denominator: { type: Number },
    total: { type: Number },
    label: { type: String },
    changed: { type: Number },
    changedKind: { type: String, attribute: 'changed-kind' },
  };

  /** Figures the option changes (whole figures, drawn after `count`). Default 0. */
  declare changed: number;
  /** `spared` or `helped` (striped, good) or `harmed` / `missed` (cross-hatched, bad). */
  declare changedKind: string;

  /** How many out of `denominator` have the outcome (decimals allowed; rounded to whole figures). */
  declare count: number;
  /** What `count` is out of. Default 100. */
  declare denominator: number;
  /** Figures drawn. Default 100 (a 10 × 10 grid). */
  declare total: number;
  /** The text equivalent read by screen readers. */
  declare label: string;

  static override styles = css`
    :host {
      display: block;
      inline-size: 100%;
      --_filled: var(--pakke-icon-filled, #0b3d91);
      --_empty: var(--pakke-icon-empty, #ffffff);
      --_outline: var(--pakke-icon-outline, #6b6b6b);
      --_changed-good: var(--pakke-icon-spared, #0a6b3b);
      --_changed-bad: var(--pakke-icon-harmed, #a4262c);
      max-inline-size: var(--pakke-icon-array-size, 14rem);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    :host(:dir(rtl)) svg {
      transform: scaleX(-1);
    }
    .filled path {
      fill: var(--_filled);
      stroke: var(--_filled);
      stroke-width: 0.3;
    }
    .changed path {
      fill: url(#good);
      stroke: var(--_changed-good);
      stroke-width: 0.45;
    }
    .changed.bad path {
      fill: url(#bad);
      stroke: var(--_changed-bad);
    }
    .pattern-good { stroke: var(--_changed-good); fill: none; stroke-width: 0.9; }
    .pattern-bad { stroke: var(--_changed-bad); fill: none; stroke-width: 0.7; }
    .pattern-bg { fill: var(--_empty); }
    .empty path {
      fill: var(--_empty);
      stroke: var(--_outline);
      stroke-width: 0.45;
    }
    @media (forced-colors: active) {
      .filled path { fill: CanvasText; stroke: CanvasText; }
      .changed path {
      fill: url(#good);
      stroke: var(--_changed-good);
      stroke-width: 0.45;
    }
    .changed.bad path {
      fill: url(#bad);
      stroke: var(--_changed-bad);
    }
    .pattern-good { stroke: var(--_changed-good); fill: none; stroke-width: 0.9; }
    .pattern-bad { stroke: var(--_changed-bad); fill: none; stroke-width: 0.7; }
    .pattern-bg { fill: var(--_empty); }
    .empty path { fill: Canvas; stroke: CanvasText; }
    }
    @media print {
      .filled path { fill: #000; stroke: #000; }
      .changed path {
      fill: url(#good);
      stroke: var(--_changed-good);
      stroke-width: 0.45;
    }
    .changed.bad path {
      fill: url(#bad);
      stroke: var(--_changed-bad);
    }
    .pattern-good { stroke: var(--_changed-good); fill: none; stroke-width: 0.9; }
    .pattern-bad { stroke: var(--_changed-bad); fill: none; stroke-width: 0.7; }
    .pattern-bg { fill: var(--_empty); }
    .empty path { fill: #fff; stroke: #000; }
    }
  `;

  constructor() {
    super();
    this.count = 0;
    this.denominator = 100;
    this.total = 100;
    this.label = '';
    this.changed = 0;
    this.changedKind = 'spared';
  }

  /** Number of filled figures after rounding. */
  get filled(): number {
    return filledIcons(Number(this.count) || 0, Number(this.denominator) || 100, this.safeTotal);
  }

  private get safeTotal(): number {
    const t = Math.round(Number(this.total));
    return Number.isFinite(t) && t > 0 && t <= 1000 ? t : 100;
  }

  /** Figures drawn in the changed category (whole figures within the total). */
  get changedFigures(): number {
    const c = Math.round(Number(this.changed) || 0);
    return Math.max(0, Math.min(c, this.safeTotal - this.filled));
  }

  /** Inside what a pre-rendered page shows only without JavaScript (removed as its element starts): nothing to do. */
  protected override shouldUpdate(): boolean {
    return !this.closest('.pakke-nojs');
  }

  /** A server-rendered figure keeps its nodes (see base/hydrate.ts). */
  private hydrating = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.hydrating = true;
    return this.shadowRoot;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hydrating) return super.scheduleUpdate();
    return hydrationReady().then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hydrating) return super.update(changed);
    this.hydrating = false;
    hydratingUpdate(this, changed, () => this.render());
  }

  protected override render() {
    const total = this.safeTotal;
    const cols = total > 100 ? 40 : Math.ceil(Math.sqrt(total));
    const rows = Math.ceil(total / cols);
    const filled = this.filled;
    const changed = this.changedFigures;
    const bad = this.changedKind === 'harmed' || this.changedKind === 'missed';
    const icons = [];
    for (let i = 0; i < total; i++) {
      const x = (i % cols) * 10;
      const y = Math.floor(i / cols) * 10;
      const cls = i < filled ? 'filled' : i < filled + changed ? (bad ? 'changed bad' : 'changed') : 'empty';
      icons.push(svg`<g class=${cls} transform="translate(${x} ${y})"><path d=${HEAD}></path><path d=${BODY}></path></g>`);
    }
    const defs = changed
      ? svg`<defs>
          <pattern id="good" patternUnits="userSpaceOnUse" width="2" height="2" patternTransform="rotate(45)"><rect class="pattern-bg" width="2" height="2"></rect><line class="pattern-good" x1="0" y1="0" x2="0" y2="2"></line></pattern>
          <pattern id="bad" patternUnits="userSpaceOnUse" width="2" height="2"><rect class="pattern-bg" width="2" height="2"></rect><path class="pattern-bad" d="M0 0L2 2M2 0L0 2"></path></pattern>
        </defs>`
      : nothing;
    return html`<svg part="svg" viewBox="0 0 ${cols * 10} ${rows * 10}" role="img" aria-label=${this.label || nothing} data-filled=${filled} data-changed=${changed} data-total=${total} focusable="false">${defs}${icons}</svg>`;
  }
}

defineElement('pakke-icon-array', PakkeIconArray);

declare global {
  interface HTMLElementTagNameMap {
    'pakke-icon-array': PakkeIconArray;
  }
}
