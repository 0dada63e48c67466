/**
 * Type-level test (compiled by `npm run typecheck`, never run): every event the elements
 * dispatch has a typed `detail` through `addEventListener`, without a cast, and a wrong field
 * is an error. The detail types come from the root and from `/model` (types only there).
 */
import type {
  ReadyDetail,
  PakkeErrorDetail,
  StepSelectDetail,
  RelatedSelectDetail,
  DecisionAidSummary,
  DecisionAidChangeDetail,
  NeedsChangeDetail,
  NeedsSubmitDetail,
  NeedsAnswersKeptDetail,
  PakkeChangeDetail,
} from '../../src/model.js';
import type * as Root from '../../src/index.js';

declare const el: HTMLElement;
declare const pathway: HTMLElementTagNameMap['pakke-pathway'];

el.addEventListener('pakke-ready', (e) => {
  const id: string = e.detail.id;
  const version: string = e.detail.version;
  const locale: string = e.detail.locale;
  // @ts-expect-error: no such field on ReadyDetail
  void e.detail.nonsense;
  void [id, version, locale];
});
pathway.addEventListener('pakke-error', (e) => {
  const code: PakkeErrorDetail['code'] = e.detail.code;
  const message: string = e.detail.message;
  // @ts-expect-error: codes are a closed set
  const wrong: 'no-such-code' = e.detail.code;
  void [code, message, wrong];
});
el.addEventListener('pakke-step-select', (e) => {
  const s: StepSelectDetail = e.detail;
  const index: number = e.detail.index;
  // @ts-expect-error: index is a number
  const asText: string = e.detail.index;
  void [s, index, asText];
});
el.addEventListener('pakke-related-select', (e) => {
  const r: RelatedSelectDetail = e.detail;
  const kind: 'decision-aid' = e.detail.kind;
  void [r, kind];
});
el.addEventListener('pakke-summary', (e) => {
  const s: DecisionAidSummary = e.detail;
  const ready: boolean = e.detail.ready;
  // @ts-expect-error: no such field
  void e.detail.answers;
  void [s, ready];
});
el.addEventListener('pakke-change', (e) => {
  const c: PakkeChangeDetail = e.detail;
  // @ts-expect-error: the union must be narrowed first
  void e.detail.itemId;
  if ('itemId' in e.detail) {
    const n: NeedsChangeDetail = e.detail;
    void n.answers;
  } else {
    const d: DecisionAidChangeDetail = e.detail;
    const changed: NonNullable<DecisionAidSummary['changed']> = d.changed;
    void changed;
  }
  void c;
});
el.addEventListener('pakke-submit', (e) => {
  const s: NeedsSubmitDetail = e.detail;
  e.detail.respondWith(Promise.resolve());
  // @ts-expect-error: respondWith takes a promise
  e.detail.respondWith('sent');
  void s;
});
el.addEventListener('pakke-answers-kept', (e) => {
  const k: NeedsAnswersKeptDetail = e.detail;
  const nextVersion: string = e.detail.next.version;
  void [k, nextVersion];
});
// Non-pakke events keep their DOM types.
el.addEventListener('click', (e) => {
  const m: MouseEvent = e;
  void m;
});

// The root exports the same types.
const fromRoot: Root.ReadyDetail = { id: 'x', version: '1.0.0', locale: 'da' };
const same: ReadyDetail = fromRoot;
type RootHasAll = [Root.PakkeErrorDetail, Root.StepSelectDetail, Root.DecisionAidSummary, Root.NeedsSubmitDetail, Root.NeedsAnswersKeptDetail, Root.PakkeChangeDetail, Root.PakkeEventMap];
void same;
export type { RootHasAll };
