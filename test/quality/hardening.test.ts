/**
 * Issue 16: the faults an attack pass on the built files found, each as a browser test that
 * failed before its fix (Chromium and Firefox; WebKitGTK where noted), plus what held.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../fixtures/test-element.js';
import '../../src/pathway/index.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { parseInline, parseRichText } from '../../src/bundle/rich-text.js';
import { relativeUrlProblem, safeUrl } from '../../src/bundle/url.js';
import { isolateBidi } from '../../src/bundle/text.js';
import { setLocale } from '../../src/l10n/localization.js';
import { loadContent, untilSettled } from '../helpers/index.js';

type Outcome = { event: 'ready' | 'error'; detail: unknown };

/** Appends `el`, waits for its first pakke-ready or pakke-error (or fails after `ms`). */
function outcome(el: HTMLElement, ms = 8000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${el.localName}: neither pakke-ready nor pakke-error within ${ms} ms (status ${(el as PakkeTestElement).status})`)), ms);
    el.addEventListener('pakke-ready', (e) => (clearTimeout(timer), resolve({ event: 'ready', detail: (e as CustomEvent).detail })), { once: true });
    el.addEventListener('pakke-error', (e) => (clearTimeout(timer), resolve({ event: 'error', detail: (e as CustomEvent).detail })), { once: true });
  });
}

async function base(): Promise<Record<string, unknown>> {
  return (await (await fetch('/test/fixtures/bundle.json')).json()) as Record<string, unknown>;
}

function withSummary(b: Record<string, unknown>, da: string): Record<string, unknown> {
  return { ...b, summary: { da, en: da } };
}

/** Renders a bundle object in the test element and times it; returns the element and the ms. */
async function renderTimed(bundle: unknown): Promise<{ el: PakkeTestElement; ms: number; result: Outcome }> {
  const el = document.createElement('pakke-test-element');
  el.lang = 'da';
  const done = outcome(el, 60_000);
  const t0 = performance.now();
  el.bundle = bundle;
  document.body.append(el);
  const result = await done;
  await el.updateComplete;
  const ms = performance.now() - t0;
  return { el, ms, result };
}

before(() => setLocale('da'));
afterEach(() => document.querySelectorAll('pakke-test-element, pakke-pathway').forEach((e) => e.remove()));

describe('2: moving or re-adding an element while it loads', () => {
  it('restarts a src load when the element comes back, and ends ready', async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('src', '/__pakke/slow/300/test/fixtures/bundle.json');
    const done = outcome(el);
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 20));
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    document.body.prepend(el);
    expect((await done).event).to.equal('ready');
    expect(el.status).to.equal('ready');
  });

  it('survives a synchronous move (append elsewhere) and a catalogue lookup', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const el = document.createElement('pakke-test-element');
    el.setAttribute('content-base', '/__pakke/slow/200/test/fixtures/catalogue/');
    el.setAttribute('bundle-id', 'test-bundle');
    el.setAttribute('version', '^1');
    const done = outcome(el);
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 20));
    holder.append(el); // disconnect + connect in one task
    expect((await done).event).to.equal('ready');
    expect(el.loaded?.version).to.equal('1.1.0');
    holder.remove();
  });
});

describe('3–5: parsers are linear and bounded; a render never blocks for long', function () {
  this.timeout(90_000);
  // Budgets are for CI on two shared cores; the code before the fix took 5–20 s on these.
  it("'*_'.repeat(1000) renders (no stack overflow) and fires pakke-ready", async () => {
    const { el, result } = await renderTimed(withSummary(await base(), '*_'.repeat(1000)));
    expect(result.event).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.summary')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });

  for (const [label, payload, budget] of [
    ["'[a]('.repeat(50000)", '[a]('.repeat(50_000), 1500],
    ["'['.repeat(100000)", '['.repeat(100_000), 1500],
    ['a link whose URL has 100 000 inner spaces', `[x](https://a${' '.repeat(100_000)}b)`, 1500],
    ["'*_'.repeat(50000)", '*_'.repeat(50_000), 1500],
    ["'**['.repeat(30000)", '**['.repeat(30_000), 1500],
  ] as const) {
    it(`${label}: rendered by an element within ${budget} ms`, async () => {
      // The best of three: a time is a bound on the work, and a busy machine only adds to it.
      let best = Infinity;
      for (let attempt = 0; attempt < 3 && best >= budget; attempt++) {
        document.querySelectorAll('pakke-test-element').forEach((e) => e.remove());
        const { ms, result } = await renderTimed(withSummary(await base(), payload));
        expect(result.event).to.equal('ready');
        best = Math.min(best, ms);
      }
      expect(best, `${label} took ${best.toFixed(0)} ms`).to.be.below(budget);
    });
  }

  it('a source URL with 100 000 inner spaces is checked in linear time', () => {
    const t0 = performance.now();
    expect(safeUrl(`https://a${' '.repeat(100_000)}b`)).to.be.a('string');
    expect(safeUrl(`${' '.repeat(100_000)}javascript:alert(1)${' '.repeat(100_000)}`)).to.equal(undefined);
    expect(performance.now() - t0).to.be.below(200);
  });

  it('parse time grows linearly: 8× the input costs far less than 64×', () => {
    // The best of three runs of each size, so a busy machine does not skew one of them.
    const time = (n: number) => {
      const s = '[a]('.repeat(n) + '['.repeat(n) + '*_'.repeat(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        parseInline(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(2000);
    const small = Math.max(time(4000), 1);
    const large = time(32_000);
    expect(large / small, `4000: ${small.toFixed(1)} ms, 32000: ${large.toFixed(1)} ms`).to.be.below(30);
  });
});

describe('4: prototype keys as language tags', () => {
  for (const lang of ['constructor', 'CONSTRUCTOR', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`lang="${lang}" on the element ends ready`, async () => {
      const el = document.createElement('pakke-test-element');
      el.setAttribute('lang', lang);
      const done = outcome(el);
      el.bundle = await base();
      document.body.append(el);
      expect((await done).event).to.equal('ready');
    });
  }

  it('lang="constructor" on <html> ends ready', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'constructor';
    try {
      const el = document.createElement('pakke-test-element');
      const done = outcome(el);
      el.bundle = await base();
      document.body.append(el);
      expect((await done).event).to.equal('ready');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('the decision aid with lang="constructor" renders its numbers', async () => {
    await import('../../src/decision-aid/index.js');
    const el = document.createElement('pakke-decision-aid') as HTMLElement & { bundle: unknown };
    el.setAttribute('lang', 'constructor');
    const done = outcome(el);
    el.bundle = await loadContent('decision-aid/adjuvant-breast-cancer/1.0.0.json');
    document.body.append(el);
    expect((await done).event).to.equal('ready');
    el.remove();
  });
});

async function fromCatalogue(name: string): Promise<{ el: PakkeTestElement; o: Outcome }> {
  const el = document.createElement('pakke-test-element');
  el.setAttribute('content-base', `/test/fixtures/hardening/${name}/`);
  el.setAttribute('bundle-id', name === 'other-id' ? 'other-bundle' : 'test-bundle');
  const done = outcome(el);
  document.body.append(el);
  const o = await done;
  await untilSettled(el);
  return { el, o };
}

describe('6: the catalogue refuses files it has no hash for', () => {
  for (const name of ['unsigned', 'empty-hash', 'duplicate']) {
    it(`${name}: refused with a visible error`, async () => {
      const { el, o } = await fromCatalogue(name);
      expect(o.event).to.equal('error');
      expect((o.detail as PakkeErrorDetail).code).to.equal('schema');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    });
  }
});

describe('8: the catalogue answer is checked against the request', () => {
  for (const [name, says] of [
    ['other-id', 'id'],
    ['other-version', 'version'],
    ['other-origin', 'outside'],
  ] as const) {
    it(`${name}: refused (integrity)`, async () => {
      const { el, o } = await fromCatalogue(name);
      expect(o.event).to.equal('error');
      const d = o.detail as PakkeErrorDetail;
      expect(d.code).to.equal('integrity');
      expect(d.message).to.contain(says);
      expect(el.loaded).to.equal(undefined);
    });
  }
});

type ShownPathway = HTMLElement & { appliedOverlay?: unknown; status: string; loaded?: { version: string } };

/** A Norwegian pathway with these attributes, once it is ready; the errors it reported on the way. */
async function pathwayWith(attrs: Record<string, string>): Promise<{ el: ShownPathway; errors: PakkeErrorDetail[] }> {
  const el = document.createElement('pakke-pathway') as ShownPathway;
  el.setAttribute('lang', 'nb');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: PakkeErrorDetail[] = [];
  el.addEventListener('pakke-error', (e) => errors.push((e as CustomEvent<PakkeErrorDetail>).detail));
  const ready = oneEvent(el, 'pakke-ready');
  document.body.append(el);
  await ready;
  await untilSettled(el as never);
  return { el, errors };
}

describe('7: overlay-integrity pins an overlay', () => {
  const src = '/content/pathway/no-breast-cancer/1.1.0.json';
  const overlay = '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json';
  const withOverlay = (integrity: string) => pathwayWith({ src, overlay, 'overlay-integrity': integrity });

  it('a tampered (mismatching) overlay is not applied: a visible note and pakke-error', async () => {
    const { el, errors } = await withOverlay('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(el.appliedOverlay).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('[part~="local"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[data-notice="overlay"]')!.textContent).to.contain('bekræftes');
    expect(errors.map((e) => [e.code, e.overlay?.reason])).to.deep.equal([['overlay-not-applied', 'integrity']]);
  });

  it('the hash the catalogue records for the overlay lets it apply', async () => {
    const catalogue = (await (await fetch('/content/index.json')).json()) as { overlays: { path: string; integrity: string }[] };
    const entry = catalogue.overlays.find((o) => `/content/${o.path}` === overlay)!;
    const { el, errors } = await withOverlay(entry.integrity);
    expect(errors).to.deep.equal([]);
    expect(el.appliedOverlay).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('[part~="local"]').length).to.be.greaterThan(0);
  });
});

describe('7: through a catalogue, the overlay is checked against the hash the catalogue lists', () => {
  const throughCatalogue = (contentBase: string, overlay: string) => pathwayWith({ 'content-base': contentBase, 'bundle-id': 'no-breast-cancer', overlay });

  it('the real catalogue pins the real overlay: applied with no overlay-integrity attribute', async () => {
    const { el, errors } = await throughCatalogue('/content/', '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json');
    expect(errors).to.deep.equal([]);
    expect(el.appliedOverlay).to.not.equal(undefined);
  });

  it('a catalogue whose hash does not match the overlay file: not applied, a note, overlay-not-applied (integrity)', async () => {
    const { el, errors } = await throughCatalogue('/test/fixtures/catalogue-overlay/', '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json?v=2');
    expect(el.loaded!.version).to.equal('1.1.0');
    expect(el.appliedOverlay).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('[part~="local"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[data-notice="overlay"]')).to.not.equal(null);
    expect(errors.map((e) => [e.code, e.overlay?.reason])).to.deep.equal([['overlay-not-applied', 'integrity']]);
  });

  it("an overlay in the catalogue's folder that the catalogue does not list is refused", async () => {
    const { el, errors } = await throughCatalogue('/test/fixtures/catalogue-overlay/', '/test/fixtures/catalogue-overlay/overlay/unlisted/1.0.0.json');
    expect(el.appliedOverlay).to.equal(undefined);
    expect(errors.map((e) => [e.code, e.overlay?.reason])).to.deep.equal([['overlay-not-applied', 'integrity']]);
  });
});

describe('13: relative URLs in content resolve against the bundle', () => {
  it("links and images point below the bundle's folder, not the host page", async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('src', '/test/fixtures/hardening/pathway/test-bundle/1.0.0.json');
    el.setAttribute('lang', 'da');
    const done = outcome(el);
    document.body.append(el);
    expect((await done).event).to.equal('ready');
    await untilSettled(el);
    const folder = new URL('/test/fixtures/hardening/pathway/test-bundle/', location.href).href;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.summary a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([`${folder}more.html`, '#top']);
    expect(el.shadowRoot!.querySelector<HTMLImageElement>('.summary img')!.getAttribute('src')).to.equal(`${folder}img/figure.png`);
  });

  it('the validator rule: no server-root paths, no ../ above the content folder', () => {
    expect(relativeUrlProblem('/account/delete?confirm=yes')).to.contain('server root');
    expect(relativeUrlProblem('\\\\evil/x')).to.be.a('string');
    expect(relativeUrlProblem('../../../secret.png')).to.contain('climbs');
    expect(relativeUrlProblem('../../media/figure.png')).to.equal(undefined);
    expect(relativeUrlProblem('figure.png')).to.equal(undefined);
    expect(relativeUrlProblem('https://example.org/x')).to.equal(undefined);
  });
});

describe('14: bidi controls in content cannot reverse the UI text next to it', () => {
  /** Left edge of the character at `index` in text node `node`. */
  const leftOf = (node: Text, index: number) => {
    const r = document.createRange();
    r.setStart(node, index);
    r.setEnd(node, index + 1);
    return r.getBoundingClientRect().left;
  };

  it('an author name ending in U+202E (RLO) leaves " (role)" reading left to right', async () => {
    const b = await base();
    b.authors = [{ name: 'Anna\u202E', role: { da: 'lægeabc', en: 'doctorabc' } }];
    const el = document.createElement('pakke-test-element');
    el.lang = 'da';
    const done = outcome(el);
    el.bundle = b;
    document.body.append(el);
    await done;
    await untilSettled(el);
    const dd = [...el.shadowRoot!.querySelectorAll('footer dd')].find((d) => d.textContent!.includes('lægeabc'))!;
    const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('lægeabc')) node = walker.currentNode as Text;
    const at = node!.data.indexOf('lægeabc');
    // "a" then "b" then "c": left to right unless an override reverses them.
    expect(leftOf(node!, at + 4)).to.be.below(leftOf(node!, at + 5));
    expect(leftOf(node!, at + 5)).to.be.below(leftOf(node!, at + 6));
  });

  it('isolateBidi wraps only text with controls, and a stray PDI cannot end the wrapper', () => {
    expect(isolateBidi('plain نص')).to.equal('plain نص');
    expect(isolateBidi('a\u202Eb')).to.equal('\u2068a\u202Eb\u2069');
    expect(isolateBidi('\u2069\u202Ex')).to.equal('\u2068\u202Ex\u2069');
    expect(isolateBidi('\u2067x')).to.equal('\u2068\u2067x\u2069\u2069');
  });

  it('rich text rendered by an element gets the same isolation', async () => {
    const { el } = await renderTimed(withSummary(await base(), 'tekst \u202Ebaglæns'));
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('\u2069');
  });
});

describe('what held: regression guards', () => {
  it('43 dangerous URLs stay inert as links, media and source URLs', () => {
    const bad = [
      'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)',
      '\u0001javascript:alert(1)', 'javascript&colon;alert(1)', 'jav&#x09;ascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml;base64,PHN2Zz4=', 'file:///etc/passwd', 'blob:https://x/1', 'http://example.org/', 'ftp://example.org/', '//evil.example/x',
      '\\\\evil.example\\x', '/\\evil.example', '\\/evil.example', 'filesystem:https://x/y', 'about:blank', 'chrome://settings', 'view-source:https://x',
      'ws://x', 'wss://x', 'intent://x', 'jar:https://x!/', 'ms-settings:', 'x:y', 'a:b/c', 'javascript://%0aalert(1)', 'JaVaScRiPt:alert(1)',
      'javascript\u0000:alert(1)', ' \u0000javascript:alert(1)', 'data:,x', 'DATA:text/html,x', 'livescript:x', 'mocha:x', 'tcl:x', 'sms:1', 'feed:https://x', 'web+x:y',
    ];
    expect(bad.length).to.equal(43);
    for (const url of bad) {
      const s = safeUrl(url);
      expect(s === undefined || !/^\s*[a-z][a-z0-9+.-]*:/i.test(s) || /^(https|mailto|tel):/i.test(s), url).to.equal(true);
      const blocks = parseRichText(`[x](${url})`);
      const link = blocks[0]?.t === 'p' ? blocks[0].c.find((n) => n.t === 'link') : undefined;
      if (link && link.t === 'link' && link.href !== undefined) expect(/^(https|mailto|tel):/i.test(link.href) || !/^[a-z][a-z0-9+.-]*:/i.test(link.href), url).to.equal(true);
    }
  });

  it('__proto__ and constructor keys in a bundle pollute nothing', async () => {
    const text = await (await fetch('/test/fixtures/bundle.json')).text();
    const hostile = JSON.parse(text.replace('"title": {', '"__proto__": { "polluted": 1 }, "constructor": { "prototype": { "polluted": 1 } }, "title": { "__proto__": { "polluted": 1 },'));
    const { result } = await renderTimed(hostile);
    expect(['ready', 'error']).to.include(result.event);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('rapid src changes end on the newest', async () => {
    const el = document.createElement('pakke-test-element');
    document.body.append(el);
    el.src = '/__pakke/slow/300/test/fixtures/catalogue/pathway/test-bundle/1.0.0.json';
    await new Promise((r) => setTimeout(r, 10));
    el.src = '/__pakke/slow/100/test/fixtures/catalogue/pathway/test-bundle/1.1.0.json';
    await new Promise((r) => setTimeout(r, 10));
    el.src = '/test/fixtures/catalogue/pathway/test-bundle/2.0.0.json';
    await untilSettled(el);
    await new Promise((r) => setTimeout(r, 400));
    expect(el.loaded?.version).to.equal('2.0.0');
  });
});
