/**
 * Overlays (local facts on national bundles), catalogue range resolution on real content, and
 * the host slots of the three elements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway/index.js';
import '../../src/decision-aid/index.js';
import '../../src/needs-assessment/index.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { applyOverlay, parseOverlay } from '../../src/bundle/overlay.js';
import { setLocale } from '../../src/l10n/localization.js';
import { expectAccessible, loadContent, untilSettled } from '../helpers/index.js';

const OVERLAY = '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json';
const BASE = '/content/pathway/no-breast-cancer/1.0.0.json';

type El = HTMLElement & { status: string; overlay: unknown; bundle: unknown; updateComplete: Promise<boolean> };

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders an element with attributes (and optional light-DOM children), collecting pakke-error events. */
async function show(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}, children = ''): Promise<{ el: El; errors: PakkeErrorDetail[] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as El;
  const errors: PakkeErrorDetail[] = [];
  el.addEventListener('pakke-error', (e) => errors.push((e as CustomEvent<PakkeErrorDetail>).detail));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  if (children) {
    const tpl = document.createElement('template');
    // Test markup only; the elements never parse HTML.
    tpl.innerHTML = children;
    el.append(tpl.content);
  }
  wrap.append(el);
  await untilSettled(el);
  return { el, errors };
}

const $ = (el: El, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

async function overlayJson(): Promise<Record<string, unknown>> {
  return loadContent('overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json');
}

describe('overlays', function () {
  this.timeout(30000);
  before(() => setLocale('nb'));
  after(() => setLocale('da'));

  it('adds the coordinator contact and the local leaflet where they belong, and names who added them', async () => {
    const { el, errors } = await show('pakke-pathway', { src: BASE, overlay: OVERLAY, lang: 'nb' });
    expect(el.status).to.equal('ready');
    expect(errors).to.deep.equal([]);
    const area = $(el, '.contact-area')!;
    expect(text(area)).to.contain('Forløpskoordinator for brystkreft');
    expect(text(area)).to.contain('Lokal opplysning fra Eksempel sykehus (oppdiktet)');
    expect(text(area)).to.contain('Mandag til fredag kl. 08.00–15.00');
    const phone = area.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+4712345678');
    expect(text(phone)).to.equal('+47 12 34 56 78');
    const leaflet = $(el, 'li.step[data-step="forste-oppmote"] .local a')!;
    expect(text(leaflet)).to.contain('Brystdiagnostisk senter');
    expect(leaflet.getAttribute('href')).to.match(/^https:\/\/eksempel-sykehus\.example\//);
    // Nothing left unplaced, so no catch-all section; the footer says local additions are shown.
    expect($(el, '.local-section')).to.equal(null);
    expect(text($(el, 'footer')!)).to.contain('Lokale tillegg');
    // Safety-relevant content is untouched: every source and the disclaimer are still there.
    const base = await loadContent('pathway/no-breast-cancer/1.0.0.json');
    expect($$(el, 'footer ol.sources li')).to.have.length((base.sources as unknown[]).length);
    await expectAccessible(el, 'pathway with overlay');
  });

  it('applies to a newer version in its range (the newest, 1.3.0, through the catalogue)', async () => {
    const { el, errors } = await show('pakke-pathway', { 'content-base': '/content/', 'bundle-id': 'no-breast-cancer', version: '^1.0', overlay: OVERLAY, lang: 'nb' });
    expect(errors).to.deep.equal([]);
    expect(text($(el, 'footer')!)).to.contain('1.3.0');
    expect(text($(el, '.contact-area')!)).to.contain('Forløpskoordinator');
  });

  it('is refused whole, with a visible note and overlay-not-applied, when the base version is outside its range', async () => {
    const overlay = { ...(await overlayJson()), base: { id: 'no-breast-cancer', versions: '^2.0' } };
    const { el, errors } = await show('pakke-pathway', { src: BASE, lang: 'nb' }, { overlay });
    expect(el.status).to.equal('ready');
    expect(errors.map((e) => [e.code, e.overlay?.reason])).to.deep.equal([['overlay-not-applied', 'version']]);
    expect(text($(el, '[data-notice="overlay"]')!)).to.contain('skrevet for en annen utgave');
    expect($$(el, '.local')).to.have.length(0);
    expect(text(el.shadowRoot!)).not.to.contain('Forløpskoordinator');
    await expectAccessible(el, 'pathway with refused overlay');
  });

  it('is refused whole when one part is not allowed (never half-applied)', async () => {
    // The additions are fine, but the step it rewords is not marked replaceable.
    const overlay = { ...(await overlayJson()), replace: [{ target: 'henvisning', field: 'description', text: { nb: 'Lokal tekst.', nn: 'Lokal tekst.', en: 'Local text.' } }] };
    const { el, errors } = await show('pakke-pathway', { src: BASE, lang: 'nb' }, { overlay });
    expect(errors.map((e) => e.overlay?.reason)).to.deep.equal(['not-replaceable']);
    expect(text(el.shadowRoot!)).not.to.contain('Forløpskoordinator');
    expect(text(el.shadowRoot!)).not.to.contain('Lokal tekst.');
    expect(text($(el, 'li.step[data-step="henvisning"]')!)).to.contain('Fastlegen din eller en annen lege');
  });

  it('is refused for another bundle, for an unknown id, and when it cannot be loaded', async () => {
    const other = { ...(await overlayJson()), base: { id: 'no-colorectal-cancer', versions: '^1' } };
    const unknown = { ...(await overlayJson()), add: [{ target: 'no-such-step', links: [{ href: 'https://eksempel-sykehus.example/', text: { nb: 'x', nn: 'x', en: 'x' } }] }] };
    const invalid = { ...(await overlayJson()), add: [{ links: [{ href: 'javascript:alert(1)', text: { nb: 'x' } }] }] };
    for (const [overlay, reason] of [[other, 'other-bundle'], [unknown, 'target'], [invalid, 'invalid'], ['/content/overlay/missing.json', 'load']] as const) {
      const { el, errors } = await show('pakke-pathway', { src: BASE, lang: 'nb' }, { overlay });
      expect(el.status, reason).to.equal('ready');
      expect(errors.map((e) => [e.code, e.overlay?.reason]), reason).to.deep.equal([['overlay-not-applied', reason]]);
      expect($(el, '[data-notice="overlay"]'), reason).not.to.equal(null);
      expect($$(el, '.local'), reason).to.have.length(0);
    }
  });

  it('replaces wording the base marks as replaceable, keeping the national wording in other languages', async () => {
    const bundle = await loadContent('pathway/no-breast-cancer/1.0.0.json');
    const step = (bundle.phases as { steps: Record<string, unknown>[] }[])[1]!.steps[0]!;
    expect(step.id).to.equal('forste-oppmote');
    step.replaceable = true;
    const overlay = { ...(await overlayJson()), replace: [{ target: 'forste-oppmote', field: 'description', text: { nb: 'Du møter på Brystdiagnostisk senter, inngang B.' } }] };
    const { el, errors } = await show('pakke-pathway', { lang: 'nb' }, { bundle, overlay });
    expect(errors).to.deep.equal([]);
    expect(text($(el, 'li.step[data-step="forste-oppmote"]')!)).to.contain('inngang B');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const en = text($(el, 'li.step[data-step="forste-oppmote"]')!);
    expect(en).not.to.contain('inngang B');
    expect(en).to.contain(((step.description as Record<string, string>).en ?? '').split('.')[0]);
  });

  it('shows facts an element does not place itself in a local section, under what they belong to', async () => {
    const aid = await loadContent('decision-aid/adjuvant-breast-cancer/1.0.0.json');
    const option = (aid.options as { id: string; label: Record<string, string> }[])[0]!;
    const base = await overlayJson();
    const overlay = {
      ...base,
      locales: aid.locales,
      defaultLocale: aid.defaultLocale,
      base: { id: aid.id, versions: '^1' },
      add: [{ target: option.id, links: [{ href: 'https://eksempel-sykehus.example/info', text: { [aid.defaultLocale as string]: 'Lokal informasjon (eksempel)' } }] }],
    };
    const { el, errors } = await show('pakke-decision-aid', { src: '/content/decision-aid/adjuvant-breast-cancer/1.0.0.json' }, { overlay });
    expect(errors).to.deep.equal([]);
    const section = $(el, '.local-section')!;
    expect(section).not.to.equal(null);
    expect(text(section)).to.contain(option.label[aid.defaultLocale as string]!);
    expect(text(section.querySelector('a'))).to.equal('Lokal informasjon (eksempel)');
    await expectAccessible(el, 'decision aid with unplaced local facts');
  });

  it('applyOverlay never touches the base it is given', async () => {
    const base = (await loadContent('pathway/no-breast-cancer/1.0.0.json')) as never as { id: string; version: string; kind: string };
    const before = JSON.stringify(base);
    const applied = applyOverlay(base, parseOverlay(await overlayJson()));
    expect(JSON.stringify(base)).to.equal(before);
    expect(applied.local.get('')!.contacts.map((c) => c.id)).to.deep.equal(['forlopskoordinator']);
  });
});

describe('catalogue range resolution on real content', function () {
  this.timeout(20000);
  for (const [range, expected] of [['^1.0', '1.3.0'], ['~1.0.0', '1.0.0'], ['1.1.0', '1.1.0'], ['*', '1.3.0']] as const) {
    it(`"${range}" shows no-breast-cancer ${expected}`, async () => {
      const ready: { version: string }[] = [];
      const { el } = await show('pakke-pathway', { 'content-base': '/content/', 'bundle-id': 'no-breast-cancer', version: range, lang: 'nb' });
      el.addEventListener('pakke-ready', (e) => ready.push((e as CustomEvent).detail));
      expect(el.status).to.equal('ready');
      expect((el as unknown as { loaded: { version: string } }).loaded.version).to.equal(expected);
      // 1.1.0 added a link to the Directorate's page about referrals (1.2.0 and 1.3.0 keep it).
      const link = $(el, 'li.step[data-step="henvisning"] ul.links a[href*="ansvarlig-for-henvisning"]');
      expect(!!link).to.equal(expected !== '1.0.0');
    });
  }
});

describe('host slots', function () {
  this.timeout(30000);
  before(() => setLocale('da'));

  it('pakke-pathway: the contact slot sits after the steps and before the word list, in tab order', async () => {
    const { el } = await show('pakke-pathway', { src: BASE, lang: 'nb' }, {}, '<section slot="contact"><h3>Kontakt oss</h3><p><a id="host-call" href="tel:+4712345678">Ring koordinatoren</a></p></section>');
    const slotted = el.querySelector('[slot="contact"]')!;
    const slot = slotted.assignedSlot!;
    expect(slot, 'assigned').not.to.equal(null);
    const timeline = $(el, '.timeline')!;
    const glossary = $(el, '.glossary');
    expect(timeline.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    if (glossary) expect(slot.compareDocumentPosition(glossary) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect((slotted as HTMLElement).offsetHeight).to.be.greaterThan(0);
    // Keyboard: from the last step's last focusable, Tab reaches the host's link next.
    const focusables = $$(el, '.timeline button, .timeline a[href]');
    focusables[focusables.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('host-call');
    await expectAccessible(el, 'pathway with contact slot');
  });

  it('pakke-decision-aid: before-summary is shown on the summary step, before the summary', async () => {
    const { el } = await show('pakke-decision-aid', { src: '/content/decision-aid/adjuvant-breast-cancer/1.0.0.json', step: 'summary' }, {}, '<p slot="before-summary" id="host-note">Ta oppsummeringen med til samtalen.</p>');
    const slot = el.querySelector('#host-note')!.assignedSlot!;
    expect(slot).not.to.equal(null);
    const summary = $(el, '[part="summary"]')!;
    expect(slot.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect((el.querySelector('#host-note') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await expectAccessible(el, 'decision aid with before-summary slot');
  });

  it('pakke-needs-assessment: intro is on the first page, after the introduction and before the questions', async () => {
    const { el } = await show('pakke-needs-assessment', { src: '/content/needs-assessment/esas-r/1.0.0.json' }, {}, '<p slot="intro" id="host-intro">Sykepleieren leser svarene dine før timen.</p>');
    const slot = el.querySelector('#host-intro')!.assignedSlot!;
    expect(slot).not.to.equal(null);
    const firstQuestion = $(el, '[part~="item"]')!;
    expect(slot.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect((el.querySelector('#host-intro') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    await expectAccessible(el, 'needs assessment with intro slot');
  });
});
