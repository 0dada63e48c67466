import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/needs-assessment/index.js';
import type { PakkeNeedsAssessment, NeedsSubmitDetail, NeedsChangeDetail } from '../../src/needs-assessment/index.js';
import { storageKey } from '../../src/needs-assessment/persist.js';
import { canNarrowViewportTo, expectAccessible, horizontalOverflowAt, loadContent, resetViewport, settle, untilSettled, typeText } from '../helpers/index.js';
import { BUNDLES } from './fhir.test.js';
import { logicBundle } from './logic.test.js';

const HJEM = 'needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json';
const DK = 'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json';
const ESAS = 'needs-assessment/esas-r/1.0.0.json';
/** The ESAS-r as the instrument (1.1.0): one page, the form's own words. */
const ESAS_R = 'needs-assessment/esas-r/1.1.0.json';

type El = PakkeNeedsAssessment;
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => root(el).querySelector<T & Element>(sel) as T | null;
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...root(el).querySelectorAll(sel)] as T[];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: El) => root(el).activeElement as HTMLElement | null;

async function render(path: string, lang: string, attrs: { layout?: string; persist?: string } = {}): Promise<El> {
  const bundle = await loadContent(path);
  const el = await fixture<El>(
    html`<pakke-needs-assessment lang=${lang} layout=${attrs.layout ?? 'paged'} persist=${attrs.persist ?? ''} .bundle=${bundle}></pakke-needs-assessment>`,
  );
  await untilSettled(el);
  return el;
}

async function next(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await settle(el);
}

/** Answers required questions on the current page (first option). */
async function answerRequired(el: El): Promise<void> {
  for (const fs of $$<HTMLFieldSetElement>(el, 'fieldset.item')) {
    if (fs.querySelector('.required') && !fs.querySelector('input:checked')) fs.querySelector<HTMLInputElement>('input')!.click();
  }
  await settle(el);
}

const radio = (el: El, item: string, code: string) => $<HTMLInputElement>(el, `#q-${item} input[value="${code}"]`)!;

/** Types a date into its day, month and year fields, as a reader would (an input event each). */
function fillDate(el: El, item: string, day: string, month: string, year: string): void {
  const parts = { day, month, year };
  for (const input of $(el, `#q-${item}`)!.querySelectorAll<HTMLInputElement>('input[data-part]')) {
    input.value = parts[input.dataset.part as keyof typeof parts];
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** A weight with one decimal, a range and a unit, and a count of whole numbers. */
function numberBundle(): Record<string, unknown> {
  const T = (da: string, en: string) => ({ da, en });
  return logicBundle({
    pages: [
      {
        id: 'body',
        title: T('Krop', 'Body'),
        items: [
          { id: 'weight', type: 'number', text: T('Hvad vejer du?', 'What do you weigh?'), min: 20, max: 300, decimals: 1, unit: T('kg', 'kg') },
          { id: 'falls', type: 'number', text: T('Hvor mange gange er du faldet?', 'How many times have you fallen?'), min: 0 },
        ],
      },
    ],
    flags: [],
    domains: [],
    services: [],
  });
}

/** Runs `fn` with the page (and so the UI strings) in another language. */
async function withUi(lang: string, fn: () => Promise<void>): Promise<void> {
  const { setLocale, followDocumentLanguage } = await import('../../src/l10n/localization.js');
  const before = document.documentElement.lang;
  document.documentElement.lang = lang;
  await setLocale(lang);
  try {
    await fn();
  } finally {
    document.documentElement.lang = before;
    await followDocumentLanguage();
  }
}

/** The accessible name of `node` as axe-core computes it (the accname rules a screen reader follows). */
function accessibleName(host: Element, node: Element): string {
  window.axe.setup(host);
  try {
    return (window.axe as unknown as { commons: { text: { accessibleText(e: Element): string } } }).commons.text.accessibleText(node);
  } finally {
    window.axe.teardown();
  }
}

describe('<pakke-needs-assessment>', function () {
  this.timeout(60000);
  let docLang = '';
  before(async () => {
    // UI strings follow the page: run in English so the assertions read like the screen.
    const { followDocumentLanguage } = await import('../../src/l10n/localization.js');
    docLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
    await followDocumentLanguage();
  });
  after(async () => {
    const { followDocumentLanguage } = await import('../../src/l10n/localization.js');
    document.documentElement.lang = docLang;
    await followDocumentLanguage();
  });
  afterEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await resetViewport();
  });

  for (const { path, locales } of BUNDLES) {
    for (const locale of locales) {
      it(`renders ${path} in ${locale}: every page and the summary pass axe`, async () => {
        const el = await render(path, locale);
        expect(el.status).to.equal('ready');
        expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal(locale);
        const pages = el.loaded!.pages.length;
        for (let i = 0; i < pages && el.view === 'form'; i++) {
          expect(text($(el, '.progress p'))).to.contain(String(i + 1));
          await expectAccessible(el, `${path} ${locale} page ${i + 1}`);
          await answerRequired(el);
          await next(el);
        }
        expect(el.view).to.equal('summary');
        await expectAccessible(el, `${path} ${locale} summary`);
      });
    }
  }

  it('works with the UI in Arabic (right to left) on every page', async () => {
    const { setLocale, followDocumentLanguage } = await import('../../src/l10n/localization.js');
    const html0 = document.documentElement;
    const [lang0, dir0] = [html0.lang, html0.dir];
    html0.lang = 'ar';
    html0.dir = 'rtl';
    await setLocale('ar');
    try {
      const el = await render(HJEM, 'nb');
      expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      for (let i = 0; i < 6 && el.view === 'form'; i++) {
        await expectAccessible(el, `ar page ${i + 1}`);
        // WebKitGTK cannot be made 320 px wide (see canNarrowViewportTo).
        if (canNarrowViewportTo(320)) expect(await horizontalOverflowAt(320, el)).to.be.at.most(0);
        await resetViewport();
        await answerRequired(el);
        await next(el);
      }
      expect(el.view).to.equal('summary');
      await expectAccessible(el, 'ar summary');
    } finally {
      html0.lang = lang0;
      html0.dir = dir0;
      await followDocumentLanguage();
    }
  });

  it('single-page layout shows every page with its own heading, and passes axe', async () => {
    const el = await render(DK, 'da', { layout: 'single-page' });
    expect($$(el, 'section.page').length).to.equal(el.loaded!.pages.length);
    expect($(el, '.progress')).to.equal(null);
    await expectAccessible(el, 'single-page');
  });

  it('has no horizontal scrolling at 320 px, on a page with a 0–10 scale and on the summary', async function () {
    // WebKitGTK cannot be made this narrow (see canNarrowViewportTo); Chromium and Firefox check it.
    if (!canNarrowViewportTo(320)) this.skip();
    const el = await render(ESAS_R, 'en');
    expect(await horizontalOverflowAt(320, el)).to.be.at.most(0);
    radio(el, 'pain', '10').click();
    await next(el);
    expect(el.view).to.equal('summary');
    expect(await horizontalOverflowAt(320, el)).to.be.at.most(0);
  });

  it('renders choices as native radio and checkbox groups in fieldsets with legends', async () => {
    const el = await render(DK, 'en', { layout: 'single-page' });
    const single = $(el, '#q-occasion')!;
    expect(single.localName).to.equal('fieldset');
    expect(text(single.querySelector('legend'))).to.equal('When are you filling in this form?');
    expect(single.querySelectorAll('input[type=radio]').length).to.equal(5);
    const multi = $(el, '#q-physical-problems')!;
    expect(multi.localName).to.equal('fieldset');
    expect(multi.querySelectorAll('input[type=checkbox]').length).to.equal(8);
    const rating = $(el, '#q-physical-impact')!;
    expect(rating.querySelectorAll('input[type=radio]').length).to.equal(11);
    // The anchors are read with the group.
    const described = rating.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)!)).join(' ');
    expect(described).to.contain('0 = Not at all').and.to.contain('10 = Very much');
    // A date is three labelled fields in a group, day, month and year, with an example.
    const date = $(el, '#q-date')!;
    expect(date.localName).to.equal('fieldset');
    expect([...date.querySelectorAll('input')].map((i) => accessibleName(el, i))).to.deep.equal(['Day', 'Month', 'Year']);
    expect(text(root(el).getElementById(date.getAttribute('aria-describedby')!.split(' ').at(-1)!))).to.equal('For example, 14 3 2026');
    expect($(el, '#q-most-important textarea')).to.exist;
    expect(text($(el, '#q-late-effects-fact'))).to.contain('7 out of 10');
  });

  it('answers every item type by mouse', async () => {
    const bundle = logicBundle();
    const f = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" .bundle=${bundle}></pakke-needs-assessment>`);
    await untilSettled(f);
    const changes: NeedsChangeDetail[] = [];
    f.addEventListener('pakke-change', (e) => changes.push((e as CustomEvent<NeedsChangeDetail>).detail));
    // Clicking the option's text selects, as for any native radio.
    radio(f, 'colour', 'red').closest('label')!.querySelector('span')!.click();
    await settle(f);
    radio(f, 'pain', '7').click();
    await settle(f);
    radio(f, 'pain-help', 'no').click();
    radio(f, 'topics', 'a').click();
    radio(f, 'topics', 'c').click();
    await settle(f);
    const input = $<HTMLInputElement>(f, '#i-why-red')!;
    input.value = 'warm';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    fillDate(f, 'when', '4', '3', '2026');
    await settle(f);
    expect(f.answers).to.deep.equal({ colour: 'red', 'why-red': 'warm', pain: 7, 'pain-help': false, topics: ['a', 'c'], when: '2026-03-04' });
    expect(changes.map((c) => c.itemId)).to.deep.equal(['colour', 'pain', 'pain-help', 'topics', 'topics', 'why-red', 'when']);
    expect(changes.at(-1)!.answers.when).to.equal('2026-03-04');
  });

  it('selects a scale value when the reader clicks anywhere in its box', async () => {
    const el = await render(ESAS, 'en');
    const box = radio(el, 'pain', '8').closest('.point')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 3), Math.round(box.bottom - 3)] });
    await settle(el);
    expect(el.answers.pain).to.equal(8);
  });

  it('each option is a label around its input: clicking its text or the input checks it, and its text is its accessible name', async () => {
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" .bundle=${logicBundle()}></pakke-needs-assessment>`);
    await untilSettled(el);
    // The text of each option, in order, is the accessible name of its input; no for/id needed.
    const names = (item: string) => [...$(el, `#q-${item}`)!.querySelectorAll('input')].map((i) => accessibleName(el, i));
    expect(names('colour')).to.deep.equal(['Rød', 'Blå']);
    expect(names('topics')).to.deep.equal(['A', 'B', 'C']);
    expect(names('pain')).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const input of $$<HTMLInputElement>(el, 'fieldset:not(.date) input')) {
      expect(input.closest('label'), input.value).to.exist;
      expect(input.id, input.value).to.equal('');
    }
    // The group is still a fieldset named by its legend, and radios of a required question are required.
    const colour = $<HTMLFieldSetElement>(el, '#q-colour')!;
    expect(accessibleName(el, colour)).to.equal('Farve (required)');
    expect([...colour.querySelectorAll('input')].map((i) => [i.type, i.name, i.required])).to.deep.equal([
      ['radio', 'colour', true],
      ['radio', 'colour', true],
    ]);
    expect([...$(el, '#q-topics')!.querySelectorAll('input')].every((i) => i.type === 'checkbox' && i.name === 'topics' && !i.required)).to.equal(true);
    // Clicking the text of an option, then another option's input.
    radio(el, 'colour', 'blue').closest('label')!.querySelector('span')!.click();
    await settle(el);
    expect(el.answers.colour).to.equal('blue');
    radio(el, 'colour', 'red').click();
    await settle(el);
    expect(el.answers.colour).to.equal('red');
    expect(radio(el, 'colour', 'blue').checked).to.equal(false);
    radio(el, 'topics', 'c').closest('label')!.click();
    radio(el, 'topics', 'a').click();
    await settle(el);
    expect(el.answers.topics).to.deep.equal(['a', 'c']);
    // The digit of a scale point selects it too.
    const seven = radio(el, 'pain', '7').closest('label')!;
    expect(text(seven)).to.equal('7');
    seven.click();
    await settle(el);
    expect(el.answers.pain).to.equal(7);
    // Yes/no options are named by their UI text.
    expect(names('pain-help')).to.deep.equal(['Yes', 'No']);
  });

  it('switching the content language rewords every option and keeps what was chosen', async () => {
    const el = await render(HJEM, 'nb', { layout: 'single-page' });
    const group = $$<HTMLFieldSetElement>(el, 'fieldset.item').find((fs) => fs.querySelector('.options input[type=radio]'))!;
    const words = () => [...group.querySelectorAll('.option')].map((o) => text(o));
    const before = words();
    const picked = group.querySelectorAll<HTMLInputElement>('input')[1]!;
    picked.click();
    await settle(el);
    el.lang = 'en';
    await untilSettled(el);
    const after = words();
    expect(after).to.have.length(before.length);
    expect(after).to.not.deep.equal(before);
    const inputs = [...group.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.filter((i) => i.checked).map((i) => i.value)).to.deep.equal([picked.value]);
    expect(accessibleName(el, inputs[1]!)).to.equal(after[1]);
    expect(el.answers[inputs[1]!.name]).to.equal(picked.value);
  });

  it('answers by keyboard: arrows in radio groups, space on checkboxes, typing in text fields', async () => {
    const f = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" .bundle=${logicBundle()}></pakke-needs-assessment>`);
    await untilSettled(f);
    radio(f, 'colour', 'red').focus();
    await sendKeys({ press: ' ' });
    await settle(f);
    expect(f.answers.colour).to.equal('red');
    await sendKeys({ press: 'ArrowDown' });
    await settle(f);
    expect(f.answers.colour).to.equal('blue');
    await sendKeys({ press: 'ArrowUp' });
    await settle(f);
    await sendKeys({ press: 'Tab' }); // into "why red?"
    await typeText('sunny');
    await settle(f);
    expect(f.answers['why-red']).to.equal('sunny');
    await sendKeys({ press: 'Tab' }); // into the long text that "answered" revealed
    await typeText('Line one');
    await sendKeys({ press: 'Enter' });
    await typeText('two');
    expect(f.answers['why-red-more']).to.equal('Line one\ntwo');
    radio(f, 'pain', '0').focus();
    await sendKeys({ press: ' ' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(f);
    expect(f.answers.pain).to.equal(5);
    radio(f, 'topics', 'b').focus();
    await sendKeys({ press: ' ' });
    await settle(f);
    expect(f.answers.topics).to.deep.equal(['b']);
    // The date's three fields in tab order: day, month, year.
    $<HTMLInputElement>(f, '#i-when')!.focus();
    await typeText('4');
    await sendKeys({ press: 'Tab' });
    await typeText('3');
    await sendKeys({ press: 'Tab' });
    await typeText('2026');
    await settle(f);
    expect(f.answers.when).to.equal('2026-03-04');
  });

  it('shows and hides conditional items without losing other answers; hidden answers leave the output', async () => {
    const el = await render(HJEM, 'en');
    expect($(el, '#q-municipal-contact')).to.equal(null);
    radio(el, 'samhandlingspunkt', 'sp1').click();
    await settle(el);
    expect($(el, '#q-municipal-contact')).to.exist;
    radio(el, 'companion', 'yes').click();
    radio(el, 'municipal-contact', 'yes').click();
    await settle(el);
    const name = $<HTMLInputElement>(el, '#i-municipal-contact-name')!;
    name.value = 'Kari';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.answers).to.deep.include({ samhandlingspunkt: 'sp1', companion: true, 'municipal-contact': true, 'municipal-contact-name': 'Kari' });
    radio(el, 'samhandlingspunkt', 'sp2').click();
    await settle(el);
    expect($(el, '#q-municipal-contact')).to.equal(null);
    expect($(el, '#q-municipal-contact-name')).to.equal(null);
    expect(el.answers).to.deep.equal({ samhandlingspunkt: 'sp2', companion: true });
    expect(JSON.stringify(el.questionnaireResponse())).to.not.contain('municipal-contact');
    radio(el, 'samhandlingspunkt', 'sp1').click();
    await settle(el);
    expect(radio(el, 'municipal-contact', 'yes').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#i-municipal-contact-name')!.value).to.equal('Kari');
    expect(radio(el, 'companion', 'yes').checked).to.equal(true);
  });

  it('validates GOV.UK style: an error summary that takes focus and links to each field', async () => {
    const el = await render(HJEM, 'en');
    await next(el);
    expect(el.view).to.equal('form');
    const summary = $(el, '.error-summary')!;
    expect(summary).to.exist;
    expect(active(el)).to.equal(summary);
    expect(text(summary.querySelector('h3'))).to.equal('There is a problem');
    const link = summary.querySelector<HTMLAnchorElement>('a')!;
    expect(text(link)).to.contain('Which conversation are you getting ready for?');
    const group = $(el, '#q-samhandlingspunkt')!;
    const describedBy = group.getAttribute('aria-describedby')!.split(' ');
    const message = root(el).getElementById(`e-samhandlingspunkt`)!;
    expect(describedBy).to.include('e-samhandlingspunkt');
    expect(text(message)).to.contain('Choose an answer.');
    link.click();
    await settle(el);
    expect(active(el)).to.equal(radio(el, 'samhandlingspunkt', 'sp1'));
    await expectAccessible(el, 'page with errors');
    // Answering clears the message; Next then moves on.
    radio(el, 'samhandlingspunkt', 'sp3').click();
    await settle(el);
    expect($(el, '#e-samhandlingspunkt')).to.equal(null);
    await next(el);
    expect(text($(el, '#page-heading'))).to.equal('Family and everyday life');
    expect(active(el)).to.equal($(el, '#page-heading'));
  });

  it('keeps answers through Back and Next', async () => {
    const el = await render(HJEM, 'nn');
    radio(el, 'samhandlingspunkt', 'sp2').click();
    await next(el);
    radio(el, 'family', 'help').click();
    await settle(el);
    const more = $<HTMLTextAreaElement>(el, '#i-family-more')!;
    more.value = 'Borna mine';
    more.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await next(el);
    $<HTMLButtonElement>(el, '.nav button.secondary')!.click();
    await settle(el);
    expect(radio(el, 'family', 'help').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#i-family-more')!.value).to.equal('Borna mine');
    $<HTMLButtonElement>(el, '.nav button.secondary')!.click();
    await settle(el);
    expect(radio(el, 'samhandlingspunkt', 'sp2').checked).to.equal(true);
  });

  it('summarises answers with change links and flagged needs by domain, then submits', async () => {
    const el = await render(DK, 'en');
    await next(el); // start page: nothing required
    radio(el, 'physical-impact', '6').click();
    radio(el, 'physical-problems', 'fatigue').click();
    await settle(el);
    radio(el, 'physical-help', 'yes').click();
    radio(el, 'symptoms-persist', 'no').click();
    await next(el);
    radio(el, 'sexual-problems', 'yes').click();
    await settle(el);
    radio(el, 'sexual-help', 'yes').click();
    while (el.view === 'form') await next(el);
    expect(active(el)).to.equal($(el, '#summary-heading'));
    const rows = $$(el, '.answers .row');
    const fatigue = rows.find((r) => text(r.querySelector('dt')) === 'What do you notice?')!;
    expect(text(fatigue.querySelector('dd'))).to.contain('Tiredness that does not go away');
    const rating = rows.find((r) => text(r.querySelector('dt')).startsWith('How much do physical problems'))!;
    expect(text(rating.querySelector('dd'))).to.contain('6');
    const flags = $(el, '.flags')!;
    const domains = [...flags.querySelectorAll('.domain')].map((d) => text(d.querySelector('h5, h4')));
    expect(domains).to.deep.equal(['Physical', 'Sexuality']);
    expect(text(flags)).to.contain('You would like help with physical problems').and.to.contain('Rehabilitation in your municipality');
    expect(text(flags)).to.not.contain('problems that do not get better');
    // Change link: back to the question, focused; then straight back to the summary.
    const change = fatigue.querySelector<HTMLButtonElement>('button.link')!;
    expect(change.getAttribute('aria-label')).to.match(/^Change/);
    change.click();
    await settle(el);
    expect(el.view).to.equal('form');
    expect(active(el)).to.equal(radio(el, 'physical-problems', 'fatigue'));
    radio(el, 'physical-problems', 'pain').click();
    await next(el);
    expect(el.view).to.equal('summary');
    const submitted = oneEvent(el, 'pakke-submit');
    $<HTMLButtonElement>(el, '.summary .nav button')!.click();
    const detail = ((await submitted) as CustomEvent<NeedsSubmitDetail>).detail;
    expect(detail.answers['physical-problems']).to.deep.equal(['fatigue', 'pain']);
    expect(detail.flags.map((f) => f.id)).to.deep.equal(['physical-help', 'sexual-help']);
    expect(detail.flags[0]!.domain).to.deep.equal({ id: 'physical', label: 'Physical' });
    expect(detail.questionnaireResponse.status).to.equal('completed');
    expect(detail.questionnaireResponse.item!.flatMap((g) => g.item!).find((i) => i.linkId === 'physical-impact')!.answer).to.deep.equal([{ valueInteger: 6 }]);
    await settle(el);
    expect(el.view).to.equal('done');
    expect(text($(el, '#done-heading'))).to.contain('Thank you');
    await expectAccessible(el, 'done');
  });

  it('a 0–10 scale: one row when it fits, else rows of six and five, each end\'s words beside its end', async () => {
    const el = await render(ESAS_R, 'en');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = (sel: string) => $(el, sel)!.getBoundingClientRect();
    const rows = () => {
      const tops = $$(el, '#q-pain .point').map((p) => Math.round(p.getBoundingClientRect().top));
      return [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
    };
    el.style.display = 'block';
    el.style.width = '900px';
    await frame();
    expect(rows()).to.deep.equal([11]);
    el.style.width = '300px';
    await frame();
    expect(rows()).to.deep.equal([6, 5]);
    // The lowest point's words above the scale at its start, the highest's below it at its end.
    expect(box('#a-pain').bottom).to.be.at.most(box('#q-pain .scale').top + 1);
    expect(box('#z-pain').top).to.be.at.least(box('#q-pain .scale').bottom - 1);
    const words = document.createRange();
    words.selectNodeContents($(el, '#z-pain bdi')!);
    expect(words.getBoundingClientRect().right).to.be.closeTo(box('#z-pain').right, 2);
    expect(box('#q-pain .point:last-child').right).to.be.greaterThan(box('#q-pain .scale').left + box('#q-pain .scale').width / 2);
  });

  it('Back and Next: the one row every element uses, Back first', async () => {
    const el = await render(HJEM, 'nb');
    await answerRequired(el);
    await next(el);
    const buttons = $$<HTMLButtonElement>(el, 'form nav.pakke-nav > button');
    expect(buttons.map((b) => [b.classList.contains('pakke-back'), b.classList.contains('pakke-next')])).to.deep.equal([
      [true, false],
      [false, true],
    ]);
    expect(buttons[0]!.getBoundingClientRect().left).to.be.below(buttons[1]!.getBoundingClientRect().left);
  });

  it('ESAS-r 1.1.0: the form\'s own words, order, anchors and fields, the acknowledgement, the host\'s note outside it, no flags', async () => {
    const el = await render(ESAS_R, 'en');
    const ack = text($(el, '[part=acknowledgement]'));
    expect(ack).to.contain('Division of Palliative Care Medicine').and.to.contain('may not be modified without the prior consent of the authors');
    expect(ack).not.to.contain('Covenant');
    // The host's note is before the instrument, not an item of it.
    expect(text($(el, '.intro'))).to.contain('It is not part of the ESAS-r').and.to.contain('leaves that page out');
    expect($(el, '.page .display')).to.equal(null);
    expect(text($(el, '#page-heading'))).to.equal('Edmonton Symptom Assessment System: (revised version) (ESAS-R)');
    expect(text($(el, '.page-intro'))).to.equal('Please circle the number that best describes how you feel NOW:');
    const ids = $$<HTMLElement>(el, '.page [part~=item]').map((n) => n.id.slice(2));
    expect(ids).to.deep.equal(['pain', 'tiredness', 'drowsiness', 'nausea', 'lack-of-appetite', 'shortness-of-breath', 'depression', 'anxiety', 'wellbeing', 'other-problem-name', 'patient-name', 'date', 'time', 'completed-by']);
    expect(text($(el, '#q-tiredness legend'))).to.equal('No Tiredness – Worst Possible Tiredness');
    expect(text($(el, '#h-tiredness'))).to.equal('(Tiredness = lack of energy)');
    expect(text($(el, '#a-wellbeing'))).to.contain('Best Wellbeing');
    expect(text($(el, '#z-wellbeing'))).to.contain('Worst Possible Wellbeing');
    expect($(el, '#q-other-problem')).to.equal(null);
    const other = $<HTMLInputElement>(el, '#i-other-problem-name')!;
    other.value = 'Constipation';
    other.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(text($(el, '#a-other-problem')), 'the blank anchors stay blank').to.contain('No __________').and.not.to.contain('Other Problem');
    for (const id of ['pain', 'tiredness', 'depression', 'anxiety']) radio(el, id, '10').click();
    expect(el.flags).to.deep.equal([]);
    await expectAccessible(el, 'ESAS-r 1.1.0');
  });

  it('takes part in a host form: FormData, validity and reset', async () => {
    const bundle = await loadContent(HJEM);
    const form = await fixture<HTMLFormElement>(html`<form><pakke-needs-assessment name="needs" lang="en" .bundle=${bundle}></pakke-needs-assessment></form>`);
    const el = form.querySelector<El>('pakke-needs-assessment')!;
    await untilSettled(el);
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('needs')).to.equal('{}');
    expect(form.checkValidity(), 'required question unanswered').to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    await settle(el);
    expect(text($(el, '.error-summary')), 'the blocked host form shows what is missing').to.contain('Which conversation are you getting ready for?');
    radio(el, 'samhandlingspunkt', 'sp1').click();
    radio(el, 'companion', 'no').click();
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('needs') as string)).to.deep.equal({ samhandlingspunkt: 'sp1', companion: false });
    form.reset();
    await settle(el);
    expect(new FormData(form).get('needs')).to.equal('{}');
    expect(radio(el, 'samhandlingspunkt', 'sp1').checked).to.equal(false);
    // State restore (what the browser does on back/forward navigation).
    el.formStateRestoreCallback(JSON.stringify({ v: { samhandlingspunkt: 'sp2', family: 'talk' }, page: 0 }));
    await settle(el);
    expect(radio(el, 'samhandlingspunkt', 'sp2').checked).to.equal(true);
    expect(JSON.parse(new FormData(form).get('needs') as string)).to.deep.equal({ samhandlingspunkt: 'sp2', family: 'talk' });
  });

  it('persist="session" restores answers after a reload and clears them on submit; nothing is stored by default', async () => {
    const bundle = await loadContent(ESAS);
    const key = storageKey('esas-r', '1.0.0');
    const plain = await render(ESAS, 'en');
    radio(plain, 'pain', '3').click();
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
    plain.remove();

    const first = await render(ESAS, 'en', { persist: 'session' });
    radio(first, 'pain', '4').click();
    radio(first, 'nausea', '2').click();
    await next(first);
    first.remove();
    expect(sessionStorage.getItem(key)).to.contain('"pain":4');

    const again = await fixture<El>(html`<pakke-needs-assessment lang="en" persist="session" .bundle=${bundle}></pakke-needs-assessment>`);
    await untilSettled(again);
    expect(again.answers).to.deep.equal({ pain: 4, nausea: 2 });
    expect(text(again.shadowRoot!.querySelector('#page-heading')), 'back on the page where the reader was').to.equal('About this form');
    await next(again);
    again.shadowRoot!.querySelector<HTMLButtonElement>('.summary .nav button')!.click();
    await settle(again);
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('prints the summary without buttons or change links', async () => {
    const el = await render(HJEM, 'en');
    radio(el, 'samhandlingspunkt', 'sp2').click();
    while (el.view === 'form') await next(el);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      // Browsers without media emulation in the harness (Firefox over BiDi): read the print rules.
      const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
      const hidden = print.flatMap((r) => [...r.cssRules]).filter((r) => r instanceof CSSStyleRule && r.style.display === 'none');
      const selectors = hidden.map((r) => (r as CSSStyleRule).selectorText).join(',');
      expect(selectors).to.contain('.nav').and.to.contain('.no-print');
      return;
    }
    try {
      expect(getComputedStyle($(el, '.summary .nav')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'button.link')!.parentElement!).display).to.equal('none');
      expect(getComputedStyle($(el, '.answers')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is disabled with a disabled fieldset around it, and keeps answers when the same bundle is given again', async () => {
    const bundle = await loadContent(ESAS);
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><pakke-needs-assessment lang="en" .bundle=${bundle}></pakke-needs-assessment></fieldset></form>`);
    const el = form.querySelector<El>('pakke-needs-assessment')!;
    await untilSettled(el);
    expect($<HTMLFieldSetElement>(el, '#q-pain')!.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, 'form button[type=submit]')!.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect($<HTMLFieldSetElement>(el, '#q-pain')!.disabled).to.equal(false);
    radio(el, 'pain', '2').click();
    el.bundle = structuredClone(bundle);
    await untilSettled(el);
    expect(el.answers).to.deep.equal({ pain: 2 });
    expect(radio(el, 'pain', '2').checked).to.equal(true);
  });

  it('reports a half-typed date instead of silently dropping it, and keeps what was typed', async () => {
    const el = await render(HJEM, 'en');
    radio(el, 'samhandlingspunkt', 'sp2').click();
    await settle(el);
    $<HTMLInputElement>(el, '#i-conversation-date')!.focus();
    await typeText('12');
    await settle(el);
    expect(el.answers['conversation-date']).to.equal(undefined);
    await next(el);
    expect(el.view).to.equal('form');
    expect(text($(el, '#e-conversation-date'))).to.contain('Enter a real date');
    expect(text($(el, '.error-summary'))).to.contain('Enter a real date');
    for (const input of $(el, '#q-conversation-date')!.querySelectorAll('input')) expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#i-conversation-date')!.value, 'the typed day is still there').to.equal('12');
    // Completing it answers the question and clears the error.
    fillDate(el, 'conversation-date', '12', '11', '2026');
    await settle(el);
    expect(el.answers['conversation-date']).to.equal('2026-11-12');
    expect($(el, '#e-conversation-date')).to.equal(null);
  });

  it('refuses a date that does not exist (31 February) and a two-digit year', async () => {
    const f = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" .bundle=${logicBundle()}></pakke-needs-assessment>`);
    await untilSettled(f);
    for (const [d, m, y] of [['31', '2', '2026'], ['4', '3', '26'], ['x', '3', '2026']] as const) {
      fillDate(f, 'when', d, m, y);
      await settle(f);
      expect(f.answers.when, `${d} ${m} ${y}`).to.equal(undefined);
      await next(f);
      expect(text($(f, '#e-when')), `${d} ${m} ${y}`).to.contain('Enter a real date');
    }
  });

  it('reads a number the way the page writes it: decimal comma in Danish, its unit beside it, its range checked', () =>
    withUi('da', async () => {
    const bundle = numberBundle();
    const el = await fixture<El>(html`<pakke-needs-assessment lang="da" layout="single-page" .bundle=${bundle}></pakke-needs-assessment>`);
    await untilSettled(el);
    const field = $<HTMLInputElement>(el, '#i-weight')!;
    expect(field.type).to.equal('text');
    expect(field.inputMode).to.equal('decimal');
    expect(accessibleName(el, field)).to.equal('Hvad vejer du?');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)!));
    expect(described).to.deep.equal(['Fra 20 til 300 kg', 'kg']);
    field.focus();
    await typeText('72,5');
    await settle(el);
    expect(el.answers.weight).to.equal(72.5);
    await next(el);
    expect(el.view).to.equal('summary');
    expect(text($(el, '.answers'))).to.contain('72,5 kg');
    expect(el.questionnaireResponse()!.item![0]!.item![0]!.answer).to.deep.equal([{ valueDecimal: 72.5 }]);
    // Back on the form, an out-of-range number is named with its range.
    $<HTMLButtonElement>(el, '.change button')!.click();
    await settle(el);
    const again = $<HTMLInputElement>(el, '#i-weight')!;
    expect(again.value).to.equal('72,5');
    again.select();
    await typeText('2000');
    await settle(el);
    expect(el.answers.weight).to.equal(undefined);
    await next(el);
    expect(text($(el, '#e-weight'))).to.contain('Skriv et tal fra 20 til 300.');
    expect($<HTMLInputElement>(el, '#i-weight')!.getAttribute('aria-invalid')).to.equal('true');
    }));

  it('writes a number the reader typed back without a thousands separator, so it reads the same (Danish)', () =>
    withUi('da', async () => {
      const el = await fixture<El>(html`<pakke-needs-assessment lang="da" layout="single-page" .bundle=${numberBundle()}></pakke-needs-assessment>`);
      await untilSettled(el);
      el.answers = { falls: 1200 };
      await settle(el);
      // "1.200" would read back as 1,2 in Danish: the field shows 1200, the summary 1.200.
      expect($<HTMLInputElement>(el, '#i-falls')!.value).to.equal('1200');
      await next(el);
      expect(el.view).to.equal('summary');
      expect(text($(el, '.answers'))).to.contain('1.200');
      expect(el.answers.falls).to.equal(1200);
    }));

  it('asks for a whole number where decimals are not allowed', async () => {
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" .bundle=${numberBundle()}></pakke-needs-assessment>`);
    await untilSettled(el);
    $<HTMLInputElement>(el, '#i-falls')!.focus();
    await typeText('1.5');
    await settle(el);
    expect(el.answers.falls).to.equal(undefined);
    await next(el);
    expect(text($(el, '#e-falls'))).to.contain('Enter a whole number');
    const f = $<HTMLInputElement>(el, '#i-falls')!;
    f.select();
    await typeText('3');
    await settle(el);
    expect(el.answers.falls).to.equal(3);
    expect($(el, '#e-falls')).to.equal(null);
  });

  it('keeps a half-typed date when the reader pages away and back (Norwegian)', () =>
    withUi('nb', async () => {
    const T = (nb: string) => ({ da: nb, nb, en: nb });
    const bundle = logicBundle({
      locales: ['da', 'nb', 'en'],
      pages: [
        { id: 'a', title: T('Første side'), items: [{ id: 'when', type: 'date', text: T('Når var samtalen?') }] },
        { id: 'b', title: T('Andre side'), items: [{ id: 'note', type: 'text', text: T('Noe mer?') }] },
      ],
      flags: [],
      domains: [],
      services: [],
    });
    const el = await fixture<El>(html`<pakke-needs-assessment lang="nb" .bundle=${bundle}></pakke-needs-assessment>`);
    await untilSettled(el);
    const names = [...$(el, '#q-when')!.querySelectorAll('input')].map((i) => accessibleName(el, i));
    expect(names).to.deep.equal(['Dag', 'Måned', 'År']);
    fillDate(el, 'when', '3', '12', '');
    await settle(el);
    await next(el);
    expect(text($(el, '#e-when'))).to.contain('dato');
    expect($<HTMLInputElement>(el, '#i-when-month')!.value).to.equal('12');
    fillDate(el, 'when', '3', '12', '2026');
    await settle(el);
    await next(el);
    expect(text($(el, '#page-heading'))).to.equal('Andre side');
    $<HTMLButtonElement>(el, '.pakke-back')!.click();
    await settle(el);
    expect(['', '-month', '-year'].map((s) => $<HTMLInputElement>(el, `#i-when${s}`)!.value)).to.deep.equal(['3', '12', '2026']);
    expect(el.answers.when).to.equal('2026-12-03');
    }));

  it('shows a follow-up under its question on the form and the summary, and names the question for a screen reader', async () => {
    const el = await render(HJEM, 'en');
    el.answers = { samhandlingspunkt: 'sp1', family: 'talk', 'family-more': 'My sister helps' };
    await settle(el);
    await next(el);
    const more = $(el, '#q-family-more')!;
    expect(more.parentElement!.classList.contains('follow-up'), 'indented under "Family and network"').to.equal(true);
    expect(more.parentElement!.previousElementSibling!.id).to.equal('q-family');
    expect($(el, '#q-work')!.parentElement!.classList.contains('follow-up')).to.equal(false);
    for (let i = 0; i < 8 && el.view === 'form'; i++) {
      await answerRequired(el);
      await next(el);
    }
    expect(el.view).to.equal('summary');
    const rows = $$(el, '.answers .row');
    const i = rows.findIndex((r) => r.classList.contains('follow-up') && text(r.querySelector('dt')).includes('Tell us more'));
    expect(text(rows[i - 1]!.querySelector('dt'))).to.equal('Family and network');
    expect(text(rows[i]!.querySelector('dt'))).to.equal('About Family and network: Tell us more, if you like');
    expect(rows[i]!.querySelector('dt .visually-hidden')).to.exist;
    await expectAccessible(el, 'summary with follow-ups');
  });

  it('flags say what the reader chose, the most urgent first, and name each service once', async () => {
    const el = await render(HJEM, 'en');
    el.answers = { samhandlingspunkt: 'sp1', family: 'talk', work: 'help' };
    await settle(el);
    for (let i = 0; i < 8 && el.view === 'form'; i++) {
      await answerRequired(el);
      await next(el);
    }
    expect(el.view).to.equal('summary');
    const flags = el.flags;
    expect(flags.map((f) => f.id).slice(0, 2), '"I need help" before "I would like to talk"').to.deep.equal(['work-need', 'family-need']);
    expect(flags[0]!.answer).to.equal('I need help with this');
    expect(flags[1]!.answer).to.equal('I would like to talk about this');
    const box = $(el, '.flags')!;
    expect([...box.querySelectorAll('.domain')].map((d) => text(d.querySelector('h4, h5')))[0]).to.equal('Work and education');
    expect(text(box.querySelector('.domain .flag-answer'))).to.equal('Your answer: I need help with this');
    const services = [...box.querySelectorAll('.who .services > li')].map((li) => text(li));
    const coordinator = services.filter((t) => t.startsWith('The cancer coordinator'));
    expect(coordinator, 'the coordinator once, for both needs').to.have.length(1);
    expect(coordinator[0]).to.contain('Can help with: Work and education, Family and social life');
    expect(services.some((t) => t.startsWith('Your GP'))).to.equal(true);
  });

  it('reports a mistyped layout or persist attribute with pakke-error and falls back safely', async () => {
    const bundle = await loadContent(ESAS);
    const errors: { code: string; attribute?: string }[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div @pakke-error=${(e: CustomEvent) => errors.push(e.detail)}>
      <pakke-needs-assessment lang="en" layout="one-page" persist="forever" .bundle=${bundle}></pakke-needs-assessment>
    </div>`);
    const el = wrap.querySelector<El>('pakke-needs-assessment')!;
    await untilSettled(el);
    expect(errors.map((e) => `${e.code}:${e.attribute}`)).to.have.members(['invalid-attribute:layout', 'invalid-attribute:persist']);
    expect(el.status).to.equal('ready');
    expect($(el, '.progress')).to.exist;
    radio(el, 'pain', '1').click();
    expect(Object.keys(sessionStorage).concat(Object.keys(localStorage)).filter((k) => k.startsWith('pakke-needs'))).to.deep.equal([]);
  });

  /** 200 questions of every answerable type on one page, with one option text per question. */
  function bigBundle(): Record<string, unknown> {
    const T = (s: string) => ({ da: s, en: s });
    const types = ['single-choice', 'multiple-choice', 'rating', 'yes-no', 'text', 'date', 'number'] as const;
    const items = Array.from({ length: 200 }, (_, i) => {
      const type = types[i % types.length]!;
      const base = { id: `q${i}`, type, text: T(`Question ${i}`), ...(i % 5 === 0 ? { required: true } : {}) };
      if (type === 'single-choice' || type === 'multiple-choice') return { ...base, options: ['x', 'y', 'z'].map((c) => ({ code: c, text: T(`${c} of ${i}`) })) };
      if (type === 'rating') return { ...base, anchors: { min: T('lo'), max: T('hi') } };
      return base;
    });
    return logicBundle({ pages: [{ id: 'big', title: T('Big'), items }], flags: [], domains: [], services: [] });
  }

  /** Answers every question of `bigBundle` through its inputs, all in the current task; returns what was given. */
  function answerAll(el: El): Record<string, unknown> {
    const given: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) {
      const id = `q${i}`;
      const box = $(el, `#q-${id}`)!;
      if (box.querySelector('.date-fields')) {
        const day = (i % 28) + 1;
        fillDate(el, id, String(day), '1', '2026');
        given[id] = `2026-01-${String(day).padStart(2, '0')}`;
        continue;
      }
      const field = box.querySelector<HTMLInputElement>('input[type=text]');
      if (field) {
        const number = field.classList.contains('number');
        field.value = number ? String(i) : `text ${i}`;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        given[id] = number ? i : field.value;
        continue;
      }
      const inputs = [...box.querySelectorAll<HTMLInputElement>('input')];
      if (inputs[0]!.type === 'checkbox') {
        inputs[0]!.click();
        inputs[2]!.click();
        given[id] = [inputs[0]!.value, inputs[2]!.value];
      } else {
        const pick = inputs[i % inputs.length]!;
        pick.click();
        given[id] = inputs.length === 2 ? pick.value === 'yes' : inputs.length === 11 ? Number(pick.value) : pick.value;
      }
    }
    return given;
  }

  it('answering 200 questions of every type keeps answers, value and the FHIR response complete', async () => {
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${bigBundle()}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect($$(el, 'fieldset.item, div.item').length).to.equal(200);
    const given = answerAll(el);
    expect(Object.keys(given).length).to.equal(200);
    expect(el.answers).to.deep.equal(given);
    expect(JSON.parse(el.value)).to.deep.equal(given);
    const response = el.questionnaireResponse()!;
    const answered = response.item!.flatMap((g) => g.item!);
    expect(answered.map((a) => a.linkId)).to.deep.equal(Object.keys(given));
    expect(answered.find((a) => a.linkId === 'q1')!.answer!.map((a) => a.valueCoding!.code)).to.deep.equal(['x', 'z']);
    expect(answered.find((a) => a.linkId === 'q3')!.answer).to.deep.equal([{ valueBoolean: given.q3 }]);
    await settle(el);
    expect(el.answers).to.deep.equal(given);
    expect(el.checkValidity()).to.equal(true);
  });

  it('a burst of answers in one task costs one form-value update, and FormData, validity and storage are current anyway', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pakke-needs-assessment name="needs" lang="en" persist="session" .bundle=${bigBundle()}></pakke-needs-assessment></form>`);
    const el = form.querySelector<El>('pakke-needs-assessment')!;
    await untilSettled(el);
    const key = storageKey('test-bundle', '1.0.0');
    const internals = (el as unknown as { internals: ElementInternals }).internals;
    const setFormValue = internals.setFormValue.bind(internals);
    let updates = 0;
    internals.setFormValue = (...args: Parameters<ElementInternals['setFormValue']>) => {
      updates++;
      setFormValue(...args);
    };
    expect(el.checkValidity(), '40 required questions unanswered').to.equal(false);
    const given = answerAll(el);
    // Still in the same task: the host sees every answer.
    expect(el.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('needs') as string)).to.deep.equal(given);
    expect(updates, 'brought up to date once, for the FormData').to.equal(1);
    await Promise.resolve();
    expect(updates, 'nothing left queued').to.equal(1);
    expect(JSON.parse(sessionStorage.getItem(key)!).v).to.deep.equal(given);
    // One answer, awaited as a page would: the form value follows.
    radio(el, 'q0', 'y').click();
    await settle(el);
    expect(updates).to.equal(2);
    expect(JSON.parse(new FormData(form).get('needs') as string).q0).to.equal('y');
    expect(JSON.parse(sessionStorage.getItem(key)!).v.q0).to.equal('y');
    // Another burst, and the element is removed in the same task: the saved copy has it.
    radio(el, 'q0', 'z').click();
    radio(el, 'q2', '0').click();
    el.remove();
    expect(JSON.parse(sessionStorage.getItem(key)!).v).to.include({ q0: 'z', q2: 0 });
    expect(updates).to.equal(3);
  });

  it('a host reading FormData in a pakke-change listener gets the answer just given', async () => {
    const bundle = await loadContent(HJEM);
    const form = await fixture<HTMLFormElement>(html`<form><pakke-needs-assessment name="needs" lang="en" .bundle=${bundle}></pakke-needs-assessment><input name="other" value="kept" /></form>`);
    const el = form.querySelector<El>('pakke-needs-assessment')!;
    await untilSettled(el);
    const seen: unknown[] = [];
    el.addEventListener('pakke-change', () => {
      const data = new FormData(form);
      seen.push([JSON.parse(data.get('needs') as string), data.get('other')]);
    });
    radio(el, 'samhandlingspunkt', 'sp1').click();
    radio(el, 'companion', 'no').click();
    expect(seen).to.deep.equal([
      [{ samhandlingspunkt: 'sp1' }, 'kept'],
      [{ samhandlingspunkt: 'sp1', companion: false }, 'kept'],
    ]);
  });

  it('answering does not re-render the form (constant work per answer)', async () => {
    const T = (s: string) => ({ da: s, en: s });
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, type: 'rating', text: T(`Q${i}`), anchors: { min: T('lo'), max: T('hi') } }));
    const bundle = logicBundle({ pages: [{ id: 'big', title: T('Big'), items }], flags: [], domains: [], services: [] });
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${bundle}></pakke-needs-assessment>`);
    await untilSettled(el);
    let updates = 0;
    const orig = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
    (el as unknown as { update: (c: unknown) => void }).update = (c) => {
      updates++;
      orig(c);
    };
    for (let i = 0; i < 200; i++) radio(el, `q${i}`, String(i % 11)).click();
    await settle(el);
    expect(updates).to.equal(0);
    expect(Object.keys(el.answers).length).to.equal(200);
  });
});
