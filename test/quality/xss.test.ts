/**
 * XSS corpus: every payload injected into every text field of every example bundle (all three
 * kinds), rendered by the real element, walking every step and page the element offers by
 * clicking its buttons: no script runs, no event-handler attribute and no unsafe URL reaches the
 * DOM, and the payload shows as text.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Catalogue } from '../../src/cli/catalogue.js';
import { untilSettled } from '../helpers/index.js';

const TAGS: Record<string, string> = { pathway: 'pakke-pathway', 'decision-aid': 'pakke-decision-aid', 'needs-assessment': 'pakke-needs-assessment' };

/** Each payload sets window.__xss when it runs. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg onload="window.__xss=1"></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">link</a>',
  '<details open ontoggle="window.__xss=1">',
  '[click](javascript:window.__xss=1)',
  '[click](JaVaScRiPt:window.__xss=1)',
  '[click](java\tscript:window.__xss=1)',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  '[proto](//evil.example/x)',
  '![x](javascript:window.__xss=1)',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  '\u003cimg src=x onerror=window.__xss=1\u003e',
  '＜script＞window.__xss=1＜/script＞',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '"><img src=x onerror=window.__xss=1>',
  "'-window.__xss=1-'",
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces every localized text (an object of locale → string) with the payload. */
function inject(value: Json, locales: string[], payload: string): Json {
  if (Array.isArray(value)) return value.map((v) => inject(v, locales, payload));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([k, v]) => locales.includes(k) && typeof v === 'string')) {
      return Object.fromEntries(entries.map(([k]) => [k, payload]));
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, inject(v, locales, payload)]));
  }
  return value;
}

function unsafe(root: ShadowRoot): string[] {
  const problems: string[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const node of r.querySelectorAll('*')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(node.tagName)) problems.push(`<${node.tagName.toLowerCase()}>`);
      if (node.tagName === 'IMG' && !/^(https:|\/|\.\/|\.\.\/)/.test(node.getAttribute('src') ?? '')) problems.push(`img src=${node.getAttribute('src')}`);
      for (const attr of node.getAttributeNames()) {
        if (attr.startsWith('on')) problems.push(`${node.tagName} ${attr}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr)) {
          const v = (node.getAttribute(attr) ?? '').replace(/[\u0000-\u0020]/g, '');
          if (/^(javascript|data|vbscript):/i.test(v) || v.startsWith('//')) problems.push(`${node.tagName} ${attr}=${v}`);
        }
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(root);
  return problems;
}

describe('XSS corpus in every text field of every bundle kind', function () {
  this.timeout(240_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = (await (await fetch('/content/index.json')).json()) as Catalogue;
  });

  it('no payload runs or reaches the DOM as markup, in any element, step or page', async () => {
    const w = window as unknown as { __xss?: number };
    w.__xss = undefined;
    const host = document.createElement('div');
    document.body.append(host);
    let rendered = 0;
    for (const entry of catalogue.bundles) {
      const version = entry.versions[0]!;
      const original = (await (await fetch(`/content/${version.path}`)).json()) as Json & { locales: string[] };
      for (const payload of PAYLOADS) {
        const bundle = inject(original, original.locales, payload);
        const el = document.createElement(TAGS[entry.kind]!) as HTMLElement & { bundle: unknown; status: string; updateComplete: Promise<boolean> };
        el.setAttribute('lang', original.locales[0]!);
        el.bundle = bundle;
        host.replaceChildren(el);
        await untilSettled(el);
        expect(el.status, `${entry.id}: ${payload}`).to.equal('ready');
        // Walk the element: press each of its buttons once (steps, Next, glossary, details).
        for (const button of [...el.shadowRoot!.querySelectorAll('button')].slice(0, 30)) {
          if (!button.isConnected || button.disabled) continue;
          button.click();
          await el.updateComplete;
        }
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        await el.updateComplete;
        expect(unsafe(el.shadowRoot!), `${entry.id}: ${payload}`).to.deep.equal([]);
        expect(el.shadowRoot!.textContent, `${entry.id}: payload shown as text`).to.contain(payload.includes('](') ? payload.slice(1, payload.indexOf(']')) : payload.slice(0, 12));
        rendered++;
      }
    }
    host.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__xss, 'a payload ran').to.equal(undefined);
    expect(rendered).to.equal(catalogue.bundles.length * PAYLOADS.length);
  });
});
