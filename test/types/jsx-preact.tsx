/** @jsxImportSource preact */
/** Type-level test (compiled by `npm run typecheck`): the tags in Preact JSX. */
import type {} from '../../src/jsx/preact.js';

export const ok = (
  <div>
    <pakke-pathway src="/content/pathway/x/1.0.0.json" class="wide" onpakke-ready={(e) => void e.detail.locale} />
    <pakke-decision-aid numbers={{ numbers: [] }} onpakke-summary={(e) => void e.detail.ready} />
    <pakke-needs-assessment persist="session" onpakke-answers-kept={(e) => void e.detail.next.id} />
  </div>
);

// @ts-expect-error: a misspelt attribute
export const misspelt = <pakke-needs-assessment layuot="paged" />;
// @ts-expect-error: no such field on the change detail
export const wrongField = <pakke-needs-assessment onpakke-change={(e) => void e.detail.changed} />;
