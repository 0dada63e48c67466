import { css } from 'lit';
import { baseStyles } from '../base/styles.js';

export const needsAssessmentStyles = [
  baseStyles,
  css`
    .title {
      margin-block-start: 0;
    }
    .hint,
    .help,
    .acknowledgement {
      color: var(--_muted);
    }
    .acknowledgement {
      font-size: 0.9em;
      border-inline-start: 4px solid var(--_border);
      padding-inline-start: 0.75em;
    }
    .progress p {
      margin-block-end: 0.25em;
      font-weight: 700;
    }
    /* One segment per page: a bar without inline styles, so strict CSP pages need nothing extra. */
    .progress .bar {
      display: flex;
      gap: 3px;
      block-size: 0.5rem;
      margin-block-end: 1em;
    }
    .progress .bar span {
      flex: 1;
      background: var(--_subtle);
      border: 1px solid var(--_border);
      border-radius: 2px;
    }
    .progress .bar span.on {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    @media (forced-colors: active) {
      .progress .bar span.on {
        background: Highlight;
      }
    }
    .page {
      margin-block-end: 1.5em;
    }
    .page > h3,
    .page > h4,
    .page > h2,
    .page > h5 {
      margin-block-start: 0.5em;
    }
    fieldset.item,
    div.item {
      border: 0;
      margin: 0 0 1.75em;
      padding: 0;
      min-inline-size: 0;
    }
    legend,
    label.question {
      display: block;
      font-weight: 700;
      font-size: 1.1em;
      margin-block-end: 0.4em;
      padding: 0;
      max-inline-size: 100%;
      white-space: normal;
    }
    .required {
      font-weight: normal;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .help {
      margin-block: 0 0.5em;
    }
    .item .source-refs {
      margin-block: 0.5em 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .item.has-error {
      border-inline-start: 5px solid var(--_danger);
      padding-inline-start: 0.75em;
    }
    .field-error {
      color: var(--_danger);
      font-weight: 700;
      margin-block: 0 0.5em;
    }
    .options {
      display: grid;
      gap: 0.5em;
    }
    .options.inline {
      grid-template-columns: repeat(auto-fill, minmax(7rem, max-content));
    }
    /* An option is a label around its input: the text and the input both select it. */
    .option {
      display: flex;
      align-items: flex-start;
      gap: 0.6em;
      cursor: pointer;
    }
    .option input,
    .point input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0.1em 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    /* The option's text takes its direction from its own words, as every label does. */
    .option span {
      padding-block: 0.1em;
      unicode-bidi: plaintext;
    }
    .anchor {
      margin: 0;
      color: var(--_muted);
      unicode-bidi: isolate;
    }
    .anchor-min {
      margin-block-end: 0.4em;
    }
    .anchor-max {
      margin-block-start: 0.4em;
      text-align: end;
    }
    /* A scale is one row when its points fit (about 32em), else two rows of six and five, so the
       highest point stays at the end of the last row, beside its words. */
    fieldset.item {
      container-type: inline-size;
    }
    .scale {
      display: grid;
      grid-template-columns: repeat(11, minmax(0, 1fr));
      gap: 0.25em;
    }
    @container (max-width: 32em) {
      .scale {
        grid-template-columns: repeat(6, minmax(0, 1fr));
      }
    }
    /* Other lengths (e.g. 1–5 from a FHIR Questionnaire) fill the row. */
    .scale.scale-short {
      grid-template-columns: repeat(auto-fit, minmax(2.75rem, 1fr));
    }
    /* The whole box is the label: it selects the number, not just the small circle and digit. */
    .point {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.15em;
      padding-block: 0.3em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-variant-numeric: tabular-nums;
      cursor: pointer;
    }
    .point:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    input[type='text'],
    textarea {
      font: inherit;
      color: inherit;
      background: var(--pakke-color-surface, #fff);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4em 0.5em;
      inline-size: 100%;
      max-inline-size: 36rem;
      min-block-size: 44px;
    }
    /* A date's day, month and year side by side, each as wide as what it holds (GOV.UK). */
    .date-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
    .date-part {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .date-part input[type='text'] {
      inline-size: 3.5em;
      text-align: center;
    }
    .date-year input[type='text'] {
      inline-size: 5em;
    }
    .date-fields + .hint,
    fieldset > .hint {
      margin-block: 0.25em 0.5em;
    }
    /* A number as wide as it needs, its unit right after it on the same line. */
    .number-field {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
    }
    .number-field input[type='text'] {
      inline-size: 8em;
    }
    .unit {
      font-weight: 600;
    }
    /* A worked-out value (a total): the number large enough to find, never a field to type in. */
    .calculated-value {
      display: block;
      margin-block-start: 0.25em;
      font-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .calculated-value .unanswered {
      font-size: 1rem;
      font-weight: 400;
    }
    input[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .error-summary {
      border: 4px solid var(--_danger);
      border-radius: var(--_radius);
      padding: 1em;
      margin-block-end: 1.5em;
    }
    .error-summary > :first-child {
      margin-block-start: 0;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 700;
    }
    /* Back/Next: the shared .pakke-nav row from the base styles, as in the decision aid. */
    .send-status:empty {
      display: none;
    }
    .send-error {
      border-inline-start: 0.3em solid var(--_danger);
      padding-inline-start: 0.75em;
      margin-block: 1em;
    }
    .answers {
      margin: 0 0 1em;
    }
    .answers .row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
      gap: 0.25em 1em;
      padding-block: 0.6em;
      border-block-end: 1px solid var(--_border);
      break-inside: avoid;
    }
    .answers dt {
      font-weight: 700;
    }
    /* A follow-up question under the question it follows: on the form, the summary and paper. */
    .follow-up {
      margin-inline-start: 1.25em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
    }
    .answers .row:has(+ .follow-up) {
      border-block-end: none;
    }
    .answers .row.follow-up {
      border-block-start: none;
      padding-block-start: 0;
    }
    .answers .row.follow-up dt {
      font-weight: 400;
    }
    .answers dd {
      margin: 0;
    }
    .answer-list {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    .unanswered {
      color: var(--_muted);
    }
    .free-text {
      white-space: pre-wrap;
    }
    button.link {
      font: inherit;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0.25em 0;
      min-block-size: 24px;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .flags {
      margin-block: 1.5em;
      padding: 1em;
      background: var(--_subtle);
      border-radius: var(--_radius);
    }
    .flags > :first-child {
      margin-block-start: 0;
    }
    .flag-list,
    .services {
      padding-inline-start: 1.25em;
    }
    .flag-label {
      font-weight: 700;
      margin-block-end: 0.25em;
    }
    .flag-answer {
      margin-block-start: 0;
    }
    .services > li {
      margin-block-end: 0.75em;
    }
    .service-for {
      display: block;
      color: var(--_muted);
    }
    .confirmation {
      border: 3px solid var(--_success);
      border-radius: var(--_radius);
      padding: 1em;
      margin-block-end: 1.5em;
    }
    .confirmation > :first-child {
      margin-block-start: 0;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
    }
    @media (max-width: 36rem) {
      .answers .row {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @media (forced-colors: active) {
      .progress .bar span {
        background: Highlight;
      }
      .item.has-error,
      .error-summary,
      .confirmation,
      .point {
        border-color: CanvasText;
      }
      button.link {
        color: LinkText;
      }
    }
    @media print {
      .form,
      .nav,
      .no-print,
      .error-summary,
      .progress {
        display: none !important;
      }
      .summary,
      .confirmation,
      .flags {
        background: none;
        border-color: #000;
        color: #000;
      }
      .answers .row {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        page-break-inside: avoid;
      }
      .domain,
      .flag-list li {
        break-inside: avoid;
      }
    }
  `,
];
