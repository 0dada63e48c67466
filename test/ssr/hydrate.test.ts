// Hydration support must be evaluated before Lit's element class: import it first.
import '../../src/base/hydrate.js';
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

/** Every element and text node of a shadow root, in order. */
function nodes(root: ShadowRoot): Node[] {
  const out: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
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

  it('without JavaScript the needs assessment says answering needs it; with it, the note is hidden', async () => {
    const markup = await (await fetch('/__pakke/ssr/needs-assessment/esas-r/1.0.0.json?ui=da')).text();
    // A frame where the element is never defined: what a page without JavaScript shows.
    const frame = document.createElement('iframe');
    frame.className = 'ssr-host';
    document.body.append(frame);
    const doc = frame.contentDocument!;
    (doc.body as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(markup);
    const copy = doc.body.firstElementChild!;
    const note = copy.shadowRoot!.querySelector<HTMLElement>('[data-notice="needs-js"]')!;
    expect(getComputedStyle(note).display).to.equal('block');
    expect(note.textContent).to.contain('JavaScript');
    expect(copy.shadowRoot!.querySelectorAll('fieldset').length).to.be.greaterThan(5);
    expect(copy.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(50);
    // Where the element runs, the note is hidden.
    const live = await serverElement('needs-assessment/esas-r/1.0.0.json', '');
    await mount(live);
    expect(getComputedStyle(live.shadowRoot!.querySelector('[data-notice="needs-js"]')!).display).to.equal('none');
  });
});
