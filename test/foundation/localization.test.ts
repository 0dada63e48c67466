import { expect, fixture, html } from '@open-wc/testing';
import '../fixtures/test-element.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import { followDocumentLanguage, getLocale, setLocale, uiLocaleFor } from '../../src/l10n/localization.js';
import { envelope } from '../fixtures/envelope.js';
import { untilSettled } from '../helpers/index.js';

describe('localization', () => {
  const originalLang = document.documentElement.lang;
  afterEach(async () => {
    document.documentElement.lang = originalLang;
    document.documentElement.removeAttribute('dir');
    await setLocale('da');
  });

  it('maps language tags to UI locales', () => {
    expect(uiLocaleFor('nb-NO')).to.equal('nb');
    expect(uiLocaleFor('no')).to.equal('nb');
    expect(uiLocaleFor('nn')).to.equal('nn');
    expect(uiLocaleFor('ar-EG')).to.equal('ar');
    expect(uiLocaleFor('sv')).to.equal('en');
  });

  it('UI strings follow setLocale; content follows the element lang', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="da" .bundle=${envelope('pathway')}></pakke-test-element>`);
    await untilSettled(el);
    await setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('footer h3')!.textContent).to.equal('About this content');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Dansk titel');
    await setLocale('nn');
    await el.updateComplete;
    expect(getLocale()).to.equal('nn');
    expect(el.shadowRoot!.querySelector('footer h3')!.textContent).to.equal('Om innhaldet');
  });

  it('follows the document lang, and sets dir=rtl for Arabic', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element .bundle=${envelope('pathway')}></pakke-test-element>`);
    await untilSettled(el);
    await followDocumentLanguage();
    document.documentElement.lang = 'ar';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(getLocale()).to.equal('ar');
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    // Arabic content is not in the bundle: the default (Danish) is shown, and the reader is told.
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Dansk titel');
    expect(el.shadowRoot!.querySelector('[data-notice="language"]')).to.not.equal(null);
  });

  it('content follows the nearest ancestor lang, with nn falling back to nb', async () => {
    const bundle = envelope('pathway', { locales: ['da', 'nb', 'en'] });
    const wrap = await fixture(html`<div lang="nn"><pakke-test-element .bundle=${bundle}></pakke-test-element></div>`);
    const el = wrap.querySelector('pakke-test-element')!;
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Norsk bokmål-tittel');
    const note = el.shadowRoot!.querySelector('[data-notice="language"]')!;
    expect(note.textContent).to.match(/nynorsk/i);
  });

  it('changing the element lang re-renders the content', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="da" .bundle=${envelope('pathway')}></pakke-test-element>`);
    await untilSettled(el);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
  });
});
