/**
 * A hostile host page: aggressive global CSS (a reset, `all: revert`, huge fonts, odd
 * box-sizing, uppercase and spaced-out text, a framework's button and heading styles) must not
 * break the widgets, and the widgets must not change anything outside themselves.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { untilSettled } from '../helpers/index.js';

const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: content-box !important; margin: 3px; }
  html { font-size: 24px; }
  body { font: italic 900 1.3rem/0.9 Georgia, serif; letter-spacing: 0.3em; word-spacing: 1em;
         text-transform: uppercase; text-align: justify; text-indent: 4em; white-space: pre; color: #333; }
  h1, h2, h3, h4, p, ul, li, button, a, div, span { all: revert; }
  button { background: hotpink !important; border: 10px dashed lime !important; font-size: 40px !important; }
  h2 { display: none !important; }
  div { display: inline !important; }
  pakke-pathway, pakke-decision-aid, pakke-needs-assessment { all: revert; }
`;

const WIDGETS: [string, string][] = [
  ['pakke-pathway', '/content/pathway/no-breast-cancer/1.0.0.json'],
  ['pakke-decision-aid', '/content/decision-aid/adjuvant-breast-cancer/1.0.0.json'],
  ['pakke-needs-assessment', '/content/needs-assessment/esas-r/1.0.0.json'],
];

function snapshot(nodes: Element[]): string[] {
  const props = ['color', 'font-size', 'font-family', 'line-height', 'box-sizing', 'background-color', 'display', 'margin-top', 'letter-spacing'];
  return nodes.map((n) => {
    const s = getComputedStyle(n);
    return props.map((p) => s.getPropertyValue(p)).join('|');
  });
}

describe('hostile host page', () => {
  let style: HTMLStyleElement;
  let page: HTMLElement;

  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    page = document.createElement('section');
    const h2 = document.createElement('h2');
    h2.textContent = 'Host heading';
    const p = document.createElement('p');
    p.textContent = 'Host paragraph';
    const button = document.createElement('button');
    button.textContent = 'Host button';
    page.append(h2, p, button);
    document.body.append(page);
  });

  afterEach(() => {
    style.remove();
    page.remove();
  });

  for (const [tag, src] of WIDGETS) {
    it(`<${tag}> stays intact and leaves the page alone`, async () => {
      const hostNodes = [...page.children, document.body];
      const before = snapshot(hostNodes);
      const stylesBefore = document.querySelectorAll('style, link[rel="stylesheet"]').length;
      const el = document.createElement(tag) as HTMLElement & { status: string };
      el.setAttribute('src', src);
      el.setAttribute('lang', 'en');
      page.append(el);
      await untilSettled(el);
      expect(el.status).to.equal('ready');
      const root = el.shadowRoot!.querySelector('[part~="root"]') as HTMLElement;
      const rect = root.getBoundingClientRect();
      expect(rect.height, 'the widget has height').to.be.greaterThan(100);
      // Headings and buttons inside keep the widget's own look, not the page's.
      const heading = el.shadowRoot!.querySelector('h2, h3') as HTMLElement;
      expect(getComputedStyle(heading).display).to.equal('block');
      const rs = getComputedStyle(root);
      expect(rs.textTransform).to.equal('none');
      expect(rs.letterSpacing).to.equal('normal');
      expect(rs.whiteSpace).to.equal('normal');
      expect(rs.fontStyle).to.equal('normal');
      expect(rs.boxSizing).to.equal('border-box');
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const bs = getComputedStyle(button);
        expect(bs.backgroundColor, 'page button colour does not reach inside').to.not.equal('rgb(255, 105, 180)');
        expect(bs.borderTopStyle).to.not.equal('dashed');
      }
      // Nothing outside changed.
      expect(snapshot(hostNodes)).to.deep.equal(before);
      expect(document.querySelectorAll('style, link[rel="stylesheet"]').length, 'no styles added to the page').to.equal(stylesBefore);
      el.remove();
    });
  }
});
