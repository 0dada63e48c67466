import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { parseRichText, richTextToPlain } from '../../src/bundle/rich-text.js';
import { renderRichText } from '../../src/bundle/rich-text-render.js';
import '../fixtures/test-element.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import { envelope } from '../fixtures/envelope.js';
import { untilSettled } from '../helpers/index.js';

function renderToDiv(source: string): HTMLDivElement {
  const div = document.createElement('div');
  render(renderRichText(source, { headingLevel: 3 }), div);
  return div;
}

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1></style></mglyph></table></mtext></math>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '[click me](javascript:window.__pwned=1)',
  '[click me](JAVASCRIPT:window.__pwned=1)',
  '[click me]( javascript:window.__pwned=1 )',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)',
  '[x](//evil.example/steal)',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '${window.__pwned=1}',
  '**<b onmouseover="window.__pwned=1">bold</b>**',
  '<a href="javascript:window.__pwned=1">a</a>',
  '\u003cscript\u003ewindow.__pwned=1\u003c/script\u003e',
];

describe('rich text', () => {
  it('renders the safe subset: paragraphs, lists, headings, emphasis, links', () => {
    const div = renderToDiv('# Heading\n\nFirst *para* with **strong**\nand a break.\n\n- one\n- two [link](https://sundhed.dk/x)\n\n1. first\n2. second');
    expect(div.querySelector('h3')!.textContent).to.equal('Heading');
    expect(div.querySelectorAll('p')).to.have.length(1);
    expect(div.querySelector('p em')!.textContent).to.equal('para');
    expect(div.querySelector('p strong')!.textContent).to.equal('strong');
    expect(div.querySelector('p br')).to.not.equal(null);
    expect([...div.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal(['one', 'two link']);
    const a = div.querySelector('ul a')!;
    expect(a.getAttribute('href')).to.equal('https://sundhed.dk/x');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(div.querySelectorAll('ol li')).to.have.length(2);
  });

  it('headings never skip a level: a text that opens with ## or jumps from # to ### is pulled up', () => {
    const levels = (source: string) => [...renderToDiv(source).querySelectorAll('h3, h4, h5, h6')].map((h) => h.tagName);
    expect(levels('## About this version\n\nText.')).to.deep.equal(['H3']);
    expect(levels('# One\n\n### Three\n\n## Two\n\n### Three again')).to.deep.equal(['H3', 'H4', 'H4', 'H5']);
    expect(levels('# A\n\n## B\n\n# C')).to.deep.equal(['H3', 'H4', 'H3']);
  });

  it('keeps relative and tel links without rel, escapes with backslash', () => {
    const div = renderToDiv('[Ring](tel:+4570112233) or [read](/leaflet.pdf) \\*not em\\*');
    const links = [...div.querySelectorAll('a')];
    expect(links.map((l) => l.getAttribute('href'))).to.deep.equal(['tel:+4570112233', '/leaflet.pdf']);
    expect(links.every((l) => !l.hasAttribute('rel'))).to.equal(true);
    expect(div.textContent).to.contain('*not em*');
  });

  it('renders every XSS payload as inert text: no script runs, no on* attribute, no unsafe URL', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    for (const payload of PAYLOADS) {
      const div = renderToDiv(payload);
      document.body.append(div);
      const all = [...div.querySelectorAll('*')];
      const allowed = new Set(['P', 'BR', 'STRONG', 'EM', 'A', 'SPAN', 'UL', 'OL', 'LI', 'H3', 'H4', 'H5']);
      for (const node of all) {
        expect(allowed.has(node.tagName), `${payload} produced <${node.tagName}>`).to.equal(true);
        for (const attr of node.getAttributeNames()) {
          expect(attr.startsWith('on'), `${payload} produced ${attr}`).to.equal(false);
        }
        const href = node.getAttribute('href');
        if (href !== null) expect(/^(https:|mailto:|tel:|[./#a-z])/i.test(href) && !/^(javascript|data|vbscript):/i.test(href.trim()), `${payload} → ${href}`).to.equal(true);
      }
      div.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('an unsafe link keeps its words but is not a link', () => {
    const div = renderToDiv('[Read this](javascript:alert(1)) now');
    expect(div.querySelector('a')).to.equal(null);
    expect(div.textContent).to.equal('Read this now');
  });

  it('payloads inside a bundle rendered by an element stay text', async () => {
    const payload = '<img src=x onerror="window.__pwned=2"> [x](javascript:window.__pwned=2)';
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="da" .bundle=${envelope('pathway', { title: { da: payload }, summary: { da: payload } })}></pakke-test-element>`);
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('plain-text extraction drops markup', () => {
    expect(richTextToPlain('**Hej** [du](https://x.dk)\n\n- a\n- b')).to.equal('Hej du\n\na. b');
    expect(parseRichText('x')).to.equal(parseRichText('x'));
  });
});
