/** Styles of `<pakke-decision-aid>` (logical properties only, so right-to-left works). */
import { css } from 'lit';

export const decisionAidStyles = css`
  /* Consultation: full width of the host, bigger type, figures readable from a metre away. */
  :host([mode='consultation']) .root {
    font-size: var(--pakke-consultation-font-size, 1.25rem);
    max-inline-size: none;
    --pakke-icon-array-size: 20rem;
  }
  .root {
    container-type: inline-size;
  }
  .title {
    margin-block-start: 0;
  }
  .lead {
    color: var(--_muted);
  }
  /* Progress */
  .progress {
    margin-block: 1em;
  }
  .progress-text {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  /* A segmented bar (no inline styles, so it works under a strict CSP). */
  .progress-bar {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 3px;
    block-size: 0.5em;
    margin-block-end: 0.5em;
  }
  .progress-bar span {
    display: block;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .progress-bar span.on {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .steps {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  .step-link {
    font: inherit;
    font-size: 0.9em;
    min-block-size: 44px;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    background: transparent;
    color: var(--_accent);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .step-link[aria-current='step'] {
    border-color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
    color: var(--pakke-color-text, #1a1a1a);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.85em;
  }
  .done .step-number {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
  }
  .no-numbers-lead,
  .no-picture {
    margin-block: 1em 0.5em;
  }
  /* Back/Next: the shared .pakke-nav row from the base styles (Back first, Next or the primary
     action at the inline end), the same in every element. */
  @container (max-width: 30rem) {
    .steps {
      display: none;
    }
    .options-grid,
    .pros-cons,
    ul.arrays {
      grid-template-columns: 1fr !important;
    }
  }
  /* Decision */
  .decision-box {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_subtle);
    padding: 0.75em 1em;
    margin-block: 1em;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .decision-label {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .decision-question {
    font-size: 1.15em;
    margin-block: 0.25em 0;
  }
  /* The term column takes at most 40% (a long term wraps), so the text beside it never shrinks
     to a letter a line; on a phone the term goes above its text. */
  dl.facts {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.35em 1em;
  }
  @container (max-width: 30rem) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl.facts dd {
      margin-block-end: 0.5em;
    }
  }
  dl.facts dt {
    font-weight: 700;
  }
  dl.facts dd {
    margin: 0;
  }
  dl.facts dd .source-refs {
    display: inline;
  }
  .source-refs {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .background {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 1em;
  }
  .profile-picker {
    margin-block: 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .profile-picker label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.35em;
  }
  select,
  textarea {
    font: inherit;
    max-inline-size: 100%;
    min-block-size: 44px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    background: #fff;
    color: inherit;
  }
  textarea {
    inline-size: 100%;
  }
  /* Options */
  .options-grid {
    display: grid;
    gap: 1em;
  }
  .consultation .options-grid {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .option,
  .cell {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .option {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 1em 0.5em;
  }
  .eligibility {
    font-weight: 700;
  }
  .pros-cons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 1.5em;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.9em;
  }
  /* Comparison */
  .comparison-wrap {
    max-inline-size: 100%;
  }
  table.comparison {
    border-collapse: collapse;
    inline-size: 100%;
  }
  table.comparison caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  table.comparison th,
  table.comparison td {
    border: 1px solid var(--_border);
    padding: 0.5em;
    vertical-align: top;
    text-align: start;
  }
  table.comparison thead th {
    background: var(--_subtle);
  }
  .cell-label {
    display: none;
  }
  /* em: the consultation font stacks earlier. */
  @container (max-width: 40em) {
    table.comparison thead {
      display: none;
    }
    table.comparison,
    table.comparison :is(tbody, tr, th, td, caption) {
      display: block;
      inline-size: 100%;
    }
    table.comparison tr {
      margin-block-end: 1em;
    }
    table.comparison tbody th {
      background: var(--_subtle);
    }
    .cell-label {
      display: block;
      font-weight: 700;
    }
  }
  /* Tables with many options stack earlier, before their words would overflow. */
  @container (max-width: 60em) {
    .many table.comparison thead {
      display: none;
    }
    .many table.comparison,
    .many table.comparison :is(tbody, tr, th, td, caption) {
      display: block;
      inline-size: 100%;
    }
    .many table.comparison tr {
      margin-block-end: 1em;
    }
    .many table.comparison tbody th {
      background: var(--_subtle);
    }
    .many .cell-label {
      display: block;
      font-weight: 700;
    }
  }
  /* Outcomes */
  .outcome {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 1.25em;
  }
  .direction {
    font-weight: normal;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.25em;
    margin-block: 0.5em 1em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  pakke-icon-array.swatch {
    display: inline-block;
    inline-size: 1.4em;
    flex: none;
  }
  ul.categories {
    padding-inline-start: 1.1em;
    margin-block: 0.25em;
  }
  .in-words p {
    margin-block: 0.25em;
  }
  .baseline-tag {
    font-weight: 400;
    color: var(--_muted);
  }
  .cell.comparator {
    background: var(--_subtle);
  }
  .consultation ul.arrays {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 21rem), 1fr));
  }
  .consultation .cell pakke-icon-array[part='icon-array'] {
    inline-size: 100%;
  }
  .summary-meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5em 1em;
  }
  .summary-meta dd {
    margin: 0;
  }
  .summary-meta .blank {
    border-block-end: 1px solid currentColor;
    min-block-size: 1.5em;
    max-inline-size: 20rem;
  }
  .summary-sources .url {
    overflow-wrap: anywhere;
  }
  ul.arrays {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 1em;
  }
  .cell {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .cell-title {
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .in-words {
    font-weight: 600;
    margin-block-start: 0.5em;
  }
  .reference,
  .note,
  .range,
  .certainty {
    font-size: 0.9em;
  }
  .how-to-read {
    background: var(--_subtle);
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
  }
  /* Forms */
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: 0 1em;
    margin-inline: 0;
    padding: 0.5em 1em 0.75em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .choice:not(.block) {
    margin-inline-end: 1.5em;
  }
  .choice.block {
    display: flex;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .own-label {
    display: block;
    font-weight: 700;
    margin-block: 1em 0.35em;
  }
  .privacy,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .feedback p {
    margin-block: 0.5em 0;
  }
  /* Summary */
  .summary-step.offscreen,
  .print-only {
    display: none;
  }
  .summary-leaning {
    font-size: 1.15em;
    font-weight: 700;
  }
  .favours {
    color: var(--_muted);
    font-size: 0.9em;
  }
  details.folded {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    margin-block: 1em;
  }
  details.folded summary {
    cursor: pointer;
    font-weight: 700;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  @media (prefers-reduced-motion: no-preference) {
    .progress-bar span {
      transition: background-color 0.2s ease-out;
    }
  }
  @media (forced-colors: active) {
    .progress-bar span.on,
    .done .step-number {
      background: Highlight;
      forced-color-adjust: none;
    }
    .step-link[aria-current='step'] {
      border-color: Highlight;
    }
  }
  @media print {
    .root,
    :host([mode='consultation']) .root {
      font-size: 11pt;
      max-inline-size: none;
    }
    .step:not(.summary-step),
    details.folded {
      display: none !important;
    }
    .summary-step,
    .summary-step.offscreen,
    .print-only {
      display: block !important;
    }
    .notice {
      border: 1px solid #000;
    }
    @page {
      size: A4;
      margin: 15mm;
    }
    .summary-step :is(h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    .summary-step li {
      break-inside: avoid;
    }
    *:focus,
    *:focus-visible {
      outline: none !important;
      box-shadow: none !important;
    }
    footer.meta,
    .no-print {
      display: none !important;
    }
  }
`;
