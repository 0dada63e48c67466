import { expect, oneEvent } from '@open-wc/testing';
import '../../src/pathway/index.js';
import '../../src/decision-aid/index.js';
import '../../src/needs-assessment/index.js';
import { setLocale } from '../../src/l10n/localization.js';

const CASES = [
  { path: 'pathway/no-breast-cancer/1.1.0.json', tag: 'pakke-pathway', query: 'start=2026-12-01' },
  { path: 'decision-aid/adjuvant-breast-cancer/1.0.0.json', tag: 'pakke-decision-aid', query: '' },
  { path: 'needs-assessment/esas-r/1.0.0.json', tag: 'pakke-needs-assessment', query: '' },
];

/** The server's HTML parsed into an inert template (declarative shadow roots attached, nothing upgraded). */
async function serverElement(path: string, query: string, tamper?: (html: string) => string): Promise<HTMLElement> {
  let markup = await (await fetch(`/__pakke/ssr/${path}?ui=da&${query}`)).text();
  if (tamper) markup = tamper(markup);
  const template = document.createElement('template');
  (template as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(markup);
  return template.content.firstElementChild as HTMLElement;
}

/** Every element and text node of a shadow root, in order; not what the server added for pages without JavaScript. */
function nodes(root: ShadowRoot): Node[] {
  const out: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (n) =>
    (n as Element).classList?.contains('pakke-nojs') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/**
 * The server's HTML in a frame where scripts never run (a sandbox without `allow-scripts`): what a
 * browser with JavaScript turned off shows, `@media (scripting: none)` included.
 */
async function withoutJavaScript(path: string, query = ''): Promise<{ root: ShadowRoot; visible: (el: Element) => boolean }> {
  const markup = await (await fetch(`/__pakke/ssr/${path}?ui=da&${query}`)).text();
  const frame = document.createElement('iframe');
  frame.className = 'ssr-host';
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="da"><meta charset="utf-8"><body>${markup}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const el = doc.body.firstElementChild!;
  expect(el.localName).to.match(/^pakke-/);
  expect(doc.defaultView!.matchMedia('(scripting: none)').matches, 'scripts are off in the frame').to.equal(true);
  const visible = (e: Element) => (e as HTMLElement).getClientRects().length > 0;
  return { root: el.shadowRoot!, visible };
}

/** Puts a server element in the page (in a host removed after each test) and waits for pakke-ready. */
async function mount(el: HTMLElement): Promise<void> {
  const host = document.createElement('div');
  host.className = 'ssr-host';
  const ready = oneEvent(el, 'pakke-ready');
  host.append(el);
  document.body.append(host);
  await ready;
}

/**
 * Puts a server element in the page and waits for it to hydrate (pakke-ready, then its update);
 * checks that every node of its shadow root is the server's own, none re-created, and returns
 * what it wrote to console.error and console.warn meanwhile.
 */
async function hydrateKeepingNodes(el: HTMLElement): Promise<unknown[]> {
  expect(el.shadowRoot, 'declarative shadow root').to.exist;
  const before = nodes(el.shadowRoot!);
  expect(before.length).to.be.greaterThan(50);
  const logged: unknown[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => logged.push(a);
  console.warn = (...a: unknown[]) => logged.push(a);
  try {
    await mount(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  } finally {
    console.error = error;
    console.warn = warn;
  }
  const after = nodes(el.shadowRoot!);
  // The same node objects, none re-created (the needs assessment's hidden no-JS note included).
  expect(after.length).to.equal(before.length);
  after.forEach((n, i) => expect(n === before[i], `node ${i} (${n.nodeName}) kept`).to.equal(true));
  return logged;
}

describe('pre-rendered HTML hydrated in place', () => {
  before(() => setLocale('da'));
  afterEach(() => document.querySelectorAll('.ssr-host').forEach((e) => e.remove()));

  for (const c of CASES) {
    it(`${c.tag}: keeps the server's nodes, fires pakke-ready, logs no error or warning`, async () => {
      const el = await serverElement(c.path, c.query);
      expect(el.localName).to.equal(c.tag);
      expect(await hydrateKeepingNodes(el)).to.deep.equal([]);
    });
  }

  it('the icon arrays hydrate in place too (a consultation view shows them all)', async () => {
    const el = await serverElement(CASES[1]!.path, 'mode=consultation');
    const arrays = [...el.shadowRoot!.querySelectorAll('pakke-icon-array')];
    expect(arrays.length).to.be.greaterThan(2);
    const svgs = arrays.map((a) => a.shadowRoot!.querySelector('svg'));
    expect(svgs.every(Boolean), 'declarative shadow roots').to.equal(true);
    expect(await hydrateKeepingNodes(el)).to.deep.equal([]);
    await Promise.all(arrays.map((a) => (a as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    expect(arrays.map((a) => a.shadowRoot!.querySelector('svg')), 'the server\'s SVGs kept').to.deep.equal(svgs);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('ssr-client')), 'the hydration code was loaded for it').to.equal(true);
  });

  it('hydrates in a task of its own, not in the one whose script upgrades it (no long task of both)', async () => {
    const el = await serverElement(CASES[0]!.path, CASES[0]!.query);
    const ready = oneEvent(el, 'pakke-ready');
    const host = document.createElement('div');
    host.className = 'ssr-host';
    host.append(el);
    document.body.append(host);
    for (let i = 0; i < 10; i++) await new Promise<void>((r) => queueMicrotask(r));
    expect((el as unknown as { hasUpdated: boolean }).hasUpdated, 'not hydrated within the upgrading task').to.equal(false);
    await ready;
    expect((el as unknown as { hasUpdated: boolean }).hasUpdated).to.equal(true);
  });

  it('a FHIR Questionnaire (PHQ-9) pre-renders and hydrates in place; its answers follow the source', async () => {
    const el = await serverElement('fhir/phq-9.json', 'lang=en');
    expect(el.localName).to.equal('pakke-needs-assessment');
    expect(el.querySelector('script[type="application/json"]')!.textContent, 'the Questionnaire itself is embedded').to.contain('"resourceType":"Questionnaire"');
    expect(await hydrateKeepingNodes(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    const qr = (el as unknown as { questionnaireResponse(): { questionnaire: string; item?: unknown[] } }).questionnaireResponse();
    expect(qr.questionnaire).to.match(/phq/i);
    expect(qr.item!.length).to.be.greaterThan(0);
  });

  it('a Questionnaire with a total score pre-renders without it and works it out once hydrated', async () => {
    const el = await serverElement('fhir/phq-9-scored.json', 'lang=en');
    const output = () => el.shadowRoot!.querySelector('#q-44261-6 output')!.textContent!.trim();
    expect(output(), 'the server cannot work it out').to.not.match(/\d/);
    expect(await hydrateKeepingNodes(el)).to.deep.equal([]);
    el.shadowRoot!.querySelectorAll('fieldset.item')[0]!.querySelectorAll<HTMLInputElement>('input')[2]!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(output()).to.equal('2');
  });

  it('a calculated value that is a number before any answer (a count, 0) is drawn in place right after hydrating', async () => {
    const el = await serverElement('fhir/answered-count.json', 'lang=en');
    const output = () => el.shadowRoot!.querySelector('#q-answered output')!.textContent!.trim();
    expect(output()).to.not.match(/\d/);
    const radio = el.shadowRoot!.querySelector('input[type=radio]');
    const heading = el.shadowRoot!.querySelector('h2');
    await mount(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // The server's nodes stay; only the value's text is drawn in.
    expect(el.shadowRoot!.querySelector('input[type=radio]')).to.equal(radio);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(heading);
    expect(output()).to.equal('0');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(output()).to.equal('1');
  });

  it('pakke-needs-assessment: answering works after hydration (the server inputs are the live ones)', async () => {
    const el = await serverElement('needs-assessment/esas-r/1.0.0.json', '');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    await mount(el);
    const change = oneEvent(el, 'pakke-change');
    input.click();
    const detail = ((await change) as CustomEvent).detail;
    expect(String(detail.value)).to.equal(input.value);
    expect(el.shadowRoot!.querySelector('input[type=radio]')).to.equal(input);
    expect(el.shadowRoot!.querySelectorAll(`input[name="${input.name}"]`).length).to.equal(11);
  });

  it('a mismatched pre-render is rendered again in the browser with a console warning, never broken', async () => {
    const el = await serverElement(CASES[0]!.path, CASES[0]!.query, (h) => h.replace(/(<template shadowroot[^>]*>(?:<style>[\s\S]*?<\/style>)*)<!--lit-part [^>]*-->/, '$1<!--lit-part AAAAAAAAAAA=-->'));
    const warned: unknown[][] = [];
    const { warn } = console;
    console.warn = (...a: unknown[]) => warned.push(a);
    try {
      await mount(el);
    } finally {
      console.warn = warn;
    }
    expect(warned.length).to.equal(1);
    expect(String(warned[0]![0])).to.contain('rendered again');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.root').length, 'one render, not two').to.equal(1);
    expect(root.querySelector('.root')!.textContent).to.contain('brystkreft');
  });

  it('without JavaScript the needs assessment shows every page\'s questions, says answering needs it, and no dead buttons', async () => {
    const path = 'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json';
    const bundle = (await (await fetch(`/content/${path}`)).json()) as { pages: { title: { da: string } | string }[] };
    expect(bundle.pages.length, 'a paged form').to.be.greaterThan(2);
    const { root, visible } = await withoutJavaScript(path);
    const note = root.querySelector('[data-notice="needs-js"]')!;
    expect(visible(note)).to.equal(true);
    expect(note.textContent).to.contain('JavaScript');
    const headings = [...root.querySelectorAll('section.page h3')].filter(visible).map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(bundle.pages.map((p) => (typeof p.title === 'string' ? p.title : p.title.da)));
    expect([...root.querySelectorAll('button, .progress')].filter(visible), 'no buttons or page count that cannot work').to.deep.equal([]);
    expect(root.querySelectorAll('input:checked').length, 'nothing answered').to.equal(0);
    expect([...root.querySelectorAll('footer.meta')].filter(visible).length, 'one footer, at the end').to.equal(1);
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids unique').to.deep.equal([]);
  });

  it('without JavaScript the decision aid shows every step to read, with its icon arrays and their words', async () => {
    const { root, visible } = await withoutJavaScript(CASES[1]!.path);
    expect(visible(root.querySelector('[data-notice="needs-js"]')!)).to.equal(true);
    const steps = [...root.querySelectorAll('section.step[data-step]')].filter(visible).map((s) => s.getAttribute('data-step'));
    expect(steps).to.deep.equal(['decision', 'options', 'compare', 'outcomes', 'values', 'ready']);
    // Each icon array is an SVG (in its own pre-rendered shadow root) named by the words beside it.
    const arrays = [...root.querySelectorAll('pakke-icon-array:not(.swatch)')].filter(visible);
    expect(arrays.length, 'icon arrays').to.be.greaterThan(3);
    for (const a of arrays) {
      const svg = a.shadowRoot!.querySelector('svg[role="img"]')!;
      expect(visible(svg)).to.equal(true);
      expect(svg.getAttribute('aria-label'), 'each picture has its words').to.match(/\d+ ud af 100/);
      expect(a.closest('.cell')!.querySelector('.in-words')!.textContent).to.match(/\d+ ud af 100/);
    }
    expect(root.textContent).to.match(/9 ud af 100/);
    expect([...root.querySelectorAll('button, nav.progress')].filter(visible), 'no buttons that cannot work').to.deep.equal([]);
    expect(root.querySelectorAll('input:checked').length, 'no answer shown as given (server radios were checked="false")').to.equal(0);
    expect([...root.querySelectorAll('footer.meta')].filter(visible).length).to.equal(1);
  });

  it('with JavaScript the no-JS note is hidden and the extra steps are gone once hydrated', async () => {
    for (const c of [CASES[1]!, { path: 'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json', tag: 'pakke-needs-assessment', query: '' }]) {
      const el = await serverElement(c.path, c.query);
      const extra = el.shadowRoot!.querySelector('.pakke-nojs');
      expect(extra, `${c.tag}: the server adds the rest for pages without JavaScript`).to.exist;
      expect(await hydrateKeepingNodes(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.pakke-nojs')).to.equal(null);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[data-notice="needs-js"]')!).display).to.equal('none');
    }
  });
});
