/**
 * Hydration of pre-rendered HTML (`pakke-elements/ssr`, `pakke render`): an element that finds
 * its declarative shadow root already in the page keeps those nodes and Lit attaches to them,
 * instead of rendering again. The code that does it, `hydrate()` from the Lit team's
 * `@lit-labs/ssr-client` (≈1.8 KB gzip), loads only when such an element starts: pages that
 * render in the browser (the README's embed) never download it. Used by `PakkeElement` and
 * `<pakke-icon-array>` (the two kinds of element a server renders).
 *
 * If it cannot load, or the server's HTML does not match this script's first render (another
 * toolkit version, language or setting), the element renders afresh in the browser and says so
 * once in the console: never a broken element.
 */
import { ReactiveElement, render, type LitElement, type PropertyValues, type RenderOptions } from 'lit';

type Hydrate = (value: unknown, container: DocumentFragment, options?: Partial<RenderOptions>) => void;

let loading: Promise<unknown> | undefined;
let hydrate: Hydrate | undefined;

/**
 * Starts loading the hydration code (once a page) and resolves when it is there, or failed to
 * load, and never in the current task: the upgrade happens while the script that defines the
 * element runs, and hydrating in that same task made one long task of both (over 50 ms on a
 * phone). The page is already drawn and readable meanwhile.
 */
export function hydrationReady(): Promise<void> {
  loading ??= import('@lit-labs/ssr-client').then(
    (m) => (hydrate = m.hydrate as Hydrate),
    () => undefined,
  );
  return Promise.all([loading, new Promise((resolve) => setTimeout(resolve, 0))]).then(() => undefined);
}

/**
 * Attaches `value` (the element's first render) to the server's nodes in `root`; if that is not
 * possible, renders `again()` in their place, keeping the styles.
 */
function hydrateInPlace(tag: string, value: unknown, root: ShadowRoot, options: RenderOptions, again: () => unknown): void {
  let why = 'could not be hydrated (its code, a chunk of @lit-labs/ssr-client, did not load)';
  let error: unknown[] = [];
  if (hydrate) {
    try {
      return hydrate(value, root, options);
    } catch (e) {
      why = "does not match this script's render (another toolkit version, language or setting?)";
      error = [e];
    }
  }
  console.warn(`[pakke-elements] <${tag}>: the pre-rendered HTML ${why}, so it was rendered again in the browser.`, ...error);
  for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
  delete (root as ShadowRoot & { _$litPart$?: unknown })._$litPart$;
  render(again(), root, options);
}

/**
 * An element's first update over its declarative shadow root: what LitElement's `update` does,
 * with hydration in place of its render (`render` is the element's own).
 */
export function hydratingUpdate(el: LitElement, changed: PropertyValues, render: () => unknown): void {
  const value = render();
  el.renderOptions.isConnected = el.isConnected;
  (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(el, changed);
  hydrateInPlace(el.localName, value, el.shadowRoot!, el.renderOptions, render);
}
