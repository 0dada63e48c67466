import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { loadContent } from '../helpers/index.js';
import { $, $$, BUNDLES, restoreUi, rerender, show, step, text, ui } from './helpers.js';

/** The first timed step of each bundle and how its duration reads in each locale. */
const FIRST_DURATION: Record<string, { step: string; words: Record<string, string> }> = {
  [BUNDLES.noBreast]: { step: 'forste-oppmote', words: { nb: 'innen 7 dager', nn: 'innan 7 dagar', en: 'within 7 days' } },
  [BUNDLES.noColorectal]: { step: 'forste-oppmote', words: { nb: 'innen 9 dager', en: 'within 9 days' } },
  [BUNDLES.hjem]: { step: 'samhandlingspunkt-2', words: { nb: 'omtrent 3–4 måneder', nn: 'omtrent 3–4 månader', en: 'about 3–4 months' } },
  [BUNDLES.dkBreast]: { step: 'udredning-begynder', words: { da: 'højst 14 dage', en: 'within 14 days' } },
  [BUNDLES.dkBreast11]: { step: 'udredning-begynder', words: { da: 'højst 14 dage', en: 'within 14 days' } },
  [BUNDLES.dkBreast12]: { step: 'udredning-begynder', words: { da: 'højst 14 dage', en: 'within 14 days' } },
  [BUNDLES.noBreast12]: { step: 'forste-oppmote', words: { nb: 'innen 7 dager', nn: 'innan 7 dagar', en: 'within 7 days' } },
  [BUNDLES.noColorectal11]: { step: 'forste-oppmote', words: { nb: 'innen 9 dager', en: 'within 9 days' } },
  [BUNDLES.hjem11]: { step: 'samhandlingspunkt-2', words: { nb: 'omtrent 3–4 måneder', nn: 'omtrent 3–4 månader', en: 'about 3–4 months' } },
};

const ACTOR_WORDS: Record<string, Record<string, string>> = {
  da: { gp: 'Din egen læge', hospital: 'Hospitalet', municipality: 'Din kommune', patient: 'Dig selv', specialist: 'Speciallæge' },
  nb: { gp: 'Fastlegen din', hospital: 'Sykehuset', municipality: 'Kommunen din', patient: 'Deg selv', specialist: 'Spesialist' },
  nn: { gp: 'Fastlegen din', hospital: 'Sjukehuset', municipality: 'Kommunen din', patient: 'Deg sjølv', specialist: 'Spesialist' },
  en: { gp: 'Your GP (family doctor)', hospital: 'The hospital', municipality: 'Your municipality', patient: 'You', specialist: 'Specialist doctor' },
};

describe('<pakke-pathway> renders every example bundle in each of its locales', () => {
  after(restoreUi);

  for (const path of Object.values(BUNDLES)) {
    it(`${path}`, async () => {
      const b = (await loadContent(`pathway/${path}`)) as unknown as PathwayBundle;
      for (const locale of b.locales) {
        await ui(locale);
        const el = await show(path, { lang: locale });
        const root = el.shadowRoot!;
        expect(text(root.querySelector('h2.title')), `${locale} title`).to.equal(b.title[locale]);
        // Every phase and step, in order, with their titles.
        const phases = $$(el, 'li.phase');
        expect(phases.map((p) => p.dataset.phase)).to.deep.equal(b.phases!.map((p) => p.id));
        const allSteps = b.phases!.flatMap((p) => p.steps);
        const shown = $$(el, 'li.step');
        expect(shown.map((s) => s.dataset.step)).to.deep.equal(allSteps.map((s) => s.id));
        allSteps.forEach((s, i) => {
          expect(text(shown[i]!.querySelector('.step-title')), `${locale} ${s.id}`).to.contain(s.title[locale]!);
          expect(text(shown[i]!.querySelector('.step-title'))).to.contain(i + 1 === 1 ? '1' : String(i + 1));
          const actors = $$(el, `li.step[data-step="${s.id}"] .actor`).map(text);
          expect(actors).to.deep.equal(s.actors.map((a) => (typeof a === 'string' ? ACTOR_WORDS[locale]![a]! : a.label[locale]!)));
        });
        // Durations in words and numbers, in the page's language.
        const first = FIRST_DURATION[path]!;
        expect(text(step(el, first.step).querySelector('.duration'))).to.equal(first.words[locale]);
        // Legal notes are shown before the timeline, where the times are explained.
        const notes = $$(el, '.notes .note');
        expect(notes.map((n) => n.dataset.note)).to.deep.equal((b.notes ?? []).map((n) => n.id));
        const firstNote = $(el, '.notes')!;
        const timeline = $(el, 'ol.timeline')!;
        expect(firstNote.compareDocumentPosition(timeline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        // No dates without a start date.
        expect($$(el, '.target-date')).to.have.length(0);
      }
    });
  }
});

describe('<pakke-pathway> dates from start-date', () => {
  before(() => ui('en'));
  after(restoreUi);

  it('shows target dates, totals and both treatment branches side by side', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', 'start-date': '2026-03-14' });
    expect(text($(el, '.dates-info'))).to.contain('The dates are counted from: the day the hospital received the referral, 14 March 2026.');
    expect(text(step(el, 'forste-oppmote').querySelector('.target-date'))).to.equal('by 21 March 2026');
    expect(text(step(el, 'utredning-ferdig').querySelector('.target-date'))).to.equal('by 2 April 2026');
    const alts = $$(el, 'li.step[data-step="behandling-starter"] .alternative');
    expect(alts.map((a) => a.dataset.treatment)).to.deep.equal(['surgery', 'medical']);
    expect(text(alts[0])).to.contain('Surgery first').and.contain('within 13 days').and.contain('within 32 days of the start in total').and.contain('by 15 April 2026');
    expect(text(alts[1])).to.contain('Medicines first').and.contain('within 10 days').and.contain('within 29 days of the start in total').and.contain('by 12 April 2026');
    // A clock that starts at an event with no known date says so instead of guessing.
    expect(text(step(el, 'cellegift-etter-operasjon').querySelector('.no-date'))).to.equal('Depends on when the clock starts');
  });

  it('crosses month ends and 29 February in a leap year', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', 'start-date': '2028-02-20' });
    expect(text(step(el, 'forste-oppmote').querySelector('.target-date'))).to.equal('by 27 February 2028');
    expect(text(step(el, 'utredning-ferdig').querySelector('.target-date'))).to.equal('by 10 March 2028');
    el.startDate = '2026-01-31';
    await rerender(el);
    expect(text(step(el, 'forste-oppmote').querySelector('.target-date'))).to.equal('by 7 February 2026');
    expect(text($(el, 'li.step[data-step="behandling-starter"] .alternative[data-treatment="surgery"] .target-date'))).to.equal('by 4 March 2026');
  });

  it('turns the Pakkeforløp hjem windows into date ranges', async () => {
    const el = await show(BUNDLES.hjem, { lang: 'en', 'start-date': '2026-01-31' });
    const p2 = text(step(el, 'samhandlingspunkt-2').querySelector('.target-date'));
    expect(p2).to.match(/^around 30 April\s?–\s?31 May 2026$/);
    const p3 = text(step(el, 'samhandlingspunkt-3').querySelector('.target-date'));
    expect(p3).to.match(/^around 31 January\s?–\s?31 July 2027$/);
  });

  it('marks the Danish legal maximum as a legal right, in Danish', async () => {
    await ui('da');
    const el = await show(BUNDLES.dkBreast, { lang: 'da', 'start-date': '2026-12-25' });
    const s = step(el, 'udredning-begynder');
    expect(text(s.querySelector('.duration'))).to.equal('højst 14 dage');
    expect(text(s.querySelector('.basis.legal'))).to.equal('din ret efter loven');
    expect(text(s.querySelector('.target-date'))).to.equal('senest 8. januar 2027');
    expect(text($(el, '.note.legal[data-note="ventetider"]'))).to.contain('14 kalenderdage').and.contain('andet hospital');
    await ui('en');
  });

  it('writes Norwegian dates and durations in Bokmål and Nynorsk', async () => {
    await ui('nn');
    const nn = await show(BUNDLES.noBreast, { lang: 'nn', 'start-date': '2026-03-14' });
    expect(text(step(nn, 'forste-oppmote').querySelector('.target-date'))).to.equal('innan 21. mars 2026');
    expect(text($(nn, '.alternative[data-treatment="surgery"] .total'))).to.equal('(totalt innan 32 dagar frå start)');
    await ui('nb');
    const nb = await show(BUNDLES.hjem, { lang: 'nb', 'start-date': '2026-01-31' });
    expect(text(step(nb, 'samhandlingspunkt-3').querySelector('.duration'))).to.equal('omtrent 12–18 måneder');
    expect(text(step(nb, 'samhandlingspunkt-3').querySelector('.target-date'))).to.match(/^rundt 31\. januar\s?–\s?31\. juli 2027$/);
    await ui('en');
  });

  it('explains an invalid start date visibly and with a pakke-error, never NaN', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('pakke-error', listener);
    try {
      const el = await show(BUNDLES.noBreast, { lang: 'en', 'start-date': '2026-02-30' });
      const msg = $(el, '[data-problem="start-date"]');
      expect(text(msg)).to.contain('"2026-02-30" cannot be used').and.contain('YYYY-MM-DD');
      expect($$(el, '.target-date')).to.have.length(0);
      expect(text(el.shadowRoot!)).to.not.match(/NaN|Invalid Date|undefined/);
      expect(errors.map((e) => [e.detail.code, e.detail.attribute])).to.deep.equal([['invalid-attribute', 'start-date']]);
      // Still a usable pathway: durations are shown without dates.
      expect(text(step(el, 'forste-oppmote').querySelector('.duration'))).to.equal('within 7 days');
      el.startDate = 'next tuesday';
      await rerender(el);
      expect(text($(el, '[data-problem="start-date"]'))).to.contain('"next tuesday"');
      expect(errors).to.have.length(2);
      el.startDate = '2026-03-14';
      await rerender(el);
      expect($(el, '[data-problem]')).to.equal(null);
      expect($$(el, '.target-date').length).to.be.greaterThan(0);
    } finally {
      document.removeEventListener('pakke-error', listener);
    }
  });
});

describe('<pakke-pathway> current step', () => {
  before(() => ui('en'));
  after(restoreUi);

  it('marks the current step with aria-current="step" and the steps before it as done', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', 'current-step': 'utredning-ferdig' });
    const current = $$(el, '[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('step');
    expect(current[0]!.dataset.step).to.equal('utredning-ferdig');
    expect(text(current[0]!.querySelector('.status-badge'))).to.equal('You are here');
    expect(text(current[0]!.querySelector('.step-title'))).to.contain('Step 4 of 7, You are here');
    const statuses = $$(el, 'li.step').map((s) => [s.dataset.step, s.classList.contains('done') ? 'done' : s.classList.contains('current') ? 'current' : 'upcoming']);
    expect(statuses).to.deep.equal([
      ['henvisning', 'done'],
      ['henvisning-mottatt', 'done'],
      ['forste-oppmote', 'done'],
      ['utredning-ferdig', 'current'],
      ['behandling-starter', 'upcoming'],
      ['cellegift-etter-operasjon', 'upcoming'],
      ['pakkeforlop-hjem', 'upcoming'],
    ]);
    // Done reads as done in words, not only by colour.
    expect(text(step(el, 'henvisning').querySelector('.step-title'))).to.contain('Done');
    expect(text(step(el, 'henvisning').querySelector('.status-badge'))).to.equal('Done');
  });

  it('explains an unknown current-step and marks nothing', async () => {
    const got = new Promise<CustomEvent>((resolve) => document.addEventListener('pakke-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await show(BUNDLES.noBreast, { lang: 'en', 'current-step': 'surgery-day' });
    const e = await got;
    expect(e.detail).to.include({ code: 'invalid-attribute', attribute: 'current-step' });
    expect(text($(el, '[data-problem="current-step"]'))).to.contain('The step "surgery-day" does not exist in this pathway');
    expect($$(el, '[aria-current]')).to.have.length(0);
    expect($$(el, 'li.step.done')).to.have.length(0);
  });
});

describe('<pakke-pathway> treatment branches', () => {
  before(() => ui('en'));
  after(restoreUi);

  it('shows one branch for treatment="surgery" and hides steps for other treatments', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', treatment: 'surgery', 'start-date': '2026-03-14' });
    expect($$(el, '.alternative').map((a) => a.dataset.treatment)).to.deep.equal(['surgery']);
    expect($(el, 'li.step[data-step="cellegift-etter-operasjon"]')).to.not.equal(null);
    el.treatment = 'medical';
    await rerender(el);
    expect($$(el, '.alternative').map((a) => a.dataset.treatment)).to.deep.equal(['medical']);
    expect($(el, 'li.step[data-step="cellegift-etter-operasjon"]')).to.equal(null);
    expect(text(step(el, 'behandling-starter').querySelector('.step-title'))).to.contain('Step 5 of 6');
  });

  it('lets the reader choose a treatment with the radio buttons', async () => {
    const el = await show(BUNDLES.noColorectal, { lang: 'en' });
    expect($$(el, '.alternative')).to.have.length(3);
    const radio = $$(el, '.treatment-choice input').find((i) => (i as HTMLInputElement).value === 'radiotherapy') as HTMLInputElement;
    radio.click();
    await rerender(el);
    expect(el.treatment).to.equal('radiotherapy');
    expect($$(el, '.alternative').map((a) => text(a))).to.have.length(1);
    expect(text($(el, '.alternative'))).to.contain('Radiotherapy').and.contain('within 18 days').and.contain('within 39 days of the start in total');
    ($(el, '.treatment-choice input[value=""]') as HTMLInputElement).click();
    await rerender(el);
    expect($$(el, '.alternative')).to.have.length(3);
  });

  it('explains an unknown treatment and shows every branch', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', treatment: 'radiotherapy' });
    expect(text($(el, '[data-problem="treatment"]'))).to.contain('"radiotherapy" does not exist');
    expect($$(el, '.alternative')).to.have.length(2);
  });
});

describe('<pakke-pathway> keyboard and touch', () => {
  before(() => ui('en'));
  after(restoreUi);

  it('opens a glossary word with Enter, closes it with Escape, and toggles it with Space or a tap', async () => {
    const el = await show(BUNDLES.dkBreast, { lang: 'en' });
    const toggle = step(el, 'udredning-begynder').querySelector<HTMLButtonElement>('.step-toggle')!;
    toggle.focus();
    // The first word is explained where it occurs in the text; the other after the text.
    await sendKeys({ press: 'Tab' });
    // A several-word term keeps its full stop inside the button, hidden from its name.
    const focused = el.shadowRoot!.activeElement!;
    expect(text(focused)).to.equal('needle biopsy. (explanation)');
    expect(focused.querySelector('.after')?.getAttribute('aria-hidden')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(active.classList.contains('term')).to.equal(true);
    expect(text(active)).to.equal('diagnostic work-up (explanation)');
    expect(active.getAttribute('aria-expanded')).to.equal('false');
    const region = el.shadowRoot!.getElementById(active.getAttribute('aria-controls')!)!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(text(region)).to.equal('');
    await sendKeys({ press: 'Enter' });
    await rerender(el);
    expect(active.getAttribute('aria-expanded')).to.equal('true');
    expect(text(region)).to.equal('diagnostic work-up: Examinations that find out whether you have cancer, and if so, which kind.');
    await sendKeys({ press: 'Escape' });
    await rerender(el);
    expect(active.getAttribute('aria-expanded')).to.equal('false');
    expect(text(region)).to.equal('');
    await sendKeys({ press: ' ' });
    await rerender(el);
    expect(active.getAttribute('aria-expanded')).to.equal('true');
    active.click();
    await rerender(el);
    expect(active.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens and closes steps from the keyboard and fires pakke-step-select when one opens', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en' });
    const toggle = step(el, 'forste-oppmote').querySelector<HTMLButtonElement>('.step-toggle')!;
    const details = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await rerender(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    const selected = oneEvent(el, 'pakke-step-select');
    await sendKeys({ press: ' ' });
    const e = await selected;
    expect(e.detail).to.deep.equal({ stepId: 'forste-oppmote', phaseId: 'utredning', index: 3, status: 'upcoming' });
    await rerender(el);
    expect(details.hidden).to.equal(false);
  });

  it('starts closed in compact layout except the current step, with an open-all button', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'en', compact: true, 'current-step': 'forste-oppmote' });
    const open = $$(el, '.step-toggle[aria-expanded="true"]').map((b) => b.closest<HTMLElement>('li.step')!.dataset.step);
    expect(open).to.deep.equal(['forste-oppmote']);
    expect($(el, 'details.notes')).to.not.equal(null);
    const all = $(el, '.toggle-all') as HTMLButtonElement;
    expect(text(all)).to.equal('Open all steps');
    all.click();
    await rerender(el);
    expect($$(el, '.step-toggle[aria-expanded="false"]')).to.have.length(0);
    expect(text(all)).to.equal('Close all steps');
  });
});

describe('<pakke-pathway> print', () => {
  after(() => emulateMedia({ media: 'screen' }).catch(() => undefined));

  it('prints every step open, with dates, and without the controls', async function () {
    await ui('en');
    const el = await show(BUNDLES.noBreast, { lang: 'en', compact: true, 'start-date': '2026-03-14' });
    const closed = $$(el, '.details[hidden]');
    expect(closed.length).to.be.greaterThan(0);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      // Media emulation needs CDP (Chromium); Firefox over WebDriver BiDi cannot do it.
      await restoreUi();
      this.skip();
    }
    for (const d of closed) expect(getComputedStyle(d).display).to.equal('block');
    expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.target-date')!).display).to.not.equal('none');
    await restoreUi();
  });
});

describe('<pakke-pathway> as an app component', () => {
  before(() => ui('en'));
  after(restoreUi);

  it('fires pakke-ready, takes a bundle property, shows custom actors and follows heading-level', async () => {
    const b = (await loadContent(`pathway/${BUNDLES.hjem}`)) as unknown as PathwayBundle;
    b.phases![1]!.steps[0]!.actors = [{ label: { nb: 'Kreftkoordinator', nn: 'Kreftkoordinator', en: 'Cancer coordinator' } }, 'municipality'];
    const el = document.createElement('pakke-pathway');
    el.setAttribute('lang', 'en');
    el.setAttribute('heading-level', '3');
    const ready = oneEvent(el, 'pakke-ready');
    el.bundle = b;
    document.body.append(el);
    try {
      const e = await ready;
      expect(e.detail).to.deep.equal({ id: 'no-pakkeforlop-hjem', version: '1.0.0', locale: 'en' });
      await rerender(el);
      expect($$(el, `li.step[data-step="samhandlingspunkt-2"] .actor`).map(text)).to.deep.equal(['Cancer coordinator', 'Your municipality']);
      expect(el.shadowRoot!.querySelector('h3.title')).to.not.equal(null);
      expect($$(el, 'h4.phase-title')).to.have.length(2);
      expect($$(el, 'h5.step-title')).to.have.length(3);
    } finally {
      el.remove();
    }
  });
});

describe('<pakke-pathway> on a page without pre-rendered HTML', () => {
  it('never loads the hydration code (@lit-labs/ssr-client)', async () => {
    const el = await show(BUNDLES.noBreast);
    expect(el.shadowRoot!.querySelector('.root')).to.exist;
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((n) => n.includes('/src/pathway/')), 'the element itself was loaded').to.equal(true);
    expect(requested.filter((n) => n.includes('ssr-client'))).to.deep.equal([]);
    el.remove();
  });
});
