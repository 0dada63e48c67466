import { expect, oneEvent } from '@open-wc/testing';
import '../../src/pathway/index.js';
import '../../src/decision-aid/index.js';
import '../../src/needs-assessment/index.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { setLocale } from '../../src/l10n/localization.js';
import { untilSettled } from '../helpers/index.js';

/**
 * The checker (zod and the kind schemas) is a lazy chunk: pinned content never fetches it,
 * unpinned content is checked with it before it is shown. The dev server serves every module as
 * its own request, so the requests for zod or a kind's schema module tell whether it was loaded.
 * The tests that must see no checker request come first (a loaded module is not fetched again).
 */
const checkerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/node_modules\/zod\/|\/src\/bundle\/kinds\/(pathway|decision-aid|needs-assessment)\.ts/.test(n));

async function sri(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

const text = async (path: string) => (await fetch(`/content/${path}`)).text();

type Outcome = { el: HTMLElement & { status: string; updateComplete: Promise<unknown> }; ready?: CustomEvent; error?: PakkeErrorDetail };

/** Connects `el`; resolves on its first ready or error event, once it has settled. */
async function outcome(el: HTMLElement): Promise<Outcome> {
  const first: Promise<Omit<Outcome, 'el'>> = Promise.race([
    oneEvent(el, 'pakke-ready').then((e) => ({ ready: e as CustomEvent })),
    oneEvent(el, 'pakke-error').then((e) => ({ error: (e as CustomEvent<PakkeErrorDetail>).detail })),
  ]);
  el.classList.add('lazy-host');
  document.body.append(el);
  const result = await first;
  const typed = el as Outcome['el'];
  await untilSettled(typed);
  return { el: typed, ...result };
}

function withInline(tag: string, json: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

const blobUrl = (json: string) => URL.createObjectURL(new Blob([json], { type: 'application/json' }));

const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('the lazy checker', () => {
  before(() => setLocale('da'));
  afterEach(() => document.querySelectorAll('.lazy-host').forEach((e) => e.remove()));

  describe('pinned content: shown without loading the checker', () => {
    it('src with integrity (pathway)', async () => {
      const path = 'pathway/dk-breast-cancer/1.1.0.json';
      const el = document.createElement('pakke-pathway');
      el.setAttribute('src', `/content/${path}`);
      el.setAttribute('integrity', await sri(await text(path)));
      const { ready } = await outcome(el);
      expect(ready, 'pakke-ready').to.exist;
      expect(el.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(3);
      expect(checkerRequests()).to.deep.equal([]);
    });

    it('inline JSON with integrity (decision aid, needs assessment)', async () => {
      for (const [tag, path] of [
        ['pakke-decision-aid', 'decision-aid/adjuvant-breast-cancer/1.0.0.json'],
        ['pakke-needs-assessment', 'needs-assessment/esas-r/1.0.0.json'],
      ] as const) {
        const json = await text(path);
        const { ready, el } = await outcome(withInline(tag, json, { integrity: await sri(json) }));
        expect(ready, `${tag} pakke-ready`).to.exist;
        expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim().length).to.be.greaterThan(0);
      }
      expect(checkerRequests()).to.deep.equal([]);
    });

    it('pre-rendered HTML (pakke render pins its inline JSON) hydrates without the checker', async () => {
      const markup = await (await fetch('/__pakke/ssr/needs-assessment/esas-r/1.0.0.json?ui=da')).text();
      expect(markup).to.match(/^<pakke-needs-assessment [^>]*integrity="sha384-/);
      const template = document.createElement('template');
      (template as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(markup);
      const el = template.content.firstElementChild as HTMLElement;
      // Not the other pages' inputs, which only a page without JavaScript shows (removed as it starts).
      const inputs = [...el.shadowRoot!.querySelectorAll('input')].filter((i) => !i.closest('.pakke-nojs'));
      const { ready } = await outcome(el);
      expect(ready, 'pakke-ready').to.exist;
      // Hydrated in place: the server's inputs are the live ones.
      expect([...el.shadowRoot!.querySelectorAll('input')]).to.deep.equal(inputs);
      expect(checkerRequests()).to.deep.equal([]);
    });

    it('malformed pinned content ends in a visible, localized error with pakke-error (never a blank box)', async () => {
      const cases: [string, string, (b: Record<string, unknown>) => void][] = [
        ['pakke-pathway', 'pathway/dk-breast-cancer/1.1.0.json', (b) => (b.phases = 7)],
        ['pakke-decision-aid', 'decision-aid/adjuvant-breast-cancer/1.0.0.json', (b) => (b.options = null)],
        ['pakke-needs-assessment', 'needs-assessment/esas-r/1.0.0.json', (b) => (b.pages = 'none')],
      ];
      for (const [tag, path, spoil] of cases) {
        const bundle = JSON.parse(await text(path)) as Record<string, unknown>;
        spoil(bundle);
        const json = JSON.stringify(bundle);
        // Pinned both ways: inline with integrity, and src with integrity.
        for (const el of [withInline(tag, json, { integrity: await sri(json) }), Object.assign(document.createElement(tag), {})]) {
          if (!el.firstChild) {
            el.setAttribute('src', blobUrl(json));
            el.setAttribute('integrity', await sri(json));
          }
          const { error } = await outcome(el);
          expect(error, `${tag}: pakke-error`).to.exist;
          expect(error!.code).to.equal('schema');
          expect((el as Outcome['el']).status).to.equal('error');
          expect(alertText(el), `${tag}: the Danish message`).to.contain('Indholdet');
        }
      }
      // The check needed no checker: the render guard caught what the schema would have refused.
      expect(checkerRequests()).to.deep.equal([]);
    });

    it('a pin that does not match is an integrity error (the bytes were changed after render)', async () => {
      const json = await text('pathway/dk-breast-cancer/1.1.0.json');
      const { error } = await outcome(withInline('pakke-pathway', json.replace('"1.1.0"', '"1.1.1"'), { integrity: await sri(json) }));
      expect(error!.code).to.equal('integrity');
    });
  });

  describe('unpinned content: checked before it is shown', () => {
    it('a schema-invalid bundle property, plain src and unpinned inline JSON end in a schema error', async () => {
      const bundle = JSON.parse(await text('pathway/dk-breast-cancer/1.1.0.json')) as Record<string, unknown>;
      delete bundle.title;
      const json = JSON.stringify(bundle);
      const viaProperty = Object.assign(document.createElement('pakke-pathway'), { bundle });
      const viaSrc = document.createElement('pakke-pathway');
      viaSrc.setAttribute('src', blobUrl(json));
      for (const el of [viaProperty, viaSrc, withInline('pakke-pathway', json, {})]) {
        const { error } = await outcome(el);
        expect(error, 'pakke-error').to.exist;
        expect(error!.code).to.equal('schema');
        expect(error!.issues!.some((i) => i.path === '$.title'), JSON.stringify(error!.issues)).to.equal(true);
        expect(el.shadowRoot!.querySelector('h2.title, ol')).to.equal(null);
      }
      expect(checkerRequests().length).to.be.greaterThan(0);
    });

    it('a valid bundle property is shown once updateComplete resolves (the checker wait included)', async () => {
      const bundle = JSON.parse(await text('needs-assessment/esas-r/1.0.0.json')) as unknown;
      const el = Object.assign(document.createElement('pakke-needs-assessment'), { bundle }) as Outcome['el'];
      el.classList.add('lazy-host');
      document.body.append(el);
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelector('input')).to.exist;
    });

    it('host numbers on pinned content are checked (the decision aid loads the checker for them)', async () => {
      const json = await text('decision-aid/adjuvant-breast-cancer/1.0.0.json');
      const el = withInline('pakke-decision-aid', json, { integrity: await sri(json) });
      el.setAttribute('numbers', JSON.stringify({ numbers: [{ outcome: 'no-such-outcome', option: 'x', count: 500, denominator: 100 }] }));
      const errors: PakkeErrorDetail[] = [];
      el.addEventListener('pakke-error', (e) => errors.push((e as CustomEvent<PakkeErrorDetail>).detail));
      const ready = oneEvent(el, 'pakke-ready');
      await outcome(el);
      await ready;
      expect((el as Outcome['el']).status, 'the bundle itself is fine').to.equal('ready');
      expect(errors.map((e) => e.code)).to.include('schema');
      expect(errors.find((e) => e.code === 'schema')!.message).to.contain('host-supplied numbers');
    });
  });
});
