/**
 * JSX types for React 19 (types only): `<pakke-pathway src="…" onpakke-ready={(e) => e.detail.version} />`
 * type-checks after `import type {} from 'pakke-elements/jsx/react';` once in the project (or
 * `"types": ["pakke-elements/jsx/react"]` in tsconfig). React 19 sets known properties as
 * properties and adds `on<event>` props with `addEventListener`. For typed components instead
 * of tags, use `pakke-elements/react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PakkeIntrinsicElements } from './elements.js';

export type * from './elements.js';

type Tag<K extends keyof PakkeIntrinsicElements> = DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[K]>, HTMLElementTagNameMap[K]> &
  PakkeIntrinsicElements[K];

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'pakke-pathway': Tag<'pakke-pathway'>;
      'pakke-decision-aid': Tag<'pakke-decision-aid'>;
      'pakke-needs-assessment': Tag<'pakke-needs-assessment'>;
    }
  }
}
