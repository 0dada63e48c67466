/**
 * Styles every element shares: design tokens (`--pakke-*` custom properties a host may set),
 * a reset of the properties a host page can leak in through inheritance, and the shared
 * pieces (buttons, notices, error box, loading skeleton, footer). Host fonts are inherited;
 * no fonts are loaded.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    --_accent: var(--pakke-color-accent, #0b5394);
    --_accent-contrast: var(--pakke-color-accent-contrast, #ffffff);
    --_muted: var(--pakke-color-muted, #4d4d4d);
    --_border: var(--pakke-color-border, #767676);
    --_subtle: var(--pakke-color-subtle, #f3f4f6);
    --_focus: var(--pakke-color-focus, #ffbf47);
    --_danger: var(--pakke-color-danger, #b3261e);
    --_success: var(--pakke-color-success, #1e6b3a);
    --_notice-bg: var(--pakke-color-notice, #fff7d6);
    --_radius: var(--pakke-radius, 6px);
    --_space: var(--pakke-space, 1rem);
  }
  /* The reset sits on the inner root: a host page's rules on the element itself (even
     "all: revert") outrank :host, but cannot reach inside. */
  .root {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--pakke-max-width, 48rem);
    color: var(--pakke-color-text, #1a1a1a);
    background: var(--pakke-color-surface, transparent);
    font-family: var(--pakke-font-family, inherit);
    font-size: var(--pakke-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: var(--pakke-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Each text block takes its direction from its own words: Norwegian content under an Arabic
     (right-to-left) UI keeps its full stops at the end of the line, and Arabic strings in a
     left-to-right layout read correctly too. */
  p, li, dt, dd, h2, h3, h4, h5, h6, label, legend, summary, figcaption, caption, th, td {
    unicode-bidi: plaintext;
  }
  /* Under a right-to-left UI a bullet sits in the line, so it stays beside its own words: on the
     left of Danish or Norwegian text, on the right of Arabic (outside, it took the UI's side). */
  .root[dir='rtl'] li {
    list-style-position: inside;
  }
  .root[dir='rtl']:not(:lang(ar)) li::marker {
    direction: ltr;
  }
  h2, h3, h4, h5, h6 {
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
    font-weight: 700;
  }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.25em; }
  h4, h5, h6 { font-size: 1.05em; }
  p, ul, ol {
    margin-block: 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px #1a1a1a;
  }
  /* A heading (or region) that receives focus from script after a step change, so a screen
     reader reads it, is not a control: it never shows the keyboard focus ring. */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: none;
  }
  /* The one Back/Next row every element uses: in DOM and visual order Back first (secondary,
     at the inline start), then Next or the primary action (at the inline end). Markup:
     <nav class="pakke-nav" aria-label="…"><button class="pakke-button secondary pakke-back">…
     </button><button class="pakke-button pakke-next">…</button></nav>. Without a Back button
     the primary action still sits at the inline end. */
  .pakke-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block: 1.5em 0.5em;
  }
  .pakke-nav > .pakke-next,
  .pakke-nav > .pakke-primary {
    margin-inline-start: auto;
  }
  @media (max-width: 20rem) {
    .pakke-nav > button.pakke-button {
      flex: 1 1 100%;
    }
  }
  /* A 0–10 scale on a phone: eleven options in one row when they fit, else a vertical list
     (GOV.UK style) with the end anchors beside 0 and 10. Markup: <fieldset class="pakke-scale">
     <div class="pakke-scale-options"><label>…</label>…</div> with .pakke-scale-anchor-start /
     .pakke-scale-anchor-end inside the first and last label. */
  .pakke-scale {
    container-type: inline-size;
  }
  .pakke-scale-options {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 0.25em;
  }
  .pakke-scale-anchor-start,
  .pakke-scale-anchor-end {
    display: none;
  }
  @container (max-width: 30em) {
    .pakke-scale-options {
      grid-template-columns: minmax(0, 1fr);
    }
    .pakke-scale-options > label {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 44px;
    }
    .pakke-scale-anchor-start,
    .pakke-scale-anchor-end {
      display: inline;
      color: var(--_muted);
    }
    .pakke-scale-anchors-row {
      display: none;
    }
  }
  /* Numbers, ranges, dates and Latin-script words inside right-to-left text keep their own
     order ("17,8–56" never reads "56–17,8"). */
  .pakke-num,
  bdi.pakke-num {
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button.pakke-button {
    font: inherit;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  button.pakke-button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button.pakke-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .notice {
    border-inline-start: 6px solid var(--_border);
    background: var(--_notice-bg);
    padding: 0.75em 1em;
    margin-block: 0 1em;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .error {
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 1em;
  }
  .error h2 {
    margin-block-start: 0;
    font-size: 1.25em;
  }
  .error details {
    margin-block: 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton span {
    display: block;
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .skeleton span:nth-child(1) { inline-size: 60%; block-size: 1.5em; }
  .skeleton span:nth-child(2) { inline-size: 90%; }
  .skeleton span:nth-child(3) { inline-size: 75%; }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pakke-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pakke-pulse {
    50% { opacity: 0.55; }
  }
  footer.meta {
    margin-block-start: 2em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9em;
  }
  footer.meta dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  footer.meta dt { font-weight: 700; }
  footer.meta dd { margin: 0; }
  footer.meta ol.sources li { margin-block-end: 0.4em; }
  @media (max-width: 30rem) {
    footer.meta dl { grid-template-columns: 1fr; }
    footer.meta dd { margin-block-end: 0.4em; }
  }
  @media (forced-colors: active) {
    button.pakke-button { border-color: ButtonText; }
    .notice, .error { border-color: CanvasText; }
  }
  /* Pre-rendered HTML (pakke-elements/ssr) in a browser without JavaScript: a note on what needs
     it, the steps or pages the first render does not show (.pakke-nojs, removed as the element
     starts), and no buttons or progress that could not work. */
  .needs-js, .pakke-nojs { display: none; }
  @media (scripting: none) {
    .needs-js, .pakke-nojs { display: block; }
    .pakke-nav, .js-only { display: none; }
  }
  @media print {
    button.pakke-button, .no-print { display: none !important; }
    /* Sources print in full, not as a closed disclosure. */
    details.sources > summary { list-style: none; font-weight: 700; }
    details.sources > summary::-webkit-details-marker { display: none; }
    details.sources::details-content { content-visibility: visible; display: block; }
    :focus, :focus-visible { outline: none !important; box-shadow: none !important; }
    :host { color: #000; background: #fff; }
    a { color: #000; }
  }
`;

/** Styles for overlay-added local facts and slotted host content, added to every element. */
export const localStyles = css`
  .local {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    padding: 0.5em 1em;
    margin-block: 0.75em;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .local-by {
    color: var(--_muted);
    font-size: 0.9em;
    margin-block: 0 0.5em;
  }
  .contact + .contact {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 0.5em;
  }
  .contact-title {
    margin-block: 0.25em;
  }
  /* One column on a phone (label above value), two where the block has room: a phone
     number, opening hours or e-mail address is never broken inside a word. */
  .local {
    container-type: inline-size;
  }
  .contact dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1em;
    margin: 0;
  }
  .contact dt {
    font-weight: 600;
  }
  .contact dd {
    margin: 0 0 0.4em;
    overflow-wrap: break-word;
  }
  .contact .tel {
    white-space: nowrap;
  }
  @container (min-width: 30em) {
    .contact dl {
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25em 1em;
    }
    .contact dd {
      margin: 0;
    }
  }
  .local-links {
    padding-inline-start: 1.25em;
  }
  .local-section {
    margin-block: 1.5em;
  }
  .host-slot ::slotted(*) {
    display: block;
    margin-block: 1em;
    max-inline-size: 100%;
  }
  .media {
    margin: 1em 0;
  }
  .media img,
  .media video {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  .media figcaption {
    color: var(--_muted);
    margin-block-start: 0.25em;
  }
  .sign-language {
    margin-block-start: 0.5em;
  }
  .sign-language summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  @media (forced-colors: active) {
    .local { border-color: CanvasText; }
  }
  @media print {
    .local { background: none; border-color: #000; }
  }
`;
