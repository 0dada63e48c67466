import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../fixtures/test-element.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { setLocale } from '../../src/l10n/localization.js';
import { envelope } from '../fixtures/envelope.js';
import { isWebDriver, untilSettled } from '../helpers/index.js';

async function sha256(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return 'sha256-' + btoa(String.fromCharCode(...digest));
}

/** Renders an element with `src` and waits for its first pakke-error. */
async function errorFor(src: string, extra: Record<string, string> = {}) {
  const el = document.createElement('pakke-test-element') as PakkeTestElement;
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  const wait = oneEvent(el, 'pakke-error') as Promise<CustomEvent<PakkeErrorDetail>>;
  el.setAttribute('src', src);
  document.body.append(el);
  const event = await wait;
  await untilSettled(el);
  return { el, detail: event.detail, alert: el.shadowRoot!.querySelector('[role="alert"]') as HTMLElement | null };
}

describe('loading bundles', () => {
  before(() => setLocale('da'));
  afterEach(() => document.querySelectorAll('pakke-test-element').forEach((e) => e.remove()));

  it('shows a calm, busy loading state, then the content and pakke-ready', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="en" src="/__pakke/slow/300/test/fixtures/bundle.json"></pakke-test-element>`);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('hentes');
    const ready = (await oneEvent(el, 'pakke-ready')) as CustomEvent;
    expect(ready.detail).to.deep.equal({ id: 'test-bundle', version: '1.0.0', locale: 'en' });
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
  });

  it('fetches without credentials by default', async () => {
    const calls: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return original(input, init);
    };
    try {
      const el = await fixture<PakkeTestElement>(html`<pakke-test-element src="/test/fixtures/bundle.json"></pakke-test-element>`);
      await untilSettled(el);
      const el2 = await fixture<PakkeTestElement>(html`<pakke-test-element credentials="include" src="/test/fixtures/bundle.json"></pakke-test-element>`);
      await untilSettled(el2);
    } finally {
      window.fetch = original;
    }
    expect(calls.map((c) => c.credentials)).to.deep.equal(['omit', 'include']);
  });

  describe('a bundle the page preloads', () => {
    /** Preloads a fresh URL of the fixture bundle the way a host page would, and waits until it is in. */
    async function preload(crossorigin: string | null): Promise<{ url: string; downloads: () => Promise<number> }> {
      // The test server counts the requests for this key and forbids caching the answer.
      const key = Math.random().toString(36).slice(2);
      const url = `/__pakke/counted/${key}`;
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      if (crossorigin !== null) link.setAttribute('crossorigin', crossorigin);
      link.href = url;
      const loaded = new Promise((resolve, reject) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', () => reject(new Error(`preload of ${url} failed`)), { once: true });
      });
      document.head.append(link);
      await loaded;
      return { url, downloads: async () => (await (await fetch(`/__pakke/count/${key}`)).json()) as number };
    }

    /** Shows `src` (with extra attributes) and returns the credentials mode of each fetch it made. */
    async function show(src: string, extra: Record<string, string> = {}): Promise<{ el: PakkeTestElement; modes: (RequestCredentials | undefined)[] }> {
      const modes: (RequestCredentials | undefined)[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        modes.push(init?.credentials);
        return original(input, init);
      };
      try {
        const el = document.createElement('pakke-test-element') as PakkeTestElement;
        el.setAttribute('lang', 'en');
        for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
        el.setAttribute('src', src);
        const ready = oneEvent(el, 'pakke-ready');
        document.body.append(el);
        await ready;
        return { el, modes };
      } finally {
        window.fetch = original;
      }
    }
    afterEach(() => document.querySelectorAll('link[rel="preload"]').forEach((l) => l.remove()));

    it('is fetched in the preload\'s credentials mode, so the browser uses the preloaded response', async () => {
      const { url } = await preload('');
      const { el, modes } = await show(url);
      expect(modes).to.deep.equal(['same-origin']);
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
    });

    it('comes down once: the element uses the preloaded response', async function () {
      // WebKitGTK 2.50 requests a preloaded URL again for fetch() whatever the modes.
      if (isWebDriver) this.skip();
      const { url, downloads } = await preload('anonymous');
      expect(await downloads()).to.equal(1);
      await show(url);
      expect(await downloads()).to.equal(1);
    });

    it('an explicit credentials attribute wins over a preload, whatever its case; any other value means omit', async () => {
      for (const [attr, mode] of [['include', 'include'], ['OMIT', 'omit'], [' Same-Origin ', 'same-origin'], ['none', 'omit'], ['', 'omit']] as const) {
        const { url } = await preload('anonymous');
        expect((await show(url, { credentials: attr })).modes, `credentials="${attr}"`).to.deep.equal([mode]);
      }
    });

    it('matches the preload by resolved URL, and follows only an anonymous one', async () => {
      const { url } = await preload('anonymous');
      expect((await show(new URL(url, document.baseURI).href)).modes).to.deep.equal(['same-origin']);
      // use-credentials would send cookies to another origin on every retry: not followed.
      const withCredentials = await preload('use-credentials');
      expect((await show(withCredentials.url)).modes).to.deep.equal(['omit']);
    });

    it('comes down twice when the modes differ (what the element avoids)', async function () {
      // Chromium refuses a preload whose credentials mode differs; Firefox 153 uses it anyway
      // for a same-origin URL, and WebKitGTK never uses one for fetch().
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const { url, downloads } = await preload('anonymous');
      await show(url, { credentials: 'omit' });
      expect(await downloads()).to.equal(2);
    });

    it('a preload without crossorigin (which no fetch can use) leaves the default: no credentials', async () => {
      const { url } = await preload(null);
      expect((await show(url)).modes).to.deep.equal(['omit']);
      // Another URL than the one preloaded (with crossorigin) is not affected by it either.
      await preload('anonymous');
      expect((await show('/test/fixtures/bundle.json?not-preloaded')).modes).to.deep.equal(['omit']);
    });
  });

  it('404: says the content was not found, code http, no retry', async () => {
    const { detail, alert } = await errorFor('/__pakke/status/404');
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.url).to.equal('/__pakke/status/404');
    expect(alert!.textContent).to.contain('blev ikke fundet');
    expect(alert!.querySelector('button')).to.equal(null);
  });

  it('a network fault offers a retry that works', async () => {
    const original = window.fetch;
    let calls = 0;
    // The first request fails as if offline; later ones go through.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init));
    try {
      const { el, detail, alert } = await errorFor('/test/fixtures/bundle.json');
      expect(detail.code).to.equal('network');
      const retry = alert!.querySelector('button')!;
      expect(retry.textContent).to.equal('Prøv igen');
      const ready = oneEvent(el, 'pakke-ready');
      retry.click();
      await ready;
      expect(calls).to.equal(2);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Dansk titel');
    } finally {
      window.fetch = original;
    }
  });

  it('500 from the server is reported with its status', async () => {
    const { detail, alert } = await errorFor('/__pakke/status/500');
    expect(detail).to.include({ code: 'http', status: 500 });
    expect(alert!.textContent).to.contain('Serveren svarede med en fejl (500)');
    expect(alert!.querySelector('button')!.textContent).to.equal('Prøv igen');
  });

  it('network failure: code network, a retry button', async () => {
    const { detail, alert } = await errorFor('http://127.0.0.1:9/bundle.json');
    expect(detail.code).to.equal('network');
    expect(alert!.textContent).to.contain('internetforbindelse');
    expect(alert!.querySelector('button')).to.not.equal(null);
  });

  it('timeout: a slow server gives code timeout', async () => {
    const { detail, alert } = await errorFor('/__pakke/slow/2000/test/fixtures/bundle.json', { timeout: '150' });
    expect(detail.code).to.equal('timeout');
    expect(alert!.textContent).to.contain('for lang tid');
  });

  it('invalid JSON: code invalid-json', async () => {
    const { detail, alert } = await errorFor('/test/fixtures/invalid.json');
    expect(detail.code).to.equal('invalid-json');
    expect(alert!.textContent).to.contain('beskadiget');
  });

  it('a newer format major is refused with both versions named', async () => {
    const { detail, alert } = await errorFor('/test/fixtures/bundle-format-2.json');
    expect(detail.code).to.equal('unsupported-format');
    expect(detail.format).to.deep.equal({ found: 2, supported: 1 });
    expect(alert!.textContent).to.contain('formatversion 2');
    expect(alert!.textContent).to.contain('formatversion 1');
  });

  it('schema failures carry JSON paths and zod messages', async () => {
    const { detail, alert } = await errorFor('/test/fixtures/bundle-bad-schema.json');
    expect(detail.code).to.equal('schema');
    const paths = detail.issues!.map((i) => i.path);
    expect(paths).to.include('$.published');
    expect(paths).to.include('$.title.da');
    expect(paths).to.include('$.locales');
    expect(alert!.textContent).to.contain('$.published');
  });

  it('a bundle of another kind is refused with code wrong-kind', async () => {
    const { detail } = await errorFor('/test/fixtures/bundle-decision.json');
    expect(detail.code).to.equal('wrong-kind');
    expect(detail.kind).to.deep.equal({ found: 'decision-aid', expected: 'pathway' });
  });

  it('integrity: a matching hash renders, a wrong one is refused', async () => {
    const good = await sha256('/test/fixtures/bundle.json');
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element integrity=${good} src="/test/fixtures/bundle.json"></pakke-test-element>`);
    await untilSettled(el);
    expect(el.status).to.equal('ready');
    const bad = good.slice(0, -6) + 'AAAAA=';
    const { detail, alert } = await errorFor('/test/fixtures/bundle.json', { integrity: bad });
    expect(detail.code).to.equal('integrity');
    expect(alert!.textContent).to.contain('integritetstjekket');
  });

  it('pakke-error bubbles out of the element and crosses shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('pakke-test-element');
    const wait = oneEvent(outer, 'pakke-error');
    el.setAttribute('src', '/__pakke/status/404');
    shadow.append(el);
    const e = (await wait) as CustomEvent;
    expect(e.composed && e.bubbles).to.equal(true);
  });

  it('a new src replaces a slower earlier load', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element src="/__pakke/slow/800/test/fixtures/bundle-format-2.json"></pakke-test-element>`);
    el.src = '/test/fixtures/bundle.json';
    await untilSettled(el);
    await new Promise((r) => setTimeout(r, 900));
    expect(el.status).to.equal('ready');
  });

  it('unknown fields are ignored (forward-compatible minor additions)', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element .bundle=${envelope('pathway', { futureField: { a: 1 }, title: { da: 'Ny', en: 'New' } })}></pakke-test-element>`);
    await untilSettled(el);
    expect(el.status).to.equal('ready');
    expect(el.loaded).to.not.have.property('futureField');
  });

  it('a bundle past reviewDue still renders, with a visible note', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="da" .bundle=${envelope('pathway', { published: '2020-01-01', reviewDue: '2021-01-01' })}></pakke-test-element>`);
    await untilSettled(el);
    const note = el.shadowRoot!.querySelector('[data-notice="review"]')!;
    expect(note.textContent).to.contain('1. januar 2021');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Dansk titel');
  });

  it('example content says so', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element .bundle=${envelope('pathway')}></pakke-test-element>`);
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('[data-notice="status"]')!.textContent).to.contain('Eksempelindhold');
  });

  it('an empty src gives a visible no-content message, never a blank element', async () => {
    const { detail, alert } = await errorFor('');
    expect(detail.code).to.equal('no-content');
    expect(alert!.textContent).to.contain('ikke angivet noget indhold');
  });

  it('the footer lists publisher, dates, funding, licence and sources', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="en" .bundle=${envelope('pathway')}></pakke-test-element>`);
    await untilSettled(el);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.textContent).to.contain('Test publisher');
    expect(footer.textContent).to.contain('15 January 2026');
    expect(footer.textContent).to.contain('None');
    expect(footer.textContent).to.contain('CC BY 4.0');
    expect(footer.querySelector('ol.sources a')!.getAttribute('href')).to.equal('https://example.org/s1');
  });
});
