/** Styles of `<pakke-pathway>`: a vertical timeline, logical properties only (RTL works). */
import { css } from 'lit';

export const pathwayStyles = css`
  /* Long compound words (spesialisthelsetjenesten, behovskartleggingsverktøy) hyphenate where the
     browser knows the language, and break rather than overflow at 320 px or 400 % zoom. */
  :host {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .header .title {
    margin-block-start: 0;
  }
  .summary {
    font-size: 1.1em;
  }
  .notes {
    display: grid;
    gap: 0.75em;
    margin-block: 1em 1.25em;
  }
  details.notes {
    display: block;
  }
  details.notes > summary {
    cursor: pointer;
    font-weight: 700;
    min-block-size: 44px;
    padding-block: 0.5em;
  }
  .note {
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_subtle);
  }
  .note.legal {
    border-inline-start-color: var(--_accent);
  }
  .note :is(h3, h4, h5, h6) {
    margin-block-start: 0;
  }
  .note > :last-child {
    margin-block-end: 0;
  }
  .dates-info {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-block: 1em;
  }
  .dates-info p:last-child {
    margin-block-end: 0;
  }
  .problem {
    border-inline-start-color: var(--_danger);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1.5em;
    margin-block: 1em;
  }
  .treatment-choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 1em 0.75em;
    margin: 0;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .treatment-choice legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .treatment-choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .treatment-choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* The timeline */
  ol.timeline,
  ol.steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .phase {
    margin-block-end: 1.5em;
  }
  .phase-title {
    margin-block: 1em 0.5em;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 2.5em minmax(0, 1fr);
    column-gap: 0.75em;
    padding-block-end: 1.25em;
  }
  /* The line between markers. */
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.25em - 2px);
    inset-block: 2.5em 0;
    border-inline-start: 4px solid var(--_border);
  }
  .phase:last-child .step:last-child::before {
    display: none;
  }
  .step.done::before {
    border-inline-start-color: var(--_success);
  }
  .marker {
    grid-column: 1;
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    border: 3px solid var(--_border);
    background: var(--pakke-color-surface, #fff);
    color: var(--pakke-color-text, #1a1a1a);
    display: flex;
    align-items: center;
    justify-content: center;
    font-weight: 700;
    position: relative;
  }
  .step.done .marker {
    border-color: var(--_success);
    background: var(--_success);
    color: #fff;
  }
  .step.current .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    box-shadow: 0 0 0 4px var(--pakke-color-surface, #fff), 0 0 0 7px var(--_accent);
  }
  .step-body {
    grid-column: 2;
    min-inline-size: 0;
  }
  .step.current .step-body {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .step-title {
    margin-block: 0.35em;
    font-size: 1.1em;
  }
  .step-toggle {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0.25em 0;
    margin: 0;
    text-align: start;
    cursor: pointer;
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 44px;
  }
  .step-toggle:hover {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    align-self: center;
    margin-inline: 0.25em;
  }
  .step-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }
  .status-badge {
    display: inline-block;
    font-weight: 700;
    font-size: 0.9em;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    margin-block: 0 0.5em;
  }
  .status-badge.current {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .status-badge.done {
    color: var(--_success);
    border: 1px solid var(--_success);
  }
  .applies {
    font-style: italic;
  }
  dl.facts {
    margin: 0 0 0.5em;
    display: grid;
    gap: 0.25em;
  }
  dl.facts .fact {
    display: grid;
    grid-template-columns: 7.5em minmax(0, 1fr);
    gap: 0.5em;
  }
  dl.facts dt {
    font-weight: 700;
    color: var(--_muted);
  }
  dl.facts dd {
    margin: 0;
  }
  .actor-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .actor {
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding: 0 0.6em;
    background: var(--_subtle);
  }
  .duration {
    font-weight: 700;
  }
  .basis {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .basis::before {
    content: '(';
  }
  .basis::after {
    content: ')';
  }
  .basis.legal {
    color: var(--pakke-color-text, #1a1a1a);
    font-weight: 700;
  }
  .total {
    color: var(--_muted);
  }
  .target-date {
    font-weight: 700;
  }
  .no-date {
    color: var(--_muted);
  }
  ul.alternatives {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.5em;
  }
  .alternative {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_subtle);
  }
  .alternative .alt-title {
    margin-block-end: 0.25em;
  }
  /* In a branch box the label sits above its value: a box is too narrow for two columns
     ("Hvor / længe" never wraps inside its label). */
  .alternative dl.facts .fact {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .alternative dl.facts .fact + .fact {
    margin-block-start: 0.25em;
  }
  ol.sequence {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    counter-reset: seq;
  }
  ol.sequence > li {
    counter-increment: seq;
    position: relative;
    padding-inline-start: 1.9em;
    margin-block-end: 0.35em;
  }
  ol.sequence > li::before {
    content: counter(seq);
    position: absolute;
    inset-inline-start: 0;
    inline-size: 1.4em;
    block-size: 1.4em;
    line-height: 1.4em;
    text-align: center;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-size: 0.85em;
    font-weight: 700;
  }
  .seq-description {
    display: block;
  }
  .exits {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .exit {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .exit-title {
    margin-block-end: 0.25em;
  }
  .exit > div > :last-child,
  .exit > :last-child {
    margin-block-end: 0;
  }
  .continues {
    margin-block: 0.5em;
  }
  .related {
    margin-block: 0.5em;
  }
  .calendar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.75em 0;
  }
  .calendar-note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .contact-area.top {
    margin-block: 0.5em 1em;
  }
  .source-refs.compact {
    margin-block: 0.25em 0.5em;
  }
  .source-refs.compact sup {
    font-size: 0.8em;
    line-height: 0;
    margin-inline-end: 0.15em;
  }
  .source-refs.compact a.ref {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    line-height: 24px;
    text-align: center;
  }
  .alternative dl.facts {
    margin-block-end: 0;
  }
  .details {
    margin-block-start: 0.5em;
  }
  dl.clock {
    margin: 0 0 0.75em;
    font-size: 0.95em;
  }
  dl.clock dt {
    font-weight: 700;
    display: inline;
  }
  dl.clock dt::after {
    content: ': ';
  }
  dl.clock dd {
    display: inline;
    margin: 0;
  }
  .source-refs {
    font-size: 0.9em;
    color: var(--_muted);
  }

  /* Glossary words: a real button that reads as part of the sentence. */
  button.term {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: pointer;
    text-decoration: underline dotted;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    text-align: start;
    /* A button is an inline block: without this a long word plus its "?" cannot wrap inside it. */
    overflow-wrap: anywhere;
  }
  button.term::after {
    content: '?';
    display: inline-block;
    font-size: 0.75em;
    font-weight: 700;
    inline-size: 1.3em;
    block-size: 1.3em;
    line-height: 1.3em;
    text-align: center;
    border-radius: 50%;
    border: 1px solid currentColor;
    margin-inline-start: 0.2em;
    vertical-align: text-top;
    text-decoration: none;
  }
  button.term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  /* A word and the punctuation after it stay on one line. */
  .term-wrap {
    white-space: nowrap;
  }
  .term-wrap button.term {
    white-space: normal;
  }
  /* Punctuation kept inside a several-word term's button: not underlined (an inline block does not take the decoration). */
  button.term .after {
    display: inline-block;
    text-decoration: none;
  }
  /* The explanation reads on inside the sentence (it does not split the paragraph). */
  .definition {
    display: inline;
    margin-inline-start: 0.25em;
    /* No inline padding: cloned onto every line it pushed each wrapped line 3 px past the column
       at 320 px; a shadow in the background colour gives the same air without taking space. */
    padding: 0.1em 0;
    box-shadow: 0.3em 0 0 var(--_subtle), -0.3em 0 0 var(--_subtle);
    background: var(--_subtle);
    border-block-end: 2px solid var(--_accent);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .definition::before {
    content: '(';
  }
  .definition::after {
    content: ')';
  }
  .glossary dl {
    margin: 0;
  }
  .glossary .entry {
    margin-block-end: 0.5em;
  }
  .glossary dt {
    font-weight: 700;
  }
  .glossary dd {
    margin: 0;
  }

  /* Compact: for narrow sidebars. */
  :host([compact]) {
    font-size: var(--pakke-font-size, 0.95rem);
  }
  :host([compact]) .step {
    grid-template-columns: 2em minmax(0, 1fr);
    padding-block-end: 0.75em;
  }
  :host([compact]) .marker {
    inline-size: 2em;
    block-size: 2em;
    font-size: 0.9em;
  }
  :host([compact]) .step::before {
    inset-inline-start: calc(1em - 2px);
    inset-block-start: 2em;
  }
  :host([compact]) dl.facts .fact {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  :host([compact]) ul.alternatives {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([compact]) .phase {
    margin-block-end: 0.75em;
  }

  @media (max-width: 30rem) {
    dl.facts .fact {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .step {
      grid-template-columns: 2em minmax(0, 1fr);
      column-gap: 0.5em;
    }
    .marker {
      inline-size: 2em;
      block-size: 2em;
    }
    .step::before {
      inset-inline-start: calc(1em - 2px);
      inset-block-start: 2em;
    }
  }

  @media (forced-colors: active) {
    .marker,
    .step.done .marker,
    .step.current .marker {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
      box-shadow: none;
    }
    .step.current .marker {
      background: Highlight;
      color: HighlightText;
    }
    .step::before {
      border-inline-start-color: CanvasText;
    }
    .status-badge.current {
      border: 1px solid CanvasText;
    }
    button.term {
      color: LinkText;
    }
    .definition,
    .exit,
    .note,
    .alternative,
    .dates-info {
      border-color: CanvasText;
    }
  }

  @media print {
    .chevron {
      display: none !important;
    }
    .details[hidden] {
      display: block !important;
    }
    details.notes > summary {
      display: none;
    }
    details.notes::details-content {
      content-visibility: visible;
      display: block;
    }
    .note,
    .alternative,
    dl.facts,
    .glossary .entry {
      break-inside: avoid;
    }
    .phase-title,
    .step-title {
      break-after: avoid;
    }
    .step-toggle,
    button.term {
      color: #000;
      text-decoration: none;
    }
    button.term::after {
      display: none;
    }
    .definition-slot {
      display: none;
    }
    .note,
    .alternative,
    .actor {
      background: none;
    }
    .step.current .marker,
    .status-badge.current {
      background: #000;
      color: #fff;
    }
    .step.done .marker {
      background: #fff;
      color: #000;
    }
    .links a[href^='https:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    :host {
      font-size: 10pt;
      line-height: 1.35;
    }
    .step {
      padding-block-end: 0.5em;
    }
    .step-toggle {
      min-block-size: 0;
      padding: 0;
    }
    .step.current .marker {
      box-shadow: none;
    }
    /* One column: branch boxes stack, glossary in one list. */
    ul.alternatives {
      display: block;
    }
    .alternative {
      margin-block-end: 0.4em;
    }
    .related button,
    .calendar-row {
      display: none !important;
    }
    .source-refs.compact a.ref {
      min-inline-size: 0;
      min-block-size: 0;
      line-height: inherit;
      color: #000;
      text-decoration: none;
    }
    .notes,
    .dates-info {
      margin-block: 0.5em;
    }
  }
`;
