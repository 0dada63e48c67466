/**
 * Test element for scripts/minify-check.ts: templates with the whitespace, attribute, comment,
 * SVG and CSS shapes that a template minifier can get wrong, including ones the project's
 * sources do not use (yet). The check builds this file with and without the minifier and
 * compares what renders. Not part of any shipped build.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';

const accent = unsafeCSS('rgb(11, 61, 145)');
const hostSelector = unsafeCSS(':host');

/** A sheet composed into another by interpolation (`${shared}`). */
const shared = css`
  .shared {
    color: ${accent};
    border: 1px ${unsafeCSS('dashed')} ${accent};
  }
`;

export class MinifyFixture extends LitElement {
  static override styles = [
    shared,
    // Interpolations in selectors, values and shorthands (left as written by the minifier config).
    css`
      ${shared}
      ${hostSelector} .descendant {
        outline: 2px solid ${accent};
      }
      .calc {
        margin: calc(${unsafeCSS('2')} * 1px) 0;
        color: var(--missing, ${accent})
      }
    `,
    // No interpolations: minified by lightningcss.
    css`
      /* a comment */
      :host {
        display: block;
        font: 16px/1.4 sans-serif;
        --spaced:  a  b ;
      }
      .plain   >   .child ,
      .plain .other {
        margin : 0.5em  1em ;
        padding: 0px 0px 0px 0px;
        color: #ff0000 !important;
      }
      .b::before {
        content: '\\2014  ';
      }
      .c::after {
        content: "  ›  ";
        white-space: pre;
      }
      .d {
        font-family: "DejaVu   Sans", sans-serif;
        transition: color 0s;
      }
      :host(:dir(rtl)) .e {
        transform: scaleX(-1);
      }
      .g:is(.x, .y) > .z {
        color: rgba(0, 128, 0, 0.5);
      }
      .nest {
        & .child {
          color: blue;
        }
      }
      @media (max-width: 30rem) {
        .h {
          display: none;
        }
      }
      @supports (display: grid) {
        .grid {
          display: grid;
          grid-template-columns: max-content minmax(0, 1fr);
          gap: 0.25em 1em;
        }
      }
      .inline-block {
        display: inline-block;
      }
      /* lightningcss unquotes these values and writes CSS escapes (https\\:, a\\ b) */
      .links a[href^='https:']::after {
        content: ' (' attr(href) ')';
      }
      [data-label='a b'] {
        text-decoration: underline;
      }
      .tick::after {
        content: '\`';
      }
      .pre-wrap {
        white-space: pre-wrap;
      }
      .visually-hidden {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    `,
  ];

  override render() {
    const a = 'Alpha';
    const b = 'Beta';
    const empty = '';
    return html`
      <p class="spacing">${a} ${b}</p>
      <p><strong>x</strong> text, <em>y</em>
         <bdi>${b}</bdi>.</p>
      <p>before${a}after ${nothing} <span>${b}</span>
        ${a}${empty} ${b}</p>
      <p class="descendant shared calc">interpolated css</p>
      <pre class="pre">  keep
    these   spaces ${a}
</pre>
      <textarea aria-label="notes   with spaces">
  line one
    line two</textarea
      >
      <!-- a comment, with a binding: ${a} -->
      <p title="multi
        line   title" aria-label=" padded  label " data-x="  a  b  " class="  b   d  ">attrs</p>
      <img alt="" width="1" height="1" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <input type="text" .value=${a} ?disabled=${false} aria-describedby="d1 d2" placeholder="  ${b}  ">
      <button class="inline-block">one</button> <button class="inline-block">two</button>
      <button class="inline-block">three</button><button class="inline-block">four</button>
      <span class="term">word<span class="visually-hidden"> (${b})</span></span
      ><span role="status"
        >${a}</span
      >
      <svg viewBox="0 0 20 20" width="20" height="20" role="img" aria-label="multi-line points">
        <polyline points="0,0
10,10" fill="none" stroke="black" />
        <circle cx="5" cy="5" r="2" />
      </svg>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
        <path d="M1 1 L 5 5" stroke="black" />
        <circle cx="5" cy="5" r="2" />
        <rect x="1" y="1" width="3" height="3" />
      </svg>
      <svg viewBox="0 0 20 20" width="20" height="20">${svg`<g transform="translate(${2} ${3})">
          <path d="M0 0 L 2 2" stroke="black" />
        </g>`}</svg>
      <p class="links"><a href="https://example.org/x">link</a> <span data-label="a b" class="tick">ab</span></p>
      <div class="b"></div><div class="c">c</div><div class="d e">d</div>
      <div class="plain"><span class="child">child</span> <span class="other">other</span></div>
      <div class="g x"><span class="z">z</span></div>
      <div class="nest"><span class="child">nested css</span></div>
      <div class="grid"><span>grid 1</span> <span>grid 2</span></div>
      <p class="h">hidden when narrow</p>
      <ul>
        <li>one</li>
        <li>two ${html`<span>nested</span> tail`}</li>
        <li>${[1, 2, 3].map((n) => html`<b>${n}</b> `)}</li>
      </ul>
      <p>&nbsp;nbsp &amp;amp &lt;lt&gt; &#8203;zwsp</p>
      <label for="i1">Label   text</label> <input id="i1">
      <table>
        <tr><td>a</td> <td>b</td></tr>
      </table>
      <select aria-label="choose">
        <option value=" one ">One</option>
        <option value="two" selected>Two</option>
      </select>
    `;
  }
}

customElements.define('minify-fixture', MinifyFixture);
