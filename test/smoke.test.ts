import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../test/fixtures/test-element.js';
import { envelope } from './fixtures/envelope.js';

describe('smoke', () => {
  it('renders a bundle given as a property', async () => {
    const el = await fixture(html`<pakke-test-element lang="en" .bundle=${envelope('pathway')}></pakke-test-element>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('English title');
  });
});
