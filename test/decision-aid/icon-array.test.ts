import { expect, fixture, html } from '@open-wc/testing';
import '../../src/decision-aid/index.js';
import type { PakkeIconArray } from '../../src/decision-aid/index.js';
import { expectAccessible } from '../helpers/index.js';

describe('pakke-icon-array on its own', () => {
  it('fills the rounded share, keeps the total and carries its label', async () => {
    const el = await fixture<PakkeIconArray>(html`<pakke-icon-array count="26.5" label="26.5 out of 100 get a fever"></pakke-icon-array>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.querySelectorAll('g').length).to.equal(100);
    expect(svg.querySelectorAll('g.filled').length).to.equal(27);
    expect(svg.getAttribute('aria-label')).to.equal('26.5 out of 100 get a fever');
    await expectAccessible(el);
  });

  it('scales another denominator to 100 figures and clamps nonsense', async () => {
    const el = await fixture<PakkeIconArray>(html`<pakke-icon-array count="3" denominator="10" label="3 out of 10"></pakke-icon-array>`);
    expect(el.shadowRoot!.querySelectorAll('g.filled').length).to.equal(30);
    el.count = 250;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.filled').length).to.equal(100);
    el.count = -4;
    el.total = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g').length).to.equal(100);
    expect(el.shadowRoot!.querySelectorAll('g.filled').length).to.equal(0);
  });

  it('mirrors in right-to-left pages so filling starts at the right', async () => {
    const wrap = await fixture(html`<div dir="rtl"><pakke-icon-array count="5" label="5 من 100"></pakke-icon-array></div>`);
    const el = wrap.querySelector('pakke-icon-array')!;
    await (el as PakkeIconArray).updateComplete;
    const first = el.shadowRoot!.querySelector('g.filled')!.getBoundingClientRect();
    const svgRect = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(first.right).to.be.closeTo(svgRect.right, svgRect.width / 10);
  });
});
