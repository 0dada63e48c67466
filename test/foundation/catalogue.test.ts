import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../fixtures/test-element.js';
import type { PakkeTestElement } from '../fixtures/test-element.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { isValidRange, maxSatisfying, satisfies } from '../../src/bundle/semver.js';
import { untilSettled } from '../helpers/index.js';
import { setLocale } from '../../src/l10n/localization.js';

describe('semver ranges', () => {
  const published = ['1.0.0', '1.1.0', '1.2.3', '2.0.0-rc.1', '2.0.0', '0.3.1'];
  it('picks the newest version in a range', () => {
    expect(maxSatisfying(published, '^1.1')).to.equal('1.2.3');
    expect(maxSatisfying(published, '~1.1')).to.equal('1.1.0');
    expect(maxSatisfying(published, '1.x')).to.equal('1.2.3');
    expect(maxSatisfying(published, '1.0.0')).to.equal('1.0.0');
    expect(maxSatisfying(published, '*')).to.equal('2.0.0');
    expect(maxSatisfying(published, '>=1.1.0 <2.0.0')).to.equal('1.2.3');
    expect(maxSatisfying(published, '^0.3')).to.equal('0.3.1');
    expect(maxSatisfying(published, '^3')).to.equal(undefined);
  });
  it('leaves pre-releases out unless asked for', () => {
    expect(satisfies('2.0.0-rc.1', '^2.0.0')).to.equal(false);
    expect(satisfies('2.0.0-rc.1', '>=2.0.0-rc.1')).to.equal(true);
  });
  it('refuses nonsense ranges', () => {
    expect(isValidRange('^1.2')).to.equal(true);
    expect(isValidRange('latest')).to.equal(false);
    expect(satisfies('1.0.0', 'latest')).to.equal(false);
  });
});

describe('resolving bundles through the content catalogue', () => {
  before(() => setLocale('da'));
  it('shows the newest version matching the range and names it in the footer', async () => {
    const el = await fixture<PakkeTestElement>(html`<pakke-test-element lang="en" bundle-id="test-bundle" version="^1" content-base="/test/fixtures/catalogue/"></pakke-test-element>`);
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Title 1.1.0');
    expect(el.shadowRoot!.querySelector('footer')!.textContent).to.contain('1.1.0');
    el.version = '2';
    await untilSettled(el);
    await new Promise((r) => setTimeout(r, 50));
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Title 2.0.0');
  });

  it('reports an id or range the catalogue does not have', async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('content-base', '/test/fixtures/catalogue');
    el.setAttribute('bundle-id', 'test-bundle');
    el.setAttribute('version', '^7');
    const wait = oneEvent(el, 'pakke-error') as Promise<CustomEvent<PakkeErrorDetail>>;
    document.body.append(el);
    const e = await wait;
    expect(e.detail.code).to.equal('not-found');
    expect(e.detail.message).to.contain('2.0.0, 1.1.0, 1.0.0');
    await untilSettled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('indholdskataloget');
    el.remove();
  });

  it('checks each file against the hash the catalogue records', async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('content-base', '/test/fixtures/catalogue-tampered/');
    el.setAttribute('bundle-id', 'test-bundle');
    const wait = oneEvent(el, 'pakke-error') as Promise<CustomEvent<PakkeErrorDetail>>;
    document.body.append(el);
    expect((await wait).detail.code).to.equal('integrity');
    el.remove();
  });
});
