/**
 * `pakke-elements/ssr`: an element's first render as HTML, on a server or at build time.
 *
 *   import { renderElement } from 'pakke-elements/ssr';
 *   const html = renderElement({ bundle, lang: 'da', uiLocale: 'da' });
 *
 * The result is one fragment: the element's tag with its attributes, its shadow root as
 * `<template shadowrootmode="open">` (styles and the first render's content, as declarative
 * shadow DOM), and the bundle in the light DOM as `<script type="application/json">`, which the
 * element reads instead of fetching. With the element's script on the page, the element hydrates
 * the server's nodes in place (they are kept, not re-created); without JavaScript the content is
 * readable as it is. Rendering uses the Lit team's `@lit-labs/ssr` (a Labs package: see the
 * README) and @lit/localize's re-entrant SSR localization.
 *
 * The bundle is checked with the same schema as `pakke validate`; a bundle that fails throws the
 * same `BundleError` an element would show.
 */
import './l10n.js';
import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// Not named `html`: the build's template minifier (scripts/minify-literals.ts) cannot parse a static tag name.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KINDS, type Kind } from '../bundle/envelope.js';
import { BundleError } from '../bundle/errors.js';
import { parseBundle } from '../bundle/load.js';
import { isFhirQuestionnaire } from '../bundle/fhir-source.js';
import { fromFhirQuestionnaire } from '../bundle/fhir-questionnaire.js';
import { decisionAidBundle } from '../bundle/kinds/decision-aid.js';
import { needsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { pathwayBundle } from '../bundle/kinds/pathway.js';
import { uiLocaleFor } from '../l10n/localization.js';
import { withUiLocale } from './l10n.js';
import { NO_SCRIPT_SLOT, provideSchema } from '../base/pakke-element.js';
import { PakkePathway } from '../pathway/index.js';
import { PakkeDecisionAid } from '../decision-aid/index.js';
import { PakkeNeedsAssessment } from '../needs-assessment/index.js';

/** The tag that renders each kind. */
export const TAGS: Record<Kind, string> = {
  pathway: 'pakke-pathway',
  'decision-aid': 'pakke-decision-aid',
  'needs-assessment': 'pakke-needs-assessment',
};

const SCHEMAS = { pathway: pathwayBundle, 'decision-aid': decisionAidBundle, 'needs-assessment': needsAssessmentBundle } as const;

// The server checks every bundle itself (below) and renders synchronously: the elements get their
// checkers here instead of loading them lazily as the browser does.
provideSchema(PakkePathway, pathwayBundle);
provideSchema(PakkeDecisionAid, decisionAidBundle);
provideSchema(PakkeNeedsAssessment, needsAssessmentBundle);

export interface RenderOptions {
  /** The bundle: parsed JSON (an object) or its JSON text. */
  bundle: unknown;
  /** The tag to render; default the one for the bundle's kind (it must match the kind). */
  tag?: string;
  /** Content language (the element's `lang`); default the bundle's `defaultLocale`. */
  lang?: string;
  /**
   * UI language (buttons, headings, messages: da, nb, nn, en or ar; other tags map as in the
   * browser, e.g. `nb-NO` → nb, `sv` → en). Default: the content language's. In the browser the
   * UI follows the page's `lang`, so render with the `lang` of the page the fragment goes into,
   * or hydration finds other words and the element renders again (with a console warning).
   */
  uiLocale?: string;
  /** `<pakke-pathway start-date>`: `YYYY-MM-DD` the clock starts from. */
  startDate?: string;
  /** `<pakke-decision-aid mode>`: `patient` (default) or `consultation`. */
  mode?: string;
  /** The element's `heading-level` (2–5). */
  headingLevel?: number;
  /** `<pakke-needs-assessment layout>`: `paged` (default) or `single-page`. */
  layout?: string;
}

/**
 * JSON for a `<script type="application/json">`: `<`, `>` and `&` as JSON escapes, so no text in
 * the bundle can close the script element or open a comment (the browser's JSON.parse reads
 * them back as the same characters).
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Renders the element for `options.bundle` to an HTML fragment (see the module comment). */
export function renderElement(options: RenderOptions): string {
  let data = options.bundle;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch (e) {
      throw new BundleError({ code: 'invalid-json', message: e instanceof Error ? e.message : 'Invalid JSON' });
    }
  }
  const kind = (data as { kind?: unknown } | null)?.kind as Kind;
  const expected = options.tag ? (Object.keys(TAGS) as Kind[]).filter((k) => TAGS[k] === options.tag) : [...KINDS];
  if (options.tag && !expected.length) throw new Error(`renderElement: unknown tag <${options.tag}>; use one of ${Object.values(TAGS).join(', ')}`);
  let bundle: { kind: Kind; defaultLocale: string };
  if (isFhirQuestionnaire(data)) {
    // A FHIR R4 Questionnaire is a needs assessment: read as the element reads it (what it cannot
    // show is refused by linkId), and embedded as it is, so the browser reads the same bytes.
    if (!expected.includes('needs-assessment')) throw new BundleError({ code: 'wrong-kind', message: `A FHIR Questionnaire is shown by <pakke-needs-assessment>, not <${options.tag}>` });
    bundle = fromFhirQuestionnaire(data);
  } else {
    const schema = SCHEMAS[expected.includes(kind) ? kind : expected[0]!]() as unknown as z.ZodMiniType<{ kind: Kind; defaultLocale: string }>;
    bundle = parseBundle(data, schema, expected);
  }
  const tag = TAGS[bundle.kind];
  const lang = options.lang?.trim() || bundle.defaultLocale;
  const ui = uiLocaleFor(options.uiLocale?.trim() || lang);

  const level = options.headingLevel === undefined ? undefined : String(options.headingLevel);
  const t = unsafeStatic(tag);
  // The element's `integrity` pins the inline bytes this renderer checked: the browser then skips
  // the schema check and never loads the checker; an edited script fails with `integrity`.
  const json = scriptJson(data);
  const integrity = `sha384-${createHash('sha384').update(json, 'utf8').digest('base64')}`;
  const template = (noScriptPass: boolean) =>
    staticHtml`<${t} lang=${lang} integrity=${integrity} start-date=${ifDefined(options.startDate)} mode=${ifDefined(options.mode)} heading-level=${ifDefined(level)} layout=${ifDefined(options.layout)} .bundle=${bundle} .noScriptPass=${noScriptPass}>${unsafeHTML(
      `<script type="application/json">${json}</script>`,
    )}</${t}>`;
  const [out, rest] = withUiLocale(ui, () => [collectResultSync(render(template(false))), collectResultSync(render(template(true)))]);
  // Without the outer template's own markers (nothing hydrates the fragment as a whole) and
  // the blanks left by attributes that were not given.
  const fragment = out
    .replace(/^<!--lit-part [^>]*--><!--lit-node \d+-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  return withoutScript(fragment, rest);
}

/**
 * Puts what a page without JavaScript shows besides the first render (the other steps or pages,
 * the element's `renderWithoutScript`, rendered in a second pass) where the first render left
 * `NO_SCRIPT_SLOT`, before the footer: plain HTML without Lit's markers, inside a part the browser
 * renders empty, so hydration passes over it; the element removes it as it starts.
 */
function withoutScript(fragment: string, pass: string): string {
  const slot = `<!--lit-part-->${NO_SCRIPT_SLOT}<!--/lit-part-->`;
  const start = pass.indexOf('<div class="pakke-nojs">');
  const end = pass.lastIndexOf('</div>');
  // Lit escapes `<` in text and attributes, so every comment here is one of its markers.
  const rest = start < 0 || end < start ? '' : pass.slice(start, end + 6).replace(/<!--[^]*?-->|<\?>/g, '');
  return fragment.replace(slot, () => `<!--lit-part-->${rest}<!--/lit-part-->`);
}
