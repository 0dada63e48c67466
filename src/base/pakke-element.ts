/**
 * The base every pakke element extends: loading a bundle from `src` or the `bundle` property,
 * integrity checking, the loading / error / ready states, content-locale resolution, the shared
 * notices (example content, review overdue, language fallback), the "about this content"
 * footer with sources, and event helpers.
 */
import { LitElement, ReactiveElement, html, isServer, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import type * as z from 'zod/mini';
import type { Envelope, Kind } from '../bundle/envelope.js';
import { BundleError, type PakkeErrorDetail } from '../bundle/errors.js';
import { checkIntegrity, fetchBundleJson, parseBundle, trustBundle } from '../bundle/load.js';
import { LoadController } from './load-controller.js';
import { hydratingUpdate, hydrationReady } from './hydrate.js';
import { LocaleController } from './locale-controller.js';
import { NoticesController } from './notices.js';
import { renderErrorBox } from './error-box.js';
import { renderFooter, renderSourceRefs, type FooterView } from './footer.js';
import type { AppliedOverlay } from '../bundle/overlay.js';
import type { LocalContext } from './local-facts.js';
import { renderHeading, renderRichText } from '../bundle/rich-text-render.js';

export { renderHeading };
/** Styles for overlay-added local facts (kept exported here for subclasses that imported them from this module). */
export { localStyles } from './styles.js';
import { isolateBidi, resolveText, type LocalizedText } from '../bundle/text.js';
import { contentHref } from '../bundle/url.js';
import { formatDate } from './dates.js';
import { TOOLKIT_VERSION } from './define.js';
import { baseStyles, localStyles } from './styles.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Overlay checking and local-facts rendering, loaded only by pages that use an overlay (not part of a first render without one). */
let overlayLib: typeof import('./local-facts.js') | undefined;
const loadOverlayLib = async () => (overlayLib ??= await import('./local-facts.js'));

/**
 * The checker of each kind (its zod schema), once loaded. Unpinned content (plain `src`, the
 * `bundle` property, an inline bundle without `integrity`) is checked with it before it is shown;
 * pinned content (bytes matching a hash the host, the catalogue or `pakke render` pinned) is not,
 * so pages with pinned content never fetch it. `provideSchema` fills it ahead (the server renderer
 * checks every bundle itself and must render synchronously).
 */
const checkers = new WeakMap<object, () => z.ZodMiniType<unknown>>();

/** Makes `schema` the checker of elements of class `element` without a lazy load (for server rendering). */
export function provideSchema(element: abstract new () => PakkeElement<Envelope>, schema: () => z.ZodMiniType<unknown>): void {
  checkers.set(element, schema);
}

/** An overlay as given (JSON to check) or the failure to fetch it. */
type OverlayInput = { data: unknown; url?: string } | { error: unknown; url?: string };

/** An inline bundle's text checked against `integrity` (as UTF-8 bytes, what a fetch would hash), then parsed. */
async function readInline(text: string, integrity: string): Promise<unknown> {
  await checkIntegrity(new TextEncoder().encode(text).buffer as ArrayBuffer, integrity);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new BundleError({ code: 'invalid-json', message: `The bundle in the element's <script type="application/json"> is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/** `url` resolved against the page (what a fetch of it reached), or undefined. */
function absolute(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const DEFAULT_TIMEOUT = 15_000;

/**
 * Where a server render puts what a page without JavaScript shows besides the first render (see
 * `renderWithoutScript`): `pakke-elements/ssr` swaps this text for that HTML, without Lit's
 * markers. In the browser the part is empty, and hydration keeps whatever a primitive part holds.
 * Random, so no text in a bundle can be taken for it.
 */
export const NO_SCRIPT_SLOT = `pakke-no-script-${Math.random().toString(36).slice(2)}`;

/**
 * @fires pakke-ready - The bundle is loaded, valid and rendered. `detail: { id, version, locale }`.
 * @fires pakke-error - Loading or checking failed, or an attribute is invalid. `detail: PakkeErrorDetail` with a `code`.
 * @cssprop --pakke-color-text - Text colour.
 * @cssprop --pakke-color-accent - Links, buttons and highlights.
 * @cssprop --pakke-color-accent-contrast - Text on accent backgrounds.
 * @cssprop --pakke-color-muted - Secondary text.
 * @cssprop --pakke-color-border - Borders and rules (keep ≥ 3:1 contrast).
 * @cssprop --pakke-color-subtle - Quiet backgrounds.
 * @cssprop --pakke-color-focus - Focus outline.
 * @cssprop --pakke-color-notice - Background of notices.
 * @cssprop --pakke-color-danger - Errors.
 * @cssprop --pakke-color-success - Completed states.
 * @cssprop --pakke-color-surface - Element background.
 * @cssprop --pakke-font-family - Font (inherits the page's by default).
 * @cssprop --pakke-font-size - Base font size.
 * @cssprop --pakke-line-height - Line height.
 * @cssprop --pakke-radius - Corner radius.
 * @cssprop --pakke-max-width - Maximum width of the content.
 * @csspart root - The element's outer wrapper.
 * @csspart error - The error box.
 * @csspart notice - Notices (example content, review overdue, language).
 * @csspart footer - The "about this content" footer.
 * @csspart local - Local facts from an overlay (contact blocks and links), each marked with who added them.
 * @csspart contact - One local contact block.
 */
export abstract class PakkeElement<B extends Envelope> extends LitElement {
  /** The toolkit version that defined this element (checked when two copies meet). */
  static pakkeVersion = TOOLKIT_VERSION;

  static override styles = [baseStyles];

  /** Every element gets the local-facts styles, whatever its own `styles` say. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([styles ?? [], localStyles]);
  }

  static override properties = {
    src: { type: String },
    bundle: { attribute: false },
    integrity: { type: String },
    credentials: { type: String },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    bundleId: { type: String, attribute: 'bundle-id' },
    version: { type: String },
    contentBase: { type: String, attribute: 'content-base' },
    overlay: {},
    overlayIntegrity: { type: String, attribute: 'overlay-integrity' },
    lang: { type: String, reflect: true },
    _status: { state: true },
    _error: { state: true },
    _data: { state: true },
    _overlay: { state: true },
    _overlayError: { state: true },
  };

  /**
   * URL of the content bundle (JSON). Fetched without credentials unless `credentials` says
   * otherwise, or the page preloads the URL (`<link rel="preload" as="fetch" crossorigin>`): then
   * with `same-origin`, the preload's mode, so the preloaded response is used.
   */
  declare src: string | null;
  /** An already-parsed bundle object; takes precedence over `src`. */
  declare bundle: unknown;
  /** Subresource-Integrity hash (`sha256-…`, `sha384-…`, `sha512-…`) the fetched bundle must match. */
  declare integrity: string | null;
  /** Fetch credentials mode: `omit` (default; `same-origin` for a URL the page preloads), `same-origin` or `include`. Any other value: `omit`. */
  declare credentials: string | null;
  /** Milliseconds to wait for the bundle before showing a timeout message. Default 15000. */
  declare timeout: number | null;
  /** Level of the element's main heading (2–5). Default 2, so a page's own h1 stays on top. */
  declare headingLevel: number | null;
  declare lang: string;
  /** With `content-base`: the id of the bundle to show, resolved through the content catalogue. */
  declare bundleId: string | null;
  /** With `bundle-id`: a semver range (e.g. `^1.2`); the newest matching published version is shown. Default `*`. */
  declare version: string | null;
  /** Base URL of a content folder with a catalogue (`index.json`), for `bundle-id` + `version`. */
  declare contentBase: string | null;
  /**
   * Local facts on top of the national content: the URL of an overlay bundle (attribute), or an
   * overlay object (property). It must name this bundle's id and a version range the loaded
   * version is in, or it is ignored entirely, with a visible note and a `pakke-error`
   * (`overlay-not-applied`).
   */
  declare overlay: unknown;
  /**
   * Subresource-Integrity hash the overlay file (an `overlay` URL) must match, as `integrity` for
   * the bundle (`content/index.json` lists each overlay's hash). A mismatch: the overlay is not
   * applied, a visible note, and `pakke-error` (`overlay-not-applied`, reason `integrity`).
   */
  declare overlayIntegrity: string | null;
  /** @internal */
  declare _overlay: AppliedOverlay<B> | undefined;
  /** @internal */
  declare _overlayError: PakkeErrorDetail | undefined;

  /** @internal */
  declare _status: LoadStatus;
  /** @internal */
  declare _error: PakkeErrorDetail | undefined;
  /** @internal */
  declare _data: B | undefined;

  /** The bundle kind this element renders. */
  protected abstract readonly kind: Kind;
  /**
   * Loads the checker: resolves to the kind's zod schema factory. A dynamic `import()`, so the
   * schema and zod are a lazy chunk, fetched only when unpinned content must be checked.
   */
  protected abstract readonly schema: () => Promise<() => z.ZodMiniType<B>>;

  /** True when this element needs the checker even for pinned content (e.g. host-supplied numbers to check). */
  protected needsChecker(): boolean {
    return false;
  }

  /** The checker, loaded once per kind (a failed load is tried again next time). */
  private loadChecker(): Promise<() => z.ZodMiniType<B>> {
    const ready = checkers.get(this.constructor);
    if (ready) return Promise.resolve(ready as () => z.ZodMiniType<B>);
    return this.schema().then((schema) => {
      checkers.set(this.constructor, schema as () => z.ZodMiniType<unknown>);
      return schema;
    });
  }

  /** `data` checked: with the kind's schema, or (pinned content) the envelope only. The checker must be loaded for unpinned content. */
  private check(data: unknown, pinned: boolean, url?: string): B {
    if (pinned && !this.needsChecker()) return trustBundle<B>(data, this.kind, url);
    const schema = checkers.get(this.constructor) as (() => z.ZodMiniType<B>) | undefined;
    if (!schema) throw new BundleError({ code: 'network', url, message: 'The content checker is not loaded' });
    return parseBundle(data, schema(), this.kind, url);
  }

  /** The wait for the checker before a bundle given in the page (property, inline JSON) is shown; `updateComplete` includes it. */
  private checking: Promise<unknown> | undefined;

  /** `updateComplete` also waits for the checker of a bundle given in the page, so it resolves once that bundle is shown (or refused). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.checking) {
      const wait = this.checking;
      await wait.catch(() => undefined);
      if (this.checking === wait) this.checking = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }
  /** Renders the ready bundle (notices and footer are added around it). */
  protected abstract renderBundle(bundle: B): unknown;

  /**
   * What a page without JavaScript shows after the first render (the steps or pages it does not
   * show), or `nothing` when the first render shows everything. Rendered only on the server
   * (`pakke-elements/ssr`, a second pass), into a `.pakke-nojs` block before the footer that is
   * shown only under `@media (scripting: none)` and removed as soon as the element starts.
   */
  protected renderWithoutScript(_bundle: B): unknown {
    return nothing;
  }

  /** Server only: set by `pakke-elements/ssr` for the pass that renders `renderWithoutScript`. */
  noScriptPass = false;

  /** The UI and content languages (see `LocaleController`). */
  private readonly locales = new LocaleController(this);
  /** The notices above the content (draft, overdue review, overlay not shown, another language). */
  private readonly notices = new NoticesController(this, this.locales, (iso) => this.date(iso));
  /** Content locale in effect for the current render. */
  protected get contentLocale(): string {
    return this.locales.content;
  }
  /** True when the bundle lacks the requested language and another is shown. */
  protected get contentFallback(): boolean {
    return this.locales.fallback;
  }
  /**
   * Absolute URL of the bundle file shown (`src`, or the file the catalogue named); undefined for
   * a bundle given as an object. Relative links and media in content resolve against it.
   */
  protected contentUrl: string | undefined;
  /** Absolute URL of the overlay file applied, if it came from a URL. */
  private overlayUrl: string | undefined;
  /** The load in flight: aborted on disconnect, restarted on reconnect. */
  private readonly loader = new LoadController(this, () => this.startLoad());
  private readyFired = false;

  constructor() {
    super();
    this.src = null;
    this.integrity = null;
    this.credentials = null;
    this.timeout = null;
    this.headingLevel = null;
    this.bundleId = null;
    this.version = null;
    this.contentBase = null;
    this.overlay = null;
    this.overlayIntegrity = null;
    this._status = 'idle';
  }

  /** The validated bundle being shown, if any. */
  get loaded(): B | undefined {
    return this._data;
  }

  /** Current state: `idle`, `loading`, `ready` or `error`. */
  get status(): LoadStatus {
    return this._status;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingInline();
  }

  /** Loads the content again (the retry button calls this). */
  reload(): void {
    this.startLoad();
  }

  protected get level(): number {
    const l = Number(this.headingLevel);
    return Number.isInteger(l) && l >= 2 && l <= 5 ? l : 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['src', 'bundle', 'integrity', 'credentials', 'bundleId', 'version', 'contentBase', 'overlay', 'overlayIntegrity'].some((k) => changed.has(k))) {
      this.startLoad();
    }
    this.locales.choose(this._data);
  }

  private startLoad(): void {
    this.loader.cancel();
    this.readyFired = false;
    let data = this.bundle;
    const overlayUrl = typeof this.overlay === 'string' ? this.overlay.trim() : '';
    const overlayObject = this.overlay && typeof this.overlay === 'object' ? ({ data: this.overlay } as OverlayInput) : undefined;
    // Unset: the loader's default (no credentials, or same-origin ones for a URL the page
    // preloads). Set to anything but a mode (a typo, another case): no credentials.
    const asked = this.credentials?.trim().toLowerCase();
    const credentialsMode = asked === undefined ? undefined : CREDENTIALS.find((c) => c === asked) ?? 'omit';
    const timeoutMs = this.timeout && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
    // `pin`: the hash a catalogue lists for the overlay file (when the base came through one).
    const fetchOverlay = async (signal: AbortSignal, pin?: () => string | undefined): Promise<OverlayInput | undefined> => {
      if (!overlayUrl && !overlayObject) return undefined;
      try {
        await loadOverlayLib();
      } catch (e) {
        return { error: e, url: overlayUrl || undefined };
      }
      if (!overlayUrl) return overlayObject;
      try {
        const integrity = this.overlayIntegrity || pin?.() || null;
        return { data: await fetchBundleJson(overlayUrl, { credentials: credentialsMode, signal, timeout: timeoutMs, integrity }), url: overlayUrl };
      } catch (e) {
        if (signal.aborted) throw e;
        return { error: e, url: overlayUrl };
      }
    };
    // A `<script type="application/json">` child (pasted by an editor, or written by `pakke render`)
    // is the bundle, with no fetch; read now, synchronously, unless its bytes must first be
    // checked against `integrity` (below).
    const inline = data === undefined || data === null ? this.inlineScript() : undefined;
    if (inline && !this.integrity) {
      try {
        data = JSON.parse(inline.text) as unknown;
      } catch (e) {
        this._data = undefined;
        this.fail({ code: 'invalid-json', message: `The bundle in the element's <script type="application/json"> is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
        return;
      }
    }
    if (data !== undefined && data !== null) {
      // Given in the page without a pin: checked with the schema before it is shown. Once the
      // checker is loaded (and no overlay is to be fetched), synchronously, in the same frame.
      const given = data;
      if (!overlayUrl && (!overlayObject || overlayLib) && checkers.has(this.constructor)) {
        this.contentUrl = undefined;
        this.accept(() => this.parse(given, false), overlayObject);
        return;
      }
      const signal = this.loader.begin();
      this._status = 'loading';
      const checker = this.loadChecker();
      const wait = Promise.all([checker, fetchOverlay(signal)]).then(
        ([, ov]) => {
          if (signal.aborted) return;
          this.loader.settle(signal);
          this.contentUrl = undefined;
          this.accept(() => this.parse(given, false), ov);
          this.requestUpdate();
        },
        (e: unknown) => {
          if (signal.aborted) return;
          this.loader.settle(signal);
          this.failChecker(e);
        },
      );
      // `updateComplete` waits for the checker only (a local chunk), not for an overlay's fetch.
      if (!overlayUrl) this.checking = wait;
      return;
    }
    const src = this.src?.trim();
    const fromCatalogue = !src && !!this.bundleId && !!this.contentBase;
    if (!src && !fromCatalogue && !inline) {
      this._data = undefined;
      this.watchForInline();
      if (this.hasAttribute('src') || this.src !== null || this.bundleId || this.contentBase) {
        this.fail({ code: 'no-content', message: 'Neither src, bundle, nor bundle-id with content-base is set' });
      } else {
        this._status = 'idle';
      }
      return;
    }
    const signal = this.loader.begin();
    this._status = 'loading';
    this._error = undefined;
    const options = { credentials: credentialsMode, signal, timeout: timeoutMs };
    // Pinned: an inline bundle or `src` with `integrity`, or a file the catalogue lists with its
    // hash. Anything else needs the checker, loaded alongside the download.
    const pinned = !!inline || (src ? !!this.integrity?.trim() : true);
    const checker = pinned && !this.needsChecker() ? Promise.resolve(undefined) : this.loadChecker();
    // Catalogue lookup (and its semver ranges) is loaded only by pages that use bundle-id.
    const catalogue = fromCatalogue ? import('../bundle/catalogue.js') : undefined;
    const resolving = catalogue?.then((c) => c.resolveFromCatalogue(this.contentBase!, this.bundleId!, this.version?.trim() || '*', this.kind, options));
    const load = async (): Promise<{ json: unknown; url: string }> => {
      if (inline) return { json: await readInline(inline.text, this.integrity!), url: '' };
      if (src) return { json: await fetchBundleJson(src, { ...options, integrity: this.integrity }), url: src };
      const [{ checkResolved }, resolved] = await Promise.all([catalogue!, resolving!]);
      // The catalogue's hash guards the file; an explicit integrity attribute is not meaningful for a range.
      const json = await fetchBundleJson(resolved.url, { ...options, integrity: resolved.integrity });
      checkResolved(json, resolved, this.kind);
      return { json, url: resolved.url };
    };
    const loadedChecker = checker.then(
      () => undefined,
      (e: unknown) => {
        throw new BundleError({ code: 'network', url: src, message: `The content checker could not be loaded: ${e instanceof Error ? e.message : String(e)}` });
      },
    );
    // Through a catalogue, the overlay is checked against the hash the catalogue lists for it.
    const overlay = resolving
      ? Promise.all([catalogue!, resolving]).then(
          ([c, resolved]) => fetchOverlay(signal, () => c.overlayPin(resolved, overlayUrl)),
          () => undefined,
        )
      : fetchOverlay(signal);
    Promise.all([load(), overlay, loadedChecker]).then(
      ([{ json, url }, ov]) => {
        if (signal.aborted) return;
        this.loader.settle(signal);
        this.contentUrl = absolute(url);
        this.accept(() => this.parse(json, pinned, url || undefined), ov);
      },
      (e: unknown) => {
        if (signal.aborted) return;
        this.loader.settle(signal);
        this.fail(e instanceof BundleError ? e.detail : { code: 'network', url: src, message: String(e) });
      },
    );
  }

  /** The element's own `<script type="application/json">` child, if it has one. */
  private inlineScript(): HTMLScriptElement | undefined {
    if (typeof this.querySelector !== 'function') return undefined; // a server's DOM shim
    return this.querySelector<HTMLScriptElement>(':scope > script[type="application/json" i]') ?? undefined;
  }

  private inlineWatcher?: MutationObserver;

  /**
   * With no content source yet, waits for a `<script type="application/json">` child: the parser
   * may connect the element before it has parsed the element's children (a script loaded before
   * the markup, or one element added after another).
   */
  private watchForInline(): void {
    if (this.inlineWatcher || typeof MutationObserver === 'undefined') return;
    this.inlineWatcher = new MutationObserver(() => {
      if (!this.inlineScript() || this.bundle || this.src) return;
      this.stopWatchingInline();
      this.startLoad();
      this.requestUpdate();
    });
    this.inlineWatcher.observe(this, { childList: true, subtree: true, characterData: true });
  }

  private stopWatchingInline(): void {
    this.inlineWatcher?.disconnect();
    this.inlineWatcher = undefined;
  }

  /**
   * Pre-rendered HTML (`pakke-elements/ssr`, `pakke render`) is hydrated in place (see
   * base/hydrate.ts): the server's nodes are kept and Lit attaches to them. Until the content is
   * checked (an `integrity` check is asynchronous) nothing is rendered, so the server's HTML stays
   * on screen instead of a loading skeleton. The first update waits for the hydration code, in a
   * task of its own.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hydrating || this.hasUpdated) return super.scheduleUpdate();
    return hydrationReady().then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hydrating) return this.renderGuarded(changed);
    if (this._status === 'loading' || this._status === 'idle') {
      // Nothing to show yet: the server's HTML stays as it is.
      return (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(this, changed);
    }
    // The first render with content hydrates; as LitElement's own update, without its render.
    this.hydrating = false;
    hydratingUpdate(this, changed, () => this.render());
  }

  /** True from the moment a server-rendered shadow root is found until its first update has hydrated it. */
  protected hydrating = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    // A declarative shadow root (pre-rendered HTML), kept with its styles.
    this.hydrating = true;
    // What the server added for pages without JavaScript (never hydrated).
    root.querySelector('.pakke-nojs')?.remove();
    return root;
  }

  /**
   * Takes what `parse` gives: a bundle now, or a promise of one (an element that reads another
   * format loads its reader on first use), shown as loading until it settles.
   */
  private accept(parse: () => B | Promise<B>, overlay?: OverlayInput): void {
    let parsed: B | Promise<B>;
    try {
      parsed = parse();
    } catch (e) {
      return this.acceptParsed(() => {
        throw e;
      }, overlay);
    }
    if (!(parsed instanceof Promise)) return this.acceptParsed(() => parsed as B, overlay);
    const signal = this.loader.begin();
    this._status = 'loading';
    const done = (then: () => B) => {
      if (signal.aborted) return;
      this.loader.settle(signal);
      this.acceptParsed(then, overlay);
    };
    parsed.then(
      (b) => done(() => b),
      (e: unknown) =>
        done(() => {
          throw e;
        }),
    );
  }

  private acceptParsed(parse: () => B, overlay?: OverlayInput): void {
    this._overlay = undefined;
    this._overlayError = undefined;
    try {
      const parsed = parse();
      let shown = parsed;
      if (overlay) {
        try {
          const applied = this.applyOverlayInput(parsed, overlay);
          shown = applied.bundle;
          this._overlay = applied;
          this.overlayUrl = absolute(overlay.url);
        } catch (e) {
          this._overlayError = e instanceof BundleError ? e.detail : { code: 'overlay-not-applied', message: String(e), overlay: { reason: 'invalid' } };
        }
      }
      this._data = this.prepare(shown);
      this._error = undefined;
      this._status = 'ready';
    } catch (e) {
      this._data = undefined;
      this._overlay = undefined;
      this._overlayError = undefined;
      this.fail(e instanceof BundleError ? e.detail : { code: 'schema', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (this._overlayError) this.emitError(this._overlayError);
  }

  /** Checks and applies an overlay, all or nothing; throws `overlay-not-applied` with the reason. */
  private applyOverlayInput(base: B, input: OverlayInput): AppliedOverlay<B> {
    if ('error' in input) {
      const cause = input.error instanceof BundleError ? input.error.detail : undefined;
      throw new BundleError({
        code: 'overlay-not-applied',
        url: input.url,
        status: cause?.status,
        message: `The overlay could not be loaded (${cause?.code ?? 'network'}: ${cause?.message ?? String(input.error)})`,
        overlay: { reason: cause?.code === 'integrity' ? 'integrity' : 'load', baseId: base.id, baseVersion: base.version },
      });
    }
    return overlayLib!.applyOverlay(base, overlayLib!.parseOverlay(input.data, input.url), input.url);
  }

  /** The applied overlay, if any: its bundle and the local facts it adds. */
  get appliedOverlay(): AppliedOverlay<B>['overlay'] | undefined {
    return this._overlay?.overlay;
  }

  /**
   * Checks parsed JSON as this kind's bundle (`pinned`: its bytes matched a hash, so the envelope
   * is enough). Elements may read other formats here (a FHIR Questionnaire), also as a promise.
   */
  protected parse(data: unknown, pinned: boolean, url?: string): B | Promise<B> {
    return this.check(data, pinned, url);
  }

  /**
   * Hook for elements: adjust a validated bundle before it is shown (e.g. apply an overlay or
   * element-level checks). Throw a `BundleError` to refuse it.
   */
  protected prepare(bundle: B): B {
    return bundle;
  }

  /** The checker chunk could not be loaded (offline, a CDN or CSP refusing it): a retryable error, never a skeleton. */
  private failChecker(e: unknown): void {
    this._data = undefined;
    this.fail({ code: 'network', message: `The content checker could not be loaded: ${e instanceof Error ? e.message : String(e)}` });
  }

  private fail(detail: PakkeErrorDetail): void {
    this._status = 'error';
    this._error = detail;
    this.emitError(detail);
  }

  /** Dispatches `pakke-error` (also used by elements for attribute problems). */
  protected emitError(detail: PakkeErrorDetail): void {
    this.emit('pakke-error', detail);
  }

  /** Dispatches a bubbling, composed event. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /**
   * A bundle the schema accepted but that cannot be rendered (a fault in an element, hostile
   * content the checks missed) shows the error box and fires `pakke-error` rather than leaving
   * the loading state or a half-drawn box on the page.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      // An element's `willUpdate` that cannot read the content (pinned content is not checked
      // with the schema before it is shown): the error box, as for a render that fails.
      if (this._status !== 'ready') throw e;
      this.unshowable(e);
      this.emitError(this._error!);
    }
  }

  /** Content the schema let through (or pinned content not checked) that cannot be shown: the error box instead. */
  private unshowable(e: unknown): void {
    this._data = undefined;
    this._overlay = undefined;
    this._status = 'error';
    this._error = { code: 'schema', message: `The content could not be shown: ${e instanceof Error ? e.message : String(e)}` };
  }

  private renderGuarded(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (e) {
      if (this._status !== 'ready') throw e;
      this.unshowable(e);
      super.update(changed);
      this.emitError(this._error!);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._status === 'ready' && this._data && !this.readyFired) {
      this.readyFired = true;
      this.emit('pakke-ready', { id: this._data.id, version: this._data.version, locale: this.contentLocale });
    }
  }

  /** Resolves a localized text in the content locale. */
  protected t(text: LocalizedText | undefined): string {
    if (!text) return '';
    return isolateBidi(resolveText(text, this.contentLocale, this._data?.defaultLocale ?? 'da').text);
  }

  /** Renders localized rich text; `levelOffset` places content headings below the current one. */
  protected rich(text: LocalizedText | undefined, levelOffset = 2): unknown {
    if (!text) return nothing;
    return renderRichText(this.t(text), { headingLevel: this.level + levelOffset, lang: this.contentLocale || undefined, base: this.contentUrl });
  }

  /** A link or media URL from the bundle, if safe, resolved against the bundle's URL. */
  protected href(raw: string | undefined | null): string | undefined {
    return contentHref(raw, this.contentUrl);
  }

  /** Formats a date in the content locale. */
  protected date(value: string | Date, style: 'long' | 'medium' | 'dayMonth' = 'long'): string {
    return formatDate(value, this.contentLocale || 'da', style);
  }

  protected override render(): unknown {
    const dir = this.locales.rtl ? 'rtl' : nothing;
    switch (this._status) {
      case 'ready': {
        this.placedLocal.clear();
        if (this.noScriptPass) {
          const rest = this.renderWithoutScript(this._data!);
          return rest === nothing ? nothing : html`<div class="pakke-nojs">${rest}</div>`;
        }
        const notices = this.renderNotices(this._data!);
        const body = this.renderBundle(this._data!);
        return html`<div class="root" part="root" lang=${this.contentLocale || nothing} dir=${dir}>
          ${notices} ${body} ${this.renderUnplacedLocal()} ${isServer ? NO_SCRIPT_SLOT : nothing} ${this.renderFooter(this._data!)}
        </div>`;
      }
      case 'error':
        return html`<div class="root" part="root" dir=${dir}>${this.renderError(this._error!)}</div>`;
      case 'loading':
        return html`<div class="root" part="root" dir=${dir} aria-busy="true">
          <p class="visually-hidden" role="status">${msg('Indholdet hentes …')}</p>
          <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
        </div>`;
      default:
        return nothing;
    }
  }

  /** Notices shown above the content (elements may add their own after these). */
  protected renderNotices(b: B): unknown {
    return this.notices.render(b, this._overlayError);
  }

  /** Targets whose local facts the element placed during the current render. */
  private placedLocal = new Set<string>();

  /** Resolves an overlay text in the content locale (falling back to the overlay's default). */
  private tLocal(text: LocalizedText | undefined): string {
    if (!text || !this._overlay) return '';
    return isolateBidi(resolveText(text, this.contentLocale, this._overlay.overlay.defaultLocale).text);
  }

  /** True when the overlay adds contacts or links at `target` (`''`: the bundle as a whole). */
  protected hasLocal(target = ''): boolean {
    const f = this._overlay?.local.get(target);
    return !!f && (f.contacts.length > 0 || f.links.length > 0);
  }

  /**
   * Renders the local facts (contact blocks, links) an overlay adds at `target` (an id in the
   * bundle; `''` for the bundle as a whole), marked with who added them. Elements call this where
   * the target is shown; facts no element placed are shown before the footer, so none are lost.
   */
  protected renderLocal(target = ''): unknown {
    const facts = this._overlay?.local.get(target);
    this.placedLocal.add(target);
    if (!facts || !this._overlay) return nothing;
    return overlayLib!.renderLocalFacts(this.localContext, facts);
  }

  /** What the local-facts renderers need from this element. */
  private get localContext(): LocalContext {
    return { overlay: this._overlay!.overlay, base: this.overlayUrl, level: this.level, contentLocale: this.contentLocale, tLocal: (x) => this.tLocal(x), t: (x) => this.t(x) };
  }

  /** Local facts the element did not place itself, grouped under what they belong to. */
  private renderUnplacedLocal(): unknown {
    if (!this._overlay) return nothing;
    const left = [...this._overlay.local.entries()].filter(([target]) => !this.placedLocal.has(target));
    return left.length ? overlayLib!.renderUnplacedLocal(this.localContext, this._data, left) : nothing;
  }

  /** Short source references, e.g. "Kilde: Helsedirektoratet 2022". */
  protected renderSourceRefs(ids: readonly string[] | undefined): unknown {
    return renderSourceRefs(this.footerView, this._data, ids);
  }

  /** The "about this content" footer: publisher, version, dates, authors, funding, licence, sources. */
  protected renderFooter(b: B): unknown {
    return renderFooter(this.footerView, b);
  }

  /** What the footer and source references need from this element. */
  private get footerView(): FooterView {
    const ov = this._overlay?.overlay;
    return {
      t: (x) => this.t(x),
      rich: (x, offset) => this.rich(x, offset),
      href: (x) => this.href(x),
      date: (iso) => this.date(iso),
      level: this.level,
      overlay: ov ? { id: ov.id, version: ov.version, publisher: this.tLocal(ov.publisher.name), reviewDue: ov.reviewDue } : undefined,
    };
  }

  /** The error box: a localized explanation, a retry button for network faults, technical details. */
  protected renderError(e: PakkeErrorDetail): unknown {
    return renderErrorBox(e, this.level, () => this.reload());
  }
}
