import { expect } from '@open-wc/testing';
import type { PathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { canNarrowViewportTo, expectAccessible, horizontalOverflowAt, loadContent, resetViewport } from '../helpers/index.js';
import { $, $$, BUNDLES, restoreUi, rerender, show, text, ui } from './helpers.js';

/** A state that exercises most of the element: a current step, dates, an open explanation. */
const STATE: Record<string, { current: string; start: string }> = {
  [BUNDLES.noBreast]: { current: 'utredning-ferdig', start: '2026-03-14' },
  [BUNDLES.noColorectal]: { current: 'forste-oppmote', start: '2026-03-14' },
  [BUNDLES.hjem]: { current: 'samhandlingspunkt-2', start: '2026-01-31' },
  [BUNDLES.dkBreast]: { current: 'beslutning', start: '2026-12-25' },
  [BUNDLES.dkBreast11]: { current: 'beslutning', start: '2026-12-25' },
  [BUNDLES.dkBreast12]: { current: 'beslutning', start: '2026-12-25' },
  [BUNDLES.noBreast12]: { current: 'utredning-ferdig', start: '2026-03-14' },
  [BUNDLES.noColorectal11]: { current: 'utredning-ferdig', start: '2026-03-14' },
  [BUNDLES.hjem11]: { current: 'samhandlingspunkt-1', start: '2026-01-31' },
};

/**
 * Elements in the shadow tree whose content is wider than their own box (a word broken out of
 * its line, a clipped label): what "no element overflowing its box" means at 320 px.
 */
function overflowing(el: HTMLElement): string[] {
  return $$(el as never, '*')
    .filter((n) => n.clientWidth > 1 && n.scrollWidth > n.clientWidth + 1 && !['auto', 'scroll'].includes(getComputedStyle(n).overflowX))
    // A list item's outside marker sits in its list's padding; Firefox counts it in the item's
    // scroll width right to left. The page-level sideways-scroll check still covers it.
    .filter((n) => !(getComputedStyle(n).display === 'list-item' && getComputedStyle(n).listStylePosition === 'outside'))
    .map((n) => `${n.localName}.${n.className}: ${n.scrollWidth} > ${n.clientWidth} "${text(n).slice(0, 60)}"`);
}

async function openFirstTerm(el: HTMLElement & { shadowRoot: ShadowRoot | null }): Promise<void> {
  const term = el.shadowRoot!.querySelector<HTMLButtonElement>('button.term');
  if (term) {
    term.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe('<pakke-pathway> accessibility (axe-core, WCAG 2.2 A/AA)', function () {
  this.timeout(60000);
  after(restoreUi);

  for (const path of Object.values(BUNDLES)) {
    it(`${path}: every content locale, with its own UI language`, async () => {
      const b = (await loadContent(`pathway/${path}`)) as unknown as PathwayBundle;
      for (const locale of b.locales) {
        await ui(locale);
        const el = await show(path, { lang: locale, 'current-step': STATE[path]!.current, 'start-date': STATE[path]!.start });
        await openFirstTerm(el);
        await expectAccessible(el, `${path} ${locale}`);
      }
    });

    it(`${path}: Arabic UI, right to left`, async () => {
      await ui('ar');
      // No `lang` on the element: the content falls back to the bundle default and says so.
      const el = await show(path, { 'current-step': STATE[path]!.current, 'start-date': STATE[path]!.start });
      const root = $(el, '.root')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect($(el, '[data-notice="language"]')).to.not.equal(null);
      await openFirstTerm(el);
      await expectAccessible(el, `${path} ar`);
      // The timeline runs down the right-hand side: the marker sits at the inline start.
      const stepEl = $(el, 'li.step')!;
      const marker = stepEl.querySelector('.marker')!.getBoundingClientRect();
      const box = stepEl.getBoundingClientRect();
      expect(box.right - marker.right).to.be.lessThan(box.width / 4);
    });
  }

  it('stays accessible with an invalid start date, an unknown step and in compact layout', async () => {
    await ui('en');
    const el = await show(BUNDLES.noBreast, { lang: 'en', compact: true, 'start-date': '2026-13-01', 'current-step': 'nope', treatment: 'x' });
    expect($$(el, '[data-problem]')).to.have.length(3);
    await expectAccessible(el, 'problems');
  });
});

describe('<pakke-pathway> at 320 px', function () {
  this.timeout(30000);
  after(async () => {
    await resetViewport();
    await restoreUi();
  });

  for (const path of Object.values(BUNDLES)) {
    it(`${path} has no horizontal scroll, full and compact`, async function () {
      // WebKitGTK cannot be made this narrow (see canNarrowViewportTo); Chromium and Firefox check it.
      if (!canNarrowViewportTo(320)) this.skip();
      const b = (await loadContent(`pathway/${path}`)) as unknown as PathwayBundle;
      await ui(b.defaultLocale);
      const el = await show(path, { lang: b.defaultLocale, 'current-step': STATE[path]!.current, 'start-date': STATE[path]!.start });
      await openFirstTerm(el);
      expect(await horizontalOverflowAt(320, el)).to.be.at.most(0);
      el.compact = true;
      await rerender(el);
      expect(await horizontalOverflowAt(320, el)).to.be.at.most(0);
      // Nothing in the shadow tree is wider than the element itself.
      const width = el.getBoundingClientRect().width;
      const wide = $$(el, '*').filter((n) => n.getBoundingClientRect().width > width + 1 && getComputedStyle(n).position !== 'absolute');
      expect(wide.map((n) => n.className || n.localName)).to.deep.equal([]);
      expect(text(el.shadowRoot!)).to.not.contain('NaN');
      await resetViewport();
    });
  }
});

describe('<pakke-pathway> at 320 px in every Nordic content locale and in Arabic, with and without the overlay', function () {
  this.timeout(120000);
  after(async () => {
    await resetViewport();
    await restoreUi();
  });
  const OVERLAY = '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json';
  const cases: { path: string; overlay?: string }[] = [
    ...Object.values(BUNDLES).map((path) => ({ path })),
    { path: BUNDLES.noBreast, overlay: OVERLAY },
    { path: BUNDLES.noBreast12, overlay: OVERLAY },
  ];
  for (const { path, overlay } of cases) {
    it(`${path}${overlay ? ' + overlay' : ''}: no sideways scroll, nothing overflows its box, axe 0`, async function () {
      if (!canNarrowViewportTo(320)) this.skip();
      const b = (await loadContent(`pathway/${path}`)) as unknown as PathwayBundle;
      const runs = [...b.locales.filter((l) => ['da', 'nb', 'nn'].includes(l)).map((l) => ({ ui: l, lang: l })), { ui: 'ar', lang: '' }];
      for (const run of runs) {
        await ui(run.ui);
        const attrs: Record<string, string> = { 'current-step': STATE[path]!.current, 'start-date': STATE[path]!.start };
        if (run.lang) attrs.lang = run.lang;
        if (overlay) attrs.overlay = overlay;
        const el = await show(path, attrs);
        if (overlay) expect($(el, '[part~="local"]'), `${path} ${run.ui}: overlay applied`).to.not.equal(null);
        await openFirstTerm(el);
        const label = `${path}${overlay ? ' + overlay' : ''} ${run.ui}`;
        expect(await horizontalOverflowAt(320, el), label).to.be.at.most(0);
        expect(overflowing(el), label).to.deep.equal([]);
        await expectAccessible(el, `${label} at 320 px`);
        await resetViewport();
      }
    });
  }
});
