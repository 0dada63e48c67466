import { expect, oneEvent } from '@open-wc/testing';
import '../fixtures/test-element.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { setLocale } from '../../src/l10n/localization.js';
import { untilSettled } from '../helpers/index.js';

async function fixtureText(): Promise<string> {
  return (await fetch('/test/fixtures/bundle.json')).text();
}

/** An element with the given inline script text, connected; resolves on its first ready or error event. */
async function inline(text: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('pakke-test-element') as PakkeTestElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  const outcome: Promise<{ ready?: CustomEvent; error?: PakkeErrorDetail }> = Promise.race([
    oneEvent(el, 'pakke-ready').then((e) => ({ ready: e as CustomEvent })),
    oneEvent(el, 'pakke-error').then((e) => ({ error: (e as CustomEvent<PakkeErrorDetail>).detail })),
  ]);
  document.body.append(el);
  const result = await outcome;
  await untilSettled(el);
  return { el, ...result };
}

describe('inline bundles (<script type="application/json"> child)', () => {
  before(() => setLocale('da'));
  afterEach(() => document.querySelectorAll('pakke-test-element').forEach((e) => e.remove()));

  it('renders the inline bundle and makes no request, even with a src', async () => {
    const before = Number(await (await fetch('/__pakke/count/inline-src')).text());
    const { el, ready } = await inline(await fixtureText(), { lang: 'en', src: '/__pakke/counted/inline-src' });
    expect(ready, 'pakke-ready').to.exist;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
    expect(Number(await (await fetch('/__pakke/count/inline-src')).text())).to.equal(before);
  });

  it('bad JSON ends in a visible invalid-json error that names the script', async () => {
    const { el, error } = await inline('{"format": 1, ');
    expect(error!.code).to.equal('invalid-json');
    expect(error!.message).to.contain('<script type="application/json">');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('beskadiget');
  });

  it('checks the inline bytes against integrity', async () => {
    const text = await fixtureText();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    const good = 'sha256-' + btoa(String.fromCharCode(...digest));
    expect((await inline(text, { integrity: good })).ready).to.exist;
    const bad = await inline(text.replace('English title', 'English titel'), { integrity: good });
    expect(bad.error!.code).to.equal('integrity');
  });

  it('picks up a script child added after the element was connected', async () => {
    const el = document.createElement('pakke-test-element') as PakkeTestElement;
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    const ready = oneEvent(el, 'pakke-ready');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = await fixtureText();
    el.append(script);
    await ready;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
  });
});
