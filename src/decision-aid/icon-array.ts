/**
 * `<pakke-icon-array>`: 100 small figures, the first `count` filled, as an SVG with a text
 * equivalent. Filled figures are solid and dark; the others are outlined and light, so they are
 * told apart by shape and contrast, not by colour alone. Figures fill row by row from the start
 * corner (the right in right-to-left pages).
 */
import { LitElement, css, html, svg, nothing } from 'lit';
import { defineElement } from '../base/define.js';
import { TOOLKIT_VERSION } from '../base/define.js';
import { filledIcons } from './rounding.js';

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
  };

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
      max-inline-size: 14rem;
      --_filled: var(--pakke-icon-filled, #0b3d91);
      --_empty: var(--pakke-icon-empty, #ffffff);
      --_outline: var(--pakke-icon-outline, #6b6b6b);
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
    .empty path {
      fill: var(--_empty);
      stroke: var(--_outline);
      stroke-width: 0.45;
    }
    @media (forced-colors: active) {
      .filled path { fill: CanvasText; stroke: CanvasText; }
      .empty path { fill: Canvas; stroke: CanvasText; }
    }
    @media print {
      .filled path { fill: #000; stroke: #000; }
      .empty path { fill: #fff; stroke: #000; }
    }
  `;

  constructor() {
    super();
    this.count = 0;
    this.denominator = 100;
    this.total = 100;
    this.label = '';
  }

  /** Number of filled figures after rounding. */
  get filled(): number {
    return filledIcons(Number(this.count) || 0, Number(this.denominator) || 100, this.safeTotal);
  }

  private get safeTotal(): number {
    const t = Math.round(Number(this.total));
    return Number.isFinite(t) && t > 0 && t <= 1000 ? t : 100;
  }

  protected override render() {
    const total = this.safeTotal;
    const cols = Math.ceil(Math.sqrt(total));
    const rows = Math.ceil(total / cols);
    const filled = this.filled;
    const icons = [];
    for (let i = 0; i < total; i++) {
      const x = (i % cols) * 10;
      const y = Math.floor(i / cols) * 10;
      icons.push(svg`<g class=${i < filled ? 'filled' : 'empty'} transform="translate(${x} ${y})"><path d=${HEAD}></path><path d=${BODY}></path></g>`);
    }
    return html`<svg part="svg" viewBox="0 0 ${cols * 10} ${rows * 10}" role="img" aria-label=${this.label || nothing} data-filled=${filled} data-total=${total} focusable="false">${icons}</svg>`;
  }
}

defineElement('pakke-icon-array', PakkeIconArray);

declare global {
  interface HTMLElementTagNameMap {
    'pakke-icon-array': PakkeIconArray;
  }
}
