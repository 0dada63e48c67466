/** Type-level test (compiled by `npm run typecheck`): the tags in React 19 JSX. */
import type {} from '../../src/jsx/react.js';

export const ok = (
  <>
    <pakke-pathway
      src="/content/pathway/x/1.0.0.json"
      start-date="2026-03-02"
      startDate="2026-03-02"
      className="wide"
      onpakke-ready={(e) => void e.detail.version}
      onpakke-step-select={(e) => void e.detail.stepId}
    />
    <pakke-decision-aid bundle={{}} mode="consultation" onpakke-change={(e) => void e.detail.changed} />
    <pakke-needs-assessment layout="single-page" onpakke-submit={(e) => e.detail.respondWith(Promise.resolve())} />
  </>
);

// @ts-expect-error: a misspelt attribute
export const misspelt = <pakke-pathway sorce="/x.json" />;
// @ts-expect-error: no such field on the ready detail
export const wrongField = <pakke-pathway onpakke-ready={(e) => void e.detail.nonsense} />;
// (A dash-case name the tag does not know, such as `onpakke-submit` on the pathway, is not an
// error: TypeScript never checks undeclared JSX attribute names that contain a dash.)
