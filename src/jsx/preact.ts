/**
 * JSX types for Preact (types only): `<pakke-pathway src="…" onpakke-ready={(e) => e.detail.version} />`
 * type-checks after `import type {} from 'pakke-elements/jsx/preact';` once in the project (or
 * `"types": ["pakke-elements/jsx/preact"]` in tsconfig). Preact sets known properties as
 * properties and adds `on<event>` props with `addEventListener`.
 */
import type { HTMLAttributes } from 'preact';
import type { PakkeIntrinsicElements } from './elements.js';

export type * from './elements.js';

type Tag<K extends keyof PakkeIntrinsicElements> = Omit<HTMLAttributes<HTMLElementTagNameMap[K]>, keyof PakkeIntrinsicElements[K]> &
  PakkeIntrinsicElements[K];

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'pakke-pathway': Tag<'pakke-pathway'>;
      'pakke-decision-aid': Tag<'pakke-decision-aid'>;
      'pakke-needs-assessment': Tag<'pakke-needs-assessment'>;
    }
  }
}
