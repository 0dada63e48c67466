/**
 * Lets Lit hydrate pre-rendered HTML (`pakke-elements/ssr`, `pakke render`): an element whose
 * declarative shadow root is already in the page keeps those nodes and attaches to them instead
 * of rendering again. It patches LitElement when LitElement's module is evaluated, so every entry
 * imports this module first. Costs ≈1.5 KB gzip; pages without pre-rendered HTML are unaffected.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
